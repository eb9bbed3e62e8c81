import { describe, expect, it } from 'vitest';
import { defaultTaxonomy } from '../../src/analyze/taxonomy.js';
import { transferableFrom } from '../../src/score/suggestions.js';
import type { Evidence } from '../../src/types.js';

// The scan over every skill that the reverse-link index replaced: the index must give the same answers.
function reference(skill: string, shown: Map<string, Evidence[]>): string | null {
  const tax = defaultTaxonomy();
  const entry = tax.skills.get(skill);
  const candidates = new Set<string>(entry?.related ?? []);
  for (const other of tax.skills.values()) {
    if (other.name === skill) continue;
    if (other.related?.includes(skill)) candidates.add(other.name);
    if (entry?.broader?.some((b) => other.broader?.includes(b))) candidates.add(other.name);
  }
  return [...candidates].find((c) => shown.has(c) && !tax.skills.get(c)?.broader?.includes(skill)) ?? null;
}

describe('transferableFrom with the reverse-link index', () => {
  it('agrees with a scan of every skill', () => {
    const tax = defaultTaxonomy();
    const names = [...tax.skills.keys()];
    const shown = new Map<string, Evidence[]>(names.filter((_, i) => i % 4 === 0).map((n) => [n, []]));
    let found = 0;
    for (const skill of names.filter((_, i) => i % 3 === 0)) {
      const want = reference(skill, shown);
      if (want) found++;
      expect(transferableFrom(skill, shown, tax), skill).toBe(want);
    }
    expect(found).toBeGreaterThan(50);
  });
});
