/** Places a title or text on the seniority ladder, management track apart from the individual one. */
import { SENIORITY_LADDER, type Evidence, type Seniority } from '../../types.js';

// Order matters: the first pattern that matches a title decides ("Senior Manager" is a manager,
// "Lead ML Engineer" leads without managing).
const TITLE_LEVELS: [RegExp, Seniority][] = [
  [/\b(chief|cto|ceo|cfo|coo|cio|vice president|vp|svp|evp|president|founder|co-founder)\b/i, 'executive'],
  [/\b(director|head of)\b/i, 'director'],
  [/\b(manager|management)\b/i, 'manager'],
  [/\bprincipal\b/i, 'principal'],
  [/\bstaff\b/i, 'staff'],
  [/\b(lead|tech lead|team lead|leader)\b/i, 'lead'],
  [/\b(senior|sr\.?)(?=\s|$)/i, 'senior'],
  [/\b(intern|internship|trainee|co-op|apprentice)\b/i, 'intern'],
  // An associate professor or partner is no junior.
  [/\b(junior|jr\.?|graduate|entry[- ]level|associate(?!\s+(?:professor|partner|dean)))(?=\s|$)/i, 'junior'],
  [/\b(mid[- ]level|intermediate)\b/i, 'mid'],
];
// Managers of a product, project or account manage work, not people: they stay on the individual track.
const IC_MANAGER = /\b(product|project|program|programme|account|marketing|sales|office|case|community|content|brand|social media|customer success|release|delivery|property|asset)\s+manager\b/i;
const MANAGEMENT: Seniority[] = ['manager', 'director', 'executive'];

/** The ladder level a title names, or null when it names none. */
export function seniorityOfTitle(title: string): Seniority | null {
  const ic = IC_MANAGER.test(title) && !/\b(engineering|people|team)\s+manager\b/i.test(title);
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

const PEOPLE = '(?:engineers?|developers?|people|staff|reports|direct reports|scientists?|analysts?|designers?|members?|employees|contractors|nurses|accountants|associates|agents|researchers|specialists|consultants|interns)';
const TEAM = '(?:(?:a |an |the |my )?(?:cross-functional |global |distributed |remote )?(?:team|squad|group|department|org(?:anization)?)s?)';
// "managed 9 engineers", "managing a team of 12", "8 direct reports", "hired and managed".
const MANAGE_EVIDENCE = new RegExp(`\\b(?:managed|manage|managing|supervised|supervising|oversaw|overseeing)\\b[^.;]{0,25}?(?:\\b\\d+\\+?\\s+(?:[a-z-]+\\s+){0,2}${PEOPLE}\\b|${TEAM}\\s+of\\s+\\d+)|\\b\\d+\\s+direct reports\\b|\\bline manag(?:er|ement)\\b|\\bpeople manag(?:er|ement)\\b`, 'i');
// "led a team of 7", "leading 4 engineers", "mentored three juniors", "tech lead for".
const LEAD_EVIDENCE = new RegExp(`\\b(?:led|leads|leading|heading|headed|mentored|mentoring|coached|coaching)\\b[^.;]{0,30}?\\b(?:${TEAM}(?:\\s+of\\s+\\d+)?|${PEOPLE}|juniors?)\\b|\\b(?:tech(?:nical)? lead|team lead)\\b`, 'i');
// Evidence with a head count ("team of 6", "4 engineers") outranks a bare "led teams".
const COUNTED = /\b(?:of|with)\s+\d+|\b\d+\+?\s+(?:[a-z-]+\s+){0,2}[a-z]+s\b/i;
const NEGATED = /\b(?:no|not|never|without|lack of)\b[^.;]{0,25}$/i;

/** Leadership found in a resume; `mentoring` when it is only mentoring or coaching (no team led). */
export interface Leadership {
  level: Seniority;
  evidence: Evidence;
  mentoring?: boolean;
}

/** A line showing leadership ('lead') or people management ('manager'), if any; management wins. */
export function leadershipEvidence(lines: string[]): Leadership | null {
  // The resume's own lines are read for this by the analyzer and again by the knock-out verdicts.
  if (leadershipSeen.has(lines)) return leadershipSeen.get(lines)!;
  const found = scanLeadership(lines);
  leadershipSeen.set(lines, found);
  return found;
}

const leadershipSeen = new WeakMap<string[], Leadership | null>();

function scanLeadership(lines: string[]): Leadership | null {
  let lead: Leadership | null = null;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const managed = MANAGE_EVIDENCE.exec(line);
    if (managed && !NEGATED.test(line.slice(0, managed.index))) return { level: 'manager', evidence: { line: i + 1, text: line, match: managed[0] } };
    const led = LEAD_EVIDENCE.exec(line);
    if (!led || NEGATED.test(line.slice(0, led.index))) continue;
    const mentoring = /^(?:mentor|coach)/i.test(led[0]);
    const better = !lead || (lead.mentoring && !mentoring) || (COUNTED.test(led[0]) && !COUNTED.test(lead.evidence.match) && !mentoring);
    if (better) lead = { level: 'lead', evidence: { line: i + 1, text: line, match: led[0] }, ...(mentoring ? { mentoring } : {}) };
  }
  return lead;
}

const BOARD_LEVEL = /^\s*(?:experience(?: level)?|seniority|level)(?:\s*:\s+|\s+)(intern|entry[- ]level|junior|mid[- ]level|mid|senior|lead|staff|principal|manager|director|executive)\s*$/i;

/** The seniority a posting asks for: its title first, then a board's level field, then its years. */
export function jobSeniority(
  title: string,
  lines: string[],
  requiredYears: number | null,
  yearsEvidence?: Evidence,
): { required: Seniority | null; evidence?: Evidence; track?: 'management' | 'individual' } {
  const fromTitle = seniorityOfTitle(title);
  const titleLine = lines.findIndex((l) => l.includes(title));
  if (fromTitle) return { required: fromTitle, track: trackOf(fromTitle), evidence: { line: titleLine + 1, text: lines[titleLine] ?? title, match: title } };
  for (let i = 0; i < lines.length; i++) {
    const m = BOARD_LEVEL.exec(lines[i]);
    if (!m) continue;
    const word = m[1].toLowerCase().replace(/[- ]level$/, '').replace('entry', 'junior');
    const level = (SENIORITY_LADDER as readonly string[]).includes(word) ? (word as Seniority) : null;
    if (level) return { required: level, track: trackOf(level), evidence: { line: i + 1, text: lines[i], match: m[0].trim() } };
  }
  if (requiredYears === null) return { required: null };
  // No level named: the years asked for place it (0-1 junior, 2-4 mid, 5+ senior).
  const level: Seniority = requiredYears < 2 ? 'junior' : requiredYears < 5 ? 'mid' : 'senior';
  return { required: level, track: 'individual', ...(yearsEvidence ? { evidence: yearsEvidence } : {}) };
}
