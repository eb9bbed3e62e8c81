/** Resume-as-code: JSON and YAML documents parsed (yaml imported only when needed) and rendered as resume text. */
import { InputError } from '../errors.js';
import { fromJsonResume, isJsonResume, isYamlResume } from './jsonresume.js';
import { MAX_NESTING } from './limits.js';
import { MSG } from './messages.js';
import { fromReactiveResume, isReactiveResume } from './reactive.js';
import { fromRenderCv, isRenderCv } from './rendercv.js';
import { plain, renderResume, titleCase } from './resume-model.js';

/** Text and detected format of a structured document. */
export interface StructuredText {
  format: string;
  text: string;
  warnings: string[];
}

/** Deepest [ / { nesting outside double-quoted strings: a linear scan, run before a recursive parser sees the text. */
export function bracketDepth(source: string): number {
  let depth = 0;
  let max = 0;
  let quoted = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (quoted) {
      if (c === '\\') i++;
      else if (c === '"') quoted = false;
    } else if (c === '"') quoted = true;
    else if (c === '[' || c === '{') max = Math.max(max, ++depth);
    else if ((c === ']' || c === '}') && depth > 0) depth--;
  }
  return max;
}

/** Deepest block nesting of YAML by indentation (and "- " sequence markers), in one pass over the lines. */
export function indentDepth(source: string): number {
  const stack: number[] = [];
  let max = 0;
  for (const line of source.split('\n')) {
    const m = /^( *)((?:- +)*)/.exec(line)!;
    if (line.length === m[0].length || line[m[0].length] === '#') continue;
    const indent = m[1].length;
    while (stack.length && stack[stack.length - 1] >= indent) stack.pop();
    stack.push(indent);
    max = Math.max(max, stack.length + (m[2].match(/-/g)?.length ?? 0));
  }
  return max;
}

/** Render a JSON document: JSON Resume as a resume, anything else (a JSON job posting) as labelled lines. */
export function jsonToText(path: string, source: string): StructuredText {
  if (bracketDepth(source) > MAX_NESTING) throw new InputError(path, MSG.tooDeep);
  let data: unknown;
  try {
    data = JSON.parse(source);
  } catch (err) {
    throw new InputError(path, MSG.badJson((err as Error).message.split('\n')[0].slice(0, 100)));
  }
  return structuredToText(data, 'json');
}

/**
 * Render a YAML document. Returns null when the text only looked like YAML (a plain resume with an
 * "education:" line) so the caller reads it as text; a .yml/.yaml file that does not parse is an error.
 */
export async function yamlToText(path: string, source: string, strict: boolean): Promise<StructuredText | null> {
  if (bracketDepth(source) > MAX_NESTING || indentDepth(source) > MAX_NESTING) {
    if (!strict) return null;
    throw new InputError(path, MSG.tooDeep);
  }
  const { parse } = await import('yaml');
  let data: unknown;
  try {
    data = parse(source, { maxAliasCount: 100 });
  } catch (err) {
    if (!strict) return null;
    throw new InputError(path, MSG.badYaml((err as Error).message.split('\n')[0].slice(0, 100)));
  }
  if (!strict && !isRenderCv(data) && !isJsonResume(data) && !isYamlResume(data) && !isReactiveResume(data))
    return null;
  return structuredToText(data, 'yaml');
}

function structuredToText(data: unknown, syntax: 'json' | 'yaml'): StructuredText {
  if (isRenderCv(data)) return { format: 'rendercv', text: renderResume(fromRenderCv(data)), warnings: [] };
  if (isReactiveResume(data))
    return { format: 'reactive-resume', text: renderResume(fromReactiveResume(data)), warnings: [] };
  if (isJsonResume(data)) return { format: 'json-resume', text: renderResume(fromJsonResume(data)), warnings: [] };
  if (isYamlResume(data)) return { format: 'yamlresume', text: renderResume(fromJsonResume(data)), warnings: [] };
  return { format: syntax, text: genericLines(data, 0).join('\n'), warnings: [] };
}

/** Any other structure as lines: a title first, "Key: value" for scalars, a heading and bullets for lists. */
function genericLines(data: unknown, depth: number): string[] {
  if (depth > 20 || data === null || data === undefined) return [];
  if (typeof data !== 'object') return [plain(data)].filter(Boolean);
  if (Array.isArray(data))
    return data.flatMap((v) => (typeof v === 'object' && v !== null ? genericLines(v, depth + 1) : [`- ${plain(v)}`]));
  const entries = Object.entries(data as Record<string, unknown>).filter(([k]) => !k.startsWith('$') && k !== 'meta');
  const out: string[] = [];
  for (const [key, value] of entries) {
    if (value === null || value === undefined || value === '') continue;
    if (typeof value !== 'object') {
      out.push(
        key === 'title' || key === 'name' ? plain(value) : `${titleCase(key)}: ${plain(value).replace(/\n/g, ', ')}`,
      );
      continue;
    }
    const inner = genericLines(value, depth + 1);
    if (inner.length === 0) continue;
    if (!Array.isArray(value) && inner.length <= 1) out.push(`${titleCase(key)}: ${inner.join(', ')}`);
    else out.push('', titleCase(key), ...inner);
  }
  return out;
}
