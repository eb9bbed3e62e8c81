// DataTurks character spans: some are shifted by a character or cut inside a word (annotator noise).
import { containsWords, loose } from './match.mjs';

const WORD = /[\p{L}\p{N}]/u;

/**
 * The text a span labels, repaired: its `text` is found in the content near `start` (some offsets are
 * one off), and a span cut inside a word is widened to the whole word ("achelor of" → "Bachelor of").
 */
export function spanText(content, point) {
  let from = point.start;
  let to = point.end + 1;
  if (typeof point.text === 'string' && point.text.length) {
    const found = findText(content, point.text, point.start);
    if (found) [from, to] = found;
  }
  while (from > 0 && WORD.test(content[from - 1]) && WORD.test(content[from])) from--;
  while (to < content.length && WORD.test(content[to]) && WORD.test(content[to - 1])) to++;
  return content.slice(from, to).trim();
}

const ENTITY = /&(?:amp|lt|gt|quot|#39);/g;
const ESCAPES = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };

/**
 * Where `text` (or its HTML-escaped form) starts within 3 characters of `at`, tried at the offset as
 * given and at the offset counted with each entity as one character. Some DataTurks records hold
 * "&amp;" in their content but count it as "&" in their offsets, so every span after one drifts.
 */
function findText(content, text, at) {
  const escaped = text.replace(/[&<>]/g, (c) => ESCAPES[c]);
  for (const offset of [at, entityOffset(content, at)])
    for (const t of escaped === text ? [text] : [text, escaped]) {
      const near = content.indexOf(t, Math.max(0, offset - 3));
      if (near >= 0 && near <= offset + 3) return [near, near + t.length];
    }
  return null;
}

/** The content offset of `offset` counted with every HTML entity before it as one character. */
function entityOffset(content, offset) {
  let drift = 0;
  for (const m of content.matchAll(ENTITY)) {
    if (m.index - drift >= offset) break;
    drift += m[0].length - 1;
  }
  return offset + drift;
}

/** The labelled spans of one DataTurks record, repaired, by label; empty spans dropped. */
export function labelledSpans(record) {
  const out = {};
  for (const a of record.annotation ?? []) {
    for (const label of a.label ?? []) {
      for (const p of a.points ?? []) {
        const text = spanText(record.content, p);
        if (text) (out[label] ??= []).push(text);
      }
    }
  }
  return out;
}

/** Distinct spans by loose form, first spelling kept ("B.Tech" and "B.TECH" count once). */
export function distinct(spans) {
  const seen = new Map();
  for (const s of spans ?? []) if (loose(s) && !seen.has(loose(s))) seen.set(loose(s), s);
  return [...seen.values()];
}

/** 1-based numbers of the lines whose words contain the span's first line (loosely). */
export function linesOf(lines, span) {
  const first = loose(
    String(span)
      .split('\n')
      .find((l) => loose(l)) ?? '',
  );
  if (!first) return [];
  return lines.flatMap((line, i) => (containsWords(loose(line), first) ? [i + 1] : []));
}
