/** The seniority a posting asks for: from its title, a board's level field, or the years it asks for. */
import { lexicon } from '../../lexicon/lexicon.js';
import { alternatives } from '../../lexicon/patterns.js';
import type { Evidence, Seniority } from '../../types.js';
import { seniorityOfTitle, trackOf } from '../text/seniority.js';

const WORDS = lexicon().seniority;
// "Experience level: Mid-Senior", "Seniority Senior": a job board's field line.
const BOARD_LEVEL = new RegExp(
  `^\\s*(?:${alternatives(WORDS.boardLabels)})(?:\\s*:\\s+|\\s+)(${alternatives(Object.keys(WORDS.boardLevels))})\\s*$`,
  'i',
);

/** The seniority a posting asks for: its title first, then a board's level field, then its years. */
export function jobSeniority(
  title: string,
  lines: string[],
  requiredYears: number | null,
  yearsEvidence?: Evidence,
): { required: Seniority | null; evidence?: Evidence; track?: 'management' | 'individual' } {
  const fromTitle = seniorityOfTitle(title);
  const titleLine = lines.findIndex((l) => l.includes(title));
  if (fromTitle)
    return {
      required: fromTitle,
      track: trackOf(fromTitle),
      evidence: { line: titleLine + 1, text: lines[titleLine] ?? title, match: title },
    };
  for (let i = 0; i < lines.length; i++) {
    const m = BOARD_LEVEL.exec(lines[i]);
    const level = m ? WORDS.boardLevels[m[1].toLowerCase()] : undefined;
    if (level)
      return { required: level, track: trackOf(level), evidence: { line: i + 1, text: lines[i], match: m![0].trim() } };
  }
  if (requiredYears === null) return { required: null };
  // No level named: the years asked for place it (0-1 junior, 2-4 mid, 5+ senior).
  const level: Seniority = requiredYears < 2 ? 'junior' : requiredYears < 5 ? 'mid' : 'senior';
  return { required: level, track: 'individual', ...(yearsEvidence ? { evidence: yearsEvidence } : {}) };
}
