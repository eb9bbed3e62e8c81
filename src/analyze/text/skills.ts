/** Finds taxonomy skills in text, line by line, with evidence. */
import type { Evidence, SkillHit } from '../../types.js';
import { coordinated, type Found } from './coordination.js';
import { listedBeside, ordinarySense, usedAsSoftware, type LineView } from './senses.js';
import { lineTokens } from './glue.js';
import { defaultTaxonomy, type Form, type Taxonomy } from '../../taxonomy/taxonomy.js';
import { RULES, type Token } from '../../taxonomy/tokenize.js';

/** One skill occurrence on one line. */
export interface SkillMatch {
  skill: string;
  category: string;
  evidence: Evidence;
}

const MAX_FILLERS = 2;
const GROUP = new Map(RULES.supportGroups.flatMap((cats, g) => cats.map((c) => [c, g] as const)));

/** A word without its plural or possessive ending: one-word skills match only these forms of themselves. */
function singular(word: string): string {
  return word
    .toLowerCase()
    .replace(/'s$/, '')
    .replace(/ies$/, 'y')
    .replace(/(s|x|z|ch|sh)es$/, '$1')
    .replace(/([^s])s$/, '$1');
}

// The stemmer joins "account" to "accounting" and "contain" to "containers": fine inside a phrase, too loose for one word.
function sameWord(token: Token, form: Form): boolean {
  if (form.keys.length > 1 || form.caseSensitive) return true;
  const want = form.raws[0];
  return /^[A-Z0-9]+$/.test(want)
    ? token.raw.toLowerCase() === want.toLowerCase()
    : singular(token.raw) === singular(want);
}

/** Token index after `form` matched at `i`, or -1. Fillers ("deploy ML models") may sit between its words. */
function matchAt(form: Form, tokens: Token[], i: number, line: string, tax: Taxonomy): number {
  let t = i;
  let fillers = 0;
  for (let j = 0; j < form.keys.length; j++) {
    if (j > 0 && form.glued && (t >= tokens.length || tokens[t].start !== tokens[t - 1].end)) return -1;
    if (j > 0 && !form.glued) {
      while (
        t < tokens.length &&
        tokens[t].key !== form.keys[j] &&
        tax.fillers.has(tokens[t].key) &&
        fillers < MAX_FILLERS
      ) {
        t++;
        fillers++;
      }
      // Words of one skill are never split by punctuation other than a hyphen or slash.
      if (t < tokens.length && !/^[\s\-\/]*$/.test(line.slice(tokens[t - 1].end, tokens[t].start))) return -1;
    }
    if (t >= tokens.length || tokens[t].key !== form.keys[j]) return -1;
    if (form.caseSensitive ? tokens[t].raw !== form.raws[j] : !sameWord(tokens[t], form)) return -1;
    t++;
  }
  return t;
}

/** True when token `i` starts a sentence or a list item (where "Go" and "Swift" are ordinary words). */
function sentenceStart(line: string, tokens: Token[], i: number): boolean {
  return i === 0 || /[.!?:;•▪●◦|*]/.test(line.slice(tokens[i - 1].end, tokens[i].start));
}

function hasContext(form: Form, keys: Set<string>): boolean {
  return form.context.some((phrase) => phrase.every((k) => keys.has(k)));
}

/** Longest form at each position; a blocking phrase consumes its words. Ambiguous forms go to the skill whose context is present. */
function scan(line: string, tokens: Token[], tax: Taxonomy, keys: Set<string>): Found[] {
  const found: Found[] = [];
  for (let i = 0; i < tokens.length;) {
    let hit: Found | undefined;
    for (const form of tax.byFirstKey.get(tokens[i].key) ?? []) {
      const end = matchAt(form, tokens, i, line, tax);
      if (end < 0) continue;
      if (!hit) hit = { form, start: i, end };
      else if (
        form.skill?.ambiguous &&
        form.keys.length === hit.form.keys.length &&
        hasContext(form, keys) &&
        !hasContext(hit.form, keys)
      )
        hit = { form, start: i, end };
    }
    if (!hit) {
      i++;
      continue;
    }
    found.push(hit);
    // Filler words inside a phrase may name a skill of their own: "deploying machine learning models" shows ML too.
    if (hit.end - hit.start > hit.form.keys.length) {
      const inner = scan(line, tokens.slice(hit.start + 1, hit.end - 1), tax, keys);
      for (const f of inner)
        if (f.form.skill !== hit.form.skill)
          found.push({ ...f, start: f.start + hit.start + 1, end: f.end + hit.start + 1 });
    }
    i = hit.end;
  }
  return found;
}

/** Sentence number of each token: support and context count only within a sentence. */
function sentences(line: string, tokens: Token[]): number[] {
  const out = [0];
  for (let i = 1; i < tokens.length; i++)
    out.push(out[i - 1] + (/[.!?;]/.test(line.slice(tokens[i - 1].end, tokens[i].start)) ? 1 : 0));
  return out;
}

/** Every skill occurrence in one line (longest form wins at each position), ambiguous names kept only when confirmed. */
export function matchLine(line: string, lineNo: number, tax: Taxonomy = defaultTaxonomy()): SkillMatch[] {
  const tokens = lineTokens(line, tax);
  if (tokens.length === 0) return [];
  const sentence = sentences(line, tokens);
  const keysIn = new Map<number, Set<string>>();
  tokens.forEach((t, i) => keysIn.set(sentence[i], (keysIn.get(sentence[i]) ?? new Set()).add(t.key)));
  const scanned = scan(line, tokens, tax, new Set(tokens.map((t) => t.key))).filter((f) => f.form.skill);
  const all = [...scanned, ...coordinated(line, tokens, scanned, tax)].sort((a, b) => a.start - b.start);
  const view: LineView = { line, tokens, sentence, keysIn };
  const startsSentence = (i: number) => sentenceStart(line, tokens, i);
  const needsSupport = (f: Found) => f.form.weak || (f.form.capitalWord && startsSentence(f.start));
  const supporters = all.filter((f) => !needsSupport(f) && GROUP.has(f.form.skill!.category));
  const group = (f: Found) => GROUP.get(f.form.skill!.category);
  const kinBeside = (f: Found, s: Found) => s.form.skill !== f.form.skill && group(s) === group(f);
  // A name that is also a word is the skill when its sentence names the skill's context, another skill of its group,
  // or a cue of use ("in React", "React skills"), and does not read it as the word ("spring semester", "Spring 2021").
  // Its case-folded copy ("r java nosql") needs a skill right beside it in a list.
  // Case-folded names are members of a list of skills: "java spring hibernate" confirms spring, then hibernate.
  // A sweep each way carries a confirmation along the list; only nearby finds are looked at, so a line costs O(n).
  const listed = new Set<Found>();
  const confirms = (s: Found) => listed.has(s) || (!needsSupport(s) && GROUP.has(s.form.skill!.category));
  for (const order of [all.map((_, k) => k), all.map((_, k) => all.length - 1 - k)])
    for (const k of order) {
      const f = all[k];
      if (!f.form.listOnly || listed.has(f)) continue;
      for (let d = -2; d <= 2; d++) {
        const s = all[k + d];
        if (d && s && confirms(s) && kinBeside(f, s) && listedBeside(f, s, view)) listed.add(f);
      }
    }
  const supported = (f: Found) => {
    if (ordinarySense(f, view)) return false;
    if (f.form.listOnly) return listed.has(f);
    return (
      hasContext(f.form, keysIn.get(sentence[f.start])!) ||
      usedAsSoftware(f, view, startsSentence) ||
      supporters.some((s) => kinBeside(f, s) && sentence[s.start] === sentence[f.start]) ||
      // "Node and React": two names written as the products spell them, listed together, confirm each other.
      all.some((s) => s.form.caseSensitive && f.form.caseSensitive && kinBeside(f, s) && listedBeside(f, s, view))
    );
  };
  return all
    .filter((f) => !needsSupport(f) || supported(f))
    .map((f) => ({
      skill: f.form.skill!.name,
      category: f.form.skill!.category,
      evidence: { line: lineNo, text: line, match: line.slice(tokens[f.start].start, tokens[f.end - 1].end) },
    }));
}

/** Skills of a whole document, grouped by skill, in order of first appearance. */
export function extractSkills(lines: string[], tax: Taxonomy = defaultTaxonomy()): SkillHit[] {
  const bySkill = new Map<string, SkillHit>();
  lines.forEach((line, idx) => {
    for (const m of matchLine(line, idx + 1, tax)) {
      const hit = bySkill.get(m.skill) ?? { skill: m.skill, category: m.category, evidence: [] };
      // A duplicate can only come from this same line, kept at the end of the list: scanning back stays linear.
      const ev = hit.evidence;
      let k = ev.length - 1;
      while (k >= 0 && ev[k].line === m.evidence.line && ev[k].match !== m.evidence.match) k--;
      if (k < 0 || ev[k].line !== m.evidence.line) ev.push(m.evidence);
      bySkill.set(m.skill, hit);
    }
  });
  return [...bySkill.values()];
}
