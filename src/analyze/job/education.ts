/** Reads a posting's education requirement: minimum level, preferred level, field, and escape clause. */
import type { EducationLevel, Evidence, JobProfile } from '../../types.js';
import { lexicon } from '../../lexicon/lexicon.js';
import { alternatives, phrases } from '../../lexicon/patterns.js';
import { educationOrder, fieldAfter, levelsInLine } from '../text/degrees.js';
import { PREFERRED_CUE, sentenceOf } from './requirements.js';
import { sectionKinds, type SectionKind } from './sections.js';

/** "or equivalent practical experience", "in lieu of a degree", "or equivalent". */
export const ESCAPE =
  /(?:\b(?:or|though|but|and\/or)\s+)?(?:an?\s+)?\b(?:equivalent|comparable)\s+(?:[a-z-]+\s+){0,2}(?:experience|combination)[^.;]*|\bin lieu of (?:a )?degree[^.;]*|\bor equivalent\b[^.;]*/i;
const HARD = new RegExp(phrases(lexicon().cues.hard), 'i');
// Subjects that make "in …" or "of …" a field of study: "degree in applied mathematics".
const FIELD_AFTER = new RegExp(`\\b(?:in|of)\\s+(?=[a-z ]{0,60}(?:${alternatives(lexicon().degrees.fields)}))`, 'i');

type JobEducation = JobProfile['education'];

/** The education a posting asks for. A degree is required unless its sentence or section says preferred. */
export function jobEducation(readable: string[], originals: string[], kinds: SectionKind[]): JobEducation {
  let required: { level: EducationLevel; evidence: Evidence; sentence: string } | undefined;
  let preferred: { level: EducationLevel; sentence: string } | undefined;
  let alternative: string | null = null;
  readable.forEach((line, i) => {
    for (const { level, match } of levelsInLine(line)) {
      const sentence = sentenceOf(line, match);
      const escape = ESCAPE.exec(sentence);
      if (escape) alternative ??= escape[0].trim().replace(/^(?:or|though|but|and\/or)\s+/i, '');
      const rest = escape ? sentence.replace(escape[0], '') : sentence;
      // "BS required, MS preferred": with both cues the clause decides.
      const clause =
        PREFERRED_CUE.test(rest) && HARD.test(rest)
          ? (rest.split(/[,;]\s*/).find((c) => c.includes(match)) ?? rest)
          : rest;
      const isPreferred = kinds[i] === 'preferred' || PREFERRED_CUE.test(clause);
      if (isPreferred) {
        if (!preferred || educationOrder(level) < educationOrder(preferred.level)) preferred = { level, sentence };
      } else if (!required || educationOrder(level) < educationOrder(required.level)) {
        required = { level, sentence, evidence: { line: i + 1, text: originals[i], match } };
      }
    }
  });
  const fieldSource = required?.sentence ?? preferred?.sentence;
  return {
    required: required?.level ?? null,
    ...(required ? { evidence: required.evidence } : {}),
    preferred:
      preferred && (!required || educationOrder(preferred.level) > educationOrder(required.level))
        ? preferred.level
        : null,
    field: fieldSource ? fieldOfSentence(fieldSource) : null,
    alternative,
  };
}

function fieldOfSentence(sentence: string): string | null {
  const m = /\b(?:degree|diploma)\s+in\s+/i.exec(sentence) ?? FIELD_AFTER.exec(sentence);
  if (!m) return null;
  const tail = sentence.slice(m.index + m[0].length).replace(ESCAPE, '');
  const field = /^[^.;]*?(?=,?\s{0,10}(?:though|but|with|from|and (?:equivalent|experience)|\bor equivalent)\b|[.;]|$)/i
    .exec(tail)?.[0]
    .trim();
  // "Computer Science or related field required", "Finance (bachelor level) is a plus": the field only.
  const trimmed = field
    ?.replace(/(?<!\s)\s*\(.*$/, '')
    .replace(/(?<!\s)\s+(?:is\s+|are\s+)?(?:strongly\s+)?(?:required|preferred|desired|a plus|highly valued)\b.*$/i, '')
    .replace(/(?<![\s,])[\s,]+$/, ''); // lookbehinds: linear on long space runs
  return trimmed && trimmed.length > 1 ? trimmed.slice(0, 100) : fieldAfter(sentence, 0);
}

/** The education a posting's lines ask for (lines read as they are, sections from their headings). */
export function requiredEducation(lines: string[]): JobEducation {
  return jobEducation(lines, lines, sectionKinds(lines));
}
