import { describe, expect, it } from 'vitest';
import {
  readSkillFiles,
  skillId,
  compileTaxonomy,
  withBroader,
  CATEGORIES,
  type SkillEntry,
} from '../../src/taxonomy/taxonomy.js';
import { validateTaxonomy } from '../../src/taxonomy/check.js';
import { loadPrebuilt, prebuild } from '../../src/taxonomy/prebuilt.js';
import { writeFileSync, mkdtempSync, utimesSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const entries = readSkillFiles();

describe('the bundled taxonomy', () => {
  it('is valid: names, categories, no form claimed twice, every link resolves', () => {
    expect(validateTaxonomy(entries)).toEqual([]);
  });

  it('has at least 2,500 skills across every category', () => {
    expect(entries.length).toBeGreaterThanOrEqual(2500);
    const used = new Set(entries.map((e) => e.category));
    for (const c of CATEGORIES) expect(used).toContain(c);
  });

  it('covers the ML concepts postings ask for', () => {
    const names = new Set(entries.map((e) => e.name));
    for (const n of [
      'Hyperparameter Tuning',
      'Model Validation',
      'Model Deployment',
      'Data Pipelines',
      'Distributed Computing',
      'Responsible AI',
      'Explainable AI',
      'Feature Engineering',
      'A/B Testing',
    ]) {
      expect(names).toContain(n);
    }
  });

  it('links narrower skills to broader ones for transferable-skill advice', () => {
    const tax = compileTaxonomy(entries);
    expect(withBroader(tax, 'PyTorch')).toContain('Deep Learning');
    expect(withBroader(tax, 'PyTorch')).toContain('Machine Learning');
    expect(withBroader(tax, 'SageMaker')).toContain('AWS');
    expect(tax.skills.get('Kubernetes')!.related).toContain('Docker');
    expect(tax.skills.get('Docker')!.related).toContain('Kubernetes');
  });

  it('accepts extra entries from a config (issue 7) compiled with the bundled ones', () => {
    const tax = compileTaxonomy([
      ...entries,
      { name: 'Zorblax', category: 'tool', aliases: ['zbx'], broader: ['Machine Learning'] },
    ]);
    expect(tax.byFirstKey.get('zbx')?.[0].skill?.name).toBe('Zorblax');
  });

  it('loads the prebuilt form with the same lookups as compiling the data', () => {
    const dir = mkdtempSync(join(tmpdir(), 'fitcheck-tax-'));
    const path = join(dir, 'taxonomy.json');
    writeFileSync(path, prebuild(entries));
    const pre = loadPrebuilt(path)!;
    const fresh = compileTaxonomy(entries);
    const view = (t: typeof fresh) =>
      [...t.byFirstKey.keys()]
        .sort()
        .map((k) => [
          k,
          t.byFirstKey.get(k)!.map((f) => `${f.skill?.name}:${f.text}:${f.keys}:${f.caseSensitive}:${f.weak}`),
        ]);
    expect(pre.skills.size).toBe(fresh.skills.size);
    expect(view(pre)).toEqual(view(fresh));
    expect(pre.byKeys.get('respons ai')?.[0].skill?.name).toBe('Responsible AI');
  });

  it('brings the same reverse links (related to, children of) as reading every entry', () => {
    const dir = mkdtempSync(join(tmpdir(), 'fitcheck-tax-'));
    const path = join(dir, 'taxonomy.json');
    writeFileSync(path, prebuild(entries));
    const links = loadPrebuilt(path)!.reverseLinks!;
    const relatedTo = new Map<string, string[]>();
    const childrenOf = new Map<string, string[]>();
    for (const e of compileTaxonomy(entries).skills.values()) {
      for (const r of new Set(e.related ?? [])) relatedTo.set(r, [...(relatedTo.get(r) ?? []), e.name]);
      for (const b of new Set(e.broader ?? [])) childrenOf.set(b, [...(childrenOf.get(b) ?? []), e.name]);
    }
    expect(childrenOf.size).toBeGreaterThan(100);
    for (const [name, list] of relatedTo) expect(links.relatedTo.get(name)).toEqual(list);
    for (const [name, list] of childrenOf) expect(links.childrenOf.get(name)?.map((e) => e.name)).toEqual(list);
    expect(links.childrenOf.size).toBe(childrenOf.size);
    expect(links.relatedTo.size).toBe(relatedTo.size);
  });

  it('rejects a stale prebuilt file: one older than a data file, whose fingerprint no longer matches', () => {
    const dir = mkdtempSync(join(tmpdir(), 'fitcheck-tax-'));
    const path = join(dir, 'taxonomy.json');
    writeFileSync(path, JSON.stringify({ ...JSON.parse(prebuild(entries.slice(0, 3))), fingerprint: 'old' }));
    utimesSync(path, new Date('2000-01-01'), new Date('2000-01-01'));
    expect(loadPrebuilt(path)).toBeUndefined();
  });

  it('trusts a prebuilt file written after every data file without hashing the data', () => {
    const dir = mkdtempSync(join(tmpdir(), 'fitcheck-tax-'));
    const path = join(dir, 'taxonomy.json');
    writeFileSync(path, JSON.stringify({ ...JSON.parse(prebuild(entries.slice(0, 3))), fingerprint: 'not checked' }));
    expect(loadPrebuilt(path)?.skills.size).toBe(3);
  });
});

describe('taxonomy validation', () => {
  const base: SkillEntry[] = [
    { name: 'Python', category: 'language' },
    { name: 'Go', category: 'language', caseSensitive: true },
  ];
  it('reports empty names, duplicates, unknown categories and links', () => {
    const problems = validateTaxonomy([
      ...base,
      { name: ' ', category: 'tool' },
      { name: 'Python', category: 'language' },
      { name: 'Thing', category: 'gadget', broader: ['Nowhere'], related: ['Thing'] },
    ]);
    expect(problems).toEqual([
      expect.stringMatching(/empty name/),
      'duplicate skill name "Python"',
      '"Thing": unknown category "gadget"',
      expect.stringMatching(/empty or unreadable form/),
      '"Python" is claimed by "Python" and "Python"',
      '"Thing" links to unknown skill "Nowhere"',
      '"Thing" links to itself',
    ]);
  });

  it('gives every skill one stable id and rejects ids shared or malformed', () => {
    expect(skillId({ name: 'C++', category: 'language' })).toBe('cpp');
    expect(skillId({ name: 'C#', category: 'language' })).toBe('csharp');
    expect(skillId({ name: 'Spring Framework', category: 'framework' })).toBe('spring-framework');
    expect(skillId({ name: 'Renamed', category: 'tool', id: 'old-name' })).toBe('old-name');
    expect(validateTaxonomy([...base, { name: 'Python 3!', category: 'tool', id: 'python' }])).toEqual([
      'id "python" is shared by "Python" and "Python 3!"',
    ]);
    expect(validateTaxonomy([...base, { name: 'Thing', category: 'tool', id: 'Not A Slug' }])).toEqual([
      '"Thing": id "Not A Slug" is not a lower-case slug',
    ]);
    const ids = new Set(readSkillFiles().map(skillId));
    expect(ids.size).toBe(readSkillFiles().length);
  });

  it('rejects an any-case name that folds onto another skill, and a notContext word that is the name', () => {
    expect(
      validateTaxonomy([
        { name: 'Spring', category: 'framework', caseSensitive: true, anyCase: true },
        { name: 'Springs', category: 'domain' },
      ]),
    ).toEqual(['"Springs" is claimed by "Spring" and "Springs"']);
    expect(
      validateTaxonomy([
        { name: 'Spring', category: 'framework', caseSensitive: true, anyCase: true },
        { name: 'Season', category: 'domain', aliases: ['spring'] },
      ]),
    ).toEqual(['"spring" is claimed by "Spring" and "Season"']);
    expect(
      validateTaxonomy([{ name: 'Chef', category: 'tool', caseSensitive: true, notContext: ['chefs', 'kitchen'] }]),
    ).toEqual(['"Chef": notContext "chefs" is its own name']);
  });

  it('reports a form claimed by two skills, by stem and case, unless both are ambiguous', () => {
    expect(validateTaxonomy([...base, { name: 'Snake', category: 'tool', aliases: ['pythons'] }])).toEqual([
      '"pythons" is claimed by "Python" and "Snake"',
    ]);
    expect(validateTaxonomy([...base, { name: 'Golang', category: 'tool', aliases: ['go'] }])).toEqual([
      '"go" is claimed by "Go" and "Golang"',
    ]);
    expect(
      validateTaxonomy([...base, { name: 'Goo', category: 'tool', aliases: ['GO'], caseSensitive: true }]),
    ).toEqual([]);
    const a = { name: 'TF One', category: 'tool', aliases: ['tfx1'], ambiguous: true };
    const b = { name: 'TF Two', category: 'tool', aliases: ['tfx1'], ambiguous: true };
    expect(validateTaxonomy([a, b])).toEqual([]);
  });
});
