/** Reads a resume: name, skills, roles and years, seniority, education, and hygiene warnings. */
import type { LoadedDocument, ResumeProfile, Seniority } from '../types.js';
import { candidateEducation } from './education.js';
import { findRoles, totalYears } from './roles.js';
import { splitLines } from './sections.js';
import { leadershipEvidence, rank, seniorityOfTitle } from './seniority.js';
import { extractSkills } from './skills.js';
import { defaultTaxonomy, type Taxonomy } from './taxonomy.js';

// The lookbehind starts a match only where a run of address characters starts: linear on megabyte-long runs.
const EMAIL = /(?<![\w.+-])[\w.+-]+@[\w-]+\.[\w.-]+/;
const PHONE = /\+?\d[\d\s().-]{7,}\d/;

/** Analyze a loaded resume; `asOf` is the date "Present" means. */
export function analyzeResume(doc: LoadedDocument, asOf: Date, tax: Taxonomy = defaultTaxonomy()): ResumeProfile {
  const lines = splitLines(doc.text);
  const roles = findRoles(lines, asOf);
  const latest = [...roles].sort((a, b) => b.endIndex - a.endIndex || b.startIndex - a.startIndex)[0];
  let candidate: Seniority | null = latest ? seniorityOfTitle(latest.title) ?? (latest.internship ? 'intern' : 'mid') : null;
  let evidence = latest ? { line: latest.line, text: lines[latest.line - 1], match: latest.title } : undefined;
  const led = leadershipEvidence(lines);
  if (led && (candidate === null || rank(candidate) < rank(led.level))) {
    candidate = led.level === 'manager' && candidate !== null && rank(candidate) < rank('senior') ? 'lead' : led.level;
    evidence = led.evidence;
  }
  const warnings = [...doc.warnings];
  if (!EMAIL.test(doc.text) && !PHONE.test(doc.text)) warnings.push('No email address or phone number found: recruiters and tracking systems look for contact details at the top.');
  if (roles.length === 0) warnings.push('No dated roles found (e.g. "Jan 2020 – Present"): years of experience cannot be read.');
  return {
    path: doc.path,
    format: doc.format,
    name: candidateName(lines),
    skills: extractSkills(lines, tax),
    roles: roles.map(({ title, employer, start, end, line }) => ({ title, employer, start, end, line })),
    experience: { candidateYears: totalYears(roles) },
    seniority: { candidate, evidence },
    education: candidateEducation(lines),
    warnings,
    lines,
  };
}

/** The first line that looks like a person's name (two to four capitalised words). */
function candidateName(lines: string[]): string | null {
  for (const raw of lines.slice(0, 5)) {
    const line = raw.trim().replace(/^#+\s*/, '');
    if (/^[A-Z][a-zA-Z'’-]+(?:\s+[A-Z][a-zA-Z'’.-]*){1,3}$/.test(line)) return line;
  }
  return null;
}
