/** Reads a resume's degrees: the highest finished one, its field, and every degree or certificate it names. */
import { lexicon } from '../../lexicon/lexicon.js';
import { phrases } from '../../lexicon/patterns.js';
import type { EducationLevel, Evidence } from '../../types.js';
import { educationOrder, fieldAfter, levelsInLine } from '../text/degrees.js';
import { degreeHeading, resumeHeading, resumeSection, workHeading } from '../text/headings.js';

const IN_PROGRESS = new RegExp(phrases(lexicon().degrees.inProgress), 'gi');

/** The highest level a resume shows, with the field of study, and every degree it names. */
export function candidateEducation(lines: string[]): {
  candidate: EducationLevel | null;
  evidence?: Evidence;
  field?: string | null;
  degrees: { level: EducationLevel; field: string | null; inProgress: boolean; evidence: Evidence }[];
} {
  const scope = educationScope(lines);
  const inSection = degreesIn(lines, scope);
  // A two-column template can leave the degree outside its Education heading: read the rest, roles excepted.
  const outside = degreesIn(lines, educationScope(lines, true));
  // A degree entry counts wherever it sits but in a work history ("Master's in Social Work 2016 Lakeside
  // University" under Accomplishments); a degree inside a sentence elsewhere ("a scholarship towards a Ph.D.")
  // stays out.
  const inScope = new Set(scope);
  const counted = inSection.length
    ? [...inSection, ...outside.filter((d) => d.entry && !inScope.has(d.evidence.line - 1))]
    : outside;
  counted.sort((a, b) => educationOrder(b.level) - educationOrder(a.level));
  const best = counted.find((d) => !d.inProgress);
  // The headline and summary name the candidate's degree too ("B.Tech graduate with 3 years in…"): listed,
  // while the highest level comes from the Education section when there is one.
  const seen = new Set(counted.map((d) => d.evidence.line - 1));
  const degrees = [
    ...counted,
    ...degreesIn(
      lines,
      headlineScope(lines).filter((i) => !seen.has(i)),
    ),
  ].map(({ entry: _entry, ...d }) => d);
  return best
    ? { candidate: best.level, evidence: best.evidence, field: best.field, degrees }
    : { candidate: null, degrees };
}

// Where a degree entry is told from a degree inside a sentence: the degree opens its line (after a bullet), by a
// word or a dotted form (a bare "MS" is Microsoft as often), with a school or a year on its line.
const SCHOOL_OR_YEAR = new RegExp(`${phrases(lexicon().degrees.institutions)}|\\b(?:19|20)\\d{2}\\b`, 'i');
function isEntry(lines: string[], i: number, match: string, index: number): boolean {
  const lead = /^[\s#*\-•·▪●◦]*/.exec(lines[i])![0].length;
  if (index !== lead || (!/\./.test(match) && match.replace(/\s/g, '').length <= 2)) return false;
  if (SCHOOL_OR_YEAR.test(lines[i])) return true;
  // A short line of the degree alone ("Bachelor of Science") has its school or year on the line above or below.
  const short = lines[i].trim().split(/\s+/).length <= 6 && !/[.;]/.test(lines[i].slice(index + match.length));
  return short && [lines[i - 1], lines[i + 1]].some((l) => l !== undefined && SCHOOL_OR_YEAR.test(l));
}

// For each degree of a line, whether an in-progress word is nearer to it than to the line's other degrees:
// "hold a BS in Biology and currently enrolled in an MBA" is a finished BS and an MBA in progress.
function inProgressOf(line: string, found: { match: string; index: number }[]): boolean[] {
  const marked = found.map(() => false);
  if (!found.length) return marked;
  for (const cue of line.matchAll(IN_PROGRESS)) {
    const at = cue.index;
    const gap = (d: { match: string; index: number }) =>
      at >= d.index + d.match.length ? at - d.index - d.match.length : Math.max(0, d.index - at - cue[0].length);
    let near = 0;
    found.forEach((d, k) => {
      if (gap(d) < gap(found[near])) near = k;
    });
    marked[near] = true;
  }
  return marked;
}

function degreesIn(lines: string[], scope: number[]) {
  return scope.flatMap((i) => {
    const line = lines[i];
    const found = levelsInLine(line);
    const inProgress = inProgressOf(line, found);
    return found.map(({ level, match, index }, k) => {
      let field = fieldAfter(line, index + match.length);
      // "Full-Stack Web Development Bootcamp": the field comes first.
      if (!field && level === 'certificate')
        field =
          line
            .slice(0, index)
            .replace(/^[\s#*\-•]+/, '')
            .trim()
            .split(/[,|–—]/)
            .pop()!
            .trim() || null;
      const entry = isEntry(lines, i, match, index);
      return { level, field, inProgress: inProgress[k], entry, evidence: { line: i + 1, text: line, match } };
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
    const heading = resumeHeading(raw);
    const kind = heading ? degreeHeading(heading) : null;
    if (kind === 'opens') {
      on = found = true;
      work = false;
      return;
    }
    if (kind) {
      on = false;
      work = kind === 'work';
    }
    if (on) inSection.push(i);
    if (!work) outside.push(i);
  });
  if (outsideWork) return outside;
  return found ? inSection : lines.map((_, i) => i);
}

// The lines above the first section heading and those of a summary section: what the candidate says of themself.
function headlineScope(lines: string[]): number[] {
  const out: number[] = [];
  let on = true;
  lines.forEach((raw, i) => {
    const section = resumeSection(raw);
    const heading = resumeHeading(raw);
    if (section || (heading && (degreeHeading(heading) || workHeading(heading)))) on = section === 'summary';
    else if (on) out.push(i);
  });
  return out;
}
