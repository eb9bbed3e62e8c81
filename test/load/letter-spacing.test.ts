import { afterAll, describe, expect, it } from 'vitest';
import { analyzeResume } from '../../src/analyze/resume.js';
import { toSegments, type TextItem } from '../../src/load/layout.js';
import { loadBuffer } from '../../src/load/index.js';
import { unspaced, unspaceLine } from '../../src/load/spacing.js';
import { splitGlued } from '../../src/analyze/resume/name.js';
import * as F from './fixtures.js';

afterAll(F.removeTempDirs);
const asOf = new Date('2026-11-01T00:00:00Z');

describe('letter-spaced type', () => {
  it('a string letter-spaced as a whole joins its glyphs; two spaces are a word gap', () => {
    expect(unspaced('J U N I O R')).toBe('JUNIOR');
    expect(unspaced('W O R K  H I S T O R Y')).toBe('WORK HISTORY');
    expect(unspaced('J U N I O R  D A T A  S C I E N T I S T')).toBe('JUNIOR DATA SCIENTIST');
    expect(unspaced('W O R K H I S TO RY')).toBe('WORKHISTORY'); // a kerned pair stays two glyphs in one token
    for (const plain of ['Work History', 'R K Sharma', 'A B', 'C, C++, Go', 'Grades: A B A', 'I am a team player'])
      expect(unspaced(plain)).toBeNull();
  });

  it('a text line joins only where its word gaps are marked (two spaces)', () => {
    expect(unspaceLine('S K I L L S  &  T O O L S')).toBe('SKILLS & TOOLS');
    expect(unspaceLine('W O R K H I S T O R Y')).toBe('W O R K H I S T O R Y');
    expect(unspaceLine('Python  SQL  Tableau')).toBe('Python  SQL  Tableau');
  });

  it('a text copy with letter-spaced headings reads its sections', async () => {
    const spaced = F.LETTER_SPACED_TEXT.replace('Work History', 'W O R K  H I S T O R Y').replace(
      'Education',
      'E D U C A T I O N',
    );
    const r = analyzeResume(await loadBuffer('spaced.txt', Buffer.from(spaced)), asOf);
    expect(r.roles).toHaveLength(2);
    expect(r.education.candidate).toBe('bachelor');
  });

  it('glyphs placed one by one join by their positions: the usual gap is letter spacing, a wider one a word gap', () => {
    const items: TextItem[] = [];
    let x = 50;
    for (const ch of 'PROFILE SUMMARY') {
      if (ch === ' ')
        x += 4; // a space: 0.33 em more than the letter spacing
      else (items.push({ str: ch, x, y: 700, w: 7, h: 12 }), (x += 7 + 3.5));
    }
    expect(toSegments(items).map((s) => s.text)).toEqual(['PROFILE SUMMARY']);
  });

  it('headings at light tracking, whose word gaps pdf.js cannot show, are still headings', async () => {
    const pdf = await loadBuffer('light.pdf', await F.lightlySpacedPdf());
    // The loader joins the glyphs; the word gap is lost with the tracking ("WORKHISTORY").
    expect(pdf.text).toMatch(/^WORK ?HISTORY$/m);
    const r = analyzeResume(pdf, asOf);
    expect(r.sections.map((s) => s.section)).toEqual(['contact', 'summary', 'experience', 'education', 'skills']);
    expect(r.roles.map((x) => `${x.title} @ ${x.employer} ${x.start}..${x.end}`)).toEqual([
      'Senior Data Analyst @ Harbor Freight Lines 2020-03..2026-11',
      'Data Analyst @ Cedar Health 2016-07..2020-02',
    ]);
    expect(r.education.candidate).toBe('bachelor');
  });

  it('a letter-spaced PDF reads like its plain text: name, title, headings, roles, degree', async () => {
    const pdf = await loadBuffer('spaced.pdf', await F.letterSpacedPdf());
    const lines = pdf.text.split('\n');
    expect(lines).toEqual(
      expect.arrayContaining(['NADIA OKONKWO', 'SENIOR DATA ANALYST', 'WORK HISTORY', 'EDUCATION']),
    );
    const fromPdf = analyzeResume(pdf, asOf);
    const fromText = analyzeResume(await loadBuffer('spaced.txt', Buffer.from(F.LETTER_SPACED_TEXT)), asOf);
    const facts = (r: typeof fromPdf) => ({
      name: r.name?.toLowerCase(),
      roles: r.roles.map((x) => `${x.title} @ ${x.employer} ${x.start}..${x.end}`),
      years: r.experience.candidateYears,
      education: r.education.candidate,
      skills: r.skills.map((s) => s.skill).sort(),
    });
    expect(facts(fromPdf)).toEqual(facts(fromText));
    expect(facts(fromPdf).name).toBe('nadia okonkwo');
    expect(facts(fromPdf).roles).toHaveLength(2);
    expect(fromPdf.education.candidate).toBe('bachelor');
  });

  it('a name at light tracking, glued into one run by the loader, reads with its word gap', async () => {
    const read = async (name: string, email: string) => {
      const doc = await loadBuffer('name.pdf', await F.lightlySpacedNamePdf(name, email));
      return { first: doc.text.split('\n')[0], name: analyzeResume(doc, asOf).name };
    };
    // The loader cannot see the gap: one run of capitals.
    expect(await read('NADIA OKONKWO', 'nadia.okonkwo@example.com')).toEqual({
      first: 'NADIAOKONKWO',
      name: 'Nadia Okonkwo',
    });
    // "tlindqvist": the first initial and the whole last name.
    expect((await read('TOMAS LINDQVIST', 'tlindqvist@example.com')).name).toBe('Tomas Lindqvist');
    // "kevinmarsh": a given name the e-mail starts with, then the start of the last name.
    expect((await read('KEVIN MARSHALL', 'kevinmarsh@example.com')).name).toBe('Kevin Marshall');
  });
});

describe('a glued name split back', () => {
  it('by the e-mail, or by a given name the e-mail agrees with; else left whole', () => {
    expect(splitGlued('PRIYAMENON', 'priya_menon@example.com')).toBe('PRIYA MENON');
    expect(splitGlued('PRIYAMENON', 'pmenon@example.com')).toBe('PRIYA MENON');
    expect(splitGlued('PRIYAMENON', 'menonp@example.com')).toBe('PRIYA MENON');
    // A job in capitals is no name, whatever given name it starts with.
    expect(splitGlued('ANALYST', 'kim.lee@example.com')).toBeNull();
    expect(splitGlued('MARKETING', null)).toBeNull();
    expect(splitGlued('ZORANVUKIC', 'zv@example.com')).toBeNull();
  });
});
