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
/** Levels whose title says the holder leads people or projects: such a title is evidence of leadership. */
export const LEADING_LEVELS: readonly Seniority[] = ['lead', 'manager', 'director', 'executive'];

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

/**
 * The part of a posting that names a skill, strongest first: its requirements, its preferences, its duties ("What
 * you'll do", "Responsibilities"), or any other line. A skill named in several parts takes the strongest.
 */
export const POSTING_SECTIONS = ['required', 'preferred', 'responsibilities', 'other'] as const;
export type PostingSection = (typeof POSTING_SECTIONS)[number];

/** A skill the posting asks for. */
export interface JobSkill extends SkillHit {
  /** True when the posting requires it (not merely prefers it). */
  required: boolean;
  /** Skills listed as alternatives ("Python, Scala, or Java"): any one satisfies the group. */
  anyOf?: string[];
  /** How many times the posting mentions it. */
  mentions: number;
  /** The strongest part of the posting that names it (required > preferred > responsibilities > other). */
  section?: PostingSection;
  /** How much the posting leans on it: 1 required, else by section (score/weights.ts SECTION_WEIGHT). */
  weight?: number;
  /** True when the posting's title line names it. */
  inTitle?: boolean;
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
  /** The dates as written on `line` ("Jan 2015 – Present"). */
  dates?: string;
  /** True for an internship, co-op, trainee or summer position: not counted in professional years. */
  internship?: boolean;
  /** The role's place on the seniority ladder, from its title. */
  seniority?: Seniority | null;
  /** Months the role covers (start and end months included). */
  months?: number;
  /** The line that shows the title (the date line, or a heading line just above it). */
  titleEvidence?: Evidence;
  /** The date line, its dates as the match. */
  datesEvidence?: Evidence;
}

/** A disqualifying criterion read from the posting. */
export interface KnockoutCriterion {
  /** The criterion as the posting words it. */
  criterion: string;
  /** What kind of check decides it. */
  kind:
    'years' | 'skills' | 'leadership' | 'education' | 'authorization' | 'clearance' | 'onsite' | 'license' | 'other';
  /** For `years`: the minimum years. */
  years?: number;
  /** For `education`: the minimum level. */
  level?: EducationLevel;
  /** For `skills`: any one of these clears it. For `years`: the years are of these skills, when named. */
  skills?: string[];
  /** For `other`: distinctive names the criterion uses (a tool the taxonomy does not know), looked up in the resume word for word. */
  terms?: string[];
  /** For `skills`: the posting names them only as examples ("such as vLLM or TensorRT"), so a miss is unknown. */
  examples?: boolean;
  /** Where it comes from: an explicit disqualifier line, or a hard requirement ("must", "required", "minimum"). */
  source?: 'disqualifier' | 'requirement';
  /** The posting's line. */
  evidence: Evidence;
}

/** A resume's answers to a posting's conditions (work authorisation, clearance, relocation): the line, and whether it meets it. */
export type ConditionAnswers = Partial<
  Record<'authorization' | 'clearance' | 'onsite', { meets: boolean; evidence: Evidence }>
>;

/** Years the posting asks for in one skill or area ("4+ years programming in Python, Scala or Java"). */
export interface AreaYears {
  /** The area as the posting words it. */
  area: string;
  years: number;
  /** Skills the area names (any one counts); empty when it names none. */
  skills: string[];
  /** True when the posting states it as a requirement (not merely preferred). */
  required: boolean;
  evidence: Evidence;
}

/** A posting's area years compared with the resume's. */
export interface AreaStanding {
  /** The area as the posting words it. */
  area: string;
  /** Skills the area names (any one counts). */
  skills: string[];
  requiredYears: number;
  /** Merged years of the resume's dated roles that mention the area's skills; null when none does. */
  candidateYears: number | null;
  /** Whether the resume's years reach the posting's; null when they cannot be read. */
  met: boolean | null;
  /** The skill whose roles gave the years. */
  skill?: string;
  /** The posting's line. */
  posting: Evidence;
}

/** Years of hands-on use of one skill, from the dated roles whose lines mention it. */
export interface SkillYears {
  skill: string;
  /** Merged years of the roles that mention it; 0 when only undated lines mention it. */
  years: number;
  /** `YYYY-MM` end of the latest role that mentions it; null when no dated role does. */
  lastUsed: string | null;
  /** True when a current role (ending at the reference month) mentions it. */
  current: boolean;
  /** Lines of the roles (their heading lines) that mention it. */
  roleLines: number[];
}

/** One degree or certificate a resume names. */
export interface Degree {
  level: EducationLevel;
  /** Field of study when written ("Computer Science"), else null. */
  field: string | null;
  /** True when the degree is not finished ("expected 2027", "in progress"). */
  inProgress: boolean;
  evidence: Evidence;
}

/** What fitcheck read from a posting. */
export interface JobProfile {
  path: string;
  format: string;
  title: string;
  skills: JobSkill[];
  experience: {
    /** Overall years required (the posting's general "N+ years of experience"). */
    requiredYears: number | null;
    evidence?: Evidence;
    /** Years asked for in a particular skill or area. */
    perSkill?: AreaYears[];
    /** Where `requiredYears` came from: a board's field, a general statement, or (when the posting states only those) an area's years. */
    source?: 'board' | 'general' | 'area';
  };
  seniority: JobSeniority;
  education: {
    /** Minimum level required; null when the posting asks for none. */
    required: EducationLevel | null;
    evidence?: Evidence;
    /** A higher level the posting prefers ("Master's preferred"). */
    preferred?: EducationLevel | null;
    /** Field(s) of study as the posting words them ("computer science, statistics or a related discipline"). */
    field?: string | null;
    /** The escape clause, when the posting accepts experience instead ("or equivalent practical experience"). */
    alternative?: string | null;
  };
  knockouts: KnockoutCriterion[];
  warnings: string[];
}

/** Where a posting's level came from: its title, a board's level field, its years, a body cue, or the default. */
export type SeniorityBasis = 'title' | 'board' | 'years' | 'cue' | 'default';

/** The seniority a posting asks for. */
export interface JobSeniority {
  required: Seniority | null;
  evidence?: Evidence;
  /** Management track (manager, director, executive) or individual-contributor track. */
  track?: 'management' | 'individual';
  /** Where the level came from; `default` when the posting names none (the score then asks for no level). */
  basis?: SeniorityBasis;
  /** How sure the reading is, 0-1: a title or board field 0.9, years 0.7, a body cue 0.6, the default 0.2. */
  confidence?: number;
}

/** What fitcheck read from a resume. */
export interface ResumeProfile {
  path: string;
  format: string;
  name: string | null;
  skills: SkillHit[];
  roles: Role[];
  experience: {
    /** Professional years: dated roles merged where they overlap, internships left out. */
    candidateYears: number | null;
    /** Years of internships, shown but not counted. */
    internshipYears?: number;
    /** "N years of experience" as the resume claims it in prose (used only when no role is dated). */
    claimedYears?: number | null;
    /** How the years were counted, in words. */
    note?: string;
  };
  /** Years and recency per skill. */
  skillYears?: SkillYears[];
  seniority: {
    candidate: Seniority | null;
    evidence?: Evidence;
    track?: 'management' | 'individual';
  };
  education: {
    candidate: EducationLevel | null;
    evidence?: Evidence;
    /** Field of the highest finished degree, when written. */
    field?: string | null;
    /** Every degree or certificate found, highest first. */
    degrees?: Degree[];
  };
  warnings: string[];
  /** Lines shaped like a date range that fitcheck could not read (their roles' years are not counted). */
  unreadDates?: Evidence[];
  /** Leadership the resume shows in words ("led a team of 7"), when it does. */
  leadership?: Leadership;
  /** The resume's sections by their headings, in order; the lines before the first heading are `contact`. */
  sections?: SectionBlock[];
  /** A line describing on-premise infrastructure ("on-prem", "bare metal"), when there is one. */
  onPremise?: Evidence;
  /** Lines of the resume's text. Kept for library callers; no later stage reads it (the readers give every fact). */
  lines: string[];
}

/** Leadership found in a resume; `mentoring` when it is only mentoring or coaching (no team led). */
export interface Leadership {
  level: Seniority;
  evidence: Evidence;
  mentoring?: boolean;
}

/** The resume sections fitcheck tells apart. */
export type ResumeSection = 'contact' | 'summary' | 'experience' | 'projects' | 'skills' | 'education' | 'other';

/** A run of resume lines under one heading (or before the first). */
export interface SectionBlock {
  section: ResumeSection;
  /** First and last 1-based line; `from` is the heading's line. */
  from: number;
  to: number;
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

/** How a resume shows one posting skill, and the credit (0–1) that earns in the score. */
export interface SkillShowing {
  /** `named`: the resume names the skill; `implied`: it names only a narrower one (`impliedBy`). */
  how: 'named' | 'implied';
  /** For `implied`: the narrower skill the resume names (TensorFlow for Deep Learning). */
  impliedBy?: string;
  /** Dated roles whose lines show it (0: only outside roles, or in undated ones). */
  roles: number;
  /** True when no role shows it: only a skills list, a summary or another line outside the work history. */
  listedOnly: boolean;
  /** `YYYY-MM` end of the latest role that shows it; null when no dated role does. */
  lastUsed: string | null;
  /** Share of the skill's weight it earns: full when named in roles, less when listed only, stale or implied. */
  credit: number;
}

/** The posting's title against the resume's role titles, compared as words with seniority words and fillers set apart. */
export interface TitleMatch {
  /** The posting's title. */
  posting: string;
  /** The resume's role title closest to it; null when the resume has no role titles. */
  closest: string | null;
  /** Similarity 0–1 of their normalised words. */
  similarity: number;
  /** True when the similarity reaches the match threshold. */
  match: boolean;
  /** The resume line of the closest title. */
  evidence?: Evidence;
}

/** One scored component of the fit. */
export interface ScoreComponent {
  name: string;
  weight: number;
  points: number;
  detail: string;
}

/** What a piece of advice is about. */
export type AdviceKind = 'knockout' | 'skill' | 'experience' | 'seniority' | 'education' | 'hygiene';

/** The rule behind a message: what kind of finding it is (listed in the README). */
export type MessageId =
  | 'knockout.hit'
  | 'knockout.unknown'
  | 'skill.missing'
  | 'experience.short'
  | 'experience.undated'
  | 'seniority.management'
  | 'seniority.below'
  | 'seniority.above'
  | 'education.missing'
  | 'education.equivalent'
  | 'education.below'
  | 'hygiene.listed-only'
  | 'hygiene.headings'
  | 'resume.warning'
  | 'resume.date-unread';

/** How much a message matters: an `error` screens the resume out or misses a requirement; a `warning` costs points or needs a look. */
export type Severity = 'error' | 'warning';

/**
 * One finding of a check with its advice, in the spirit of a vfile message: what the resume shows
 * (`actual`), what the posting asks (`expected`), why it matters and what to do (`reason`), and the lines
 * of both documents it is about. `suggestions`, `skills.missing[].suggestion` and `resume.warnings` are views of these.
 */
export interface Message {
  id: MessageId;
  kind: AdviceKind;
  severity: Severity;
  /** The finding and the advice, in words (what the reports print). */
  reason: string;
  /** What the resume shows (years, a level, a verdict, a related skill), or null when it shows nothing. */
  actual: string | number | null;
  /** What the posting asks for (a criterion, years, a level, a skill), or null. */
  expected: string | number | null;
  /** Lines of the resume the finding is about; the first is the one shown with the advice. */
  resume: Evidence[];
  /** Lines of the posting that ask for it; the first is shown when the resume has none. */
  posting: Evidence[];
  /** Score points the gap costs, when it has a price in the model. */
  points?: number;
  /** For skills: the skill advised on (a group's most-mentioned member). */
  skill?: string;
  /** For skills: every skill of the group the advice covers (any one would do). */
  skills?: string[];
  /** For skills: whether the posting requires it (not merely prefers it). */
  required?: boolean;
  /** For skills: the part of the posting that names it (a group: its strongest member's). */
  section?: PostingSection;
  /** For skills: a related skill the resume shows, to name as transferable experience. */
  related?: string;
}

/** A piece of advice, most important first (a view of a message). */
export interface Suggestion {
  kind: AdviceKind;
  message: string;
  skill?: string;
  /** For skills: whether the posting requires it (not merely prefers it). */
  required?: boolean;
  /** For skills: the part of the posting that names it (a group: its strongest member's). */
  section?: PostingSection;
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
    /** `shown` says how the resume shows the skill (named or implied, in how many roles, last used) and the credit it earns. */
    matched: {
      skill: string;
      required: boolean;
      evidence: Evidence[];
      shown?: SkillShowing;
      /** The part of the posting that names it; results written before it existed lack it. */
      section?: PostingSection;
    }[];
    /** Posting skills the resume does not show; `suggestion` is the advice of the message that covers it. */
    missing: { skill: string; required: boolean; suggestion: string; posting?: Evidence; section?: PostingSection }[];
    /** Posting skills not shown but not needed: another member of their any-of group is shown. */
    alternatives?: { skill: string; required: boolean; via: string; shown?: SkillShowing; section?: PostingSection }[];
  };
  /** The score before a cap, and why it was capped (a hit knock-out); absent when no cap applies. */
  capped?: { from: number; reason: string };
  /** The posting's title against the resume's role titles; absent in results written before it existed. */
  title?: TitleMatch;
  experience: {
    requiredYears: number | null;
    candidateYears: number | null;
    /** Each required area's years ("3+ years of Terraform") against the resume's dated roles that show it. */
    areas?: AreaStanding[];
  };
  seniority: { required: Seniority | null; candidate: Seniority | null };
  education: { required: EducationLevel | null; candidate: EducationLevel | null; met: boolean | null };
  components: ScoreComponent[];
  suggestions: Suggestion[];
  /** Every finding with its advice, most costly first; older results (written before messages) lack it. */
  messages?: Message[];
  asOf: string;
  resume: { path: string; format: string; name: string | null; warnings: string[] };
  /** The posting's skills; `mentions` is how many times the posting names each (the keyword coverage view), `section` where. */
  job: {
    path: string;
    title: string;
    skills: { skill: string; required: boolean; mentions?: number; section?: PostingSection }[];
  };
}
