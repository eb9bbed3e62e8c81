/** Shared shapes passed between the stages: load → analyze → score → report. */

/** Seniority ladder, lowest to highest; the management track starts at `manager`. */
export const SENIORITY_LADDER = [
  'intern',
  'junior',
  'mid',
  'senior',
  'lead',
  'staff',
  'principal',
  'manager',
  'director',
  'executive',
] as const;
export type Seniority = (typeof SENIORITY_LADDER)[number];

/** Education levels, lowest to highest. */
export const EDUCATION_LEVELS = ['high school', 'certificate', 'associate', 'bachelor', 'master', 'doctorate'] as const;
export type EducationLevel = (typeof EDUCATION_LEVELS)[number];

/** Where something was found: a 1-based line of the document's extracted text. */
export interface Evidence {
  /** 1-based line number in the document's extracted text. */
  line: number;
  /** The whole line, as extracted. */
  text: string;
  /** The exact words on the line that matched. */
  match: string;
}

/** A document after loading: its text, split into lines, and what the loader noticed. */
export interface LoadedDocument {
  /** The path given by the user (`-` for stdin, or a bundled job's path). */
  path: string;
  /** Detected format: text, markdown, pdf, docx, json-resume, … */
  format: string;
  /** Extracted text; line numbers in evidence refer to `text.split('\n')`. */
  text: string;
  /** Problems that may make a tracking system (or fitcheck) misread the document. */
  warnings: string[];
}

/** One skill found in a document, with every line that shows it. */
export interface SkillHit {
  /** Canonical skill name from the taxonomy. */
  skill: string;
  /** Taxonomy category (language, cloud, ml, …). */
  category: string;
  /** Every place the skill was seen. */
  evidence: Evidence[];
}

/** A skill the posting asks for. */
export interface JobSkill extends SkillHit {
  /** True when the posting requires it (not merely prefers it). */
  required: boolean;
  /** Skills listed as alternatives ("Python, Scala, or Java"): any one satisfies the group. */
  anyOf?: string[];
  /** How many times the posting mentions it. */
  mentions: number;
}

/** A job or resume role (position) with its dates. */
export interface Role {
  title: string;
  employer: string | null;
  /** ISO month `YYYY-MM`. */
  start: string | null;
  /** ISO month `YYYY-MM`; the reference date's month for "Present". */
  end: string | null;
  /** Line where the role's heading was found. */
  line: number;
}

/** A disqualifying criterion read from the posting. */
export interface KnockoutCriterion {
  /** The criterion as the posting words it. */
  criterion: string;
  /** What kind of check decides it. */
  kind: 'years' | 'skills' | 'leadership' | 'education' | 'other';
  /** For `years`: the minimum years. */
  years?: number;
  /** For `skills`: any one of these clears it. */
  skills?: string[];
  /** The posting's line. */
  evidence: Evidence;
}

/** What fitcheck read from a posting. */
export interface JobProfile {
  path: string;
  format: string;
  title: string;
  skills: JobSkill[];
  experience: { requiredYears: number | null; evidence?: Evidence };
  seniority: { required: Seniority | null; evidence?: Evidence };
  education: { required: EducationLevel | null; evidence?: Evidence };
  knockouts: KnockoutCriterion[];
  warnings: string[];
}

/** What fitcheck read from a resume. */
export interface ResumeProfile {
  path: string;
  format: string;
  name: string | null;
  skills: SkillHit[];
  roles: Role[];
  experience: { candidateYears: number | null };
  seniority: { candidate: Seniority | null; evidence?: Evidence };
  education: { candidate: EducationLevel | null; evidence?: Evidence };
  warnings: string[];
  /** Lines of the resume's text, for evidence look-ups by later stages. */
  lines: string[];
}

/** A knock-out criterion judged against the resume. */
export interface KnockoutVerdict {
  criterion: string;
  status: 'hit' | 'clear' | 'unknown';
  reason: string;
  /** The resume's line that decided it, when there is one. */
  evidence?: Evidence;
  /** The posting's line the criterion comes from. */
  jobEvidence?: Evidence;
}

/** One scored component of the fit. */
export interface ScoreComponent {
  name: string;
  weight: number;
  points: number;
  detail: string;
}

/** A piece of advice, most important first. */
export interface Suggestion {
  kind: 'knockout' | 'skill' | 'experience' | 'seniority' | 'education' | 'hygiene';
  message: string;
  skill?: string;
  /** For skills: whether the posting requires it (not merely prefers it). */
  required?: boolean;
  /** For skills: a related skill the resume shows, to name as transferable experience. */
  related?: string;
  /** Score points this gap costs, when it has a price in the model. */
  points?: number;
  /** The line the advice is about (the resume's for a related skill, the posting's otherwise). */
  evidence?: Evidence;
}

/** The result of checking one resume against one job (JSON schema version 1). */
export interface FitResult {
  schemaVersion: 1;
  score: number;
  verdict: string;
  band: string;
  knockedOut: boolean;
  knockouts: KnockoutVerdict[];
  skills: {
    matched: { skill: string; required: boolean; evidence: Evidence[] }[];
    missing: { skill: string; required: boolean; suggestion: string }[];
    /** Posting skills not shown but not needed: another member of their any-of group is shown. */
    alternatives?: { skill: string; required: boolean; via: string }[];
  };
  experience: { requiredYears: number | null; candidateYears: number | null };
  seniority: { required: Seniority | null; candidate: Seniority | null };
  education: { required: EducationLevel | null; candidate: EducationLevel | null; met: boolean | null };
  components: ScoreComponent[];
  suggestions: Suggestion[];
  asOf: string;
  resume: { path: string; format: string; name: string | null; warnings: string[] };
  job: { path: string; title: string; skills: { skill: string; required: boolean }[] };
}
