/** Tells a job posting from a resume by the words each kind of document uses (data/lexicon/kind.json). */
import { lexicon } from '../lexicon/lexicon.js';
import { phrases } from '../lexicon/patterns.js';

/** What a document is. */
export type DocumentKind = 'job' | 'resume';

/** How strongly a document reads as each kind: weighted counts of the lines that show its signs. */
export interface KindScores {
  job: number;
  resume: number;
}

// Shapes, not words: contact details, date ranges, a bullet that opens with a past-tense verb.
const EMAIL = /(?<![\w.+-])[\w.+-]{1,64}@[\w-]{1,253}\.[\w.-]{1,63}/;
const PHONE = /\+?\d[\d\s().-]{7,20}\d/;
const PROFILE_LINK = /\b(?:linkedin\.com\/in|github\.com\/)/i;
const MONTH = '(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}\\.?';
const WHEN = `(?:${MONTH}[ ,']{0,3}(?:19|20)?\\d{2}|\\d{1,2}[/.-](?:19|20)\\d{2}|(?:19|20)\\d{2})`;
// Tested on the line with its runs of white space made one space, so single optional spaces keep it linear.
const RANGE = new RegExp(
  `\\b${WHEN} ?(?:[–—-]{1,2}|to|till|until) ?(?:${WHEN}|present|current|now|date|till date)\\b`,
  'i',
);
const PAST_BULLET = /^\s*[-*•●▪◦]\s*[A-Z][a-z]{2,20}ed\b/;

/** Weight of a line that shows a sign of each strength. */
const STRONG = 2;
const SIGN = 1;
const WEAK = 0.5;

interface Signs {
  jobStrong: RegExp;
  /** A posting's requirement and preference cues (data/lexicon/cues.json). */
  jobCue: RegExp;
  /** A bullet that opens with a duty verb in its plain form ("Design…", "Build…"). */
  dutyBullet: RegExp;
  jobWeak: RegExp;
  resumeStrong: RegExp;
  heading: RegExp;
}

let compiled: Signs | undefined;
function signs(): Signs {
  const { kind: k, cues } = lexicon();
  const re = (list: string[]) => new RegExp(phrases(list), 'i');
  compiled ??= {
    jobStrong: re(k.jobPhrases),
    jobCue: new RegExp(
      `${phrases([...new Set([...cues.strict, ...cues.preferred])])}|\\b\\d{1,2}\\+\\s?(?:years|yrs)\\b`,
      'i',
    ),
    dutyBullet: new RegExp(`^\\s*[-*•●▪◦]\\s*${phrases(cues.dutyVerbs)}\\s`, 'i'),
    jobWeak: re(k.jobWords),
    resumeStrong: re(k.resumePhrases),
    // Tested on the trimmed line with single spaces (see kindScores).
    heading: new RegExp(`^(?:#{1,6} ?)?${phrases(k.resumeHeadings)}(?: ?:)?$`, 'i'),
  };
  return compiled;
}

/** Score each line once per kind, by its strongest sign. */
export function kindScores(text: string): KindScores {
  const s = signs();
  let job = 0;
  let resume = 0;
  for (const raw of text.split('\n')) {
    const line = (raw.length > 2000 ? raw.slice(0, 2000) : raw).replace(/\s+/g, ' ').trim();
    if (!line) continue;
    job += s.jobStrong.test(line)
      ? STRONG
      : s.jobCue.test(line)
        ? SIGN
        : s.jobWeak.test(line) || s.dutyBullet.test(line)
          ? WEAK
          : 0;
    resume += s.resumeStrong.test(line)
      ? STRONG
      : EMAIL.test(line) || PROFILE_LINK.test(line) || RANGE.test(line)
        ? STRONG
        : s.heading.test(line) || PHONE.test(line) || PAST_BULLET.test(line)
          ? SIGN
          : 0;
  }
  return { job, resume };
}

/** Guess whether a document is a job posting or a resume; a tie goes to resume (the user's own document). */
export function detectKind(text: string): DocumentKind {
  const { job, resume } = kindScores(text);
  return job > resume ? 'job' : 'resume';
}

/** True when a document reads clearly as `kind`: its signs outweigh the other kind's twice over, and by a margin. */
export function clearlyKind(text: string, kind: DocumentKind): boolean {
  const s = kindScores(text);
  const [mine, other] = kind === 'job' ? [s.job, s.resume] : [s.resume, s.job];
  return mine >= 2 * other + 4;
}

/**
 * True when the two documents of a check look given the other way round: the "resume" reads as a posting and
 * the "job" as a resume. Both must lean that way, so one odd document alone never stops a check.
 */
export function looksSwapped(resumeText: string, jobText: string): boolean {
  const r = kindScores(resumeText);
  // A resume that reads as one (nearly every check) settles it: the posting is not scored, so its text's regexes
  // (compiled anew for a posting held in one-byte characters when the resume held two-byte ones) are never built.
  if (r.job <= r.resume) return false;
  const j = kindScores(jobText);
  return j.resume > j.job && r.job - r.resume + (j.resume - j.job) >= 4;
}
