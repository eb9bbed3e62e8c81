/** Reads education levels ("B.S.", "Master's", "Ph.D.", "bootcamp certificate", "high-school diploma") from text. */
import { EDUCATION_LEVELS, type EducationLevel, type Evidence } from '../../types.js';

// Abbreviations are matched case-sensitively ("MS Excel" is not a degree, "Boston, MA" is a place); words are not.
const MS_PRODUCT = '(?!\\s(?:Excel|Office|Word|SQL|Access|Teams|Project|Azure|Dynamics|Outlook|PowerPoint|Visio)\\b)';
const LEVEL_PATTERNS: [RegExp, EducationLevel][] = [
  [/\b(ph\.?\s?d\b\.?|doctorate|doctoral|doctor of philosophy|d\.phil\b)/i, 'doctorate'],
  [/\b(master'?s\b|masters\b|master of\b|master degree|(?:post)?graduate degree)/i, 'master'],
  [new RegExp(`(?<![\\w.])(M\\.S\\.|M\\.?Sc\\b\\.?|MS${MS_PRODUCT}\\b|MBA\\b|M\\.?Eng\\b|M\\.?Tech\\b|M\\.A\\.|M\\.?Phil\\b|LL\\.M\\.?)`), 'master'],
  [/\b(bachelor'?s?\b|bachelor of\b|undergraduate degree|(?:four|4)[- ]year degree|college degree|university degree)/i, 'bachelor'],
  [/(?<![\w.])(B\.S\.|B\.?Sc\b\.?|BS\b|B\.A\.|BA(?= in\b|,| \()|B\.?Eng\b|B\.?Tech\b|B\.E\.|B\.?Comm?\b|BBA\b|A\.B\.)/, 'bachelor'],
  [/\b(associate'?s? degree|associate of (?:arts|science|applied)|A\.A\.S?\.|A\.S\.)/i, 'associate'],
  [/\b(bootcamp|boot camp|certificate program|nanodegree|coding school|certificate in|professional certificate)\b/i, 'certificate'],
  [/\b(high[- ]school|GED\b|secondary school|A-levels?)/i, 'high school'],
];
const IN_PROGRESS = /\b(expected|in progress|ongoing|candidate|pursuing|anticipated|currently enrolled|present|current)\b/i;
const INSTITUTION = /\b(university|college|institute|school|academy|polytechnic)\b/i;

/** Every education level a line names, with the words that named it. */
export function levelsInLine(line: string): { level: EducationLevel; match: string; index: number }[] {
  const out: { level: EducationLevel; match: string; index: number }[] = [];
  for (const [re, level] of LEVEL_PATTERNS) {
    const m = re.exec(line);
    if (m && !out.some((o) => o.level === level)) out.push({ level, match: m[0], index: m.index });
  }
  return out;
}

/** Position of a level (0 = high school). */
export function educationOrder(level: EducationLevel): number {
  return EDUCATION_LEVELS.indexOf(level);
}

/** The field of study written with a degree ("M.S. in Computer Science, Columbia" → "Computer Science"). */
export function fieldAfter(line: string, matchEnd: number): string | null {
  const rest = line
    .slice(matchEnd)
    .replace(/^[\s,(:\-–—]*(?:(?:degrees?|certificate|diploma)\b\s*)?(?:(?:of|in)\s+)?(?:(?:science|arts|engineering|applied science)\s+(?:in|,)\s*)?/i, '');
  const field = /^[^,;|()–—\d]*/.exec(rest)![0].replace(/(?<!\s)\s+(?:from|at)\s.*$/i, '').replace(/[*_]+/g, '').trim();
  if (field.length < 2 || field.length > 60 || INSTITUTION.test(field) || /^(?:degree|or|and|required|preferred)\b/i.test(field)) return null;
  return field;
}

/** The highest level a resume shows, with the field of study, and every degree it names. */
export function candidateEducation(lines: string[]): {
  candidate: EducationLevel | null;
  evidence?: Evidence;
  field?: string | null;
  degrees: { level: EducationLevel; field: string | null; inProgress: boolean; evidence: Evidence }[];
} {
  const inSection = degreesIn(lines, educationScope(lines));
  // A two-column template can leave the degree outside its Education heading: read the rest, roles excepted.
  const degrees = inSection.length ? inSection : degreesIn(lines, educationScope(lines, true));
  degrees.sort((a, b) => educationOrder(b.level) - educationOrder(a.level));
  const best = degrees.find((d) => !d.inProgress);
  return best ? { candidate: best.level, evidence: best.evidence, field: best.field, degrees } : { candidate: null, degrees };
}

function degreesIn(lines: string[], scope: number[]) {
  return scope.flatMap((i) => {
    const line = lines[i];
    return levelsInLine(line).map(({ level, match, index }) => {
      let field = fieldAfter(line, index + match.length);
      // "Full-Stack Web Development Bootcamp": the field comes first.
      if (!field && level === 'certificate') field = line.slice(0, index).replace(/^[\s#*\-•]+/, '').trim().split(/[,|–—]/).pop()!.trim() || null;
      return { level, field, inProgress: IN_PROGRESS.test(line), evidence: { line: i + 1, text: line, match } };
    });
  });
}

// Degrees count from the Education (or Certifications/Training) section when the resume has one, so
// "mentored PhD students" in a role is not a degree.
// With `outsideWork`, every line but those under a work heading.
function educationScope(lines: string[], outsideWork = false): number[] {
  const inSection: number[] = [];
  const outside: number[] = [];
  let on = false;
  let work = false;
  let found = false;
  lines.forEach((raw, i) => {
    const heading = raw.length > 80 ? '' : raw.trim().replace(/^#+\s*/, '').replace(/[:\s]+$/, '');
    if (heading.length > 0 && heading.length < 40 && /^[A-Z]/.test(heading) && !/[.,]/.test(heading)) {
      if (/^(education|academic|qualifications|degrees?|training|certifications?|courses|licen[cs]es)\b/i.test(heading)) {
        on = found = true;
        work = false;
        return;
      }
      if (/^(experience|work|employment|professional|career|skills|projects|summary|profile|awards|publications|languages|interests|volunteer|references)\b/i.test(heading)) {
        on = false;
        work = /^(experience|work|employment|professional experience|career)\b/i.test(heading);
      }
    }
    if (on) inSection.push(i);
    if (!work) outside.push(i);
  });
  if (outsideWork) return outside;
  return found ? inSection : lines.map((_, i) => i);
}

const EQUIVALENT_YEARS: Record<EducationLevel, number> = { 'high school': 0, certificate: 1, associate: 2, bachelor: 4, master: 6, doctorate: 8 };

/** Whether a candidate's level meets the requirement (null when the resume names no level). */
export function educationMet(required: EducationLevel | null, candidate: EducationLevel | null): boolean | null {
  if (required === null) return true;
  if (candidate === null) return null;
  return educationOrder(candidate) >= educationOrder(required);
}

/**
 * Whether the resume meets the posting's education requirement. A degree at or above the level meets
 * it. When the posting has an escape clause ("or equivalent practical experience"), professional years
 * meet it instead: at least the posting's required years, and never fewer than the usual equivalence
 * (2 years for an associate degree, 4 bachelor, 6 master, 8 doctorate). Null when the resume names no
 * level and no escape applies.
 */
export function educationStanding(
  job: { education: { required: EducationLevel | null; alternative?: string | null }; experience: { requiredYears: number | null } },
  resume: { education: { candidate: EducationLevel | null }; experience: { candidateYears: number | null } },
): { met: boolean | null; viaExperience: boolean } {
  const met = educationMet(job.education.required, resume.education.candidate);
  if (met !== false && met !== null) return { met, viaExperience: false };
  const years = resume.experience.candidateYears;
  const equivalent = EQUIVALENT_YEARS[job.education.required ?? 'high school'];
  if (job.education.alternative && years !== null && years >= Math.max(job.experience.requiredYears ?? 0, equivalent)) return { met: true, viaExperience: true };
  return { met, viaExperience: false };
}

/** Kept for callers of the first version: a posting's education requirement from its lines. */
export { requiredEducation } from '../job/education.js';
