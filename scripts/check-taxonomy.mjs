#!/usr/bin/env node
// Validates data/skills/*.json (run after `npm run build`): prints each problem and exits 1 if there is any.
import { readSkillFiles } from '../dist/taxonomy/taxonomy.js';
import { validateTaxonomy } from '../dist/taxonomy/check.js';

const entries = readSkillFiles();
const problems = validateTaxonomy(entries);
for (const p of problems) console.error(p);
const byCategory = {};
for (const e of entries) byCategory[e.category] = (byCategory[e.category] ?? 0) + 1;
console.log(`${entries.length} skills, ${entries.reduce((n, e) => n + (e.aliases?.length ?? 0) + (e.exactAliases?.length ?? 0), 0)} aliases; ${problems.length} problems`);
console.log(Object.entries(byCategory).sort((a, b) => b[1] - a[1]).map(([c, n]) => `${c} ${n}`).join(', '));
process.exitCode = problems.length ? 1 : 0;
