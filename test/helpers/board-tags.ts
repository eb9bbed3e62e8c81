/** The seed postings' board tag lines as labels: which tags the job board gave, and whether the posting's own text shows them. */
import { defaultTaxonomy, formsOf, type Taxonomy } from '../../src/taxonomy/taxonomy.js';
import { extractSkills, matchLine } from '../../src/analyze/text/skills.js';

/** A tag line glues the board's tags by case ("PythonScalaJavaMachine Learning"); requirement lines mention years. */
export function isTagLine(line: string): boolean {
  const glue = (line.match(/[a-z)][A-Z]|[A-Z]{2}[a-z]/g) ?? []).length;
  return (
    (glue >= 3 && !/years|experience|degree/i.test(line)) ||
    /^Tech Domains /.test(line) ||
    (line.length > 100 && !/[A-Z.]/.test(line))
  );
}

/** The board's tags on a camel-glued or comma-separated tag line, as the board wrote them. */
export function tagsOf(line: string): string[] {
  if (!/[A-Z]/.test(line)) return [];
  const body = line.replace(/^Tech Domains /, '');
  const parts = body.includes(', ') ? body.split(', ') : body.split(/(?<=[a-z)])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])/);
  return parts.map((p) => p.trim()).filter(Boolean);
}

/** Recall of the board's tags found in the posting text (tag lines left out). */
export function boardTagRecall(lines: string[], tax: Taxonomy = defaultTaxonomy()) {
  const tagLines = lines.filter(isTagLine);
  const tags = [...new Set(tagLines.flatMap(tagsOf))];
  const text = lines.map((l) => (isTagLine(l) ? '' : l));
  const found = new Set(extractSkills(text, tax).map((h) => h.skill));
  const labelled = tags.map((tag) => ({ tag, skills: [...new Set(matchLine(tag, 1, tax).map((m) => m.skill))] }));
  const hits = labelled.filter((l) => l.skills.length > 0 && l.skills.every((s) => found.has(s)));
  const misses = labelled.filter((l) => !hits.includes(l));
  // A miss is the extractor's fault only if the posting's text spells the skill some way the taxonomy knows.
  const prose = text.join('\n').toLowerCase();
  const spelled = (skill: string) =>
    formsOf(tax.skills.get(skill)!).some((f) =>
      new RegExp(`(^|[^a-z])${f.text.toLowerCase().replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[^a-z])`).test(prose),
    );
  const extractorMisses = misses.filter((m) => m.skills.length === 0 || m.skills.some(spelled));
  return {
    tags: tags.length,
    found: hits.length,
    recall: hits.length / Math.max(1, tags.length),
    misses,
    extractorMisses,
  };
}
