import { describe, expect, it } from 'vitest';
import { defaultTaxonomy } from '../../src/taxonomy/taxonomy.js';
import { MAX_SIBLINGS, relatedShown, type Relation } from '../../src/score/related.js';
import type { Evidence } from '../../src/types.js';

// The scan over every skill that the reverse-link index replaced: the index must give the same answers.
function reference(skill: string, shown: Map<string, Evidence[]>): Relation | null {
  const tax = defaultTaxonomy();
  const byEvidence = (a: string, b: string) =>
    (shown.get(b)?.length ?? 0) - (shown.get(a)?.length ?? 0) || (a < b ? -1 : a > b ? 1 : 0);
  const entry = tax.skills.get(skill);
  const isShown = (s: string) => s !== skill && (shown.get(s)?.length ?? 0) > 0;
  const pick = (names: string[]) => names.filter(isShown).sort(byEvidence)[0];
  const linked = new Set(entry?.related ?? []);
  for (const other of tax.skills.values()) if (other.related?.includes(skill)) linked.add(other.name);
  const rel = pick([...linked]);
  if (rel) return { skill: rel, kind: 'related', evidence: shown.get(rel)![0] };
  for (const parent of entry?.broader ?? []) {
    const children = [...tax.skills.values()].filter((o) => o.name !== skill && o.broader?.includes(parent));
    if (children.length >= MAX_SIBLINGS) continue;
    const sib = pick(
      children.filter((o) => o.category === entry?.category && !o.broader?.includes(skill)).map((o) => o.name),
    );
    if (sib) return { skill: sib, kind: 'sibling', via: parent, evidence: shown.get(sib)![0] };
  }
  const broader = pick(entry?.broader ?? []);
  return broader ? { skill: broader, kind: 'broader', evidence: shown.get(broader)![0] } : null;
}

describe('relatedShown with the reverse-link index', () => {
  it('agrees with a scan of every skill', () => {
    const tax = defaultTaxonomy();
    const names = [...tax.skills.keys()];
    const ev = (n: number): Evidence[] => Array.from({ length: n }, (_, i) => ({ line: i + 1, text: 'x', match: 'x' }));
    const shown = new Map<string, Evidence[]>(names.filter((_, i) => i % 4 === 0).map((n, i) => [n, ev(1 + (i % 3))]));
    let found = 0;
    for (const skill of names.filter((_, i) => i % 3 === 0)) {
      const want = reference(skill, shown);
      if (want) found++;
      expect(relatedShown(skill, shown, tax), skill).toEqual(want);
    }
    expect(found).toBeGreaterThan(50);
  });
});
