/** Places a title on the seniority ladder, management track apart from the individual one. */
import { lexicon } from '../../lexicon/lexicon.js';
import { phrases } from '../../lexicon/patterns.js';
import { SENIORITY_LADDER, type Seniority } from '../../types.js';

const WORDS = lexicon().seniority;
// Order matters: the first level whose words a title names decides ("Senior Manager" is a manager,
// "Lead ML Engineer" leads without managing).
const TITLE_LEVELS: [RegExp, Seniority][] = WORDS.titleLevels.map((l) => [
  new RegExp(phrases(l.words, { endsAtSpace: l.endsAtSpace, notBefore: l.notBefore }), 'i'),
  l.level,
]);
// Managers of a product, project or account manage work, not people: they stay on the individual track.
const IC_MANAGER = new RegExp(`${phrases(WORDS.workManagers)}\\s+manager\\b`, 'i');
const PEOPLE_MANAGER = new RegExp(`${phrases(WORDS.peopleManagers)}\\s+manager\\b`, 'i');
const MANAGEMENT: Seniority[] = ['manager', 'director', 'executive'];

/** The ladder level a title names, or null when it names none. */
export function seniorityOfTitle(title: string): Seniority | null {
  const ic = IC_MANAGER.test(title) && !PEOPLE_MANAGER.test(title);
  return TITLE_LEVELS.find(([re, level]) => !(ic && level === 'manager') && re.test(title))?.[1] ?? null;
}

/** Management track (manager and up) or individual-contributor track. */
export function trackOf(level: Seniority): 'management' | 'individual' {
  return MANAGEMENT.includes(level) ? 'management' : 'individual';
}

/** Position on the ladder (0 = intern). */
export function rank(level: Seniority): number {
  return SENIORITY_LADDER.indexOf(level);
}
