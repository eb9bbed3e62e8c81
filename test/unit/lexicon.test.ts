import Ajv from 'ajv';
import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatLexiconFile } from '../../src/lexicon/format.js';
import { checkLexicon, LEXICON_DIR, readLexicon } from '../../src/lexicon/lexicon.js';
import { phrases } from '../../src/lexicon/patterns.js';
import { LEXICON_SPEC } from '../../src/lexicon/spec.js';
import { checkSkillFile } from '../../src/taxonomy/check.js';
import { SKILLS_DIR } from '../../src/taxonomy/taxonomy.js';
import { schema } from '../helpers/schema.js';

/** A copy of the bundled lexicon with one file changed. */
function lexiconWith(topic: string, edit: (value: Record<string, any>) => void): string {
  const dir = mkdtempSync(join(tmpdir(), 'fitcheck-lexicon-'));
  cpSync(LEXICON_DIR, dir, { recursive: true });
  const value = JSON.parse(readFileSync(join(dir, `${topic}.json`), 'utf8'));
  edit(value);
  writeFileSync(join(dir, `${topic}.json`), JSON.stringify(value));
  return dir;
}

describe('the reading lexicon (data/lexicon)', () => {
  it('is valid and every file is in its canonical form (sorted, one phrase a line)', () => {
    expect(checkLexicon()).toEqual([]);
    for (const [topic, spec] of Object.entries(LEXICON_SPEC)) {
      expect(
        readFileSync(join(LEXICON_DIR, `${topic}.json`), 'utf8'),
        `${topic}.json: run node scripts/check-lexicon.mjs --write`,
      ).toBe(formatLexiconFile(spec, JSON.parse(readFileSync(join(LEXICON_DIR, `${topic}.json`), 'utf8'))));
    }
  });

  it('has a file for every topic and no file it does not know', () => {
    expect(
      readdirSync(LEXICON_DIR)
        .filter((f) => f.endsWith('.json'))
        .sort(),
    ).toEqual(
      Object.keys(LEXICON_SPEC)
        .map((t) => `${t}.json`)
        .sort(),
    );
  });

  it('reports unknown and missing keys, empty and repeated phrases, disorder, and a phrase under two kinds', () => {
    const problems = (topic: string, edit: (v: Record<string, any>) => void) =>
      checkLexicon(lexiconWith(topic, edit)).join('\n');
    expect(problems('dates', (v) => (v.monthz = v.months))).toMatch(/dates: unknown key "monthz"/);
    expect(problems('dates', (v) => delete v.now)).toMatch(/dates: missing key "now"/);
    expect(problems('negation', (v) => v.words.push(''))).toMatch(/negation\.words\[\d+\]: empty/);
    expect(problems('negation', (v) => v.words.push('WITHOUT'))).toMatch(/"WITHOUT" is listed twice/);
    expect(problems('negation', (v) => v.words.unshift('zzz'))).toMatch(/out of order/);
    expect(
      problems(
        'headings',
        (v) => (v.posting.preferred.push('zz requirements'), v.posting.required.push('zz requirements')),
      ),
    ).toMatch(/"zz requirements" is under both "preferred" and "required"/);
    expect(problems('degrees', (v) => (v.levels[0].words = ['ph*d']))).toMatch(/"\*" may only end a phrase/);
    expect(
      problems('seniority', (v) => ((v.titleLevels[0].words = ['vp']), (v.titleLevels[1].words = ['vp']))),
    ).toMatch(/"vp" is under both/);
    expect(problems('seniority', (v) => (v.posting.yearsLevels[0].from = 1))).toMatch(/first band must start at 0/);
    expect(problems('seniority', (v) => (v.posting.yearsLevels[2].from = 3))).toMatch(
      /yearsLevels\[2\]: starts at 3, not after the band before/,
    );
  });

  it('reads a word added to a file without a code change', () => {
    const dir = lexiconWith('headings', (v) => v.posting.preferred.push('zz nice extras'));
    expect(readLexicon(dir).headings.posting.preferred).toContain('zz nice extras');
  });
});

describe('phrases compiled to patterns', () => {
  const re = (list: string[], o = {}) => new RegExp(phrases(list, o), 'i');
  it('match whole words, longest first', () => {
    expect(re(['ged']).test('Gedney')).toBe(false);
    expect(re(['bachelor', "bachelor's"]).exec("a Bachelor's degree")![0]).toBe("Bachelor's");
  });
  it('let a phrase ending in * run into the next word, as PDFs glue words', () => {
    expect(re(['high school*']).exec('High SchoolDiploma')![0]).toBe('High School');
  });
  it('honour words that cancel a phrase and text that must follow it', () => {
    expect(re(['associate'], { notBefore: { associate: ['professor'] } }).test('Associate Professor')).toBe(false);
    expect(
      new RegExp(phrases(['BA'], { start: 'abbreviation', onlyBefore: { BA: [' in', ','] } })).test('BA in History'),
    ).toBe(true);
    expect(
      new RegExp(phrases(['BA'], { start: 'abbreviation', onlyBefore: { BA: [' in', ','] } })).test('Boston, BA team'),
    ).toBe(false);
    expect(re(['sr', 'sr.'], { endsAtSpace: true }).test('(Sr)')).toBe(false);
  });
});

describe('skill data files', () => {
  const files = readdirSync(SKILLS_DIR).filter((f) => f.endsWith('.json'));
  const validate = new Ajv({ allErrors: true, strict: false }).compile(schema('fitcheck-skills'));

  it('every file validates against schema/fitcheck-skills.schema.json and has no unknown key', () => {
    for (const f of files) {
      const content = JSON.parse(readFileSync(join(SKILLS_DIR, f), 'utf8'));
      expect(validate(content), `${f}: ${JSON.stringify(validate.errors?.slice(0, 3))}`).toBe(true);
      expect(checkSkillFile(f, content)).toEqual([]);
    }
  });

  it('rejects a misspelled key, in the schema and in the build check', () => {
    const content = { skills: [{ name: 'Zorblax', category: 'tool', aliasses: ['zbx'] }] };
    expect(validate(content)).toBe(false);
    expect(checkSkillFile('x.json', content)).toEqual(['x.json: skills[0] ("Zorblax"): unknown key "aliasses"']);
    expect(checkSkillFile('x.json', { skills: [], source: 'me' })).toEqual(['x.json: unknown key "source"']);
  });
});
