/** Finds a skill the resume shows that relates to a missing one, through the taxonomy's links. */
import type { ReverseLinks, SkillEntry, Taxonomy } from '../taxonomy/taxonomy.js';
import type { Evidence } from '../types.js';

/** A shown skill related to a missing one, and how. */
export interface Relation {
  /** The skill the resume shows. */
  skill: string;
  /** `related`: linked in the taxonomy; `sibling`: both are kinds of `via`; `broader`: the missing skill is a kind of it. */
  kind: 'related' | 'sibling' | 'broader';
  /** For siblings: the broader skill they share. */
  via?: string;
  /** The resume line that shows it. */
  evidence: Evidence;
}

/** A parent with this many other children is too general to make its children related. */
export const MAX_SIBLINGS = 8;

const byEvidence = (shown: Map<string, Evidence[]>) => (a: string, b: string) =>
  (shown.get(b)?.length ?? 0) - (shown.get(a)?.length ?? 0) || (a < b ? -1 : a > b ? 1 : 0);

// Built once per taxonomy: scanning every skill for each missing one was ~12% of a batch worker's CPU.
// The prebuilt taxonomy brings them, so a single check need not read every entry.
const linksCache = new WeakMap<Map<string, SkillEntry>, ReverseLinks>();

function linksOf(tax: Taxonomy): ReverseLinks {
  if (tax.reverseLinks) return tax.reverseLinks;
  let links = linksCache.get(tax.skills);
  if (!links) {
    links = { relatedTo: new Map(), childrenOf: new Map() };
    for (const other of tax.skills.values()) {
      for (const r of new Set(other.related ?? []))
        (links.relatedTo.get(r) ?? links.relatedTo.set(r, []).get(r)!).push(other.name);
      for (const b of new Set(other.broader ?? []))
        (links.childrenOf.get(b) ?? links.childrenOf.set(b, []).get(b)!).push(other);
    }
    linksCache.set(tax.skills, links);
  }
  return links;
}

/** The closest shown skill to `skill`: an explicit link, then a sibling, then a broader skill; null when none. */
export function relatedShown(skill: string, shown: Map<string, Evidence[]>, tax: Taxonomy): Relation | null {
  const entry = tax.skills.get(skill);
  const isShown = (s: string) => s !== skill && (shown.get(s)?.length ?? 0) > 0;
  const pick = (names: string[]) => names.filter(isShown).sort(byEvidence(shown))[0];

  const links = linksOf(tax);
  const linked = new Set([...(entry?.related ?? []), ...(links.relatedTo.get(skill) ?? [])]);
  const rel = pick([...linked]);
  if (rel) return { skill: rel, kind: 'related', evidence: shown.get(rel)![0] };

  for (const parent of entry?.broader ?? []) {
    // Siblings under a very general parent are not evidence of each other (Model Training vs PyTorch under
    // Machine Learning); same-category siblings under a small parent are (AWS vs GCP under Cloud Platforms).
    const children = (links.childrenOf.get(parent) ?? []).filter((o) => o.name !== skill);
    if (children.length >= MAX_SIBLINGS) continue;
    const siblings = children
      .filter((o) => o.category === entry?.category && !o.broader?.includes(skill))
      .map((o) => o.name);
    const sib = pick(siblings);
    if (sib) return { skill: sib, kind: 'sibling', via: parent, evidence: shown.get(sib)![0] };
  }
  const broader = pick(entry?.broader ?? []);
  return broader ? { skill: broader, kind: 'broader', evidence: shown.get(broader)![0] } : null;
}
