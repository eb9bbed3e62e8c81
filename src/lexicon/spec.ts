/** The shape of every lexicon file (data/lexicon/*.json): what the validator checks and the loader types. */

/** How one value of a lexicon file is written. */
export type Spec =
  /** A sorted list of distinct, non-empty phrases. */
  | 'words'
  | 'number'
  | 'string'
  | 'boolean'
  /** Two numbers, first ≤ second. */
  | 'range'
  /** An object whose keys are phrases and whose values all have one shape. */
  | { map: Spec }
  /** A list of values of one shape, in meaningful order. */
  | { list: Spec }
  /** An object with these fields; the ones in `optional` may be left out. */
  | { fields: Record<string, Spec>; optional?: string[] };

const words = 'words' as const;
const wordsMap = { map: words };
const heading = { fields: { modifiers: words, names: words, additions: words }, optional: ['modifiers', 'additions'] };

/** Every lexicon topic: its file name (without `.json`) and its shape. */
export const LEXICON_SPEC = {
  cues: {
    fields: {
      anyOfLeads: words,
      dutyLeads: words,
      dutyVerbs: words,
      hard: words,
      preferred: words,
      preferredNotBefore: wordsMap,
      required: words,
      requires: words,
      strict: words,
    },
  },
  dates: {
    fields: {
      months: { map: 'number' },
      now: words,
      rangeLeads: words,
      rangeWords: words,
      seasons: { map: 'range' },
      since: words,
    },
  },
  degrees: {
    fields: {
      fields: words,
      inProgress: words,
      institutions: words,
      levels: {
        list: {
          fields: {
            level: 'string',
            words,
            abbreviations: words,
            forms: words,
            dottedForms: words,
            notBefore: wordsMap,
            onlyBefore: wordsMap,
          },
          optional: ['abbreviations', 'forms', 'dottedForms', 'notBefore', 'onlyBefore'],
        },
      },
    },
  },
  experience: {
    fields: {
      atLeast: words,
      degreeAlternatives: words,
      experiential: words,
      general: words,
      notRequired: { fields: { after: words, before: words, clauseOpeners: words, subjects: words } },
      numbers: { map: 'number' },
      orMore: words,
    },
  },
  headings: {
    fields: {
      degreeScope: { fields: { closes: words, opens: words, work: words } },
      notSkills: words,
      posting: {
        fields: {
          other: words,
          otherOpeners: words,
          preferred: words,
          required: words,
          requiredNotBefore: wordsMap,
          responsibilities: words,
        },
      },
      resume: {
        fields: { education: heading, experience: heading, projects: heading, skills: heading, summary: heading },
      },
      roles: { fields: { notWork: words, notWorkTails: words, work: words, workNouns: words, workTails: words } },
    },
  },
  kind: { fields: { jobPhrases: words, jobWords: words, resumeHeadings: words, resumePhrases: words } },
  knockouts: {
    fields: {
      authorization: words,
      boilerplate: words,
      clearance: words,
      disqualifierHeadings: words,
      licenses: words,
      negations: words,
      notConditions: words,
      onsite: words,
      resumeAuthorization: words,
      resumeClearance: words,
      resumeRelocation: words,
      resumeSponsorship: words,
      sponsorContext: words,
    },
  },
  names: { fields: { givenNames: words, labels: words, notNames: words } },
  negation: { fields: { disqualifiers: words, leadership: words, words } },
  seniority: {
    fields: {
      boardLabels: words,
      boardLevels: { map: 'string' },
      leadPeople: words,
      leadTitles: words,
      leadVerbs: words,
      manageVerbs: words,
      managerPhrases: words,
      people: words,
      peopleManagers: words,
      posting: {
        fields: {
          bodyCues: { list: { fields: { level: 'string', words } } },
          bodyRole: { fields: { leads: words, notAfter: words, levels: words, nouns: words } },
          gradeLabels: words,
          mentees: words,
          mentorVerbs: words,
          grades: { map: 'string' },
          titleLevels: { list: { fields: { level: 'string', words } } },
          yearsLevels: { list: { fields: { from: 'number', level: 'string' } } },
        },
      },
      teamDeterminers: words,
      teamKinds: words,
      teams: words,
      titleLevels: {
        list: {
          fields: { level: 'string', words, endsAtSpace: 'boolean', notBefore: wordsMap },
          optional: ['endsAtSpace', 'notBefore'],
        },
      },
      workManagers: words,
    },
  },
  titlematch: { fields: { fillers: words, suffixes: words, synonyms: wordsMap } },
  titles: {
    fields: {
      colleagueGroups: words,
      colleagueLeads: words,
      employerWords: words,
      internships: words,
      nouns: words,
      postingNouns: words,
      employerLabels: words,
      clientLabels: words,
      employerLeads: words,
      employerFirstLeads: words,
      firstPerson: words,
      grades: words,
      roleDetailLabels: words,
      roleLeads: words,
      titleContinuations: words,
      skillTitleNouns: words,
      titleLabels: words,
      workplaces: words,
    },
  },
} satisfies Record<string, Spec>;

/** The name of a lexicon topic (one file each). */
export type Topic = keyof typeof LEXICON_SPEC;
