/**
 * The groups a posting's skills are reported in, and their words. A skill the posting requires is required wherever
 * it names it; any other skill is reported by the part of the posting that names it: a preference, a duty (what
 * the role involves, which nobody asked the reader to have) or a mere mention. A duty is never called preferred.
 */
import { POSTING_SECTIONS, type PostingSection } from '../types.js';

/** The group a posting skill is reported in. A result written before sections existed reads as preferred, as it was shown. */
export function skillGroupOf(s: { required: boolean; section?: PostingSection }): PostingSection {
  if (s.required) return 'required';
  return s.section === 'responsibilities' || s.section === 'other' ? s.section : 'preferred';
}

/** The strongest of some sections (required > preferred > responsibilities > other); undefined when none is known. */
export function strongestSection(sections: (PostingSection | undefined)[]): PostingSection | undefined {
  const known = sections.filter((s): s is PostingSection => s !== undefined);
  return known.length ? POSTING_SECTIONS[Math.min(...known.map((s) => POSTING_SECTIONS.indexOf(s)))] : undefined;
}

/** "from the duties" for a skill reported in another group than the part of the posting that names it, else nothing. */
export function fromText(m: { required: boolean; section?: PostingSection }): string {
  return m.section && m.section !== skillGroupOf(m) ? GROUP_WORDS[m.section].from : '';
}

/** The words of one group, in every form the reports and the advice use. */
export interface GroupWords {
  /** The text report's section heading. */
  heading: string;
  /** What the group means, beside the heading (empty for the two everyone knows). */
  hint: string;
  /** A bold label of the Markdown lists. */
  label: string;
  /** The kind column of the HTML report and the diff: one or two words. */
  kind: string;
  /** Four letters for the keyword coverage table. */
  short: string;
  /** How the posting asks for one skill or group: "The posting requires …". */
  asks: string;
  /** The lead of one piece of advice for several skills of the group the resume gives no sign of. */
  unsigned: string;
  /** A GitHub annotation's title for a missing skill of the group. */
  missingTitle: string;
  /** Where a skill reported in another group comes from ("Python, required: from the duties"). */
  from: string;
}

/** Words per group; user-facing, so the tests reuse them. */
export const GROUP_WORDS: Record<PostingSection, GroupWords> = {
  required: {
    heading: 'Required skills',
    hint: '',
    label: 'Required',
    kind: 'required',
    short: 'req',
    asks: 'The posting requires',
    unsigned: 'Required skills your resume gives no sign of',
    missingTitle: 'Missing required skill',
    from: 'from the requirements',
  },
  preferred: {
    heading: 'Preferred skills',
    hint: '',
    label: 'Preferred',
    kind: 'preferred',
    short: 'pref',
    asks: 'The posting prefers',
    unsigned: 'Preferred skills your resume gives no sign of',
    missingTitle: 'Missing preferred skill',
    from: 'from the preferences',
  },
  responsibilities: {
    heading: 'Named in the duties',
    hint: 'what the role involves, not asked as a requirement',
    label: 'Named in the duties',
    kind: 'in the duties',
    short: 'duty',
    asks: "The role's duties name",
    unsigned: "Skills the role's duties name that your resume gives no sign of",
    missingTitle: 'Missing skill named in the duties',
    from: 'from the duties',
  },
  other: {
    heading: 'Also named in the posting',
    hint: 'outside its requirements, preferences and duties',
    label: 'Also named',
    kind: 'mentioned',
    short: 'also',
    asks: 'The posting also names',
    unsigned: 'Skills the posting also names that your resume gives no sign of',
    missingTitle: 'Missing skill the posting mentions',
    from: 'from other lines',
  },
};
