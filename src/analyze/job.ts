/** Reads a posting: title, skills (required or preferred), years, seniority, education, knock-outs. */
import type { JobProfile, JobSkill, LoadedDocument } from '../types.js';
import { requiredEducation } from './education.js';
import { knockoutCriteria } from './knockouts.js';
import { sectionKinds, splitLines } from './sections.js';
import { seniorityOfTitle } from './seniority.js';
import { extractSkills } from './skills.js';
import { defaultTaxonomy, type Taxonomy } from './taxonomy.js';
import { requiredYears } from './years.js';

const TITLE_WORDS = /\b(engineer|developer|scientist|analyst|manager|director|designer|architect|administrator|accountant|consultant|specialist|coordinator|lead|officer|technician|nurse|teacher|representative|assistant|intern)\b/i;
const REQUIRED_CUE = /\b(must|required|requires?|essential|need|needs|should have|ideal candidate|minimum|at least|\d+\+? years|proficiency|proven|strong)\b/i;
const PREFERRED_CUE = /\b(a plus|preferred|nice[- ]to[- ]have|bonus|ideally|desirable|advantage)\b/i;

/** The posting's job title: the first short line that names a job. */
export function jobTitle(lines: string[]): string {
  for (const raw of lines.slice(0, 15)) {
    const line = raw.trim().replace(/^#+\s*/, '');
    if (line.length > 0 && line.length <= 90 && TITLE_WORDS.test(line) && !/[.!?]$/.test(line)) {
      return line.replace(/^about the\s+/i, '').replace(/(?<!\s)\s+(role|job profile|position)$/i, '');
    }
  }
  return lines.find((l) => l.trim())?.trim().slice(0, 80) ?? 'Untitled job';
}

/** Analyze a loaded posting. */
export function analyzeJob(doc: LoadedDocument, tax: Taxonomy = defaultTaxonomy()): JobProfile {
  const lines = splitLines(doc.text);
  const kinds = sectionKinds(lines);
  const knockouts = knockoutCriteria(lines, tax);
  const knockoutSkills = new Set(knockouts.flatMap((k) => k.skills ?? []));
  const hasRequirementCues = kinds.includes('required') || lines.some((l) => REQUIRED_CUE.test(l));
  const skills: JobSkill[] = extractSkills(lines, tax).map((hit) => {
    const required =
      !hasRequirementCues ||
      knockoutSkills.has(hit.skill) ||
      hit.evidence.some((e) => {
        const kind = kinds[e.line - 1];
        if (PREFERRED_CUE.test(e.text) || kind === 'preferred') return false;
        return kind === 'required' || REQUIRED_CUE.test(e.text);
      });
    return { ...hit, required, mentions: hit.evidence.length, anyOf: anyOfGroup(hit.skill, knockouts) };
  });
  const title = jobTitle(lines);
  return {
    path: doc.path,
    format: doc.format,
    title,
    skills,
    experience: requiredYears(lines),
    seniority: { required: seniorityOfTitle(title) },
    education: requiredEducation(lines),
    knockouts,
    warnings: doc.warnings,
  };
}

/** Skills a knock-out lists as alternatives to this one ("Python, Scala, or Java"). */
function anyOfGroup(skill: string, knockouts: JobProfile['knockouts']): string[] | undefined {
  const group = knockouts.find((k) => k.kind === 'skills' && k.skills!.length > 1 && k.skills!.includes(skill));
  return group?.skills;
}

