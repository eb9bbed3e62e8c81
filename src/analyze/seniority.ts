/** Places a title or text on the seniority ladder, management track apart from the individual one. */
import { SENIORITY_LADDER, type Evidence, type Seniority } from '../types.js';

// Order matters: the first pattern that matches a title decides ("Senior Manager" is a manager).
const TITLE_LEVELS: [RegExp, Seniority][] = [
  [/\b(chief|cto|ceo|cfo|coo|vice president|vp|svp|evp)\b/i, 'executive'],
  [/\b(director|head of)\b/i, 'director'],
  [/\bmanager\b/i, 'manager'],
  [/\bprincipal\b/i, 'principal'],
  [/\bstaff\b/i, 'staff'],
  [/\b(lead|tech lead|team lead)\b/i, 'lead'],
  [/\b(senior|sr\.?)\b/i, 'senior'],
  [/\b(intern|internship|trainee)\b/i, 'intern'],
  [/\b(junior|jr\.?|graduate|entry[- ]level|associate)\b/i, 'junior'],
  [/\b(mid[- ]level|intermediate)\b/i, 'mid'],
];

/** The ladder level a title names, or null when it names none. */
export function seniorityOfTitle(title: string): Seniority | null {
  return TITLE_LEVELS.find(([re]) => re.test(title))?.[1] ?? null;
}

/** Position on the ladder (0 = intern). */
export function rank(level: Seniority): number {
  return SENIORITY_LADDER.indexOf(level);
}

const LEAD_EVIDENCE = /\b(led|lead|leading|mentored|managed|manage|supervised|head(?:ed)?)\b[^.]{0,40}\b(team|engineers|developers|people|staff|reports|scientists|analysts)\b/i;
const MANAGE_EVIDENCE = /\b(managed|manage|managing)\b[^.]{0,30}\b(\d+|team of)\b/i;

/** A line showing leadership or people management, if any. */
export function leadershipEvidence(lines: string[]): { level: Seniority; evidence: Evidence } | null {
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const managed = MANAGE_EVIDENCE.exec(line);
    const m = managed ?? LEAD_EVIDENCE.exec(line);
    if (m) return { level: managed ? 'manager' : 'lead', evidence: { line: i + 1, text: line, match: m[0] } };
  }
  return null;
}
