/** Decides how strongly a posting asks for each skill: required, preferred, a duty, or a mere mention. */
import { lexicon } from '../../lexicon/lexicon.js';
import { phrases } from '../../lexicon/patterns.js';
import { SECTION_WEIGHT } from '../../score/weights.js';
import type { Evidence, JobSkill, SkillHit } from '../../types.js';
import type { SectionKind } from './sections.js';

const CUES = lexicon().cues;
// "5+ years" asks for something as firmly as "must".
const YEARS_CUE = '\\b\\d+\\+? years\\b';
/** Words that make a sentence a requirement. */
export const REQUIRED_CUE = new RegExp(`${phrases(CUES.required)}|${YEARS_CUE}`, 'i');
const HARD_CUE = new RegExp(`${phrases(CUES.strict)}|${YEARS_CUE}`, 'i');
/** Words that make a sentence (or clause) a preference: "experience with X is a plus". */
export const PREFERRED_CUE = new RegExp(phrases(CUES.preferred, { notBefore: CUES.preferredNotBefore }), 'i');

const RANK: Record<NonNullable<JobSkill['section']>, number> = {
  required: 3,
  preferred: 2,
  responsibilities: 1,
  other: 0,
};

/** The sentence (or glued item) of `line` that contains `match`. */
export function sentenceOf(line: string, match: string): string {
  const parts = line.split(/(?<=[.!?;])\s+|;\s*/);
  return parts.find((p) => p.includes(match)) ?? line;
}

/** How one mention asks for its skill. `readable` is the line with glued items separated. */
export function mentionKind(
  readable: string,
  match: string,
  kind: SectionKind,
  disqualifier: boolean,
): NonNullable<JobSkill['section']> {
  if (disqualifier) return 'required';
  const sentence = sentenceOf(readable, match);
  // The clause decides: "Python required, Go a plus" prefers Go only.
  const clause =
    sentence.split(/,\s+(?=\S)(?=[^,]*\b(?:a plus|preferred|bonus|nice)\b)/i).find((c) => c.includes(match)) ??
    sentence;
  if (PREFERRED_CUE.test(clause) || kind === 'preferred') return 'preferred';
  if (kind === 'required') return 'required';
  // Under duties only a hard cue makes a requirement: "the role requires close collaboration" is a duty.
  if (kind === 'responsibilities') return HARD_CUE.test(sentence) ? 'required' : 'responsibilities';
  return REQUIRED_CUE.test(sentence) ? 'required' : 'other';
}

/**
 * Turn skill hits into job skills. A skill is required when any mention is a requirement; when the
 * posting has no requirement wording at all, every skill not marked preferred is required.
 */
export function classifySkills(
  hits: SkillHit[],
  readable: string[],
  kinds: SectionKind[],
  disqualifierLines: Set<number>,
  groups: string[][],
  preferredGroups: string[][] = [],
): JobSkill[] {
  const anyCue = kinds.includes('required') || readable.some((l) => REQUIRED_CUE.test(l)) || disqualifierLines.size > 0;
  // One reading per line and wording: a long line repeating a skill is read once, not once per mention.
  const memo = new Map<string, NonNullable<JobSkill['section']>>();
  const kindOf = (line: number, match: string) => {
    const key = `${line}\u0000${match}`;
    let k = memo.get(key);
    if (k === undefined)
      memo.set(key, (k = mentionKind(readable[line - 1], match, kinds[line - 1], disqualifierLines.has(line))));
    return k;
  };
  const skills = hits.map((hit) => {
    let section: NonNullable<JobSkill['section']> = 'other';
    for (const e of hit.evidence) {
      const k = kindOf(e.line, e.match);
      if (RANK[k] > RANK[section]) section = k;
    }
    const required = section === 'required' || (!anyCue && section !== 'preferred');
    // A required skill keeps the group it is required in; a preferred one the group it is preferred in.
    const firm = groups.find((g) => g.includes(hit.skill));
    const soft = preferredGroups.find((g) => g.includes(hit.skill));
    const group = required || section !== 'preferred' ? (firm ?? soft) : (soft ?? firm);
    return {
      ...hit,
      required,
      ...(group ? { anyOf: group } : {}),
      mentions: hit.evidence.length,
      section,
      weight: required ? 1 : SECTION_WEIGHT[section],
    };
  });
  // An any-of group is asked for as a whole: its members share the strongest member's standing. Only groups stated
  // where the posting asks firmly: a preferred group never makes its members required.
  for (const g of groups) {
    const members = skills.filter((s) => g.includes(s.skill));
    if (!members.some((m) => m.required)) continue;
    for (const m of members) Object.assign(m, { required: true, weight: 1 });
  }
  return skills;
}

/** Evidence with the original line's text (analysis may have read a de-glued copy). */
export function withOriginalText(e: Evidence, lines: string[]): Evidence {
  return { ...e, text: lines[e.line - 1] };
}
