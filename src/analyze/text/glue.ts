/** Line tokens for skill matching: unknown compounds split, and words a job board glued together cut apart. */
import type { Taxonomy } from '../../taxonomy/taxonomy.js';
import { keyOf, RULES, tokenize, type Token } from '../../taxonomy/tokenize.js';

// Short pieces make English words look glued ("maintaining" → main·tai·ning, "manner" → man·NER): only glue words and
// words that start a skill (big data) may be short.
const SHORT = new Set(RULES.glueShort);
const MIN_PIECE = 4;

const MAX_PIECE = 24;
// Found by fuzzing: each cut copies the pieces before it, so a 40,000-letter "word" took 2.6 GB. Glued
// board text is a few words long; the cache is capped too, so a batch of odd documents cannot grow it forever.
const MAX_GLUED_CHARS = 200;
const MAX_CACHED = 50_000;
const segmentCache = new WeakMap<Taxonomy, Map<string, string[] | null>>();

/**
 * A short piece is a glue word, a one-word name ("aws"), or the first word of a longer name at the end of the glued word,
 * where the next word may finish it ("computingbig data"). Inside a word a short name-start is a fragment: "various" is
 * no "var·io·us".
 */
function shortPieceFits(piece: string, last: boolean, tax: Taxonomy): boolean {
  if (SHORT.has(piece)) return true;
  const forms = tax.byFirstKey.get(piece);
  return !!forms && (last || forms.some((f) => f.keys.length === 1));
}

/** Cut a glued lower-case word into known words ("learningml" → learning, ml), or null when it is not glued. */
export function segmentGlued(lower: string, tax: Taxonomy): string[] | null {
  let cache = segmentCache.get(tax);
  if (!cache) segmentCache.set(tax, (cache = new Map()));
  if (lower.length > MAX_GLUED_CHARS) return null;
  const hit = cache.get(lower);
  if (hit !== undefined) return hit;
  if (cache.size >= MAX_CACHED) cache.clear();
  // Fewest pieces wins: best[i] is the shortest cut of lower[0..i).
  const best: (string[] | null)[] = [[]];
  for (let i = 1; i <= lower.length; i++) {
    best[i] = null;
    for (let j = Math.max(0, i - MAX_PIECE); j <= i - 2; j++) {
      const prev = best[j];
      const piece = lower.slice(j, i);
      if (
        !prev ||
        !tax.vocabulary.has(piece) ||
        (piece.length < MIN_PIECE && !shortPieceFits(piece, i === lower.length, tax))
      )
        continue;
      if (!best[i] || prev.length + 1 < best[i]!.length) best[i] = [...prev, piece];
    }
  }
  const pieces = best[lower.length];
  const glued = pieces && pieces.length > 1 && pieces.some((p) => tax.byFirstKey.has(keyOf(p))) ? pieces : null;
  cache.set(lower, glued);
  return glued;
}

// Past 200 letters a word is no glued list but junk; the segmenter's table (and memory) would grow with its square.
function isGlueCandidate(t: Token, tax: Taxonomy): boolean {
  return /^[A-Za-z]{6,200}$/.test(t.raw) && !tax.byFirstKey.has(t.key) && !tax.vocabulary.has(t.raw.toLowerCase());
}

// Board text shows its glue: case changes or digits inside a word, or a very long word that cuts into known ones.
const GLUE_SIGN = /[a-z][A-Z]|[A-Z]{2}[a-z]|[a-z]{2}\d+\+/;
const LONG_WORD = /[A-Za-z]{14,}/g;

/** True when a line looks like job-board text with words glued together; only such lines are cut at known words. */
export function looksGlued(line: string, tax: Taxonomy): boolean {
  if (GLUE_SIGN.test(line)) return true;
  for (const m of line.matchAll(LONG_WORD)) {
    if (m[0].length > 200) continue; // junk, not a glued list (see isGlueCandidate)
    const lower = m[0].toLowerCase();
    if (!tax.vocabulary.has(lower) && !tax.byFirstKey.has(keyOf(lower)) && segmentGlued(lower, tax)) return true;
  }
  return false;
}

/**
 * Word pieces as skill names are written. "SciKit Learn" splits by case into "Sci Kit Learn"; when the whole word starts a skill ("scikit learn") and its
 * pieces start no form together, they are one word again. "JavaScript" stays split: "Java Script" is a form.
 */
const VERSIONED = /^([A-Za-z]{3,}[a-z])(\d{1,2})$/;

function rejoinCaseSplits(tokens: Token[], line: string, tax: Taxonomy): Token[] {
  const out: Token[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const next = tokens[i + 1];
    const split = tax.byFirstKey.get(t.key)?.some((f) => f.keys[1] === next?.key);
    if (next && next.start === t.end && /^[A-Za-z]+$/.test(t.raw + next.raw) && !split) {
      const raw = line.slice(t.start, next.end);
      const key = keyOf(raw);
      if (tax.byFirstKey.has(key)) {
        out.push({ raw, key, start: t.start, end: next.end });
        i++;
        continue;
      }
    }
    const version = VERSIONED.exec(t.raw);
    if (version && !tax.byFirstKey.has(t.key) && tax.byFirstKey.has(keyOf(version[1]))) {
      // "symfony2", "Python3", "angular14": a known name with its version glued on is the name and a version.
      const cut = t.start + version[1].length;
      out.push({ raw: version[1], key: keyOf(version[1]), start: t.start, end: cut });
      out.push({ raw: version[2], key: version[2], start: cut, end: t.end });
      continue;
    }
    // "ES6+", "Java8+": a known name with "or later" glued on.
    if (/[A-Za-z]\d*\+$/.test(t.raw) && !t.raw.endsWith('++') && !tax.byFirstKey.has(t.key)) {
      const raw = t.raw.slice(0, -1);
      if (tax.byFirstKey.has(keyOf(raw))) {
        out.push({ raw, key: keyOf(raw), start: t.start, end: t.end - 1 });
        continue;
      }
    }
    out.push(t);
  }
  return out;
}

// Punctuation written apart from the name it belongs to, as tokenised text spaces it: ". NET", "Node . js", "C + +", "C #".
const SPACE_BEFORE = /[\s([{,;:/]/;
const INNER_DOT = /^\s+\.\s*$/;
const TRAILING = /^\s+((?:\+\s*\+)|#)(?=\s|$|[),;:/])/;

/**
 * Join a name's punctuation written apart from it ("with . NET", "Node . js", "C + +") into one token when the
 * joined spelling is a known name; the token keeps the offsets of the text as written. A sentence's own full stop
 * ("in Java. Net income") touches its word and is left alone.
 */
function joinSpacedPunctuation(tokens: Token[], line: string, tax: Taxonomy): Token[] {
  const known = (raw: string) => tax.byFirstKey.has(keyOf(raw));
  const out: Token[] = [];
  for (const t of tokens) {
    const last = out[out.length - 1];
    const gap = line.slice(last ? last.end : 0, t.start);
    let tok = t;
    const dot = (last ? last.end : 0) + gap.lastIndexOf('.');
    const apart = (dot === 0 || SPACE_BEFORE.test(line[dot - 1])) && /^\.\s+$/.test(line.slice(dot, t.start));
    if (gap.includes('.') && apart && known('.' + t.raw))
      tok = { raw: '.' + t.raw, key: keyOf('.' + t.raw), start: dot, end: t.end };
    if (last && INNER_DOT.test(gap) && known(last.raw + '.' + t.raw)) {
      const raw = last.raw + '.' + t.raw;
      out[out.length - 1] = { raw, key: keyOf(raw), start: last.start, end: t.end };
      continue;
    }
    out.push(tok);
  }
  for (let i = 0; i < out.length; i++) {
    const t = out[i];
    const m = TRAILING.exec(line.slice(t.end, out[i + 1]?.start ?? line.length));
    const sym = m?.[1].replace(/\s/g, '');
    if (m && sym && known(t.raw + sym)) {
      const raw = t.raw + sym;
      out[i] = { raw, key: keyOf(raw), start: t.start, end: t.end + m[0].length };
    }
  }
  return out;
}

/** Tokens of a line, with "/"- and "-"-joined words split unless the dictionary knows the whole, and glued words cut. */
export function lineTokens(line: string, tax: Taxonomy): Token[] {
  const out: Token[] = [];
  const glued = looksGlued(line, tax);
  const push = (t: Token) => {
    const last = out[out.length - 1];
    // "AIexperience" reads as "A Iexperience" by case alone; give the capital back when that makes two known words.
    if (
      glued &&
      last &&
      last.end === t.start &&
      /^[A-Z]+$/.test(last.raw) &&
      /^[A-Z][a-z]{2,}$/.test(t.raw) &&
      isGlueCandidate(t, tax)
    ) {
      const head = last.raw + t.raw[0];
      const rest = t.raw.slice(1);
      if (tax.vocabulary.has(head.toLowerCase()) && (tax.vocabulary.has(rest) || segmentGlued(rest, tax))) {
        out[out.length - 1] = { raw: head, key: keyOf(head), start: last.start, end: last.end + 1 };
        return push({ raw: rest, key: keyOf(rest), start: t.start + 1, end: t.end });
      }
    }
    const pieces = glued && isGlueCandidate(t, tax) ? segmentGlued(t.raw.toLowerCase(), tax) : null;
    if (!pieces) return void out.push(t);
    let at = t.start;
    for (const p of pieces) {
      const raw = line.slice(at, at + p.length);
      out.push({ raw, key: keyOf(raw), start: at, end: at + p.length });
      at += p.length;
    }
  };
  for (const t of rejoinCaseSplits(joinSpacedPunctuation(tokenize(line), line, tax), line, tax)) {
    if (!/[\/-]/.test(t.key) || tax.compoundKeys.has(t.key) || tax.byFirstKey.has(t.key)) {
      push(t);
      continue;
    }
    let offset = t.start;
    for (const part of t.raw.split(/[\/-]/)) {
      if (!part) continue;
      const start = line.indexOf(part, offset);
      for (const p of tokenize(part)) push({ ...p, start: start + p.start, end: start + p.end });
      offset = start + part.length;
    }
  }
  return out;
}
