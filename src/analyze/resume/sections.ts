/** Where things sit on a resume: which section each line belongs to, by its heading. */
import { isHeading } from '../job/sections.js';

/** The resume sections fitcheck tells apart. */
export type ResumeSection = 'contact' | 'summary' | 'experience' | 'projects' | 'skills' | 'education' | 'other';

const HEADINGS: [RegExp, ResumeSection][] = [
  [/^(professional |work |relevant |employment )?(experience|employment|work history|career history|positions?)$/i, 'experience'],
  [/^(technical |core |key )?(skills|technologies|tools|tech stack|competencies|expertise)( & tools| and tools)?$/i, 'skills'],
  [/^(education|academic background|qualifications|certifications?|education (and|&) certifications?)$/i, 'education'],
  [/^(summary|profile|about( me)?|objective|professional summary)$/i, 'summary'],
  [/^(projects|selected projects|open source|publications)$/i, 'projects'],
];

/** The section a heading line opens, or null when it is not a known heading. */
export function headingSection(line: string): ResumeSection | null {
  if (!isHeading(line)) return null;
  const t = line.trim().replace(/^#+\s*/, '').replace(/[:\s]+$/, '');
  return HEADINGS.find(([re]) => re.test(t))?.[1] ?? null;
}

/** The section of every line (index = line number - 1); lines before the first heading are `contact`. */
export function resumeSections(lines: string[]): ResumeSection[] {
  let current: ResumeSection = 'contact';
  return lines.map((line) => (current = headingSection(line) ?? current));
}

/** Which of the main headings the resume has. */
export function headingsFound(lines: string[]): Set<ResumeSection> {
  return new Set(lines.map(headingSection).filter((s): s is ResumeSection => s !== null));
}
