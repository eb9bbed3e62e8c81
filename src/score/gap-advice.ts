/** Honest advice for knock-outs and for gaps in years, seniority and education. */
import type { JobProfile, KnockoutVerdict, Message, ResumeProfile } from '../types.js';
import { educationStanding } from './education.js';
import { crossTrack, educationFraction, educationGap, levelGap, seniorityFraction, yearsFraction } from './levels.js';
import { at, message } from './message.js';
import { orList } from './skill-advice.js';
import type { Weights } from './weights.js';

const LIKELY_OUT = 'otherwise expect this posting to screen you out.';

/** Knock-outs: hits first, then the ones fitcheck could not decide. */
export function knockoutMessages(job: JobProfile, verdicts: KnockoutVerdict[]): Message[] {
  const withKind = verdicts.map((v, i) => ({ v, c: job.knockouts[i] }));
  const found = (v: KnockoutVerdict) => ({ actual: v.reason, expected: v.criterion });
  const hits = withKind
    .filter(({ v }) => v.status === 'hit')
    .map(({ v, c }) => {
      const base = `Knock-out hit: "${v.criterion}". ${v.reason}`;
      const fix =
        c?.kind === 'years'
          ? 'If earlier relevant work is missing or undated, add it with dates; '
          : c?.kind === 'skills'
            ? `If you have used ${orList(c.skills ?? [])}, show it in a role's bullet; `
            : c?.kind === 'education'
              ? 'If you hold the degree, add it to an Education section; '
              : 'If you do meet it, say so plainly on the resume; ';
      const reason = `${base} ${fix}${LIKELY_OUT}`;
      return message({
        id: 'knockout.hit',
        kind: 'knockout',
        severity: 'error',
        reason,
        ...found(v),
        ...at(v.evidence, v.jobEvidence),
      });
    });
  const unknown = withKind
    .filter(({ v }) => v.status === 'unknown')
    .map(({ v, c }) => {
      const fix =
        c?.kind === 'leadership'
          ? 'If you have led people or projects, say so in a bullet: who, how many, what came of it.'
          : c?.kind === 'years'
            ? 'Give every role a date range (e.g. "Jan 2019 – Present") so your years can be counted.'
            : c?.kind === 'education'
              ? 'If you hold a degree, add an Education section that names it.'
              : // Example-only skill criteria already say what to do in their reason.
                c?.kind === 'skills' && c.examples
                ? ''
                : 'If you meet it, make that explicit; a screener will not infer it.';
      const reason = `Knock-out to check: "${v.criterion}". ${v.reason}${fix ? ` ${fix}` : ''}`;
      // Its line is the posting's: the resume says nothing either way.
      return message({
        id: 'knockout.unknown',
        kind: 'knockout',
        severity: 'warning',
        reason,
        ...found(v),
        ...at(undefined, v.jobEvidence),
      });
    });
  return [...hits, ...unknown];
}

const STEPS = ['', 'one step', 'two steps', 'three steps'];
const steps = (n: number) => STEPS[n] ?? `${n} steps`;

/** Gaps in years, seniority and education, each with the points it costs. */
export function backgroundMessages(
  job: JobProfile,
  resume: ResumeProfile,
  weights: Weights,
  relevance: number,
): Message[] {
  const out: Message[] = [];
  const warn = { severity: 'warning' as const };
  const cost = (w: number, f: number) => Math.round(w * (1 - f) * relevance * 10) / 10;
  const req = job.experience.requiredYears;
  const cand = resume.experience.candidateYears;
  if (req !== null && cand !== null && cand < req) {
    const short = Math.round((req - cand) * 10) / 10;
    const reason = `The posting asks for ${req}+ years; your dated roles add up to ${cand} (${short} short). If earlier relevant work is missing or undated, add it with dates. Don't stretch dates: lead with results that show you work at the level asked.`;
    out.push(
      message({
        id: 'experience.short',
        kind: 'experience',
        ...warn,
        reason,
        actual: cand,
        expected: req,
        points: cost(weights.experience, yearsFraction(req, cand)),
        ...at(undefined, job.experience.evidence),
      }),
    );
  }
  if (req !== null && cand === null) {
    const reason = `The posting asks for ${req}+ years, but no role on your resume has dates fitcheck can read. Give each role a date range (e.g. "Jan 2019 – Present").`;
    out.push(
      message({
        id: 'experience.undated',
        kind: 'experience',
        ...warn,
        reason,
        expected: req,
        points: cost(weights.experience, yearsFraction(req, null)),
        ...at(undefined, job.experience.evidence),
      }),
    );
  }
  const rs = job.seniority.required;
  const cs = resume.seniority.candidate;
  if (rs && cs) {
    const gap = levelGap(rs, cs);
    const points = cost(weights.seniority, seniorityFraction(rs, cs));
    const level = {
      kind: 'seniority' as const,
      ...warn,
      points,
      actual: cs,
      expected: rs,
      ...at(resume.seniority.evidence, job.seniority.evidence),
    };
    if (crossTrack(rs, cs) && gap <= 0 && (rs === 'manager' || rs === 'director' || rs === 'executive')) {
      out.push(
        message({
          id: 'seniority.management',
          ...level,
          reason: `The posting is a people-management role (${rs}); your resume reads as ${cs}. If you have managed people, show it: team size, hiring, reviews, what the team delivered.`,
        }),
      );
    } else if (gap < 0) {
      out.push(
        message({
          id: 'seniority.below',
          ...level,
          reason: `The posting is ${rs}-level; your latest role reads as ${cs}, ${steps(-gap)} below. Show the scope you already carry: people you led or mentored, systems you owned, decisions you made.${gap <= -2 ? ' Expect this to read as a stretch.' : ''}`,
        }),
      );
    } else if (gap >= 2) {
      out.push(
        message({
          id: 'seniority.above',
          ...level,
          reason: `The posting is ${rs}-level; your resume reads as ${cs}, ${steps(gap)} above. Recruiters may doubt an over-levelled candidate will stay: say in your summary why this role is what you want.`,
        }),
      );
    }
  }
  const re = job.education.required;
  const ce = resume.education.candidate;
  const degree = { kind: 'education' as const, ...warn, actual: ce, expected: re };
  if (re && ce === null) {
    const reason = `The posting asks for a ${re} degree; your resume names none fitcheck can read. If you hold one, add an Education section that names it (e.g. "B.S. in Computer Science, 2015").`;
    out.push(
      message({
        id: 'education.missing',
        ...degree,
        reason,
        points: cost(weights.education, educationFraction(re, null)),
        ...at(undefined, job.education.evidence),
      }),
    );
  } else if (re && ce && educationGap(re, ce) < 0 && educationStanding(job, resume).viaExperience) {
    const reason = `The posting asks for a ${re} degree but accepts equivalent experience; your highest level is ${ce}, and your ${resume.experience.candidateYears} years can count as that. Make the equivalent experience easy to see near the top of your resume.`;
    // The advice is about the posting's escape clause, so its line is the posting's.
    out.push(
      message({ id: 'education.equivalent', ...degree, reason, points: 0, ...at(undefined, job.education.evidence) }),
    );
  } else if (re && ce && educationGap(re, ce) < 0) {
    const reason = `The posting asks for a ${re} degree; the highest level on your resume is ${ce}. Don't claim a degree you don't hold; if the posting accepts equivalent experience, put that experience and any certificates up front.`;
    out.push(
      message({
        id: 'education.below',
        ...degree,
        reason,
        points: cost(weights.education, educationFraction(re, ce)),
        ...at(resume.education.evidence, job.education.evidence),
      }),
    );
  }
  return out;
}
