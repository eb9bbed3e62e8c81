/** Reads a resume: name, skills, roles and years, seniority, education, and hygiene warnings. */
import type { Evidence, LoadedDocument, ResumeProfile, Seniority, SkillHit } from '../types.js';
import { candidateEducation } from './education.js';
import { findRoles, internshipYears, rolesByLine, totalYears, type DatedRole } from './roles.js';
import { splitLines } from './sections.js';
import { affirmed } from './negation.js';
import { leadershipEvidence, rank, seniorityOfTitle, trackOf } from './seniority.js';
import { skillYears } from './skillyears.js';
import { extractSkills } from './skills.js';
import { defaultTaxonomy, type Taxonomy } from './taxonomy.js';
import { yearsMentions } from './years.js';

// Bounded quantifiers: a 100 kB word without "@" must not cost quadratic time; the lookbehind tries only
// where a run of address characters starts (not 64 steps at every character of a long word).
const EMAIL = /(?<![\w.+-])[\w.+-]{1,64}@[\w-]{1,253}\.[\w.-]{1,63}/;
const PHONE = /\+?\d[\d\s().-]{7,20}\d/;

/** Analyze a loaded resume; `asOf` is the date "Present" means. */
export function analyzeResume(doc: LoadedDocument, asOf: Date, tax: Taxonomy = defaultTaxonomy()): ResumeProfile {
  const lines = splitLines(doc.text);
  const roles = findRoles(lines, asOf);
  const candidateYears = totalYears(roles);
  const warnings = [...doc.warnings];
  if (!EMAIL.test(doc.text) && !PHONE.test(doc.text)) warnings.push('No email address or phone number found: recruiters and tracking systems look for contact details at the top.');
  if (roles.length === 0) warnings.push('No dated roles found (e.g. "Jan 2020 – Present"): years of experience cannot be read.');
  const skills = shownSkills(lines, tax);
  const education = candidateEducation(lines);
  return {
    path: doc.path,
    format: doc.format,
    name: candidateName(lines),
    skills,
    roles: roles.map(({ title, employer, start, end, line, dates, internship, seniority, months }) => ({ title, employer, start, end, line, dates, internship, seniority, months })),
    experience: { candidateYears, internshipYears: internshipYears(roles), claimedYears: claimedYears(lines, roles), note: yearsNote(roles, candidateYears) },
    skillYears: skillYears(skills, roles, asOf, tax),
    seniority: candidateSeniority(roles, lines, candidateYears),
    education: { candidate: education.candidate, ...(education.evidence ? { evidence: education.evidence } : {}), field: education.field ?? null, degrees: education.degrees },
    warnings,
    lines,
  };
}

/**
 * Skills the resume shows: mentions that deny a skill ("we have no cloud footprint") are dropped, and
 * leadership shown in words ("led a team of 5") counts as the Leadership skill.
 */
export function shownSkills(lines: string[], tax: Taxonomy): SkillHit[] {
  const hits = extractSkills(lines, tax)
    .map((h) => ({ ...h, evidence: affirmed(h.evidence) }))
    .filter((h) => h.evidence.length > 0);
  const led = leadershipEvidence(lines);
  const entry = tax.skills.get('Leadership');
  if (led && entry && !led.mentoring && !hits.some((h) => h.skill === entry.name)) hits.push({ skill: entry.name, category: entry.category, evidence: [led.evidence] });
  return hits;
}

/** The candidate's level: the latest professional role's title, raised by leadership shown in the text. */
export function candidateSeniority(roles: DatedRole[], lines: string[], years: number | null): ResumeProfile['seniority'] {
  const pro = roles.filter((r) => !r.internship);
  const latest = [...(pro.length ? pro : roles)].sort((a, b) => b.endIndex - a.endIndex || b.startIndex - a.startIndex)[0];
  let candidate: Seniority | null = null;
  let evidence: Evidence | undefined;
  if (latest) {
    // A title without a level ("Software Engineer") reads as mid-level, or junior under two years.
    candidate = latest.internship ? 'intern' : seniorityOfTitle(latest.title) ?? (years !== null && years < 2 ? 'junior' : 'mid');
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

/** "10+ years of experience" as the resume states it outside its roles' date lines. */
function claimedYears(lines: string[], roles: DatedRole[]): number | null {
  const roleLines = new Set(roles.map((r) => r.line));
  for (let i = 0; i < lines.length; i++) {
    if (roleLines.has(i + 1)) continue;
    const m = yearsMentions(lines[i], i + 1).find((y) => y.general && y.years > 0);
    if (m) return m.years;
  }
  return null;
}

function yearsNote(roles: DatedRole[], years: number | null): string {
  if (roles.length === 0) return 'No dated roles: years unknown.';
  const interns = roles.filter((r) => r.internship).length;
  const parts = [`${years} years from ${roles.length - interns} dated role(s), overlapping periods counted once`];
  if (interns) parts.push(`${interns} internship(s) shown but not counted`);
  return `${parts.join('; ')}.`;
}

/** The first line that looks like a person's name (two to four capitalised words). */
function candidateName(lines: string[]): string | null {
  for (const raw of lines.slice(0, 5)) {
    const line = raw.trim().replace(/^#+\s*/, '');
    if (/^[A-Z][a-zA-Z'’-]+(?:\s+[A-Z][a-zA-Z'’.-]*){1,3}$/.test(line)) return line;
  }
  return null;
}
