/** Reads a resume: name, skills, roles and years, seniority, education, leadership, sections and warnings. */
import { defaultTaxonomy, type Taxonomy } from '../taxonomy/taxonomy.js';
import {
  LEADING_LEVELS,
  type Leadership,
  type LoadedDocument,
  type ResumeProfile,
  type Role,
  type SkillHit,
} from '../types.js';
import { splitLines } from './job/sections.js';
import { candidateEducation } from './resume/education.js';
import { resumeExperience } from './resume/experience.js';
import { leadershipEvidence } from './resume/leadership.js';
import { maskNotSkills } from './resume/not-skills.js';
import { candidateName } from './resume/name.js';
import { findRoles, findUndatedRoles, publicRole } from './resume/roles.js';
import { candidateSeniority } from './resume/seniority.js';
import { skillYears } from './resume/skillyears.js';
import { onPremiseLine, sectionBlocks, structureWarnings, unreadDates } from './resume/structure.js';
import { EMAIL } from './text/contact.js';
import { affirmed } from './text/negation.js';
import { oneByte, oneByteLines } from './text/one-byte.js';
import { extractSkills } from './text/skills.js';

export { candidateName } from './resume/name.js';

/** Analyze a loaded resume; `asOf` is the date "Present" means. */
export function analyzeResume(doc: LoadedDocument, asOf: Date, tax: Taxonomy = defaultTaxonomy()): ResumeProfile {
  const lines = splitLines(doc.text);
  const flat = oneByteLines(lines, doc.text);
  const roles = findRoles(lines, asOf);
  const undated = findUndatedRoles(lines, roles, asOf);
  const experience = resumeExperience(flat, roles);
  const leadership = leadershipEvidence(lines);
  const skills = shownSkills(lines, flat, tax, leadership, [...roles, ...undated]);
  const education = candidateEducation(flat);
  const onPremise = onPremiseLine(lines);
  const unread = unreadDates(lines, asOf);
  return {
    path: doc.path,
    format: doc.format,
    name: candidateName(lines, EMAIL.exec(doc.text)?.[0] ?? null),
    skills,
    roles: [...roles.map(publicRole), ...undated].sort((a, b) => a.line - b.line),
    experience,
    skillYears: skillYears(skills, roles, asOf, tax),
    seniority: candidateSeniority(roles, lines, experience.candidateYears),
    education: {
      candidate: education.candidate,
      ...(education.evidence ? { evidence: education.evidence } : {}),
      field: education.field ?? null,
      degrees: education.degrees,
    },
    warnings: [...doc.warnings, ...structureWarnings(doc.text, lines, roles.length)],
    ...(leadership ? { leadership } : {}),
    sections: sectionBlocks(lines),
    ...(onPremise ? { onPremise } : {}),
    ...(unread.length ? { unreadDates: unread } : {}),
    lines,
  };
}

/**
 * Skills the resume shows: mentions that deny a skill ("we have no cloud footprint") are dropped, and
 * leadership shown in words ("led a team of 5") counts as the Leadership skill. `flat` is `lines` in one-byte form
 * where it can be: skills are read with the posting's patterns.
 */
function shownSkills(
  lines: string[],
  flat: string[],
  tax: Taxonomy,
  led: Leadership | null,
  roles: Role[],
): SkillHit[] {
  // Employers, schools, colleagues' titles and references are blanked: no evidence of the candidate's skills.
  const masked = maskNotSkills(lines, roles);
  const hits = extractSkills(flat === lines ? masked : masked.map(oneByte), tax)
    .map((h) => ({ ...h, evidence: affirmed(h.evidence.map((e) => ({ ...e, text: flat[e.line - 1] }))) }))
    .filter((h) => h.evidence.length > 0);
  const entry = tax.skills.get('Leadership');
  if (led && entry && !led.mentoring && !hits.some((h) => h.skill === entry.name))
    hits.push({ skill: entry.name, category: entry.category, evidence: [led.evidence] });
  // A title that leads ("Support Manager") shows leadership too, as the leadership knock-out reads it: the
  // skills grid must not call Leadership missing while the knock-out is cleared by the same title.
  const titled = roles.find((r) => r.seniority && LEADING_LEVELS.includes(r.seniority) && r.titleEvidence);
  if (titled && entry && !hits.some((h) => h.skill === entry.name))
    hits.push({ skill: entry.name, category: entry.category, evidence: [titled.titleEvidence!] });
  return hits;
}
