import { describe, expect, it } from 'vitest';
import { trimAround, visibleWidth, wrap } from '../../src/report/layout.js';
import { textReport } from '../../src/report/text.js';
import { dutiesResult, knockedOutResult, strongResult } from '../helpers/results.js';

const ESC = /\x1b\[/;
const strip = (s: string) => s.replace(/\x1b\[[0-9;]*m/g, '');
const cases = { strong: strongResult(), 'knocked out': knockedOutResult(), 'skills from every part': dutiesResult() };

describe.each(Object.entries(cases))('text report: %s', (_name, result) => {
  for (const details of [false, true]) {
    const mode = details ? 'details' : 'compact';
    it(`${mode}, no colour: snapshot, no escape codes, 80 columns`, () => {
      const out = textReport(result, { color: false, details });
      expect(out).not.toMatch(ESC);
      for (const line of out.split('\n')) expect(visibleWidth(line), line).toBeLessThanOrEqual(80);
      expect(out).toMatchSnapshot();
    });
    it(`${mode}, colour: snapshot, same text once the codes are removed`, () => {
      const out = textReport(result, { color: true, details });
      expect(out).toMatch(ESC);
      expect(strip(out)).toBe(textReport(result, { color: false, details }));
      expect(out).toMatchSnapshot();
    });
  }
});

describe('text report content', () => {
  it('says knocked out in the header whatever the score, with words next to symbols', () => {
    const out = textReport(knockedOutResult({ score: 85, band: 'strong' }), { color: false });
    const head = out.split('\n').slice(0, 6).join('\n');
    expect(head).toMatch(/Score  85\/100 .* KNOCKED OUT/);
    expect(head).toMatch(/✖ knocked out: 2 knock-outs hit/);
    expect(out).toMatch(/✖ hit +No experience with cloud platforms/);
    expect(out).toMatch(/\? unknown +Lack of leadership/);
    expect(out).toMatch(/○ Scala|✖ GCP +missing/);
  });
  it('lists knock-outs hit first, then unknown, then clear', () => {
    const out = textReport(knockedOutResult(), { color: false });
    const at = (re: RegExp) => out.search(re);
    expect(at(/✖ hit +Less than 8/)).toBeLessThan(at(/\? unknown/));
  });
  it('keeps the match in view when it trims long evidence', () => {
    const out = textReport(strongResult(), { color: false, details: true });
    expect(out).toMatch(/line 14: .*Python.*…/);
  });
  it('groups skills with no related sign into one suggestion in the compact view only', () => {
    const compact = textReport(knockedOutResult(), { color: false });
    expect(compact).toMatch(/Required skills your resume gives no sign of: Machine\s+Learning,\s+Distributed/);
    expect(compact).toMatch(/your resume shows AWS/);
    const full = textReport(knockedOutResult(), { color: false, details: true });
    expect(full).not.toMatch(/gives no sign of: /);
  });
});

describe('text report: skills by the part of the posting that names them', () => {
  const out = textReport(dutiesResult(), { color: false });
  const section = (heading: string) => out.slice(out.indexOf(heading)).split('\n\n')[0];
  it('shows a skill named only in the duties under its own heading, never under Preferred skills', () => {
    expect(section('Preferred skills')).toMatch(/Go/);
    expect(section('Preferred skills')).not.toMatch(/Kafka|Airflow|Snowflake/);
    expect(section('Named in the duties')).toMatch(/Named in the duties {2}1 of 2 shown\n {2}what the role involves/);
    expect(section('Named in the duties')).toMatch(/✖ Airflow +missing +✔ Kafka +1 role/);
    expect(section('Also named in the posting')).toMatch(/✖ Snowflake/);
  });
  it('keeps a required skill the duties name under Required skills, saying where it comes from with --details', () => {
    expect(section('Required skills')).toMatch(/Terraform/);
    const details = textReport(dutiesResult(), { color: false, details: true });
    expect(details).toMatch(/✖ Terraform \(missing; from the duties\)/);
    expect(details).toMatch(/✔ Kafka \(named, in 1 role/);
  });
  it('groups duty advice apart from preferred advice in the compact view', () => {
    expect(out).toMatch(/Skills the role's duties name that your resume gives no sign of: Airflow,\s+Code\s+Review\./);
    expect(out).toMatch(/The posting also names Snowflake/);
    expect(out).not.toMatch(/Preferred skills your resume/);
  });
  it('reads a result written before sections existed as before: every skill not required is preferred', () => {
    const old = dutiesResult();
    for (const list of [old.skills.matched, old.skills.missing]) for (const s of list) delete s.section;
    const text = textReport(old, { color: false });
    expect(text).not.toMatch(/Named in the duties|Also named/);
    expect(text).toMatch(/Preferred skills {2}2 of 4 shown/);
  });
});

describe('layout helpers', () => {
  it('trims around the match with ellipses and keeps within the width', () => {
    const line = 'a '.repeat(40) + 'NEEDLE' + ' b'.repeat(40);
    const t = trimAround(line, 'NEEDLE', 30);
    expect(t).toContain('NEEDLE');
    expect(t.startsWith('…') && t.endsWith('…')).toBe(true);
    expect(visibleWidth(t)).toBeLessThanOrEqual(30);
    expect(trimAround('short line', 'line', 30)).toBe('short line');
  });
  it('counts wide characters as two columns and ignores colour codes', () => {
    expect(visibleWidth('日本')).toBe(4);
    expect(visibleWidth('\x1b[31mred\x1b[39m')).toBe(3);
  });
  it('wraps at words', () => {
    expect(wrap('one two three four', 9)).toEqual(['one two', 'three', 'four']);
  });
});

describe('text report on real checks', () => {
  it('fits 80 columns for every fixture resume against every seed posting, compact and detailed', async () => {
    const { readdirSync } = await import('node:fs');
    const { checkFit } = await import('../../src/check.js');
    const { ROOT, read } = await import('../helpers/paths.js');
    const asOf = new Date('2026-11-01T00:00:00Z');
    const resumes = readdirSync(`${ROOT}test/fixtures/resumes`, { recursive: true, encoding: 'utf8' })
      .filter((f) => /\.(txt|md)$/.test(f))
      .map((f) => `${ROOT}test/fixtures/resumes/${f}`);
    const jobs = readdirSync(`${ROOT}jobs`)
      .filter((f) => /\.(txt|md)$/.test(f))
      .map((f) => `${ROOT}jobs/${f}`);
    for (const r of resumes) {
      for (const j of jobs) {
        const result = checkFit(read(r), read(j), { asOf });
        for (const details of [false, true]) {
          for (const line of textReport(result, { color: true, details }).split('\n'))
            expect(visibleWidth(line), `${r} ${j}: ${line}`).toBeLessThanOrEqual(80);
        }
      }
    }
  });
});
