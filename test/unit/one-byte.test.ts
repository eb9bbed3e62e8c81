import { serialize } from 'node:v8';
import { describe, expect, it } from 'vitest';
import { analyzeResume } from '../../src/analyze/resume.js';
import { oneByte, oneByteLines } from '../../src/analyze/text/one-byte.js';

// V8's serializer writes a one-byte string with tag '"' and a two-byte one with 'c' (after a padding byte or not).
const twoByte = (s: string) => {
  const b = serialize(s);
  return b[2] === 0x63 || (b[2] === 0 && b[3] === 0x63);
};
// A line cut from a text that holds a dash is held in two bytes per character, whatever its own characters.
const cut = (text: string, line: number) => text.split('\n')[line];

describe('one-byte copies of lines', () => {
  const text = 'Elena Raman, Café Engineer\nAcme — 2019 – 2022\n\nLed a team of 5';
  it('copies a Latin-1 line into one byte, the same text', () => {
    const line = cut(text, 0);
    expect(twoByte(line)).toBe(true);
    const flat = oneByte(line);
    expect(flat).toBe(line);
    expect(twoByte(flat)).toBe(false);
  });
  it('leaves a line with a wider character, and an empty one, as it is', () => {
    expect(oneByte(cut(text, 1))).toBe('Acme — 2019 – 2022');
    expect(twoByte(oneByte(cut(text, 1)))).toBe(true);
    expect(oneByte('')).toBe('');
  });
  it('returns the lines themselves for a text without wide characters', () => {
    const lines = ['a', 'b'];
    expect(oneByteLines(lines, 'a\nb')).toBe(lines);
    expect(oneByteLines(text.split('\n'), text)).toEqual(text.split('\n'));
  });
  it('reads a resume the same with its lines in either form', () => {
    const asOf = new Date('2026-01-01');
    const dashed = analyzeResume({ path: 'r', format: 'text', text, warnings: [] }, asOf);
    const plain = analyzeResume({ path: 'r', format: 'text', text: text.replace(/[—–]/g, '-'), warnings: [] }, asOf);
    expect(dashed.leadership).toEqual(plain.leadership);
    expect(dashed.skills.map((s) => s.skill)).toEqual(plain.skills.map((s) => s.skill));
  });
});
