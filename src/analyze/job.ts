/** Reads a posting: title, skills (required or preferred), years, seniority, education, knock-outs. */
import type { Evidence, JobProfile, LoadedDocument } from '../types.js';
import { anyOfDetailed, mergeGroups } from './job/anyof.js';
import { readableLine } from './text/glued.js';
import { degreeFields, jobEducation, postingDegrees } from './job/education.js';
import { disqualifierSection, isDisqualifierLine, knockoutCriteria } from './job/knockouts.js';
import { classifySkills, mentionKind, withOriginalText } from './job/requirements.js';
import { postingSections, splitLines } from './job/sections.js';
import { jobSeniority } from './job/seniority.js';
import { lexicon } from '../lexicon/lexicon.js';
import { phrases } from '../lexicon/patterns.js';
import { extractSkills, matchLine } from './text/skills.js';
import { defaultTaxonomy, type Taxonomy } from '../taxonomy/taxonomy.js';
import { areaYears, requiredYears } from './text/years.js';

// The nouns that make a posting's line its title (fewer than a resume's role titles: a posting's first lines also
// talk about partners, owners and heads of things).
const TITLE_WORDS = new RegExp(phrases(lexicon().titles.postingNouns), 'i');

/** The posting's job title: the first short line that names a job. */
export function jobTitle(lines: string[]): string {
  for (const raw of lines.slice(0, 15)) {
    const line = raw.trim().replace(/^#+\s*/, '');
    if (line.length > 0 && line.length <= 90 && TITLE_WORDS.test(line) && !/[.!?]$/.test(line)) {
      // "Job Description: Java Developer (3 Years of Experience)": the label and the years note are not the title.
      return line
        .replace(/^(?:job (?:description|title|posting|opening)|position|role|vacancy|title)\s*[:–—-]\s*/i, '')
        .replace(/^about the\s+/i, '')
        .replace(/\s*\([^)]*\byears?\b[^)]*\)?$/i, '')
        .replace(/(?<!\s)\s+(role|job profile|position)$/i, '');
    }
  }
  return (
    lines
      .find((l) => l.trim())
      ?.trim()
      .slice(0, 80) ?? 'Untitled job'
  );
}

/** Analyze a loaded posting. */
export function analyzeJob(doc: LoadedDocument, tax: Taxonomy = defaultTaxonomy()): JobProfile {
  const lines = splitLines(doc.text);
  // Glued board lists are read item by item; evidence still quotes the original line.
  const readable = lines.map((l) => readableLine(l, tax));
  // The kind of each line's section, and the lines of the page's other parts ("About us", "Benefits").
  const { kinds, quiet } = postingSections(lines);
  const knockouts = knockoutCriteria(readable, tax, lines, kinds);
  const disqualifiers = new Set(readable.flatMap((l, i) => (isDisqualifierLine(l) ? [i + 1] : [])));
  // A group stands where it is stated: one named under "preferred" is merged only with other preferred groups, so a
  // preferred alternative never becomes required because a required group shares a member.
  const stated = readable.flatMap((l, i) =>
    anyOfDetailed(l, tax).map((g) => ({
      skills: g.skills,
      preferred: mentionKind(l, g.match ?? l, kinds[i], disqualifiers.has(i + 1)) === 'preferred',
    })),
  );
  const groups = mergeGroups([
    ...stated.filter((g) => !g.preferred).map((g) => g.skills),
    ...knockouts.flatMap((k) => (k.kind === 'skills' && k.skills!.length > 1 ? [k.skills!] : [])),
  ]);
  const preferredGroups = mergeGroups(stated.filter((g) => g.preferred).map((g) => g.skills));
  const degrees = postingDegrees(readable);
  const fields = degreeFields(readable, degrees);
  const inDegreeField = (e: Evidence) => fields.get(e.line)?.toLowerCase().includes(e.match.toLowerCase()) ?? false;
  // Lines under a "Disqualifiers" heading are criteria (above), never a source of skills; nor are the page's other
  // parts: what the company does or offers is no requirement.
  const disqualifierLines = disqualifierSection(lines);
  const hits = extractSkills(
    readable.map((l, i) => (disqualifierLines.has(i + 1) || quiet.has(i + 1) ? '' : l)),
    tax,
  )
    .map((h) => ({
      ...h,
      // "Degree in Computer Science": the field of a degree is education, not a skill the posting asks for.
      evidence: h.evidence.filter((e) => !inDegreeField(e)).map((e) => withOriginalText(e, lines)),
    }))
    .filter((h) => h.evidence.length > 0);
  const title = jobTitle(lines);
  const onTitleLine = (e: Evidence) => e.text.trim().replace(/^#+\s*/, '') === title;
  const skills = classifySkills(hits, readable, kinds, disqualifiers, groups, preferredGroups).map((s) =>
    s.evidence.some(onTitleLine) ? { ...s, inTitle: true } : s,
  );
  const skillsOf = (text: string) => [...new Set(matchLine(text, 0, tax).map((m) => m.skill))];
  // Memoised by line and words: each call splits its whole line into sentences, and a line with thousands of "N
  // years" mentions would otherwise be split once per mention (quadratic in the line's length).
  const kindMemo = new Map<string, ReturnType<typeof mentionKind>>();
  const kindOf = (line: number, text: string) => {
    const key = `${line}\u0000${text}`;
    let kind = kindMemo.get(key);
    if (kind === undefined) {
      kind = mentionKind(readable[line - 1], text, kinds[line - 1], disqualifiers.has(line));
      kindMemo.set(key, kind);
    }
    return kind;
  };
  const isRequired = (line: number, text: string) => kindOf(line, text) === 'required';
  const perSkill = areaYears(readable, skillsOf, isRequired, lines);
  const years = requiredYears(readable, lines, (line, text) => kindOf(line, text) === 'preferred', perSkill);
  return {
    path: doc.path,
    format: doc.format,
    title,
    skills,
    experience: { ...years, perSkill },
    seniority: jobSeniority(title, lines, years.requiredYears, years.evidence),
    education: jobEducation(readable, lines, kinds, degrees),
    knockouts,
    warnings: doc.warnings,
  };
}
