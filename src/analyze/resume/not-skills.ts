/**
 * What on a resume is no evidence of the candidate's skills: an employer's name on a role's heading
 * ("Payroll Clerk, Salesforce"), a school ("Data Science Institute"), a colleague's title ("partnered with
 * data scientists", "reported to the marketing director") and a references section. Those spans are blanked
 * (same length, so every other match keeps its place) before skills are read.
 */
import { lexicon } from '../../lexicon/lexicon.js';
import { latinRegExp } from '../../lexicon/latin.js';
import { alternatives, phrases } from '../../lexicon/patterns.js';
import type { Role } from '../../types.js';
import { degreeHeading, resumeHeading, resumeSection, workHeading } from '../text/headings.js';

const LEX = lexicon();
const INSTITUTION = new RegExp(phrases(LEX.degrees.institutions), 'i');
const NOUNS = alternatives([...LEX.titles.nouns, ...LEX.titles.colleagueGroups]);
// "partnered with [the] [senior] data scientists", "worked with the analytics team": up to four words, then a job
// noun or a group of colleagues (or its plural).
const COLLEAGUES = latinRegExp(
  `${phrases(LEX.titles.colleagueLeads)}\\s+((?:[\\p{L}&/-]+\\s+){0,4}?(?:${NOUNS})(?:s|es)?)\\b`,
  'giu',
);
const NOT_SKILLS = new RegExp(`^(?:${alternatives(LEX.headings.notSkills)})$`, 'i');
// Segments of a line that may name a school: "B.Sc, Data Science Institute – Pune".
const SEGMENT = /[^,|–—;]+/g;

const BULLET = /^\s*[-*•·▪●◦]\s/;
const blank = (s: string) => s.replace(/\S/g, ' ');

/** The lines with every span that is no skill evidence blanked; the same number of lines, each the same length. */
export function maskNotSkills(lines: string[], roles: Role[]): string[] {
  const out = [...lines];
  // Employers, on the lines around each role's heading.
  for (const r of roles) {
    if (!r.employer || r.employer.length < 2) continue;
    const name = latinRegExp(
      `(?<![\\p{L}\\d])${r.employer.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\d])`,
      'gu',
    );
    // The heading lines: from two above the title's line to the one below the dates, bullets and prose left out.
    const top = Math.min(r.line, r.titleEvidence?.line ?? r.line) - 3;
    for (let l = Math.max(0, top); l < Math.min(out.length, r.line + 1); l++)
      if (!BULLET.test(out[l]) && out[l].trim().split(/\s+/).length <= 12) out[l] = out[l].replace(name, blank);
  }
  let inReferences = false;
  out.forEach((line, i) => {
    if (line === '') return;
    const heading = resumeHeading(line);
    if (heading && NOT_SKILLS.test(heading)) {
      inReferences = true;
      return;
    }
    if (heading && (resumeSection(line) || workHeading(heading) || degreeHeading(heading))) inReferences = false;
    if (inReferences) {
      out[i] = blank(line);
      return;
    }
    let masked = line.replace(COLLEAGUES, (m: string, who: string) => m.slice(0, m.length - who.length) + blank(who));
    // A school's name, as a short segment of its line.
    masked = masked.replace(SEGMENT, (seg) =>
      INSTITUTION.test(seg) && seg.trim().split(/\s+/).length <= 8 ? blank(seg) : seg,
    );
    out[i] = masked;
  });
  return out;
}
