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

// "Degree in Computer Science or a related field", "a university degree in economics": a degree that names no level is
// a first degree.
const BARE_DEGREE = /\b(?:(?:university|college|academic)\s+)?degree\s+(?=(?:in|of)\s)/i;

type LineDegrees = { level: EducationLevel; match: string }[];

/** The degrees of each line (index = line number - 1), read once for the education and the degree fields. */
export function postingDegrees(readable: string[]): LineDegrees[] {
  return readable.map(degreesInLine);
}

/** The levels a line names; a degree with no level word is a bachelor's. */
function degreesInLine(line: string): LineDegrees {
  const named = levelsInLine(line);
  if (named.length) return named;
  const bare = BARE_DEGREE.exec(line);
  return bare ? [{ level: 'bachelor', match: bare[0].trim() }] : [];
}

// "Bachelor's degree (MBA preferred)": a bracket is its own clause.
const BRACKET = /\([^()]*\)/g;

/** The clause of `sentence` that decides whether the degree `match` is preferred. */
function clauseOf(sentence: string, match: string): string {
  const brackets = [...sentence.matchAll(BRACKET)].map((b) => b[0]);
  const inside = brackets.find((b) => b.includes(match));
  if (inside) return inside;
  const outside = brackets.reduce((t, b) => t.replace(b, ' '), sentence);
  // "BS required, MS preferred": with both cues the clause decides.
  return PREFERRED_CUE.test(outside) && HARD.test(outside)
    ? (outside.split(/[,;]\s*/).find((c) => c.includes(match)) ?? outside)
    : outside;
}

/** The education a posting asks for. A degree is required unless its sentence or section says preferred. */
export function jobEducation(
  readable: string[],
  originals: string[],
  kinds: SectionKind[],
  degrees: LineDegrees[] = postingDegrees(readable),
): JobEducation {
  let required: { level: EducationLevel; evidence: Evidence; sentence: string } | undefined;
  let preferred: { level: EducationLevel; sentence: string } | undefined;
  let alternative: string | null = null;
  // Every firm level with its sentence: "BS/MS", "Bachelor's or Master's" require the lower and welcome the higher.
  const firm: { level: EducationLevel; sentence: string }[] = [];
  readable.forEach((line, i) => {
    for (const { level, match } of degrees[i]) {
      const sentence = sentenceOf(line, match);
      const escape = ESCAPE.exec(sentence);
      if (escape) alternative ??= escape[0].trim().replace(/^(?:or|though|but|and\/or)\s+/i, '');
      const rest = escape ? sentence.replace(escape[0], '') : sentence;
      const isPreferred = kinds[i] === 'preferred' || PREFERRED_CUE.test(clauseOf(rest, match));
      if (isPreferred) {
        if (!preferred || educationOrder(level) < educationOrder(preferred.level)) preferred = { level, sentence };
      } else {
        firm.push({ level, sentence });
        if (!required || educationOrder(level) < educationOrder(required.level))
          required = { level, sentence, evidence: { line: i + 1, text: originals[i], match } };
      }
    }
  });
  const req = required;
  if (req && !preferred)
    preferred = firm
      .filter((f) => f.sentence === req.sentence && educationOrder(f.level) > educationOrder(req.level))
      .sort((a, b) => educationOrder(a.level) - educationOrder(b.level))[0];
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
  const field =
    /^[^.;]*?(?=,?\s{0,10}(?:though|but|with|from|and (?:equivalent|experience)|\bor equivalent)\b|[.;:]|$)/i
      .exec(tail)?.[0]
      .trim();
  // "Computer Science or related field required", "Finance (bachelor level) is a plus": the field only.
  const trimmed = field
    ?.replace(/(?<!\s)\s*\(.*$/, '')
    .replace(/(?<!\s)\s+(?:is\s+|are\s+)?(?:strongly\s+)?(?:required|preferred|desired|a plus|highly valued)\b.*$/i, '')
    .replace(/(?<![\s,])[\s,]+$/, ''); // lookbehinds: linear on long space runs
  return trimmed && trimmed.length > 1 ? trimmed.slice(0, 100) : fieldAfter(sentence, 0);
}

// "… or a similar discipline" closes the field: what follows on a run-on line is the next requirement.
const RELATED_FIELD_END =
  /\b(?:related|similar|relevant|comparable|equivalent)\s{1,10}(?:fields?|disciplines?|areas?|subjects?)\b/i;

/**
 * The field of study each degree line names, by line number (1-based): "Degree in Computer Science or a related
 * field" → "Computer Science or a related field". Cut where years or skills start ("…, and 3 years of Python").
 */
export function degreeFields(readable: string[], degrees = postingDegrees(readable)): Map<number, string> {
  const out = new Map<number, string>();
  readable.forEach((line, i) => {
    const first = degrees[i][0];
    const field = first ? fieldOfSentence(sentenceOf(line, first.match)) : null;
    const head = field?.split(/\d|\b(?:experience|knowledge|proficiency|skills|with|using)\b/i)[0];
    const end = head ? RELATED_FIELD_END.exec(head) : null;
    const cut = (end ? head!.slice(0, end.index + end[0].length) : head)?.trim();
    if (cut) out.set(i + 1, cut);
  });
  return out;
}

/** The education a posting's lines ask for (lines read as they are, sections from their headings). */
export function requiredEducation(lines: string[]): JobEducation {
  return jobEducation(lines, lines, sectionKinds(lines));
}
