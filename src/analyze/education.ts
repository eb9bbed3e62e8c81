/** Reads education levels ("B.S.", "Master's", "Ph.D.", "bootcamp certificate") from text. */
import { EDUCATION_LEVELS, type EducationLevel, type Evidence } from '../types.js';

// Abbreviations are matched case-sensitively ("MS Excel" is not a degree); words are not.
const MS_PRODUCT = '(?!\\s(?:Excel|Office|Word|SQL|Access|Teams|Project|Azure|Dynamics)\\b)';
const LEVEL_PATTERNS: [RegExp, EducationLevel][] = [
  [/\b(ph\.?\s?d\b\.?|doctorate|doctoral|d\.phil\b)/i, 'doctorate'],
  [/\b(master'?s?\b|graduate degree)/i, 'master'],
  [new RegExp(`\\b(M\\.S\\.|M\\.?Sc\\b\\.?|MS${MS_PRODUCT}\\b|MBA\\b|M\\.?Eng\\b|M\\.?Tech\\b|M\\.A\\.)`), 'master'],
  [/\b(bachelor'?s?\b|undergraduate degree)/i, 'bachelor'],
  [/\b(B\.S\.|B\.?Sc\b\.?|BS\b|B\.A\.|B\.?Eng\b|B\.?Tech\b|B\.?Comm?\b)/, 'bachelor'],
  [/\b(associate'?s? degree|A\.A\.S?\.)/i, 'associate'],
  [/\b(bootcamp|boot camp|certificate program|nanodegree)\b/i, 'certificate'],
  [/\b(high[- ]school|GED\b|secondary school)/i, 'high school'],
];

/** Every education level a line names, with the words that named it. */
export function levelsInLine(line: string): { level: EducationLevel; match: string }[] {
  const out: { level: EducationLevel; match: string }[] = [];
  for (const [re, level] of LEVEL_PATTERNS) {
    const m = re.exec(line);
    if (m) out.push({ level, match: m[0] });
  }
  return out;
}

function order(level: EducationLevel): number {
  return EDUCATION_LEVELS.indexOf(level);
}

/** The minimum level a posting asks for: the lowest level named on a degree line. */
export function requiredEducation(lines: string[]): { required: EducationLevel | null; evidence?: Evidence } {
  let best: { level: EducationLevel; evidence: Evidence } | undefined;
  lines.forEach((line, i) => {
    if (!/degree|education|bachelor|master|ph\.?d|diploma/i.test(line)) return;
    for (const { level, match } of levelsInLine(line)) {
      if (!best || order(level) < order(best.level)) best = { level, evidence: { line: i + 1, text: line, match } };
    }
  });
  return best ? { required: best.level, evidence: best.evidence } : { required: null };
}

/** The highest level a resume shows. */
export function candidateEducation(lines: string[]): { candidate: EducationLevel | null; evidence?: Evidence } {
  let best: { level: EducationLevel; evidence: Evidence } | undefined;
  lines.forEach((line, i) => {
    for (const { level, match } of levelsInLine(line)) {
      if (!best || order(level) > order(best.level)) best = { level, evidence: { line: i + 1, text: line, match } };
    }
  });
  return best ? { candidate: best.level, evidence: best.evidence } : { candidate: null };
}

/** Whether a candidate's level meets the requirement (null when either is unknown). */
export function educationMet(required: EducationLevel | null, candidate: EducationLevel | null): boolean | null {
  if (required === null) return true;
  if (candidate === null) return null;
  return order(candidate) >= order(required);
}
