/**
 * Whether a name that is also an ordinary word ("React", "Spring", "Chef", "r") names the skill on its line:
 * per-skill data (`context`, `notContext`, `cues`, `anyCase`) and the shared cues of use in data/skills/rules.
 */
import type { Found } from './coordination.js';
import type { SkillEntry } from '../../taxonomy/taxonomy.js';
import { keyOf, RULES, tokenize, type Token } from '../../taxonomy/tokenize.js';

const BEFORE = new Set(RULES.useCues.before.map(keyOf));
const AFTER = new Set(RULES.useCues.after.map(keyOf));
// "React 18", "Python 3.11", "Angular 14", "Spring 5.x", "v7"; a year ("Spring 2021") is a date, not a version.
const VERSION = /^v?\d{1,2}(?:\.\d+)*(?:\.x|\+)?$/i;
const YEAR = /^(?:19|20)\d\d$/;
const CAPITALISED = /^[A-Z][a-z]+$/;
// Inside a list of skills only spaces, commas, slashes, ampersands, pipes and pluses sit between two members.
const LIST_GAP = /^[\s,\/&|+]*$/;
const LIST_WORDS = new Set(['and', 'or']);
const BULLET = /[•▪●◦*‣·-]\s*$/;
const PREPOSITIONS = new Set(['of', 'in', 'with', 'on']);

const notKeys = new WeakMap<SkillEntry, string[][]>();
function notContextKeys(skill: SkillEntry): string[][] {
  let keys = notKeys.get(skill);
  if (!keys) notKeys.set(skill, (keys = (skill.notContext ?? []).map((w) => tokenize(w).map((t) => t.key))));
  return keys;
}

/** The line's tokens with each one's sentence number and the keys of each sentence. */
export interface LineView {
  line: string;
  tokens: Token[];
  sentence: number[];
  keysIn: Map<number, Set<string>>;
}

/** True when the sentence reads the name as an ordinary word: a `notContext` word, or a year right after ("Spring 2021"). */
export function ordinarySense(f: Found, v: LineView): boolean {
  const next = v.tokens[f.end];
  if (next && YEAR.test(next.raw)) return true;
  const keys = v.keysIn.get(v.sentence[f.start])!;
  return notContextKeys(f.form.skill!).some((phrase) => phrase.every((k) => keys.has(k)));
}

// "Ruby Chen", "American Express", "Spring Street": a capitalised word beside the name makes it part of a proper name.
function inProperName(f: Found, v: LineView, startsSentence: (i: number) => boolean): boolean {
  const prev = v.tokens[f.start - 1];
  const next = v.tokens[f.end];
  if (next && CAPITALISED.test(next.raw) && !AFTER.has(next.key) && v.sentence[f.end] === v.sentence[f.start])
    return true;
  return (
    !!prev &&
    !startsSentence(f.start) &&
    !startsSentence(f.start - 1) &&
    CAPITALISED.test(prev.raw) &&
    !BEFORE.has(prev.key)
  );
}

/** True when a shared cue of use stands beside a `cues` skill's name: "in React", "React skills", "Angular 14". */
export function usedAsSoftware(f: Found, v: LineView, startsSentence: (i: number) => boolean): boolean {
  if (!f.form.skill?.cues || f.form.listOnly || inProperName(f, v, startsSentence)) return false;
  const prev = v.tokens[f.start - 1];
  const next = v.tokens[f.end];
  const same = (t: number) => v.sentence[t] === v.sentence[f.start];
  // "knowledge of R", "proficiency in C", "tools such as Jest": a cue and a small word, then the name.
  const before2 = v.tokens[f.start - 2];
  const viaPreposition =
    !!prev &&
    !!before2 &&
    same(f.start - 2) &&
    ((PREPOSITIONS.has(prev.key) && BEFORE.has(before2.key)) || (prev.key === 'as' && before2.key === 'such'));
  // "In Spring, we plant": a preposition that opens the sentence is no cue.
  const cueBefore =
    !!prev &&
    same(f.start - 1) &&
    !startsSentence(f.start) &&
    (viaPreposition || (BEFORE.has(prev.key) && !(PREPOSITIONS.has(prev.key) && startsSentence(f.start - 1))));
  // "* Hibernate", "• React": a bulleted list item that is the name alone.
  const alone =
    (!next || !same(f.end)) &&
    (!prev || !same(f.start - 1)) &&
    BULLET.test(v.line.slice(prev && !same(f.start - 1) ? prev.end : 0, v.tokens[f.start].start));
  return alone || cueBefore || (!!next && same(f.end) && (AFTER.has(next.key) || VERSION.test(next.raw)));
}

/** True when `other` stands right beside `f` in a list: "r java nosql", "javascript, angular, reactjs", "c/c++", "r and python". */
export function listedBeside(f: Found, other: Found, v: LineView): boolean {
  const [a, b] = other.end <= f.start ? [other, f] : f.end <= other.start ? [f, other] : [undefined, undefined];
  if (!a || !b) return false;
  const gap = (i: number, j: number) => LIST_GAP.test(v.line.slice(v.tokens[i].end, v.tokens[j].start));
  if (b.start === a.end) return gap(a.end - 1, b.start);
  return b.start === a.end + 1 && LIST_WORDS.has(v.tokens[a.end].key) && gap(a.end - 1, a.end) && gap(a.end, b.start);
}
