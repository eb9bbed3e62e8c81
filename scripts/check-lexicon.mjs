#!/usr/bin/env node
// Validates data/lexicon/*.json (run by `npm run build`): prints each problem and exits 1 if there is any.
// `--write` rewrites every file in its canonical form (lists sorted, one phrase a line) before checking.
import { readFileSync, writeFileSync } from 'node:fs';
import { formatLexiconFile } from '../dist/lexicon/format.js';
import { checkLexicon, LEXICON_DIR } from '../dist/lexicon/lexicon.js';
import { LEXICON_SPEC } from '../dist/lexicon/spec.js';

let unformatted = 0;
for (const [topic, spec] of Object.entries(LEXICON_SPEC)) {
  const path = `${LEXICON_DIR}/${topic}.json`;
  const text = readFileSync(path, 'utf8');
  let canonical;
  try {
    canonical = formatLexiconFile(spec, JSON.parse(text));
  } catch {
    continue; // checkLexicon reports the parse error
  }
  if (canonical === text) continue;
  if (process.argv.includes('--write')) writeFileSync(path, canonical);
  else {
    unformatted++;
    console.error(`data/lexicon/${topic}.json: not in canonical form (run node scripts/check-lexicon.mjs --write)`);
  }
}
const problems = checkLexicon();
for (const p of problems) console.error(`data/lexicon/${p}`);
process.exitCode = problems.length || unformatted ? 1 : 0;
