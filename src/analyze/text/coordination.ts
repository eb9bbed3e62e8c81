/** Coordinated skills share words: "responsible and explainable AI" is two skills, "model development and deployment" too. */
import { withBroader, type Form, type SkillEntry, type Taxonomy } from '../../taxonomy/taxonomy.js';
import type { Token } from '../../taxonomy/tokenize.js';

/** A form found on a line, by token positions [start, end). */
export interface Found {
  form: Form;
  start: number;
  end: number;
}

const CONNECTOR_WORDS = new Set(['and', 'or', 'as']);

/** Index of the conjunct joined to token `at` by a comma, slash, ampersand, "and" or "or"; -1 if none. */
function conjunct(line: string, tokens: Token[], at: number, dir: 1 | -1): number {
  // Every index this walk returns is checked against the tokens: a line may end on its connector ("…Tableau, Power
  // BI, or") or start with one, and a walk past either end finds no conjunct.
  const inside = (i: number) => (i >= 0 && i < tokens.length ? i : -1);
  const next = inside(at + dir);
  if (next < 0 || inside(at) < 0) return -1;
  const [a, b] = dir === 1 ? [tokens[at], tokens[next]] : [tokens[next], tokens[at]];
  const connector = CONNECTOR_WORDS.has(tokens[next].key);
  if (/[,\/&]/.test(line.slice(a.end, b.start))) return connector ? inside(next + dir) : next;
  return connector ? inside(next + dir) : -1;
}

// "performance and reliability, and mentor engineers" is not "reliability engineering": coordinated skills are kin,
// of one category and sharing a broader skill or a related link (Model Development and Model Deployment).
function kin(a: SkillEntry, b: SkillEntry, tax: Taxonomy): boolean {
  if (a === b) return true;
  if (a.category !== b.category) return false;
  if (a.related?.includes(b.name) || b.related?.includes(a.name)) return true;
  const up = new Set(withBroader(tax, a.name));
  return withBroader(tax, b.name).some((n) => up.has(n));
}

function formFor(tax: Taxonomy, keys: string[], token: Token, first: boolean, anchor: SkillEntry): Form | undefined {
  return tax.byKeys
    .get(keys.join(' '))
    ?.find(
      (f) =>
        f.skill &&
        (!f.caseSensitive || f.raws[first ? 0 : f.raws.length - 1] === token.raw) &&
        kin(f.skill, anchor, tax),
    );
}

/** Skills that share the head or the tail of a found multi-word skill through coordination. */
export function coordinated(line: string, tokens: Token[], found: Found[], tax: Taxonomy): Found[] {
  const covered = new Set<number>();
  for (const f of found) for (let i = f.start; i < f.end; i++) covered.add(i);
  const extra: Found[] = [];
  for (const f of found) {
    const keys = f.form.keys;
    if (!f.form.skill || keys.length < 2) continue;
    // Shared tail: "responsible, ethical and explainable AI".
    for (
      let at = f.start, c = conjunct(line, tokens, at, -1);
      c >= 0 && !covered.has(c);
      at = c, c = conjunct(line, tokens, at, -1)
    ) {
      const form = formFor(tax, [tokens[c].key, ...keys.slice(1)], tokens[c], true, f.form.skill);
      if (!form) break;
      extra.push({ form, start: c, end: f.end });
      covered.add(c);
    }
    // Shared head: "model monitoring, validation and retraining".
    for (
      let at = f.end - 1, c = conjunct(line, tokens, at, 1);
      c >= 0 && !covered.has(c);
      at = c, c = conjunct(line, tokens, at, 1)
    ) {
      const form = formFor(tax, [...keys.slice(0, -1), tokens[c].key], tokens[c], false, f.form.skill);
      if (!form) break;
      extra.push({ form, start: f.start, end: c + 1 });
      covered.add(c);
    }
  }
  return extra;
}
