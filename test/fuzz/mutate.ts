/** Mutations of real inputs: bytes, lines and characters that break naive parsers. */
import type { Rng } from './prng.js';

/** Text people paste that trips parsers: control characters, bidi marks, emoji, odd spaces. */
export const NASTY = [
  '\u0000',
  '\u0001',
  '\u0007',
  '\u0008',
  '\u000b',
  '\u000c',
  '\u001b[31m',
  '\u007f',
  '\u0085',
  '\u2028',
  '\u2029',
  '\ufeff',
  '\u200b',
  '\u200d',
  '\u00a0',
  '\u202e',
  '\u202d',
  '\u2066',
  '\u2069',
  '\u061c',
  '\ufffd',
  '\ud800',
  '\udfff',
  'مهندس تعلم الآلة',
  'מהנדס תוכנה',
  'שנים 5',
  '‏Python‏',
  '👩🏽‍💻',
  '🚀🔥',
  '🏳️‍🌈',
  'e\u0301',
  'ﬁnance',
  '２０２０',
  'Ｐｙｔｈｏｎ',
  '𝐏𝐲𝐭𝐡𝐨𝐧',
  'İstanbul',
  'ß',
  'Σ',
  '\t\t\t',
  '    ',
  '\r',
  '\r\n',
  '\n\n\n',
];

/** Pieces that look like what the analyzers look for, to push them down odd paths. */
export const LOOKALIKES = [
  'Jan 2015 – Present',
  '06/2012 - 12/2015',
  '2016–2018',
  '9999 - 0000',
  '13/2020 - 00/2021',
  '2020 to',
  'Present – 2019',
  '8+ years',
  'at least 99 years',
  'fifteen years',
  '0 years',
  'Exp. Years 8+',
  'Ph.D.',
  'M.S.',
  'BS',
  'MS Excel',
  'No experience with Python',
  'Less than 8 years',
  ',no ,no ,no',
  'Senior Staff Principal Lead Manager Director',
  'C++',
  'C#',
  '.NET',
  'CI/CD',
  'scikit-learn',
  'Node.js',
  'a@b.c',
  '+1 (555) 010-0199',
  '## Skills',
  '# ',
  '- ',
  '* ',
  '| a | b |',
  '```',
  '<script>',
  '&amp;',
  '${x}',
  '%s%n',
  '../../etc/passwd',
  '\\',
  '"',
  "'",
  '{',
  '[',
  '}',
  ']',
];

/** Flip `count` random bits. */
export function flipBits(buf: Buffer, r: Rng, count: number): Buffer {
  const out = Buffer.from(buf);
  for (let i = 0; i < count && out.length; i++) out[r.int(out.length)] ^= 1 << r.int(8);
  return out;
}

/** Overwrite random bytes with random values. */
export function randomBytes(buf: Buffer, r: Rng, count: number): Buffer {
  const out = Buffer.from(buf);
  for (let i = 0; i < count && out.length; i++) out[r.int(out.length)] = r.int(256);
  return out;
}

/** Cut the tail (or, sometimes, the head) off. */
export function truncate(buf: Buffer, r: Rng): Buffer {
  const at = r.int(buf.length + 1);
  return r.chance(0.8) ? buf.subarray(0, at) : buf.subarray(at);
}

/** Repeat a random slice of bytes in place. */
export function duplicateBytes(buf: Buffer, r: Rng, times: number): Buffer {
  const a = r.int(buf.length);
  const b = Math.min(buf.length, a + 1 + r.int(4096));
  const slice = buf.subarray(a, b);
  return Buffer.concat([buf.subarray(0, b), ...Array(times).fill(slice), buf.subarray(b)]);
}

/** Repeat a block of lines (a section) several times. */
export function duplicateLines(text: string, r: Rng, times: number): string {
  const lines = text.split('\n');
  const a = r.int(lines.length);
  const block = lines.slice(a, a + 1 + r.int(20));
  return [...lines.slice(0, a), ...Array(times).fill(block).flat(), ...lines.slice(a)].join('\n');
}

/** Shuffle some lines around. */
export function shuffleLines(text: string, r: Rng): string {
  const lines = text.split('\n');
  for (let i = 0; i < lines.length / 4; i++) {
    const a = r.int(lines.length);
    const b = r.int(lines.length);
    [lines[a], lines[b]] = [lines[b], lines[a]];
  }
  return lines.join('\n');
}

/** Sprinkle nasty characters and lookalike phrases at random places. */
export function sprinkle(text: string, r: Rng, count: number): string {
  let out = text;
  for (let i = 0; i < count; i++) {
    const at = r.int(out.length + 1);
    out = out.slice(0, at) + r.pick(r.chance(0.5) ? NASTY : LOOKALIKES) + out.slice(at);
  }
  return out;
}

/** A very long line built from one unit (a word, a separator, a date…), inserted at a random line. */
export function longLine(text: string, r: Rng, length: number): string {
  const unit = r.pick([
    'a',
    'A',
    ' ',
    '-',
    '.',
    '1',
    'a.',
    'ab1+',
    '- ',
    'Python ',
    'Jan 2020 - ',
    '8 years ',
    'a@',
    '(',
    '|',
    '👩🏽‍💻',
    'مهندس ',
    ...NASTY,
  ]);
  const line = unit.repeat(Math.ceil(length / unit.length));
  const lines = text.split('\n');
  lines.splice(r.int(lines.length + 1), 0, line);
  return lines.join('\n');
}

/** Re-encode text the way other editors save it. */
export function encode(text: string, r: Rng): Buffer {
  switch (r.int(5)) {
    case 0:
      return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    case 1:
      return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]);
    case 2:
      return Buffer.from(text, 'latin1');
    case 3:
      return Buffer.from(text.replace(/\n/g, '\r\n'));
    default:
      return Buffer.from(text);
  }
}

/** Nested JSON arrays/objects `depth` deep, as text. */
export function deepJson(depth: number, r: Rng): string {
  const obj = r.chance(0.5);
  return (obj ? '{"a":' : '[').repeat(depth) + '"Python"' + (obj ? '}' : ']').repeat(depth);
}

/** Nested YAML `depth` deep (block or flow style), as text. */
export function deepYaml(depth: number, r: Rng): string {
  if (r.chance(0.5)) return '['.repeat(depth) + 'Python' + ']'.repeat(depth) + '\n';
  let out = '';
  const d = Math.min(depth, 1500); // block nesting costs depth² characters
  for (let i = 0; i < d; i++) out += ' '.repeat(i) + 'k:\n';
  return out + ' '.repeat(d) + 'Python\n';
}
