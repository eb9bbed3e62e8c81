#!/usr/bin/env node
// Validates data/skills/*.json (run by `npm run build`): prints each problem and exits 1 if there is any.
import { readdirSync, readFileSync } from 'node:fs';
import { readSkillFiles, SKILLS_DIR } from '../dist/taxonomy/taxonomy.js';
import { checkSkillFile, validateTaxonomy } from '../dist/taxonomy/check.js';

// The files' shape first (unknown or misspelled keys), then what the entries say together.
const shape = readdirSync(SKILLS_DIR)
  .filter((f) => f.endsWith('.json'))
  .sort()
  .flatMap((f) => checkSkillFile(`data/skills/${f}`, JSON.parse(readFileSync(SKILLS_DIR + f, 'utf8'))));
const entries = readSkillFiles();
const problems = [...shape, ...validateTaxonomy(entries)];
for (const p of problems) console.error(p);
const byCategory = {};
for (const e of entries) byCategory[e.category] = (byCategory[e.category] ?? 0) + 1;
console.log(
  `${entries.length} skills, ${entries.reduce((n, e) => n + (e.aliases?.length ?? 0) + (e.exactAliases?.length ?? 0), 0)} aliases; ${problems.length} problems`,
);
console.log(
  Object.entries(byCategory)
    .sort((a, b) => b[1] - a[1])
    .map(([c, n]) => `${c} ${n}`)
    .join(', '),
);
process.exitCode = problems.length ? 1 : 0;
