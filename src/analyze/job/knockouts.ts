/**
 * Turns a posting's disqualifier lines ("Less than 8 years…, No experience with…") and its hard
 * requirements ("must", "required", "minimum") into knock-out criteria.
 */
import { lexicon } from '../../lexicon/lexicon.js';
import { phrases } from '../../lexicon/patterns.js';
import type { EducationLevel, Evidence, KnockoutCriterion } from '../../types.js';
import { anyOfDetailed, placedSkills } from './anyof.js';
import { conditionCriteria } from './conditions.js';
import { educationOrder, levelsInLine } from '../text/degrees.js';
import { ESCAPE } from './education.js';
import { PREFERRED_CUE } from './requirements.js';
import type { SectionKind } from './sections.js';
import { headingKind, isHeading } from '../text/headings.js';
import type { Taxonomy } from '../../taxonomy/taxonomy.js';
import { yearsMentions } from '../text/years.js';

const CUE = phrases(lexicon().negation.disqualifiers);
const DISQUALIFIER_LINE = new RegExp(`^\\s*(?:[-*•]\\s*)?${CUE}`, 'i');
const SPLIT = new RegExp(`[,;]\\s*(?=${CUE})`, 'i');
const LEADERSHIP =
  /\b(leadership|leading (?:\w+ )?teams?|lead (?:\w+ )?teams?|people management|managing (?:\w+ )?(?:teams?|people|engineers)|management experience|mentor(?:ing|ship)?)\b/i;
const HARD = new RegExp(phrases([...lexicon().cues.hard, ...lexicon().cues.requires]), 'i');
// For skills the cue must govern them: "must have", "X is required", "requires experience in", "Required:".
const HARD_SKILL =
  /\bmust (?:have|be|possess|know|hold|demonstrate|bring|show)\b|\b(?:is|are) (?:required|mandatory|a must)\b|^\s*(?:required|must[- ]haves?|mandatory|minimum(?: qualifications)?)\s*:|\brequires? (?:(?:a|an|strong|solid|proven|hands-on|deep|prior)\s+)*(?:experience|knowledge|proficiency|expertise|familiarity|background|skills?|understanding)\b|\bminimum\b/i;
// A skill named inside a job title ("Machine Learning Engineers must…") is not asked of the candidate.
const TITLE_NOUN = new RegExp(`^\\s*${phrases(lexicon().titles.skillTitleNouns)}`, 'i');

// "Disqualifiers:", "## Deal breakers": a heading whose lines are each a disqualifier.
// Matched on the heading's words alone (markup, spaces and a closing colon taken off first), so it stays linear.
const DISQUALIFIER_HEADING = new RegExp(`^${phrases(lexicon().knockouts.disqualifierHeadings)}$`, 'i');
const headingWords = (line: string) =>
  line
    .replace(/[#*_]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/ ?:$/, '');

/** Line numbers (1-based) under a disqualifier heading, up to the next heading: each line a criterion, no skill source. */
export function disqualifierSection(lines: string[]): Set<number> {
  const out = new Set<number>();
  let inside = false;
  lines.forEach((line, i) => {
    if (line.length <= 80 && DISQUALIFIER_HEADING.test(headingWords(line))) inside = true;
    // A short plain line is as often an item here as a heading: only a heading that names a section ends the list.
    else if (isHeading(line) && (/^\s*#/.test(line) || headingKind(line) !== null)) inside = false;
    else if (inside && line.trim()) out.add(i + 1);
  });
  return out;
}

/** True when a line is a list of disqualifiers ("Less than…, No experience with…"). */
export function isDisqualifierLine(line: string): boolean {
  return DISQUALIFIER_LINE.test(line);
}

/** A line under a disqualifier heading: each of its items ("No Python; relocation not possible") one criterion. */
function sectionCriteria(line: string, lineNo: number, tax: Taxonomy, original: string): KnockoutCriterion[] {
  return line
    .split(/;\s*/)
    .map((part) =>
      part
        .trim()
        .replace(/^[-*•·▪●◦]\s*/, '')
        .replace(/[.;]$/, ''),
    )
    .filter((part) => part.length > 0)
    .map((criterion) => readCriterion(criterion, { line: lineNo, text: original, match: criterion }, tax));
}

/** Split a disqualifier line into its criteria and read what each one checks. */
export function criteriaFromLine(line: string, lineNo: number, tax: Taxonomy, original = line): KnockoutCriterion[] {
  if (!isDisqualifierLine(line)) return [];
  return line
    .split(SPLIT)
    .map((part) =>
      part
        .trim()
        .replace(/^[-*•]\s*/, '')
        .replace(/[.;]$/, ''),
    )
    .filter((part) => part.length > 0)
    .map((criterion) => readCriterion(criterion, { line: lineNo, text: original, match: criterion }, tax));
}

function hardSkills(text: string, tax: Taxonomy): string[] {
  return placedSkills(text, tax)
    .filter((p) => !/soft/i.test(p.category) && !TITLE_NOUN.test(text.slice(p.end)))
    .map((p) => p.skill);
}

function readCriterion(criterion: string, evidence: Evidence, tax: Taxonomy): KnockoutCriterion {
  const base = { criterion, evidence, source: 'disqualifier' as const };
  const years = yearsMentions(criterion, evidence.line)[0];
  if (years && /less than|fewer than|under|insufficient/i.test(criterion)) {
    const skills = years.area === 'experience' ? [] : hardSkills(years.area, tax);
    return { ...base, kind: 'years', years: years.years, ...(skills.length ? { skills } : {}) };
  }
  if (LEADERSHIP.test(criterion)) return { ...base, kind: 'leadership' };
  const level = lowestLevel(criterion);
  if (level) return { ...base, kind: 'education', level };
  const skills = [...new Set(hardSkills(criterion, tax))];
  if (skills.length) return { ...base, kind: 'skills', skills };
  const terms = distinctiveTerms(criterion);
  return { ...base, kind: 'other', ...(terms.length ? { terms } : {}) };
}

function lowestLevel(text: string): EducationLevel | undefined {
  return levelsInLine(text)
    .map((l) => l.level)
    .sort((a, b) => educationOrder(a) - educationOrder(b))[0];
}

/**
 * Criteria from hard requirements: a sentence with "must", "required" or "minimum" that names years,
 * a degree (without an escape clause), leadership, or technical skills (one criterion per any-of group).
 * Soft skills and sentences marked preferred are left to the score.
 */
export function requirementCriteria(
  sentence: string,
  lineNo: number,
  original: string,
  tax: Taxonomy,
): KnockoutCriterion[] {
  const cue = HARD.exec(sentence);
  if (!cue || PREFERRED_CUE.test(sentence) || ESCAPE.test(sentence)) return [];
  const evidence = { line: lineNo, text: original, match: sentence.trim() };
  const make = (criterion: string, rest: Omit<KnockoutCriterion, 'criterion' | 'evidence'>): KnockoutCriterion => ({
    criterion,
    evidence,
    source: 'requirement',
    ...rest,
  });
  const out: KnockoutCriterion[] = [];
  for (const m of yearsMentions(sentence, lineNo)) {
    const skills = m.area === 'experience' ? [] : hardSkills(m.area, tax);
    out.push(
      make(`${m.evidence.match} ${skills.length ? m.area : 'of experience'}`, {
        kind: 'years',
        years: m.years,
        ...(skills.length ? { skills } : {}),
      }),
    );
  }
  if (out.length) return out;
  const level = lowestLevel(sentence);
  if (level) return [make(sentence.trim(), { kind: 'education', level })];
  if (LEADERSHIP.test(sentence)) out.push(make(`${cue[0]}: ${LEADERSHIP.exec(sentence)![0]}`, { kind: 'leadership' }));
  if (!HARD_SKILL.test(sentence)) return out;
  const hard = new Set(hardSkills(sentence, tax));
  const groups = anyOfDetailed(sentence, tax).filter((g) => g.skills.some((s) => hard.has(s)));
  const grouped = new Set(groups.flatMap((g) => g.skills));
  for (const g of groups)
    out.push(
      make(`${cue[0]}: ${g.skills.join(' or ')}`, {
        kind: 'skills',
        skills: g.skills,
        ...(g.examples ? { examples: true } : {}),
      }),
    );
  for (const s of hard) if (!grouped.has(s)) out.push(make(`${cue[0]}: ${s}`, { kind: 'skills', skills: [s] }));
  // "Experience with Quarkflow is required": a name the taxonomy does not know is still a criterion.
  const terms = distinctiveTerms(sentence);
  if (out.length === 0 && placedSkills(sentence, tax).length === 0 && terms.length)
    out.push(make(sentence.trim().replace(/^[-*•]\s*/, ''), { kind: 'other', terms }));
  return out;
}

const COMMON =
  /^(?:experience|experienced|knowledge|must|required|requires|minimum|mandatory|strong|solid|proven|have|with|the|and|you|your|our|this|that|ability|familiarity|understanding|proficiency|hands-on|working|years?)$/i;

/** Capitalised or mixed-case names inside a sentence (not its first word): "Quarkflow", "SAP HANA". */
export function distinctiveTerms(sentence: string): string[] {
  const words = sentence
    .replace(/^[\s\-*•]+/, '')
    .split(/[\s,;:()]+/)
    .slice(1);
  return [
    ...new Set(
      words
        .map((w) => w.replace(/(?<![.'’])[.'’]+$/, ''))
        .filter((w) => w.length >= 3 && /^[A-Z]/.test(w) && !COMMON.test(w)),
    ),
  ];
}

/** Every knock-out criterion in a posting; `readable` has glued items separated, `lines` is the original. */
export function knockoutCriteria(
  readable: string[],
  tax: Taxonomy,
  lines = readable,
  kinds: SectionKind[] = [],
): KnockoutCriterion[] {
  const section = disqualifierSection(lines);
  const explicit = readable.flatMap((line, i) =>
    isDisqualifierLine(line)
      ? criteriaFromLine(line, i + 1, tax, lines[i])
      : section.has(i + 1)
        ? sectionCriteria(line, i + 1, tax, lines[i])
        : [],
  );
  const hard = readable.flatMap((line, i) => {
    if (isDisqualifierLine(line) || section.has(i + 1) || kinds[i] === 'preferred') return [];
    // A sentence that sets a condition (authorisation, clearance, on-site, licence) is that criterion, not an unknown one.
    return line.split(/(?<=[.!?])\s+/).flatMap((s) => {
      const conditions = conditionCriteria(s, i + 1, lines[i], kinds[i]);
      const rest = s.split(/;\s*/).flatMap((part) => requirementCriteria(part, i + 1, lines[i], tax));
      const licence = conditions.some((c) => c.kind === 'license');
      const kept = rest.filter((c) => !conditions.length || (c.kind !== 'other' && !(licence && c.kind === 'skills')));
      return [...conditions, ...kept];
    });
  });
  // A requirement the posting also lists as a disqualifier is one criterion, in the disqualifier's words.
  const covered = (c: KnockoutCriterion) =>
    explicit.some((e) => {
      if (e.kind !== c.kind) return false;
      if (c.kind === 'skills') return (c.skills ?? []).every((s) => e.skills?.includes(s));
      if (c.kind === 'years') return !c.skills?.length && !e.skills?.length;
      return true;
    });
  const kept = hard.filter((c, i) => !covered(c) && hard.findIndex((o) => o.criterion === c.criterion) === i);
  return [...explicit, ...kept].sort((a, b) => a.evidence.line - b.evidence.line);
}
