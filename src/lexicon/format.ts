/** The canonical text of a lexicon file: lists and keys sorted, one phrase a line, so merges touch only the lines added. */
import { compareWords } from './check.js';
import type { Spec } from './spec.js';

function sortValue(spec: Spec, value: unknown): unknown {
  if (spec === 'words') return [...(value as string[])].sort(compareWords);
  if (typeof spec === 'string') return value;
  if ('list' in spec) return (value as unknown[]).map((v) => sortValue(spec.list, v));
  const obj = value as Record<string, unknown>;
  if ('map' in spec)
    return Object.fromEntries(
      Object.keys(obj)
        .sort(compareWords)
        .map((k) => [k, sortValue(spec.map, obj[k])]),
    );
  // Fields keep the order they are written in, known fields sorted; a `$schema` key stays first.
  return Object.fromEntries(
    Object.keys(obj)
      .sort((a, b) => (a === '$schema' ? -1 : b === '$schema' ? 1 : compareWords(a, b)))
      .map((k) => [k, k in spec.fields ? sortValue(spec.fields[k], obj[k]) : obj[k]]),
  );
}

// JSON with two-space indents; a list of numbers (a month range) stays on one line.
function render(value: unknown, indent: string): string {
  if (Array.isArray(value)) {
    if (value.every((v) => typeof v === 'number')) return `[${value.join(', ')}]`;
    const inner = indent + '  ';
    return `[\n${value.map((v) => inner + render(v, inner)).join(',\n')}\n${indent}]`;
  }
  if (typeof value === 'object' && value !== null) {
    const inner = indent + '  ';
    const entries = Object.entries(value).map(([k, v]) => `${inner}${JSON.stringify(k)}: ${render(v, inner)}`);
    return `{\n${entries.join(',\n')}\n${indent}}`;
  }
  return JSON.stringify(value);
}

/** The canonical text of one lexicon file, from its parsed content. */
export function formatLexiconFile(spec: Spec, value: unknown): string {
  return render(sortValue(spec, value), '') + '\n';
}
