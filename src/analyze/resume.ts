/** Reads a resume: name, skills, roles and years, seniority, education, and hygiene warnings. */
import type { Evidence, LoadedDocument, ResumeProfile, Seniority, SkillHit } from '../types.js';
import { candidateEducation } from './resume/education.js';
import { findRoles, internshipYears, rolesByLine, totalYears, type DatedRole } from './resume/roles.js';
import { splitLines } from './job/sections.js';
import { affirmed } from './text/negation.js';
import { leadershipEvidence } from './resume/leadership.js';
import { rank, seniorityOfTitle, trackOf } from './text/seniority.js';
import { skillYears } from './resume/skillyears.js';
import { extractSkills } from './text/skills.js';
import { defaultTaxonomy, type Taxonomy } from '../taxonomy/taxonomy.js';
import { yearsMentions } from './text/years.js';

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
    name: candidateName(lines, EMAIL.exec(doc.text)?.[0] ?? null),
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

// Two to four capitalised words, an optional "Dr."; any script's letters ("José García-López").
const NAME = /^(?:(?:[Dd]r|Mr|Mrs|Ms|Prof)\.?\s+)?\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’.-]*){1,3}$/u;
// Headings and labels templates put at the top, and job titles, are not names.
const NOT_NAME = /\b(?:summary|profile|objective|experiences?|education|skills|resume|résumé|curriculum|vitae|cv|contact|information|personal|details|references|projects|about|professional|career|history|qualifications|engineer|developer|manager|designer|analyst|scientist|consultant|specialist|director|assistant|coordinator|accountant|support|intern|inc|llc|ltd|corp|company|university|college|school|logo|scholar)\b/i;
// Pieces of one line: "Curriculum Vitae  John Doe", "Andy Dufresne | Headed for the Pacific".
const PIECES = /\s{2,}|\t|\s[|•·–—]\s/;

/** The first line, or piece of a line, near the top that looks like a person's name. */
export function candidateName(lines: string[], email: string | null = null): string | null {
  for (const raw of lines.slice(0, 8)) {
    const line = unspaced(raw.trim().replace(/^#+\s*/, ''), email);
    for (const piece of line.split(PIECES)) {
      const name = piece.trim();
      // Templates set the name in capitals or not; "JOHN DOE" and "John Doe" are one person.
      if (NAME.test(name) && !NOT_NAME.test(name)) return name === name.toUpperCase() ? name.toLowerCase().replace(/(^|[\s'’-])(\p{L})/gu, (_, a: string, b: string) => a + b.toUpperCase()) : name;
    }
  }
  return null;
}

/**
 * Letter-spaced display type ("J A R E D  R I C H A R D S") read back as words. pdf.js often gives one
 * space everywhere, losing the word break; then the email's "first.last" shows it, else the line is left.
 */
export function unspaced(line: string, email: string | null): string {
  const tokens = line.split(' ').filter(Boolean);
  if (tokens.length < 5 || tokens.filter((t) => /^\p{L}{1,2}$/u.test(t)).length < 0.8 * tokens.length) return line;
  if (/\s{2,}/.test(line)) return line.split(/\s{2,}/).map((w) => w.replace(/\s/g, '')).join(' ');
  const letters = tokens.join('');
  const [first, last] = (email?.split('@')[0] ?? '').toLowerCase().split(/[._-]/);
  if (first && last && letters.toLowerCase() === first + last) return `${letters.slice(0, first.length)} ${letters.slice(first.length)}`;
  return line;
}
