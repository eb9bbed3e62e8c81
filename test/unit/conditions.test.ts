// Knock-outs beyond skills and years: authorisation, clearance, on-site or relocation, licences. Snippets written here.
import { describe, expect, it } from 'vitest';
import { analyzeJob } from '../../src/analyze/job.js';
import { analyzeResume } from '../../src/analyze/resume.js';
import { compareProfiles } from '../../src/check.js';

const AS_OF = new Date('2026-11-01T00:00:00Z');
const posting = (body: string) =>
  analyzeJob({ path: 'job.txt', format: 'text', text: `Data Analyst\n\n${body}`, warnings: [] });
const resume = (top: string) =>
  analyzeResume(
    {
      path: 'r.md',
      format: 'markdown',
      text: `# Jane Roe\n${top}\n\n## Experience\nData Analyst, Acme Ltd — Jan 2019 – Present\n- Built SQL dashboards\n\n## Education\nBSc Mathematics, University of Leeds, 2018\n`,
      warnings: [],
    },
    AS_OF,
  );
const kinds = (body: string) => posting(body).knockouts.map((k) => k.kind);

describe('condition knock-outs in a posting', () => {
  it('reads authorisation, clearance, on-site and licence conditions as criteria of their kind', () => {
    const j = posting(
      'Requirements\n- Candidates must have the right to work in the UK; sponsorship is not available.\n- Must hold an active CPA license.\n- Active TS/SCI clearance required.\n- Must be willing to relocate to Austin.',
    );
    expect(j.knockouts.map((k) => k.kind)).toEqual(['authorization', 'license', 'clearance', 'onsite']);
    expect(j.knockouts[1].terms).toEqual(['CPA']);
    expect(j.knockouts[0].evidence.line).toBe(4);
  });

  it('a denied sponsorship is a condition without "must"; equal-opportunity text and preferences are none', () => {
    expect(kinds('About the role\nWe are unable to sponsor visas for this position.')).toEqual(['authorization']);
    expect(kinds('All applicants receive consideration without regard to citizenship status.')).toEqual([]);
    expect(kinds('Nice to have\n- Security clearance')).toEqual([]);
    expect(kinds('A security clearance is a plus.')).toEqual([]);
  });
});

describe('condition knock-outs judged', () => {
  const job = posting(
    'Requirements\n- Candidates must have the right to work in the UK; sponsorship is not available.\n- Active TS/SCI clearance required.\n- Must hold an active CPA license.',
  );
  const verdicts = (top: string) => compareProfiles(resume(top), job, { asOf: AS_OF }).knockouts.map((k) => k.status);

  it('stay unknown unless the resume answers them', () => {
    expect(verdicts('London')).toEqual(['unknown', 'unknown', 'unknown']);
  });

  it('"British citizen", a named clearance and a named licence clear them', () => {
    expect(verdicts('London · British citizen · Active Top Secret clearance · CPA')).toEqual([
      'clear',
      'clear',
      'clear',
    ]);
    expect(verdicts('Permanent resident')[0]).toBe('clear');
  });

  it('a resume that says it needs sponsorship hits the authorisation condition', () => {
    expect(verdicts('Will require visa sponsorship')[0]).toBe('hit');
  });
});
