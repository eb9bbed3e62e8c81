/** Judges each knock-out criterion against the resume: hit, clear or unknown, with evidence from both documents. */
import { educationStanding } from './education.js';
import { KNOCKOUT_CAP } from './weights.js';
import { LEADING_LEVELS } from '../types.js';
import type {
  ConditionAnswers,
  Evidence,
  JobProfile,
  KnockoutCriterion,
  KnockoutVerdict,
  ResumeProfile,
  SkillYears,
} from '../types.js';

/**
 * Verdict for one criterion, from the facts the readers gave: the resume's skills (`shown`), roles, years,
 * leadership and education, and `terms`, where the resume names a criterion's unknown tools word for word.
 */
export function judgeKnockout(
  c: KnockoutCriterion,
  resume: ResumeProfile,
  shown: Map<string, Evidence[]>,
  job: JobProfile,
  terms: Map<string, Evidence> = new Map(),
  answers: ConditionAnswers = {},
): KnockoutVerdict {
  const base = { criterion: c.criterion, jobEvidence: c.evidence };
  switch (c.kind) {
    case 'years':
      return { ...base, ...judgeYears(c, resume, shown) };
    case 'skills':
      return { ...base, ...judgeSkills(c, resume, shown) };
    case 'leadership': {
      const led = resume.leadership;
      if (led)
        return {
          ...base,
          status: 'clear',
          reason: `The resume shows ${led.level === 'manager' ? 'people management' : 'leadership'}: "${led.evidence.match}".`,
          evidence: led.evidence,
        };
      const titled = resume.roles.find((r) => r.seniority && LEADING_LEVELS.includes(r.seniority));
      if (titled)
        return {
          ...base,
          status: 'clear',
          reason: `The resume shows ${withArticle(titled.seniority)} title: "${titled.title}".`,
          ...(titled.titleEvidence ? { evidence: titled.titleEvidence } : {}),
        };
      return { ...base, status: 'unknown', reason: 'The resume does not say whether you have led people or projects.' };
    }
    case 'education': {
      const required = c.level ?? job.education.required;
      const { met, viaExperience } = educationStanding({ ...job, education: { ...job.education, required } }, resume);
      const ev = resume.education.evidence;
      if (met === null) return { ...base, status: 'unknown', reason: 'The resume names no degree.' };
      if (viaExperience)
        return {
          ...base,
          status: 'clear',
          reason: `The posting accepts equivalent experience; the resume shows ${resume.experience.candidateYears} years.`,
        };
      return met
        ? {
            ...base,
            status: 'clear',
            reason: `The resume shows ${withArticle(resume.education.candidate)} level (${required ?? 'any'} asked).`,
            evidence: ev,
          }
        : {
            ...base,
            status: 'hit',
            reason: `The resume's highest level is ${resume.education.candidate}; the posting asks for ${required}.`,
            evidence: ev,
          };
    }
    case 'authorization':
    case 'clearance':
    case 'onsite':
      return { ...base, ...judgeCondition(c.kind, answers) };
    case 'license': {
      // A licence is met when the resume names it word for word; its absence is for the reader to check.
      const names = c.terms ?? [];
      const named = names.map((t) => terms.get(t));
      if (names.length && named.every(Boolean))
        return { ...base, status: 'clear', reason: `The resume names ${names.join(' ')}.`, evidence: named[0] };
      return {
        ...base,
        status: 'unknown',
        reason: names.length
          ? `The resume does not name ${names.join(' ')}; list the licence or certification if you hold it.`
          : 'The posting asks for a licence or certification; list yours if you hold it.',
      };
    }
    default: {
      // A name the taxonomy does not know can still be found word for word; its absence proves nothing.
      for (const term of c.terms ?? []) {
        const named = terms.get(term);
        if (named) return { ...base, status: 'clear', reason: `The resume names ${term}.`, evidence: named };
      }
      return {
        ...base,
        status: 'unknown',
        reason: 'fitcheck cannot judge this criterion from the text; check it yourself.',
      };
    }
  }
}

/** Years of the roles that mention any of `skills` (merged), from the resume's skill years. */
function yearsOfSkills(all: SkillYears[] | undefined, skills: string[]): SkillYears | null {
  const found = (all ?? []).filter((s) => skills.includes(s.skill)).sort((a, b) => b.years - a.years);
  return found[0] ?? null;
}

function judgeYears(
  c: KnockoutCriterion,
  resume: ResumeProfile,
  shown: Map<string, Evidence[]>,
): Omit<KnockoutVerdict, 'criterion'> {
  const need = c.years!;
  if (c.skills?.length) {
    const sy = yearsOfSkills(resume.skillYears, c.skills);
    if (!sy || sy.roleLines.length === 0)
      return {
        status: 'unknown',
        reason: `No dated role mentions ${c.skills.join(' or ')}, so its years cannot be read.`,
      };
    // The first mention inside a dated role shows it.
    const mentions = shown.get(sy.skill) ?? [];
    const ev = mentions.find((e) => e.line >= sy.roleLines[0]) ?? mentions[0];
    return sy.years < need
      ? {
          status: 'hit',
          reason: `Roles that mention ${sy.skill} add up to ${sy.years} years; the posting asks for ${need}.`,
          evidence: ev,
        }
      : {
          status: 'clear',
          reason: `Roles that mention ${sy.skill} add up to ${sy.years} years (at least ${need}).`,
          evidence: ev,
        };
  }
  const years = resume.experience.candidateYears;
  // ISO dates sort as plain strings; localeCompare would start ICU's collator (~8 ms) for the same order.
  // The earliest dated role is the evidence; an undated one (a title with no dates) would sort first and cite nothing.
  const first = resume.roles
    .filter((r) => !r.internship && r.start)
    .sort((a, b) => byIso(a.start ?? '', b.start ?? ''))[0];
  const ev = first?.datesEvidence;
  if (years === null) {
    const claimed = resume.experience.claimedYears;
    if (claimed != null && claimed >= need)
      return {
        status: 'clear',
        reason: `The resume states ${claimed} years of experience but dates no role; add dates to prove it.`,
      };
    return { status: 'unknown', reason: 'The resume has no dated roles, so its years of experience cannot be read.' };
  }
  const interns = resume.experience.internshipYears
    ? ` (internships, ${resume.experience.internshipYears} years, not counted)`
    : '';
  return years < need
    ? {
        status: 'hit',
        reason: `The resume's dated roles add up to ${years} years${interns}; the posting rules out less than ${need}.`,
        ...(ev ? { evidence: ev } : {}),
      }
    : {
        status: 'clear',
        reason: `The resume's dated roles add up to ${years} years (at least ${need}).`,
        ...(ev ? { evidence: ev } : {}),
      };
}

function judgeSkills(
  c: KnockoutCriterion,
  resume: ResumeProfile,
  shown: Map<string, Evidence[]>,
): Omit<KnockoutVerdict, 'criterion'> {
  const skills = c.skills ?? [];
  for (const s of skills) {
    // The reader keeps only mentions that do not deny a skill.
    const ok = shown.get(s) ?? [];
    // The skill's own name says most; failing that, a named product ("AWS") says more than a generic word ("cloud").
    const direct = new Set(
      (resume.skills.find((h) => h.skill === s)?.evidence ?? []).map((e) => `${e.line}:${e.match}`),
    );
    const named = ok.find((e) => e.match.toLowerCase() === s.toLowerCase());
    const best = named ?? ok.find((e) => !direct.has(`${e.line}:${e.match}`)) ?? ok[0];
    if (best)
      return {
        status: 'clear',
        reason:
          best.match.toLowerCase() === s.toLowerCase()
            ? `The resume shows ${s}.`
            : `The resume shows ${s} ("${best.match}").`,
        evidence: best,
      };
  }
  // Name a look-alike the resume does show ("JavaScript" is not "Java").
  const lookalike = resume.skills.find((h) =>
    skills.some((s) => h.skill !== s && h.skill.toLowerCase().includes(s.toLowerCase())),
  );
  if (lookalike) {
    const wanted = skills.find((s) => lookalike.skill.toLowerCase().includes(s.toLowerCase()))!;
    return {
      status: 'hit',
      reason: `The resume shows ${lookalike.skill}, which is not ${wanted}; none of ${skills.join(', ')}.`,
      evidence: lookalike.evidence[0],
    };
  }
  // Examples ("such as vLLM or TensorRT") stand for a kind of tool the resume may show under another name.
  if (c.examples)
    return {
      status: 'unknown',
      reason: `The posting names ${skills.join(' or ')} as examples; the resume shows none of them. Name the comparable tool you have used.`,
    };
  if (resume.onPremise && skills.some((s) => /cloud|aws|azure|gcp/i.test(s))) {
    return {
      status: 'hit',
      reason: 'The resume describes on-premise infrastructure and shows no cloud platform.',
      evidence: resume.onPremise,
    };
  }
  return { status: 'hit', reason: `The resume shows none of: ${skills.join(', ')}.` };
}

/** Order of two ISO dates (YYYY-MM…), a missing one first. */
function byIso(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * The score after knock-outs: while one is hit, the score is scaled into 0–KNOCKOUT_CAP (the weak band), so a
 * screened-out resume never reads as a good fit, and screened-out resumes keep their order among themselves
 * (a recruiter who waives the criterion still sees the best first). A years criterion left unknown (no role is
 * dated, or no dated role shows the area) caps the same way: years nobody can read are never better than a
 * known shortfall.
 * Other unknown knock-outs change nothing. `capped` says from what and why. `criteria` are the posting's, in
 * the verdicts' order.
 */
export function knockoutCap(
  score: number,
  verdicts: KnockoutVerdict[],
  criteria: KnockoutCriterion[] = [],
): { score: number; capped?: { from: number; reason: string } } {
  const hits = verdicts.filter((k) => k.status === 'hit');
  const unread = verdicts.filter((k, i) => k.status === 'unknown' && criteria[i]?.kind === 'years');
  if (!hits.length && !unread.length) return { score };
  const capped = Math.round((score * KNOCKOUT_CAP) / 100);
  const what = hits.length
    ? hits.length === 1
      ? `a knock-out is hit (${hits[0].criterion}), so the posting screens this resume out`
      : `${hits.length} knock-outs are hit, so the posting screens this resume out`
    : `the posting rules out too few years (${unread[0].criterion}) and no dated role shows them`;
  return {
    score: capped,
    capped: { from: score, reason: `${score} scaled to ${capped} (at most ${KNOCKOUT_CAP}): ${what}` },
  };
}

/** "an executive", "a lead": the article for a level's name (every level name is an English word). */
function withArticle(word: string | null | undefined): string {
  return `${/^[aeiou]/i.test(word ?? '') ? 'an' : 'a'} ${word}`;
}

const CONDITION = {
  authorization: {
    met: 'The resume states the right to work',
    unmet: 'The resume says it needs sponsorship',
    none: 'The resume does not say whether you may work there (citizenship, residence or a work permit); say so if the posting asks.',
  },
  clearance: {
    met: 'The resume names a clearance',
    unmet: '',
    none: 'The resume names no security clearance; state yours if you hold one.',
  },
  onsite: {
    met: 'The resume says you are willing to relocate',
    unmet: '',
    none: 'The resume does not say where you can work; check the location and on-site terms yourself.',
  },
};

/** Work authorisation, clearance, on-site or relocation: unknown unless the resume answers it. */
function judgeCondition(
  kind: keyof typeof CONDITION,
  answers: ConditionAnswers,
): Omit<KnockoutVerdict, 'criterion' | 'jobEvidence'> {
  const rule = CONDITION[kind];
  const a = answers[kind];
  if (!a) return { status: 'unknown', reason: rule.none };
  return a.meets
    ? { status: 'clear', reason: `${rule.met}: "${a.evidence.match}".`, evidence: a.evidence }
    : { status: 'hit', reason: `${rule.unmet}: "${a.evidence.match}".`, evidence: a.evidence };
}
