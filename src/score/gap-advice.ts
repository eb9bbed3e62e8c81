/** Honest advice for knock-outs and for gaps in years, seniority and education. */
import { educationStanding } from './education.js';
import type { JobProfile, KnockoutVerdict, ResumeProfile, Suggestion } from '../types.js';
import { crossTrack, educationFraction, educationGap, levelGap, seniorityFraction, yearsFraction } from './levels.js';
import { orList } from './skill-advice.js';
import type { Weights } from './weights.js';

const LIKELY_OUT = 'otherwise expect this posting to screen you out.';

/** Knock-outs: hits first, then the ones fitcheck could not decide. */
export function knockoutSuggestions(job: JobProfile, verdicts: KnockoutVerdict[]): Suggestion[] {
  const withKind = verdicts.map((v, i) => ({ v, c: job.knockouts[i] }));
  const hits = withKind.filter(({ v }) => v.status === 'hit').map(({ v, c }): Suggestion => {
    const base = `Knock-out hit: "${v.criterion}". ${v.reason}`;
    const fix =
      c?.kind === 'years' ? 'If earlier relevant work is missing or undated, add it with dates; ' :
      c?.kind === 'skills' ? `If you have used ${orList(c.skills ?? [])}, show it in a role's bullet; ` :
      c?.kind === 'education' ? 'If you hold the degree, add it to an Education section; ' :
      'If you do meet it, say so plainly on the resume; ';
    return { kind: 'knockout', message: `${base} ${fix}${LIKELY_OUT}`, evidence: v.evidence ?? v.jobEvidence };
  });
  const unknown = withKind.filter(({ v }) => v.status === 'unknown').map(({ v, c }): Suggestion => {
    const fix =
      c?.kind === 'leadership' ? 'If you have led people or projects, say so in a bullet: who, how many, what came of it.' :
      c?.kind === 'years' ? 'Give every role a date range (e.g. "Jan 2019 – Present") so your years can be counted.' :
      c?.kind === 'education' ? 'If you hold a degree, add an Education section that names it.' :
      // Example-only skill criteria already say what to do in their reason.
      c?.kind === 'skills' && c.examples ? '' :
      'If you meet it, make that explicit; a screener will not infer it.';
    return { kind: 'knockout', message: `Knock-out to check: "${v.criterion}". ${v.reason}${fix ? ` ${fix}` : ''}`, evidence: v.jobEvidence };
  });
  return [...hits, ...unknown];
}

const STEPS = ['', 'one step', 'two steps', 'three steps'];
const steps = (n: number) => STEPS[n] ?? `${n} steps`;

/** Gaps in years, seniority and education, each with the points it costs. */
export function backgroundSuggestions(job: JobProfile, resume: ResumeProfile, weights: Weights, relevance: number): Suggestion[] {
  const out: Suggestion[] = [];
  const cost = (w: number, f: number) => Math.round(w * (1 - f) * relevance * 10) / 10;
  const req = job.experience.requiredYears;
  const cand = resume.experience.candidateYears;
  if (req !== null && cand !== null && cand < req) {
    const short = Math.round((req - cand) * 10) / 10;
    out.push({ kind: 'experience', points: cost(weights.experience, yearsFraction(req, cand)), evidence: job.experience.evidence, message: `The posting asks for ${req}+ years; your dated roles add up to ${cand} (${short} short). If earlier relevant work is missing or undated, add it with dates. Don't stretch dates: lead with results that show you work at the level asked.` });
  }
  if (req !== null && cand === null) {
    out.push({ kind: 'experience', points: cost(weights.experience, 0.5), evidence: job.experience.evidence, message: `The posting asks for ${req}+ years, but no role on your resume has dates fitcheck can read. Give each role a date range (e.g. "Jan 2019 – Present").` });
  }
  const rs = job.seniority.required;
  const cs = resume.seniority.candidate;
  if (rs && cs) {
    const gap = levelGap(rs, cs);
    const points = cost(weights.seniority, seniorityFraction(rs, cs));
    const evidence = resume.seniority.evidence;
    if (crossTrack(rs, cs) && gap <= 0 && (rs === 'manager' || rs === 'director' || rs === 'executive')) {
      out.push({ kind: 'seniority', points, evidence, message: `The posting is a people-management role (${rs}); your resume reads as ${cs}. If you have managed people, show it: team size, hiring, reviews, what the team delivered.` });
    } else if (gap < 0) {
      out.push({ kind: 'seniority', points, evidence, message: `The posting is ${rs}-level; your latest role reads as ${cs}, ${steps(-gap)} below. Show the scope you already carry: people you led or mentored, systems you owned, decisions you made.${gap <= -2 ? ' Expect this to read as a stretch.' : ''}` });
    } else if (gap >= 2) {
      out.push({ kind: 'seniority', points, evidence, message: `The posting is ${rs}-level; your resume reads as ${cs}, ${steps(gap)} above. Recruiters may doubt an over-levelled candidate will stay: say in your summary why this role is what you want.` });
    }
  }
  const re = job.education.required;
  const ce = resume.education.candidate;
  if (re && ce === null) {
    out.push({ kind: 'education', points: cost(weights.education, 0.5), evidence: job.education.evidence, message: `The posting asks for a ${re} degree; your resume names none fitcheck can read. If you hold one, add an Education section that names it (e.g. "B.S. in Computer Science, 2015").` });
  } else if (re && ce && educationGap(re, ce) < 0 && educationStanding(job, resume).viaExperience) {
    out.push({ kind: 'education', points: 0, evidence: job.education.evidence, message: `The posting asks for a ${re} degree but accepts equivalent experience; your highest level is ${ce}, and your ${resume.experience.candidateYears} years can count as that. Make the equivalent experience easy to see near the top of your resume.` });
  } else if (re && ce && educationGap(re, ce) < 0) {
    out.push({ kind: 'education', points: cost(weights.education, educationFraction(re, ce)), evidence: resume.education.evidence, message: `The posting asks for a ${re} degree; the highest level on your resume is ${ce}. Don't claim a degree you don't hold; if the posting accepts equivalent experience, put that experience and any certificates up front.` });
  }
  return out;
}
