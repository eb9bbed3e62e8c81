/** Fuzz case generators, one per corpus: each turns a seeded Rng into an input file's bytes. */
import * as m from './mutate.js';
import type { Rng } from './prng.js';
import { JOBS, jsonResume, RESUMES, YAML_RESUME } from './seeds.js';

/** One generated input: its bytes, its file extension and how it was made. */
export interface FuzzInput {
  bytes: Buffer;
  ext: string;
  how: string;
}

/** Mutate text with one of the text mutations (or several), then encode it. */
export function mutateText(text: string, r: Rng): { text?: string; bytes?: Buffer; how: string } {
  const bytes = Buffer.from(text);
  switch (r.int(12)) {
    case 0:
      return { bytes: m.flipBits(bytes, r, 1 + r.int(50)), how: 'bits flipped' };
    case 1:
      return { bytes: m.randomBytes(bytes, r, 1 + r.int(200)), how: 'bytes overwritten' };
    case 2:
      return { bytes: m.truncate(bytes, r), how: 'truncated' };
    case 3:
      return { bytes: m.duplicateBytes(bytes, r, 1 + r.int(50)), how: 'bytes duplicated' };
    case 4:
      return { text: m.duplicateLines(text, r, 2 + r.int(500)), how: 'section duplicated' };
    case 5:
      return { text: m.shuffleLines(text, r), how: 'lines shuffled' };
    case 6:
      return { text: m.sprinkle(text, r, 5 + r.int(200)), how: 'nasty characters sprinkled' };
    case 7:
      return { text: m.longLine(text, r, 1000 + r.int(300_000)), how: 'very long line' };
    case 8:
      return { bytes: m.encode(m.sprinkle(text, r, 20), r), how: 're-encoded' };
    case 9:
      return { bytes: m.encode(m.duplicateLines(m.sprinkle(text, r, 50), r, 20), r), how: 'mixed mutations' };
    case 10:
      return {
        text: r.pick(['', ' ', '\n', '\ufeff', '\r\n\r\n', ...m.NASTY, ...m.LOOKALIKES]).repeat(1 + r.int(3)),
        how: 'tiny input',
      };
    default: {
      const other = r.pick(JOBS).text.split('\n');
      const lines = text.split('\n');
      return {
        text: lines.map((l, i) => (r.chance(0.3) ? other[i % other.length] : l)).join('\n'),
        how: 'spliced with a posting',
      };
    }
  }
}

function asInput(x: { text?: string; bytes?: Buffer; how: string }, ext: string): FuzzInput {
  return { bytes: x.bytes ?? Buffer.from(x.text ?? ''), ext, how: x.how };
}

const WEIRD_VALUES = (r: Rng): unknown[] => [
  null,
  0,
  -1,
  1e308,
  true,
  [],
  {},
  '',
  'x'.repeat(1 + r.int(50_000)),
  r.pick(m.NASTY),
  r.pick(m.LOOKALIKES),
  Array(1 + r.int(5000)).fill(r.pick(m.LOOKALIKES)),
  JSON.parse(m.deepJson(1 + r.int(200), r)),
  { name: { name: { name: 'Python' } } },
];

/** Put a weird value at a random place in an object tree. */
function mutateTree(node: unknown, r: Rng, depth = 0): unknown {
  if (node === null || typeof node !== 'object' || (depth > 0 && r.chance(0.25))) return r.pick(WEIRD_VALUES(r));
  const entries = Array.isArray(node) ? node.map((v, i) => [String(i), v] as const) : Object.entries(node);
  if (entries.length === 0) return r.pick(WEIRD_VALUES(r));
  const [key] = r.pick(entries);
  const copy: Record<string, unknown> | unknown[] = Array.isArray(node) ? [...node] : { ...node };
  (copy as Record<string, unknown>)[key] = mutateTree((node as Record<string, unknown>)[key], r, depth + 1);
  return copy;
}

/** Corpora by name: how many cases each has (before FUZZ_SCALE) and how a case is made. */
export const CORPORA: Record<string, { cases: number; role: 'resume' | 'job'; make: (r: Rng) => FuzzInput }> = {
  'text resume': { cases: 250, role: 'resume', make: (r) => asInput(mutateText(r.pick(RESUMES).text, r), 'txt') },
  'markdown resume': { cases: 150, role: 'resume', make: (r) => asInput(mutateText(r.pick(RESUMES).text, r), 'md') },
  'text job': { cases: 150, role: 'job', make: (r) => asInput(mutateText(r.pick(JOBS).text, r), 'txt') },
  'json resume': {
    cases: 200,
    role: 'resume',
    make: (r) => {
      const k = r.int(5);
      if (k === 0)
        return { bytes: Buffer.from(m.deepJson(1 + r.int(100_000), r)), ext: 'json', how: 'deeply nested JSON' };
      if (k === 1) return asInput(mutateText(JSON.stringify(jsonResume(), null, 2), r), 'json');
      let tree: unknown = jsonResume();
      const edits = 1 + r.int(6);
      for (let i = 0; i < edits; i++) tree = mutateTree(tree, r);
      return {
        bytes: Buffer.from(JSON.stringify(tree, null, r.chance(0.5) ? 2 : 0)),
        ext: 'json',
        how: `${edits} structural edits`,
      };
    },
  },
  'yaml resume': {
    cases: 150,
    role: 'resume',
    make: (r) => {
      const k = r.int(5);
      if (k === 0)
        return {
          bytes: Buffer.from(m.deepYaml(1 + r.int(r.chance(0.5) ? 100_000 : 2_000), r)),
          ext: 'yaml',
          how: 'deeply nested YAML',
        };
      if (k === 1) {
        // "Billion laughs": aliases that expand exponentially.
        let y = 'a: &a ["Python","Python","Python","Python","Python","Python","Python","Python","Python"]\n';
        const levels = 2 + r.int(9);
        for (let i = 1; i < levels; i++)
          y += `${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(9)
            .fill(`*${String.fromCharCode(96 + i)}`)
            .join(',')}]\n`;
        return {
          bytes: Buffer.from(`cv:\n  name: Ann\n${y.replace(/^/gm, '  ')}`),
          ext: 'yaml',
          how: `alias expansion, ${levels} levels`,
        };
      }
      return asInput(mutateText(YAML_RESUME, r), r.chance(0.8) ? 'yaml' : 'yml');
    },
  },
};
