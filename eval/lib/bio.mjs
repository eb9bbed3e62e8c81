// BIO tag decoding for token-level span labels (SkillSpan's tags_skill / tags_knowledge).

/**
 * Spans of a BIO tag list as [start, end) token indexes. An `I` that follows no `B`/`I` starts a span
 * (annotation slips are kept, not dropped); a `B` always starts a new one.
 */
export function bioSpans(tags) {
  const spans = [];
  let start = -1;
  for (let i = 0; i <= tags.length; i++) {
    const tag = tags[i] ?? 'O';
    const inside = tag === 'I' || tag.startsWith('I-');
    const begins = tag === 'B' || tag.startsWith('B-');
    if (start >= 0 && !inside) {
      spans.push([start, i]);
      start = -1;
    }
    if (begins || (inside && start < 0)) start = i;
  }
  return spans;
}

/** Tokens joined by single spaces, with each token's [start, end) character offsets in the sentence. */
export function joinTokens(tokens) {
  const offsets = [];
  let at = 0;
  for (const t of tokens) {
    offsets.push([at, at + t.length]);
    at += t.length + 1;
  }
  return { text: tokens.join(' '), offsets };
}

/** A token span's [start, end) character range in the joined sentence. */
export function charRange(offsets, [from, to]) {
  return [offsets[from][0], offsets[to - 1][1]];
}

/** True when two [start, end) ranges share a character. */
export function overlaps([a, b], [c, d]) {
  return a < d && c < b;
}

/** Every [start, end) range where `needle` occurs in `hay`, case-insensitive. */
export function occurrences(hay, needle) {
  const out = [];
  if (!needle) return out;
  const h = hay.toLowerCase();
  const n = needle.toLowerCase();
  for (let i = h.indexOf(n); i >= 0; i = h.indexOf(n, i + 1)) out.push([i, i + n.length]);
  return out;
}
