/** Resume hygiene that hurts matching: skills only listed, missing standard headings, and the documents' warnings. */
import type { Evidence, Message, ResumeProfile, ResumeSection } from '../types.js';
import type { SkillComparison } from './match.js';
import { message } from './message.js';
import { orList } from './skill-advice.js';

/** Hygiene findings' words; tests reuse them. */
export const HYGIENE_WARN = {
  unreadDate: (e: Evidence) =>
    `Line ${e.line} looks like a date range fitcheck cannot read ("${e.match.slice(0, 80)}"): write it as "Jan 2020 – Present" or "01/2020 – 03/2023" so the role's years count.`,
};

/** Headings tracking systems look for, in the order they are advised. */
export const STANDARD_HEADINGS = [
  ['experience', 'Experience'],
  ['education', 'Education'],
  ['skills', 'Skills'],
] as const;

// The section a resume line sits in, from the reader's section blocks.
function sectionOf(resume: ResumeProfile, line: number): ResumeSection {
  return resume.sections?.find((b) => line >= b.from && line <= b.to)?.section ?? 'other';
}

/** Posting skills the resume shows only in its skills list or summary, never in a role or project. */
export function listedOnly(resume: ResumeProfile, compared: SkillComparison[]): string[] {
  if (!resume.sections?.some((b) => b.section === 'experience')) return [];
  return (
    compared
      // Soft skills are shown by what was done ("led a team of 7"), not named; only hard skills are checked.
      .filter((c) => c.job.category !== 'soft')
      .filter(
        (c) =>
          c.evidence.length > 0 &&
          c.evidence.every((e) => ['skills', 'summary', 'contact'].includes(sectionOf(resume, e.line))),
      )
      .map((c) => c.job.skill)
  );
}

/** Hygiene messages for one resume; each of the resume's warnings is one too. */
export function hygieneMessages(resume: ResumeProfile, compared: SkillComparison[]): Message[] {
  const out: Message[] = [];
  const hygiene = { kind: 'hygiene' as const, severity: 'warning' as const };
  const only = listedOnly(resume, compared);
  if (only.length) {
    const names =
      only.length > 6
        ? `${only.slice(0, 6).join(', ')} and ${only.length - 6} more`
        : orList(only).replace(/ or /, ' and ');
    const reason = `fitcheck finds ${names} only in your skills list or summary, not in any role. Show each in a bullet of the role where you used it (what you did, the result): screeners weigh skills shown in context.`;
    out.push(message({ id: 'hygiene.listed-only', ...hygiene, reason, actual: only.join(', ') }));
  }
  const found = new Set(resume.sections?.filter((b) => b.section !== 'contact').map((b) => b.section));
  const missing = STANDARD_HEADINGS.filter(([k]) => !found.has(k)).map(([, label]) => `"${label}"`);
  if (missing.length) {
    const reason = `No ${orList(missing)} heading found. Tracking systems look for standard headings; use them so each part of your resume is read as what it is.`;
    out.push(
      message({ id: 'hygiene.headings', ...hygiene, reason, expected: STANDARD_HEADINGS.map(([, l]) => l).join(', ') }),
    );
  }
  for (const w of resume.warnings) out.push(message({ id: 'resume.warning', ...hygiene, reason: w }));
  for (const e of resume.unreadDates ?? [])
    out.push(
      message({
        id: 'resume.date-unread',
        ...hygiene,
        reason: HYGIENE_WARN.unreadDate(e),
        actual: e.match,
        resume: [e],
      }),
    );
  return out;
}
