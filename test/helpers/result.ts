/** A hand-built FitResult for reporter tests: every section filled, with awkward characters. */
import type { FitResult } from '../../src/types.js';

export function sampleResult(overrides: Partial<FitResult> = {}): FitResult {
  return {
    schemaVersion: 1,
    score: 58,
    verdict: 'knocked out',
    band: 'partial',
    knockedOut: true,
    knockouts: [
      {
        criterion: 'No degree, in CS: or 100% equivalent',
        status: 'hit',
        reason: "The resume's highest level is certificate.",
        evidence: { line: 12, text: 'Certificate in Web Development', match: 'Certificate' },
      },
      { criterion: 'Lack of leadership experience', status: 'unknown', reason: 'The resume does not say whether you have led people or projects.' },
      { criterion: 'No Python', status: 'clear', reason: 'The resume shows Python.', evidence: { line: 5, text: 'Python, SQL', match: 'Python' } },
    ],
    skills: {
      matched: [{ skill: 'Python', required: true, evidence: [{ line: 5, text: 'Python, SQL', match: 'Python' }] }],
      missing: [
        { skill: 'Kubernetes', required: true, suggestion: 'The posting requires Kubernetes.' },
        { skill: 'C#', required: false, suggestion: 'The posting prefers C#.\nShow it.' },
      ],
    },
    experience: { requiredYears: 5, candidateYears: 3 },
    seniority: { required: 'senior', candidate: 'mid' },
    education: { required: 'bachelor', candidate: 'certificate', met: false },
    components: [
      { name: 'required skills', weight: 50, points: 25, detail: '1 of 2 required skill groups shown' },
      { name: 'preferred skills', weight: 15, points: 0, detail: '0 of 1 preferred skill groups shown' },
      { name: 'experience', weight: 20, points: 7.5, detail: '3 years against 5 required' },
      { name: 'seniority', weight: 10, points: 3.8, detail: 'mid against senior' },
      { name: 'education', weight: 5, points: 0.6, detail: 'certificate against bachelor' },
    ],
    suggestions: [
      { kind: 'knockout', message: 'Knock-out: "No degree".' },
      { kind: 'skill', message: 'The posting requires Kubernetes.', skill: 'Kubernetes' },
      { kind: 'experience', message: 'The posting asks for 5+ years; your dated roles add up to 3.' },
    ],
    asOf: '2026-11-01',
    resume: { path: 'cv/resume.md', format: 'markdown', name: 'Ana | Diaz', warnings: ['Two columns: lines may be read out of order'] },
    job: { path: 'jobs/acme.txt', title: 'Senior Engineer, Data', skills: [{ skill: 'Python', required: true }, { skill: 'Kubernetes', required: true }, { skill: 'C#', required: false }] },
    ...overrides,
  };
}
