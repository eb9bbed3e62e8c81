/** Finds alternatives in a posting ("Python, Scala, or Java", "cloud platforms (AWS, Azure, GCP)"): any one suffices. */
import { lexicon } from '../../lexicon/lexicon.js';
import { phrases } from '../../lexicon/patterns.js';
import { matchLine, type SkillMatch } from '../text/skills.js';
import type { Taxonomy } from '../../taxonomy/taxonomy.js';

/** A skill occurrence with its character offsets on the line. */
interface Placed extends SkillMatch {
  start: number;
  end: number;
}

// Between two members of one list: commas, slashes, brackets and a connective, nothing else.
const LIST_GAP = /^[\s,\/(]*(?:(and\/or|or|and|&)\b[\s,\/(]*)?$/i; // one gap class per side of the word: linear
// Between a category and its examples: "cloud platforms like", "frameworks such as", "(".
const EXAMPLES_GAP =
  /^\s*(?:(?:frameworks?|tools?|platforms?|languages?|services?|environments?|architectures?|technologies|stacks?|systems?)\s*)?(?:\(|,\s*(?:like|such as|e\.g\.,?|including|for example)\b|(?:like|such as|e\.g\.,?|including|for example)\b)\s*(?:\(\s*)?$/i;

const EXAMPLES_BEFORE = /\b(?:like|such as|e\.g\.,?|including|for example)\s*(?:\(\s*)?$/i;
// Right before a list: "at least one of (", "one of the following:", "any of": the list is alternatives, "and" or not.
// Read on the words before the list with their spaces collapsed, so the pattern needs no run of spaces (linear).
const ANY_OF_BEFORE = new RegExp(`${phrases(lexicon().cues.anyOfLeads)}(?: the following)?:? ?\\(?$`, 'i');
const leadsAnyOf = (before: string) => ANY_OF_BEFORE.test(before.replace(/\s+/g, ' ').trimEnd());

/** Skill occurrences of a line, in order, with offsets. */
export function placedSkills(line: string, tax: Taxonomy): Placed[] {
  let cursor = 0;
  return matchLine(line, 0, tax).map((m) => {
    const start = Math.max(line.indexOf(m.evidence.match, cursor), cursor);
    cursor = start + m.evidence.match.length;
    return { ...m, start, end: cursor };
  });
}

/**
 * The any-of groups one line states. A run of skills joined by commas and a final "or" is a group;
 * so is a category followed by examples ("cloud platforms like AWS, Azure, or GCP"). A run joined by
 * "and" lists things wanted together, so it is no group; examples without "or" split where the
 * category changes ("AWS, Azure, GCP, big data tools").
 */
export function anyOfGroups(line: string, tax: Taxonomy): string[][] {
  return anyOfDetailed(line, tax).map((g) => g.skills);
}

/** An any-of group; `examples` when it only illustrates an unnamed category ("serving frameworks such as vLLM or TensorRT"). */
export interface AnyOfGroup {
  skills: string[];
  examples: boolean;
  /** The first member as the line words it (to read the clause the group stands in). */
  match?: string;
}

/** Like `anyOfGroups`, telling example lists apart. */
export function anyOfDetailed(line: string, tax: Taxonomy): AnyOfGroup[] {
  const skills = placedSkills(line, tax);
  const groups: AnyOfGroup[] = [];
  let run: Placed[] = [];
  let head: Placed | null = null;
  let hasOr = false;
  const close = () => {
    const members = dedupe(run.map((p) => p.skill));
    if (run.length && leadsAnyOf(line.slice(Math.max(0, run[0].start - 40), run[0].start))) hasOr = true;
    // A run joined by "and" is wanted together; examples after a category stay alternatives ("platforms like AWS and GCP").
    if (members.length > 1 && (hasOr || head)) {
      const kept = hasOr ? members : sameCategoryPrefix(run);
      const group = dedupe([...(head ? [head.skill] : []), ...kept]);
      const examples = !head && EXAMPLES_BEFORE.test(line.slice(Math.max(0, run[0].start - 40), run[0].start));
      const match = (head ?? run[0]).evidence.match;
      if (group.length > 1) groups.push({ skills: group, examples, match });
    } else if (head && members.length === 1)
      groups.push({ skills: dedupe([head.skill, members[0]]), examples: false, match: head.evidence.match });
    run = [];
    head = null;
    hasOr = false;
  };
  for (let i = 0; i < skills.length; i++) {
    const cur = skills[i];
    const prev = skills[i - 1];
    if (!prev) {
      run = [cur];
      continue;
    }
    const gap = line.slice(prev.end, cur.start);
    const list = gap.includes(')') ? null : LIST_GAP.exec(gap);
    // "Python or Java, and AWS": the "and" starts a new list.
    if (list && /^(and|&)$/i.test(list[1] ?? '') && hasOr) {
      close();
      run = [cur];
    } else if (EXAMPLES_GAP.test(gap) && !head) {
      // "Python, Java, and cloud platforms like AWS…": the last item heads the examples.
      const last = run.pop()!;
      close();
      head = last;
      run = [cur];
    } else if (list && run.length > 0) {
      // "Python/Java" reads as either.
      if (/or/i.test(list[1] ?? '') || /^\s*\/\s*$/.test(gap)) hasOr = true;
      run.push(cur);
    } else {
      close();
      run = [cur];
    }
  }
  close();
  return groups;
}

function sameCategoryPrefix(run: Placed[]): string[] {
  const first = run[0].category;
  const out: string[] = [];
  for (const p of run) {
    if (p.category !== first) break;
    out.push(p.skill);
  }
  return out;
}

function dedupe(list: string[]): string[] {
  return [...new Set(list)];
}

/** Merge groups that share a skill, so every skill belongs to at most one group. */
export function mergeGroups(groups: string[][]): string[][] {
  const merged: string[][] = [];
  for (const g of groups) {
    const overlapping = merged.filter((m) => m.some((s) => g.includes(s)));
    const union = dedupe([...overlapping.flat(), ...g]);
    for (const o of overlapping) merged.splice(merged.indexOf(o), 1);
    merged.push(union);
  }
  return merged;
}
