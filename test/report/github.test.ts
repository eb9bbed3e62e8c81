import { describe, expect, it } from 'vitest';
import {
  ANNOTATION_LIMIT,
  escapeData,
  escapeProperty,
  githubReport,
  githubReportAll,
} from '../../src/report/github.js';
import { awkwardResult, dutiesResult } from '../helpers/results.js';

const lines = (s: string) => s.trimEnd().split('\n');

describe('github reporter', () => {
  it('escapes data and properties per the workflow-command rules', () => {
    expect(escapeData('100% done\r\nnext')).toBe('100%25 done%0D%0Anext');
    expect(escapeProperty('a:b,c%\n')).toBe('a%3Ab%2Cc%25%0A');
  });

  it('titles a missing skill by the part of the posting that names it', () => {
    const titles = lines(githubReport(dutiesResult(), { color: false })).map((l) => /title=([^:]*)::/.exec(l)?.[1]);
    expect(titles).toEqual([
      'Missing required skill%3A Terraform',
      'Missing skill named in the duties%3A Airflow',
      'Missing skill the posting mentions%3A Snowflake',
      'fitcheck%3A 64/100 good fit',
    ]);
  });

  it('puts errors first (hit knock-outs, then missing required skills), then warnings, then the score notice', () => {
    const out = lines(githubReport(awkwardResult(), { color: false }));
    expect(out).toEqual([
      '::error file=cv/resume.md,line=12,title=Knock-out hit::Senior Engineer, Data: "No degree, in CS: or 100%25 equivalent": The resume\'s highest level is certificate.',
      '::error file=cv/resume.md,title=Missing required skill%3A Kubernetes::Senior Engineer, Data: The posting requires Kubernetes.',
      '::warning file=cv/resume.md,title=Knock-out unclear::Senior Engineer, Data: "Lack of leadership experience": The resume does not say whether you have led people or projects.',
      '::warning file=cv/resume.md,title=Experience gap::Senior Engineer, Data: The posting asks for 5+ years; your dated roles add up to 3.',
      '::warning file=cv/resume.md,title=Missing preferred skill%3A C#::Senior Engineer, Data: The posting prefers C#.%0AShow it.',
      '::warning file=cv/resume.md,title=Resume warning::Two columns: lines may be read out of order',
      '::notice file=cv/resume.md,title=fitcheck%3A 58/100 knocked out::Ana | Diaz against Senior Engineer, Data: score 58/100, knocked out',
    ]);
  });

  it('does not repeat a resume warning that a suggestion already says', () => {
    const w = 'No email address found.';
    const r = awkwardResult({
      suggestions: [{ kind: 'hygiene', message: w }],
      resume: { ...awkwardResult().resume, warnings: [w] },
    });
    expect(githubReport(r, { color: false }).split(w).length - 1).toBe(1);
    expect(githubReport(r, { color: false })).toContain('title=Resume hygiene::');
  });

  it('never emits more than the per-step limit of each level; the last one names the rest', () => {
    const missing = Array.from({ length: 14 }, (_, i) => ({
      skill: `Skill${i}`,
      required: true,
      suggestion: `Add Skill${i}.`,
    }));
    const out = lines(githubReport(awkwardResult({ skills: { matched: [], missing } }), { color: false }));
    const errors = out.filter((l) => l.startsWith('::error'));
    expect(errors).toHaveLength(ANNOTATION_LIMIT);
    expect(errors[0]).toContain('Knock-out hit');
    expect(errors[ANNOTATION_LIMIT - 1]).toBe(
      '::error file=cv/resume.md,title=6 more errors::Missing required skill: Skill8; Missing required skill: Skill9; Missing required skill: Skill10; ' +
        'Missing required skill: Skill11; Missing required skill: Skill12; Missing required skill: Skill13',
    );
  });

  it('shows absolute paths relative to the workspace and leaves out the file for stdin', () => {
    const abs = githubReport(
      awkwardResult({ resume: { ...awkwardResult().resume, path: '/work/repo/cv/resume.md' } }),
      { color: false, root: '/work/repo' },
    );
    expect(abs).toContain('file=cv/resume.md,line=12');
    const outside = githubReport(
      awkwardResult({ resume: { ...awkwardResult().resume, path: '/elsewhere/resume.md' } }),
      { color: false, root: '/work/repo' },
    );
    expect(outside).toContain('file=/elsewhere/resume.md,');
    const stdin = githubReport(awkwardResult({ resume: { ...awkwardResult().resume, path: '-' } }), { color: false });
    expect(stdin).not.toContain('file=');
    expect(stdin).not.toContain('line=');
  });

  it('ranks several jobs together: gates, then knock-outs, then missing required skills; within the limit; warnings said once', () => {
    const missing = (n: number, job: string) =>
      Array.from({ length: n }, (_, i) => ({ skill: `${job}${i}`, required: true, suggestion: `Add ${job}${i}.` }));
    const a = awkwardResult({ skills: { matched: [], missing: missing(6, 'A') } });
    const b = awkwardResult({
      job: { ...awkwardResult().job, title: 'Platform Engineer' },
      skills: { matched: [], missing: missing(6, 'B') },
    });
    const out = lines(githubReportAll([a, b], { color: false }, ['score 58 is below the minimum of 70']));
    const errors = out.filter((l) => l.startsWith('::error'));
    expect(errors).toHaveLength(ANNOTATION_LIMIT);
    expect(errors[0]).toBe('::error title=fitcheck gate failed::score 58 is below the minimum of 70');
    expect(errors[1]).toMatch(/title=Knock-out hit::Senior Engineer, Data: /);
    expect(errors[2]).toMatch(/title=Knock-out hit::Platform Engineer: /);
    expect(errors[3]).toMatch(/Missing required skill%3A A0/);
    expect(errors[9]).toMatch(/title=6 more errors::/);
    expect(out.filter((l) => l.includes('title=Resume warning'))).toHaveLength(1);
    expect(out.filter((l) => l.startsWith('::notice'))).toHaveLength(2);
  });
});
