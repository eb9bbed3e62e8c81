import { readFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
// Plain JS helper shared with the benchmark (bench/ is not part of the typed build).
import { jobText, resumeText, writeDocx, writePdf } from '../../bench/corpus.mjs';
import { checkFit } from '../../src/check.js';

const tmp = mkdtempSync(join(tmpdir(), 'fitcheck-corpus-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('benchmark corpus generator', () => {
  it('writes deterministic resumes of realistic length that fitcheck reads', () => {
    const text = resumeText(7);
    expect(resumeText(7)).toBe(text);
    expect(resumeText(8)).not.toBe(text);
    const words = text.split(/\s+/).length;
    expect(words).toBeGreaterThan(500);
    expect(words).toBeLessThan(900);
    const result = checkFit(text, jobText(7), { asOf: new Date('2026-01-01') });
    expect(result.resume.name).not.toBeNull();
    expect(result.experience.candidateYears).toBeGreaterThan(3);
    expect(result.skills.matched.length + result.skills.missing.length).toBeGreaterThan(5);
  });

  it('writes a PDF and a DOCX', async () => {
    const pdf = join(tmp, 'r.pdf');
    const docx = join(tmp, 'r.docx');
    await writePdf(pdf, 7);
    await writeDocx(docx, 7);
    expect(readFileSync(pdf).subarray(0, 5).toString()).toBe('%PDF-');
    const zip = readFileSync(docx);
    expect(zip.subarray(0, 2).toString()).toBe('PK');
    expect(zip.includes(Buffer.from('word/document.xml'))).toBe(true);
  });
});
