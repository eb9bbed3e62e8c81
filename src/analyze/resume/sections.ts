/** Where things sit on a resume: which section each line belongs to, by its heading. */
import { resumeSection, type ResumeSection } from '../text/headings.js';

export type { ResumeSection } from '../text/headings.js';

/** The section of every line (index = line number - 1); lines before the first heading are `contact`. */
export function resumeSections(lines: string[]): ResumeSection[] {
  let current: ResumeSection = 'contact';
  return lines.map((line) => (current = resumeSection(line) ?? current));
}

/** Which of the main headings the resume has. */
export function headingsFound(lines: string[]): Set<ResumeSection> {
  return new Set(lines.map(resumeSection).filter((s): s is ResumeSection => s !== null));
}
