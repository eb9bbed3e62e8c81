/** Turns compared facts into points per component and a 0–100 score (the model is documented in the README). */
import {
  POSTING_SECTIONS,
  type AreaStanding,
  type FitResult,
  type JobProfile,
  type PostingSection,
  type ResumeProfile,
  type ScoreComponent,
} from '../types.js';
import { areasText, experienceFraction } from './area-years.js';
import { educationFraction, seniorityFraction, yearsFraction } from './levels.js';
import { creditOf, type SkillComparison } from './match.js';
import { GROUP_WORDS, skillGroupOf, strongestSection } from './section.js';
import {
  CATEGORY_FACTOR,
  DEFAULT_WEIGHTS,
  FULL_COVERAGE,
  MAX_EMPHASIS,
  NO_SKILLS_FRACTION,
  RELEVANCE_FLOOR,
  REQUIRED_GAP_CAP,
  type Weights,
} from './weights.js';

/** A posting's skill group: one skill, or an any-of list where any member satisfies it. */
export interface SkillGroup {
  key: string;
  required: boolean;
  members: SkillComparison[];
  covered: boolean;
  /** Share 0–1 of the group's weight the resume earns: its best member's credit (named in roles 1, listed only or implied less). */
  credit: number;
  /** How much the group counts: emphasis (mentions) × category factor. */
  weight: number;
  /** The group it is reported in: `required`, else its strongest member's part of the posting (a duty is no preference). */
  section: PostingSection;
}

/** A skill's weight in its component: 1 + log2(mentions) capped at MAX_EMPHASIS, times its category factor and, when the analyzer gives one, the weight of where the posting names it. */
export function skillWeight(c: SkillComparison): number {
  const emphasis = Math.min(MAX_EMPHASIS, 1 + Math.log2(Math.max(1, c.job.mentions)));
  // `weight` (required 1, responsibilities 0.6, preferred 0.5, only mentioned 0.3) comes from the posting analyzer when present.
  const where = (c.job as { weight?: number }).weight;
  return emphasis * (CATEGORY_FACTOR[c.job.category] ?? 1) * (typeof where === 'number' && where > 0 ? where : 1);
}

/** Group compared skills; an any-of group ("Python, Scala, or Java") is one group, weighted by its heaviest member. */
export function skillGroups(items: SkillComparison[]): SkillGroup[] {
  const groups = new Map<string, SkillGroup>();
  for (const c of items) {
    const key = `${c.job.required ? 'R' : 'P'}:${c.job.anyOf ? [...c.job.anyOf].sort().join('|') : c.job.skill}`;
    const g = groups.get(key) ?? {
      key,
      required: c.job.required,
      members: [],
      covered: false,
      credit: 0,
      weight: 0,
      section: skillGroupOf(c.job),
    };
    g.members.push(c);
    g.section = strongestSection([g.section, skillGroupOf(c.job)])!;
    g.covered ||= c.evidence.length > 0 || c.viaAlternative !== undefined;
    g.credit = Math.max(g.credit, creditOf(c));
    g.weight = Math.max(g.weight, skillWeight(c));
    groups.set(key, g);
  }
  return [...groups.values()];
}

/** Groups satisfied and total (counts, for people). */
export function groupCoverage(items: SkillComparison[]): { covered: number; total: number } {
  const groups = skillGroups(items);
  return { covered: groups.filter((g) => g.covered).length, total: groups.length };
}

/** Weighted share (0–1) of the groups covered; null when there are none. */
export function weightedCoverage(groups: SkillGroup[]): number | null {
  const total = groups.reduce((s, g) => s + g.weight, 0);
  return total ? groups.filter((g) => g.covered).reduce((s, g) => s + g.weight, 0) / total : null;
}

/** Weighted credit (0–1) of the groups: each group's weight times how well the resume shows it; null when there are none. */
export function weightedCredit(groups: SkillGroup[]): number | null {
  const total = groups.reduce((s, g) => s + g.weight, 0);
  return total ? groups.reduce((s, g) => s + g.weight * g.credit, 0) / total : null;
}

/**
 * Points a missing group costs: its share of the component's weight (before the FULL_COVERAGE allowance).
 * Takes the pair's groups, built once: grouping them again for every missing one made advice quadratic.
 */
export function groupCost(groups: SkillGroup[], group: SkillGroup, weights: Weights = DEFAULT_WEIGHTS): number {
  const same = groups.filter((g) => g.required === group.required);
  const total = same.reduce((s, g) => s + g.weight, 0);
  return total ? ((group.required ? weights.requiredSkills : weights.preferredSkills) * group.weight) / total : 0;
}

/**
 * Skill fractions 0–1: weighted credit, full at FULL_COVERAGE. Required falls back to preferred; neutral (0.5)
 * when the posting names no skills fitcheck knows. While any required group is not shown at all, the required
 * fraction stays at or below REQUIRED_GAP_CAP: thin evidence is forgiven, a missing requirement is not.
 */
export function skillCoverage(compared: SkillComparison[]): { required: number; preferred: number } {
  const groups = skillGroups(compared);
  const full = (c: number | null) => (c === null ? null : Math.min(1, c / FULL_COVERAGE));
  const pref = full(weightedCredit(groups.filter((g) => !g.required)));
  const requiredGroups = groups.filter((g) => g.required);
  const gap = requiredGroups.some((g) => g.credit === 0);
  const reqFull = full(weightedCredit(requiredGroups));
  const req = reqFull === null ? (pref ?? NO_SKILLS_FRACTION) : gap ? Math.min(reqFull, REQUIRED_GAP_CAP) : reqFull;
  return { required: req, preferred: pref ?? req };
}

const round1 = (n: number) => Math.round(n * 10) / 10;

/**
 * "; preferred 1 of 2, in the duties 3 of 9, mentioned 0 of 4": the groups beyond the requirements by the part of the
 * posting that names them, when they are not all preferences (the component counts duties and mentions too).
 */
function sectionsText(compared: SkillComparison[]): string {
  const groups = skillGroups(compared).filter((g) => !g.required);
  if (groups.every((g) => g.section === 'preferred')) return '';
  const parts = POSTING_SECTIONS.flatMap((section) => {
    const of = groups.filter((g) => g.section === section);
    return of.length ? [`${GROUP_WORDS[section].kind} ${of.filter((g) => g.covered).length} of ${of.length}`] : [];
  });
  return `; ${parts.join(', ')}`;
}

/** Score components; years, seniority and education count fully only as far as the required skills are shown. `educationMet` true (e.g. equivalent experience accepted) gives full education points. */
/** Why a resume's years are unknown, naming the first line whose dates fitcheck could not read when there is one. */
function unreadWhy(resume: ResumeProfile): string {
  const first = resume.unreadDates?.[0];
  return first
    ? `fitcheck could not read the dates on line ${first.line} ("${first.match.slice(0, 60)}")`
    : 'no role has dates fitcheck can read';
}

export function scoreComponents(
  job: JobProfile,
  resume: ResumeProfile,
  compared: SkillComparison[],
  educationMet: boolean | null,
  weights: Weights = DEFAULT_WEIGHTS,
  areas: readonly AreaStanding[] = [],
): ScoreComponent[] {
  const req = groupCoverage(compared.filter((c) => c.job.required));
  const pref = groupCoverage(compared.filter((c) => !c.job.required));
  const cov = skillCoverage(compared);
  const pct = (required: boolean) => {
    const groups = skillGroups(compared).filter((g) => g.required === required);
    const w = weightedCoverage(groups);
    const c = weightedCredit(groups);
    if (w === null || c === null) return '';
    const credit = Math.round(c * 100) < Math.round(w * 100) ? `, ${Math.round(c * 100)}% by depth` : '';
    return ` (${Math.round(w * 100)}% by weight${credit})`;
  };
  // An unrelated document must not score on years and titles alone.
  const relevance = RELEVANCE_FLOOR + (1 - RELEVANCE_FLOOR) * cov.required;
  const years = { req: job.experience.requiredYears, cand: resume.experience.candidateYears };
  const level = { req: job.seniority.required, cand: resume.seniority.candidate };
  const edu = { req: job.education.required, cand: resume.education.candidate };
  const scaled = relevance < 1 ? ` (× ${relevance.toFixed(2)} relevance)` : '';
  return [
    {
      name: 'required skills',
      weight: weights.requiredSkills,
      points: round1(weights.requiredSkills * cov.required),
      detail: req.total
        ? `${req.covered} of ${req.total} groups shown${pct(true)}`
        : pref.total
          ? 'none listed (scored like preferred)'
          : 'the posting names no skill fitcheck knows',
    },
    {
      name: 'preferred skills',
      weight: weights.preferredSkills,
      points: round1(weights.preferredSkills * cov.preferred),
      detail: pref.total
        ? `${pref.covered} of ${pref.total} groups shown${pct(false)}${sectionsText(compared)}`
        : 'none listed (scored like required)',
    },
    {
      name: 'experience',
      weight: weights.experience,
      points: round1(
        weights.experience *
          experienceFraction(yearsFraction(years.req, years.cand), job.experience.source, areas) *
          relevance,
      ),
      detail:
        (years.cand === null && years.req !== null
          ? `unknown years against ${years.req}+: ${unreadWhy(resume)}${areasText(areas) ? '' : ', so no points'}`
          : `${years.cand ?? 'unknown'} years against ${years.req === null ? 'none stated' : `${years.req}+`}${scaled}`) +
        (areasText(areas) ? `; in areas: ${areasText(areas)}` : ''),
    },
    {
      name: 'seniority',
      weight: weights.seniority,
      points: round1(weights.seniority * seniorityFraction(level.req, level.cand) * relevance),
      detail:
        level.cand === null && level.req !== null
          ? `unknown against ${level.req}: no title or dated years to read a level from, so no points`
          : `${level.cand ?? 'unknown'} against ${level.req ?? 'any'}${scaled}`,
    },
    {
      name: 'education',
      weight: weights.education,
      points: round1(
        weights.education * (educationMet === true ? 1 : educationFraction(edu.req, edu.cand)) * relevance,
      ),
      detail:
        edu.cand === null && edu.req !== null && educationMet !== true
          ? `unknown against ${edu.req}: the resume names no degree fitcheck can read, so no points`
          : `${edu.cand ?? 'unknown'} against ${edu.req ?? 'none stated'}${scaled}`,
    },
  ];
}

/** The 0–100 integer score from components. */
export function totalScore(components: ScoreComponent[]): FitResult['score'] {
  const sum = components.reduce((s, c) => s + c.points, 0);
  return Math.max(0, Math.min(100, Math.round(sum)));
}
