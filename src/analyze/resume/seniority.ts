/** The candidate's level: the latest professional role's title, raised by leadership shown in the text. */
import type { Evidence, ResumeProfile, Seniority } from '../../types.js';
import { rank, seniorityOfTitle, trackOf } from '../text/seniority.js';
import { leadershipEvidence } from './leadership.js';
import { rolesByLine, type DatedRole } from './roles.js';

/** The candidate's level: the latest professional role's title, raised by leadership shown in the text. */
export function candidateSeniority(
  roles: DatedRole[],
  lines: string[],
  years: number | null,
): ResumeProfile['seniority'] {
  const pro = roles.filter((r) => !r.internship);
  const latest = [...(pro.length ? pro : roles)].sort(
    (a, b) => b.endIndex - a.endIndex || b.startIndex - a.startIndex,
  )[0];
  let candidate: Seniority | null = null;
  let evidence: Evidence | undefined;
  if (latest) {
    // A title without a level ("Software Engineer") reads as mid-level, or junior under two years.
    candidate = latest.internship
      ? 'intern'
      : (seniorityOfTitle(latest.title) ?? (years !== null && years < 2 ? 'junior' : 'mid'));
    evidence = { line: latest.line, text: lines[latest.line - 1], match: latest.title };
  }
  // Leadership counts for the level when shown in the latest role or outside any role (a summary), not in an old job.
  const older = pro.filter((r) => r !== latest);
  const inOlder = rolesByLine(older);
  const led = leadershipEvidence(lines.map((l, i) => (inOlder[i + 1] ? '' : l)));
  // Mentoring alone shows leadership (it clears a knock-out) but does not make a lead.
  if (led && !led.mentoring && candidate !== 'intern' && (candidate === null || rank(candidate) < rank(led.level))) {
    // Managing people from a junior title is a lead's scope, not a manager's.
    candidate = led.level === 'manager' && candidate !== null && rank(candidate) < rank('senior') ? 'lead' : led.level;
    evidence = led.evidence;
  }
  return candidate ? { candidate, evidence, track: trackOf(candidate) } : { candidate: null };
}
