/**
 * The library API: check one resume against one job. Works on text; the CLI does the file loading.
 * The pipeline: the readers (analyze/) turn each document into facts, score/ judges the facts, report/ renders the result.
 */
import { analyzeJob } from './analyze/job.js';
import { withStatedSeniority } from './analyze/job/seniority.js';
import { analyzeResume } from './analyze/resume.js';
import { conditionAnswers } from './analyze/resume/authorization.js';
import { termEvidence } from './analyze/resume/terms.js';
import { titleWords } from './analyze/text/title-words.js';
import { defaultTaxonomy, type Taxonomy } from './taxonomy/taxonomy.js';
import { areaStandings } from './score/area-years.js';
import { educationStanding } from './score/education.js';
import { withoutSkills } from './score/ignore.js';
import { showingOf } from './score/depth.js';
import { judgeKnockout, knockoutCap } from './score/knockouts.js';
import { compareSkills, resumeSkillEvidence } from './score/match.js';
import { asSuggestion } from './score/message.js';
import { buildMessages } from './score/messages.js';
import { scoreComponents, totalScore } from './score/score.js';
import { titleMatch } from './score/title.js';
import { bandOf, DEFAULT_WEIGHTS, type Weights } from './score/weights.js';
import type { FitResult, JobProfile, JobSkill, LoadedDocument, Message, ResumeProfile } from './types.js';

/** Options for a fit check. */
export interface CheckOptions {
  /** The date "Present" means; default today. */
  asOf?: Date;
  weights?: Weights;
  taxonomy?: Taxonomy;
  /** Canonical names of posting skills to leave out (requirements and knock-outs). */
  ignore?: string[];
}

/**
 * Most evidence lines listed per matched skill. Found by fuzzing: a 67 KB line saying "ML" thousands of
 * times made a 344 MB JSON report, every occurrence repeating the whole line.
 */
export const MAX_EVIDENCE_PER_SKILL = 20;

/** `YYYY-MM-DD` of a date, in UTC. */
export function isoDate(d: Date): string {
  return d.toISOString().slice(0, 10);
}

/** Compare an analyzed resume with an analyzed job. */
export function compareProfiles(resume: ResumeProfile, fullJob: JobProfile, options: CheckOptions = {}): FitResult {
  const job = withStatedSeniority(withoutSkills(fullJob, options.ignore ?? []));
  const tax = options.taxonomy ?? defaultTaxonomy();
  const weights = options.weights ?? DEFAULT_WEIGHTS;
  const shown = resumeSkillEvidence(resume, tax);
  const asOf = options.asOf ?? new Date();
  const compared = compareSkills(job.skills, shown, tax, showingOf(resume, tax, asOf));
  // Names a knock-out uses that the taxonomy does not know are looked up in the resume's words, by its reader.
  const terms = termEvidence(
    resume.lines,
    job.knockouts.flatMap((k) => (k.kind === 'other' || k.kind === 'license' ? (k.terms ?? []) : [])),
  );
  const answers = conditionAnswers(resume.lines);
  const knockouts = job.knockouts.map((c) => judgeKnockout(c, resume, shown, job, terms, answers));
  const standing = educationStanding(job, resume);
  const areas = areaStandings(job, resume);
  const components = scoreComponents(job, resume, compared, standing.met, weights, areas);
  const { score, capped } = knockoutCap(totalScore(components), knockouts, job.knockouts);
  const knockedOut = knockouts.some((k) => k.status === 'hit');
  const band = bandOf(score);
  const messages = buildMessages(job, resume, compared, knockouts, shown, tax, weights);
  return {
    schemaVersion: 1,
    score,
    verdict: knockedOut ? 'knocked out' : `${band} fit`,
    band,
    knockedOut,
    knockouts,
    skills: {
      matched: compared
        .filter((c) => c.evidence.length > 0)
        .map((c) => ({
          skill: c.job.skill,
          required: c.job.required,
          evidence: c.evidence.slice(0, MAX_EVIDENCE_PER_SKILL),
          ...(c.shown ? { shown: c.shown } : {}),
          ...sectionOf(c.job),
        })),
      missing: compared
        .filter((c) => c.evidence.length === 0 && !c.viaAlternative)
        .map((c) => ({
          skill: c.job.skill,
          required: c.job.required,
          suggestion: adviceFor(messages, c.job.skill),
          ...(c.job.evidence[0] ? { posting: c.job.evidence[0] } : {}),
          ...sectionOf(c.job),
        })),
      alternatives: compared
        .filter((c) => c.evidence.length === 0 && c.viaAlternative)
        .map((c) => ({
          skill: c.job.skill,
          required: c.job.required,
          via: c.viaAlternative!,
          ...(c.shown ? { shown: c.shown } : {}),
          ...sectionOf(c.job),
        })),
    },
    ...(capped ? { capped } : {}),
    title: titleMatch(job.title, resume.roles, titleWords),
    experience: {
      requiredYears: job.experience.requiredYears,
      candidateYears: resume.experience.candidateYears,
      areas,
    },
    seniority: { required: job.seniority.required, candidate: resume.seniority.candidate },
    education: { required: job.education.required, candidate: resume.education.candidate, met: standing.met },
    components,
    suggestions: messages.map(asSuggestion),
    messages,
    asOf: isoDate(asOf),
    resume: {
      path: resume.path,
      format: resume.format,
      name: resume.name,
      warnings: messages.filter((m) => m.id === 'resume.warning' || m.id === 'resume.date-unread').map((m) => m.reason),
    },
    job: {
      path: job.path,
      title: job.title,
      skills: job.skills.map((s) => ({ skill: s.skill, required: s.required, mentions: s.mentions, ...sectionOf(s) })),
    },
  };
}

// Where the posting names a skill, when its reader says (a profile built by hand may not).
const sectionOf = (s: JobSkill) => (s.section ? { section: s.section } : {});

// A missing skill's advice is the one message about its group: said once, shown under each of its skills.
function adviceFor(messages: Message[], skill: string): string {
  return messages.find((m) => m.id === 'skill.missing' && m.skills?.includes(skill))?.reason ?? '';
}

/** Check loaded documents. */
export function checkDocuments(
  resumeDoc: LoadedDocument,
  jobDoc: LoadedDocument,
  options: CheckOptions = {},
): FitResult {
  const asOf = options.asOf ?? new Date();
  const tax = options.taxonomy ?? defaultTaxonomy();
  return compareProfiles(analyzeResume(resumeDoc, asOf, tax), analyzeJob(jobDoc, tax), {
    ...options,
    asOf,
    taxonomy: tax,
  });
}

/** Check a resume's text against a job's text. */
export function checkFit(resumeText: string, jobText: string, options: CheckOptions = {}): FitResult {
  const doc = (path: string, text: string): LoadedDocument => ({ path, format: 'text', text, warnings: [] });
  return checkDocuments(doc('resume', resumeText), doc('job', jobText), options);
}
