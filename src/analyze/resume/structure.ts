/** What a resume's structure tells: its sections, where its contact details are, and the warnings they call for. */
import type { Evidence, ResumeSection, SectionBlock } from '../../types.js';
import { firstContactLine, hasContact } from '../text/contact.js';
import { unreadRange } from '../text/dates.js';
import { resumeSection } from '../text/headings.js';

/** Warnings the resume reader gives; tests reuse these constants. */
export const READ_WARN = {
  contactLow: (line: number) =>
    `Contact details first appear on line ${line}: put email and phone at the top, where tracking systems look for them.`,
  noContact:
    'No email address or phone number found: recruiters and tracking systems look for contact details at the top.',
  noRoles: 'No dated roles found (e.g. "Jan 2020 – Present"): years of experience cannot be read.',
};

/** Each line shaped like a date range that no date grammar reads ("13/2019 – 05/2020"), the range as the match (five at most). */
export function unreadDates(lines: string[], asOf: Date): Evidence[] {
  const out: Evidence[] = [];
  lines.forEach((line, i) => {
    if (out.length < 5 && line !== '' && line.trim().split(/\s+/).length <= 14 && unreadRange(line, asOf))
      out.push({ line: i + 1, text: line, match: line.trim() });
  });
  return out;
}

/** Contact details later than this line are "far down". */
const CONTACT_BY_LINE = 15;

/** Warnings about a resume's structure: contact details far down or missing, no dated roles. */
export function structureWarnings(text: string, lines: string[], roleCount: number): string[] {
  const warnings: string[] = [];
  const contact = firstContactLine(lines);
  if (contact >= CONTACT_BY_LINE) warnings.push(READ_WARN.contactLow(contact + 1));
  // The whole text, so a number a layout broke across two lines still counts.
  if (!hasContact(text)) warnings.push(READ_WARN.noContact);
  if (roleCount === 0) warnings.push(READ_WARN.noRoles);
  return warnings;
}

/** The resume's sections by their headings; the lines before the first known heading are `contact`. */
export function sectionBlocks(lines: string[]): SectionBlock[] {
  const blocks: SectionBlock[] = [{ section: 'contact', from: 1, to: lines.length }];
  lines.forEach((line, i) => {
    const section: ResumeSection | null = resumeSection(line);
    if (!section) return;
    const last = blocks[blocks.length - 1];
    last.to = i;
    blocks.push({ section, from: i + 1, to: lines.length });
  });
  return blocks.filter((b) => b.to >= b.from);
}

const ON_PREMISE = /\bon[- ]?prem(?:ise|ises)?\b|\bself[- ]hosted\b|\bown data ?cent(?:er|re)\b|\bbare[- ]metal\b/i;

/** The first line describing on-premise infrastructure, with the words that say so. */
export function onPremiseLine(lines: string[]): Evidence | undefined {
  const i = lines.findIndex((l) => l !== '' && ON_PREMISE.test(l));
  return i < 0 ? undefined : { line: i + 1, text: lines[i], match: ON_PREMISE.exec(lines[i])![0] };
}
