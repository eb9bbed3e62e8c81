/**
 * The reading lexicon: words and phrases the readers look for (headings, title and seniority words, degrees,
 * requirement cues, negation, dates), read once per process from data/lexicon/*.json. Code holds the mechanisms;
 * adding a word is a data edit. `npm run build` and `npm test` validate the files (scripts/check-lexicon.mjs).
 */
import { readFileSync } from 'node:fs';
import { packagePath } from '../paths.js';
import type { EducationLevel, Seniority } from '../types.js';
import { bandProblems, checkLexiconFile, crossDuplicates, type LexiconProblem } from './check.js';
import { LEXICON_SPEC, type Topic } from './spec.js';

type Words = string[];
type WordsMap = Record<string, Words>;

/** A heading as modifier, name and addition: "Technical Skills & Tools". */
export interface HeadingWords {
  modifiers?: Words;
  names: Words;
  additions?: Words;
}

/** Every lexicon topic, as written in its file. */
export interface Lexicon {
  /** Requirement and preference cues of a posting. */
  cues: {
    /** Words that make the list after them alternatives: "at least one of (A, B, C)", "one of A, B". */
    anyOfLeads: Words;
    dutyLeads: Words;
    dutyVerbs: Words;
    hard: Words;
    preferred: Words;
    preferredNotBefore: WordsMap;
    required: Words;
    requires: Words;
    strict: Words;
  };
  /** Month names (by prefix) and the words of date ranges. */
  dates: {
    months: Record<string, number>;
    now: Words;
    /** Words a sentence puts before its dates ("from 14th July 2014"): prose, not a role heading. */
    rangeLeads: Words;
    rangeWords: Words;
    seasons: Record<string, [number, number]>;
    since: Words;
  };
  /** Degree words per level (lowest first in `levels` order as written), and words around degrees. */
  degrees: {
    fields: Words;
    inProgress: Words;
    institutions: Words;
    levels: {
      level: EducationLevel;
      words: Words;
      abbreviations?: Words;
      /** Dotted forms ("b.tech"): any case with a dot, hyphen or dot-space between the parts, or in capitals joined. */
      forms?: Words;
      /** Dotted forms read only with their separators ("m.d": "M.D." but not "MD"). */
      dottedForms?: Words;
      notBefore?: WordsMap;
      onlyBefore?: WordsMap;
    }[];
  };
  /** Words of "N years of experience". */
  experience: {
    atLeast: Words;
    /** Degrees a sentence offers in place of years ("With a Master's, 1 year"): the sentence is the line's alternative. */
    degreeAlternatives: Words;
    /** Words that make "N years" of an area years of experience ("3 years in a similar role"). */
    experiential: Words;
    general: Words;
    /** What makes "N years" no requirement: about the company, a horizon, a benefit, an age. */
    notRequired: { after: Words; before: Words; clauseOpeners: Words; subjects: Words };
    numbers: Record<string, number>;
    orMore: Words;
  };
  /** Section headings: one table per question a reader asks of a heading. */
  headings: {
    degreeScope: { closes: Words; opens: Words; work: Words };
    /** Resume sections whose words are no skills of the candidate (references). */
    notSkills: Words;
    /** `otherOpeners`: more first words of a page's closing parts ("Perks of the job", "Why us?"), beside `other`. */
    /**
     * A posting's section headings by kind. `requiredNotBefore`: words that make a requirement word no requirement
     * heading ("Essential Duties and Responsibilities" is a duties heading, "Essential skills" a requirements one).
     */
    posting: {
      other: Words;
      otherOpeners: Words;
      preferred: Words;
      required: Words;
      requiredNotBefore: WordsMap;
      responsibilities: Words;
    };
    resume: Record<'education' | 'experience' | 'projects' | 'skills' | 'summary', HeadingWords>;
    roles: { notWork: Words; notWorkTails: Words; work: Words; workNouns: Words; workTails: Words };
  };
  /** Words that tell a posting (which speaks to the reader) from a resume (which lists a person's history). */
  kind: { jobPhrases: Words; jobWords: Words; resumeHeadings: Words; resumePhrases: Words };
  /**
   * Knock-outs beyond skills and years: a posting's words for work authorisation, clearance, on-site work and
   * licences (and the negations that make "sponsorship" a knock-out), and the resume's words that answer them.
   */
  knockouts: {
    authorization: Words;
    /** Equal-opportunity and legal boilerplate, which names citizenship without asking for it. */
    boilerplate: Words;
    clearance: Words;
    /** Headings whose lines are disqualifiers, each a criterion and never a skill ("Disqualifiers", "Deal breakers"). */
    disqualifierHeadings: Words;
    licenses: Words;
    negations: Words;
    /** Words that make an on-site or licence sentence a benefit or a maybe, not a condition ("relocation assistance"). */
    notConditions: Words;
    onsite: Words;
    resumeAuthorization: Words;
    resumeClearance: Words;
    resumeRelocation: Words;
    resumeSponsorship: Words;
    /** What a denied "sponsor" must be about to be a work-authorisation condition (not "sponsor sites"). */
    sponsorContext: Words;
  };
  /**
   * Words that make a line at the top of a resume no name (headings, labels, job titles, company words), and the
   * labels of a "Name: …" line; common given names, where a name set in light letter-spacing lost its word gap
   * ("JAREDRICHARDS").
   */
  names: { givenNames: Words; labels: Words; notNames: Words };
  /** Words that deny a skill that follows, or leadership (a shorter list), and the cues of a posting's disqualifiers. */
  negation: { disqualifiers: Words; leadership: Words; words: Words };
  /** Seniority words of titles, board fields and leadership. */
  seniority: {
    boardLabels: Words;
    boardLevels: Record<string, Seniority>;
    leadPeople: Words;
    leadTitles: Words;
    leadVerbs: Words;
    manageVerbs: Words;
    managerPhrases: Words;
    people: Words;
    peopleManagers: Words;
    /** What a posting adds: title words read in a posting's title, grades ("II", "Level 2"), cues in its body. */
    posting: {
      bodyCues: { level: Seniority; words: Words }[];
      /** The role named with its level in the body ("As a Lead ML Engineer, you…", "Job Title: Senior …"): the words before it, the words that make it someone else's ("work with a senior engineer"), the level words, the role nouns. */
      bodyRole: { leads: Words; notAfter: Words; levels: Words; nouns: Words };
      gradeLabels: Words;
      /** Whom a senior posting's duty mentors ("mentor junior engineers"); bare "mentoring" is as often a benefit. */
      mentees: Words;
      mentorVerbs: Words;
      grades: Record<string, Seniority>;
      titleLevels: { level: Seniority; words: Words }[];
      /**
       * The level the years a posting asks for place, as bands that each start at `from` years and run to the next
       * band's start: a fraction belongs to the band it falls in ("2.5 years" is below 3, so entry).
       */
      yearsLevels: { from: number; level: Seniority }[];
    };
    teamDeterminers: Words;
    teamKinds: Words;
    teams: Words;
    titleLevels: { level: Seniority; words: Words; endsAtSpace?: boolean; notBefore?: WordsMap }[];
    workManagers: Words;
  };
  /** Words a title match sets apart (fillers) or reads as one (synonyms: canonical → variants; suffixes stripped: "designer", "design"). */
  titlematch: { fillers: Words; suffixes: Words; synonyms: WordsMap };
  /** Words of job titles. */
  titles: {
    /** Nouns of a group of colleagues ("team", "department"): "worked with the analytics team" is the team's work, not the candidate's skill. */
    colleagueGroups: Words;
    /** Words before colleagues' titles ("partnered with", "reported to"): what follows is no skill of the candidate. */
    colleagueLeads: Words;
    /** Words that make a name an employer's ("Inc", "Labs", "University"). */
    employerWords: Words;
    internships: Words;
    nouns: Words;
    postingNouns: Words;
    /** "Working as": a title follows, then one of `employerLeads` ("in", "at") and the employer. */
    roleLeads: Words;
    employerLeads: Words;
    /** "Worked in": the employer follows, then "as" and the title ("Worked in Acme as Analyst from 2019"). */
    employerFirstLeads: Words;
    /** Labels of an employer's field ("Company:", "Organization:"), and of a title's ("Designation:"). */
    employerLabels: Words;
    titleLabels: Words;
    /** Labels of a client's line ("Client: Initech", "Client Initech -"): whom the work was for, never the employer. */
    clientLabels: Words;
    /** Grades written after a job word ("Accountant III", "Engineer 2"): still the title. */
    grades: Words;
    /** Labels of a role's own details ("Project:", "Client:", "Project Description:"): inside a work history they open no section. */
    roleDetailLabels: Words;
    /** Words after a job word that are still the title ("Manager in Training"), not an employer after "in". */
    titleContinuations: Words;
    /** Words that start a sentence in the first person ("I have worked as …"): such a piece is prose, no title or name. */
    firstPerson: Words;
    skillTitleNouns: Words;
    workplaces: Words;
  };
}

/** The folder of the bundled lexicon files. */
export const LEXICON_DIR = packagePath('data', 'lexicon');

const TOPICS = Object.keys(LEXICON_SPEC) as Topic[];

function readTopic(dir: string, topic: Topic): unknown {
  return JSON.parse(readFileSync(`${dir}/${topic}.json`, 'utf8'));
}

/** Read the lexicon files of a folder, unchecked (the build and the tests check the bundled ones). */
export function readLexicon(dir = LEXICON_DIR): Lexicon {
  return Object.fromEntries(TOPICS.map((t) => [t, readTopic(dir, t)])) as unknown as Lexicon;
}

/** Every problem in the lexicon files of a folder: shape, empty or repeated phrases, order, a phrase under two kinds. */
export function checkLexicon(dir = LEXICON_DIR): LexiconProblem[] {
  const problems: LexiconProblem[] = [];
  for (const topic of TOPICS) {
    let value: unknown;
    try {
      value = readTopic(dir, topic);
    } catch (err) {
      problems.push(`${topic}: ${(err as Error).message}`);
      continue;
    }
    problems.push(...checkLexiconFile(topic, LEXICON_SPEC[topic], value));
  }
  if (problems.length) return problems;
  const lex = readLexicon(dir);
  const perLevel = <T extends { words: Words }>(list: T[], key: (t: T) => string) =>
    Object.fromEntries(list.map((l) => [key(l), l.words]));
  return [
    // The kinds' own phrases; `requiredNotBefore` qualifies the required ones, it names no kind.
    ...crossDuplicates('headings.posting', (({ requiredNotBefore: _, ...kinds }) => kinds)(lex.headings.posting)),
    ...crossDuplicates(
      'seniority.titleLevels',
      perLevel(lex.seniority.titleLevels, (l) => l.level),
    ),
    ...crossDuplicates(
      'degrees.levels',
      perLevel(lex.degrees.levels, (l) => l.level),
    ),
    ...bandProblems('seniority.posting.yearsLevels', lex.seniority.posting.yearsLevels),
  ];
}

let cached: Lexicon | undefined;

/** The bundled lexicon, read once per process. */
export function lexicon(): Lexicon {
  cached ??= readLexicon();
  return cached;
}
