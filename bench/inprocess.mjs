// In-process measurements, each run in a fresh child by run.mjs and printed as one JSON line:
//   taxonomy        load + compile the bundled taxonomy (cold process)
//   extract N       ms per document for skill extraction and for a whole resume analysis (warm)
//   scale MB        one checkFit of a resume of MB megabytes (linearity of the whole pipeline)
import { resumeText, jobText } from './corpus.mjs';

const DIST = new URL('../dist/', import.meta.url);
const now = () => Number(process.hrtime.bigint()) / 1e6;
const AS_OF = new Date('2026-01-01T00:00:00Z');

/** The first of several exported names a module has (modules may be reorganised by other work). */
function exported(mod, names) {
  for (const n of names) if (typeof mod[n] === 'function') return mod[n];
  return null;
}

async function taxonomy() {
  const t0 = now();
  const mod = await import(new URL('analyze/taxonomy.js', DIST));
  const t1 = now();
  const load = exported(mod, ['defaultTaxonomy', 'loadTaxonomy', 'getTaxonomy']);
  if (!load) return { error: 'no taxonomy loader exported by dist/analyze/taxonomy.js' };
  const tax = load();
  const t2 = now();
  const skills = tax?.skills?.size ?? tax?.skills?.length ?? null;
  return { importMs: t1 - t0, loadMs: t2 - t1, skills };
}

async function extract(n) {
  const lib = await import(new URL('index.js', DIST));
  const skillsMod = await import(new URL('analyze/skills.js', DIST)).catch(() => ({}));
  const extractSkills = exported(skillsMod, ['extractSkills']);
  const docs = Array.from({ length: n }, (_, i) => resumeText(100 + i));
  const doc = (text, i) => ({ path: `r${i}.txt`, format: 'text', text, warnings: [] });
  lib.analyzeResume(doc(docs[0], 0), AS_OF); // compiles the taxonomy; not part of the per-document cost
  let t0 = now();
  let lines = 0;
  if (extractSkills) for (const text of docs) lines += extractSkills(text.split('\n')).length;
  const skillMs = extractSkills ? (now() - t0) / n : null;
  t0 = now();
  for (let i = 0; i < n; i++) lib.analyzeResume(doc(docs[i], i), AS_OF);
  const analyzeMs = (now() - t0) / n;
  const job = jobText(1);
  t0 = now();
  for (let i = 0; i < n; i++) lib.checkFit(docs[i], job, { asOf: AS_OF });
  const checkMs = (now() - t0) / n;
  return { docs: n, avgBytes: Math.round(docs.reduce((s, d) => s + d.length, 0) / n), skillMs, analyzeMs, checkMs };
}

async function scale(mb) {
  const target = mb * 1024 * 1024;
  const parts = [];
  let size = 0;
  for (let seed = 1; size < target; seed++) {
    const t = resumeText(seed);
    parts.push(t);
    size += t.length;
  }
  const text = parts.join('');
  const lib = await import(new URL('index.js', DIST));
  lib.checkFit(resumeText(1), jobText(1), { asOf: AS_OF }); // warm: taxonomy compiled, code optimised
  const t0 = now();
  const result = lib.checkFit(text, jobText(1), { asOf: AS_OF });
  const ms = now() - t0;
  return { mb, bytes: text.length, lines: text.split('\n').length, ms, msPerMB: ms / (text.length / 1048576), score: result.score, peakRSS: process.resourceUsage().maxRSS * 1024 };
}

const [mode, arg] = process.argv.slice(2);
const run = { taxonomy, extract: () => extract(Number(arg ?? 100)), scale: () => scale(Number(arg ?? 1)) }[mode];
if (!run) {
  console.error('usage: inprocess.mjs taxonomy | extract N | scale MB');
  process.exit(2);
}
try {
  console.log(JSON.stringify(await run()));
} catch (err) {
  console.log(JSON.stringify({ error: String(err?.message ?? err).split('\n')[0] }));
}
