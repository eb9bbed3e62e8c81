// In-process measurements, each run in a fresh child by run.mjs and printed as one JSON line:
//   taxonomy        load + compile the bundled taxonomy (cold process)
//   extract N       ms per document for skill extraction and for a whole resume analysis (warm)
//   scale MB        one checkFit of a resume of MB megabytes (linearity of the whole pipeline)
//   lines KB        checkFit of a resume holding one KB-kilobyte line of each pathological shape
//   phases R J      a cold text check split into Node boot, module import and the run itself
//   pdf DIR         the PDF floor inside Node: pdf-parse import, first parse (cold) and warm ms per file
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
  const mod = await import(new URL('taxonomy/taxonomy.js', DIST));
  const t1 = now();
  const load = exported(mod, ['defaultTaxonomy', 'loadTaxonomy', 'getTaxonomy']);
  if (!load) return { error: 'no taxonomy loader exported by dist/taxonomy/taxonomy.js' };
  const tax = load();
  const t2 = now();
  const skills = tax?.skills?.size ?? tax?.skills?.length ?? null;
  return { importMs: t1 - t0, loadMs: t2 - t1, skills };
}

async function extract(n) {
  const lib = await import(new URL('index.js', DIST));
  const skillsMod = await import(new URL('analyze/text/skills.js', DIST)).catch(() => ({}));
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
  return {
    mb,
    bytes: text.length,
    lines: text.split('\n').length,
    ms,
    msPerMB: ms / (text.length / 1048576),
    score: result.score,
    peakRSS: process.resourceUsage().maxRSS * 1024,
  };
}

// One huge line, no spaces or odd repetitions: shapes that make backtracking regexes quadratic.
const SHAPES = {
  'aaaa…': (n) => 'a'.repeat(n),
  'AAAA…Ab': (n) => 'A'.repeat(n) + 'b',
  'aaaa…a1': (n) => 'a'.repeat(n) + '1',
  'javajava…': (n) => 'java'.repeat(n / 4),
  '1111…': (n) => '1'.repeat(n),
  '1 1 1 …': (n) => '1 '.repeat(n / 2),
  'aBaB…': (n) => 'aB'.repeat(n / 2),
  'a-a-…': (n) => 'a-'.repeat(n / 2),
  'a/a/…': (n) => 'a/'.repeat(n / 2),
  'a.a.…': (n) => 'a.'.repeat(n / 2),
  'a@a@…': (n) => 'a@'.repeat(n / 2),
  '2019 2019 …': (n) => '2019 '.repeat(n / 5),
  'led the …': (n) => 'led the '.repeat(n / 8),
};

async function lines(kb) {
  const lib = await import(new URL('index.js', DIST));
  const job = jobText(1);
  lib.checkFit(resumeText(1), job, { asOf: AS_OF });
  const shapes = {};
  for (const [name, make] of Object.entries(SHAPES)) {
    const text = `Jane Doe\n${make(kb * 1024)}\n`;
    const t0 = now();
    lib.checkFit(text, job, { asOf: AS_OF });
    shapes[name] = now() - t0;
  }
  const [worst, ms] = Object.entries(shapes).sort((a, b) => b[1] - a[1])[0];
  return { kb, worst, ms, shapes };
}

async function pdf(dir) {
  const { readdirSync, readFileSync } = await import('node:fs');
  const { join } = await import('node:path');
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.pdf'))
    .sort()
    .map((f) => join(dir, f));
  const text = async (PDFParse, file) => {
    const parser = new PDFParse({ data: readFileSync(file) });
    try {
      return (await parser.getText()).text.length;
    } finally {
      await parser.destroy();
    }
  };
  let t0 = now();
  const { PDFParse } = await import('pdf-parse');
  const importMs = now() - t0;
  t0 = now();
  await text(PDFParse, files[0]);
  const firstMs = now() - t0;
  t0 = now();
  for (const f of files.slice(1)) await text(PDFParse, f);
  const warmMs = (now() - t0) / (files.length - 1);
  return { files: files.length, importMs, firstMs, warmMs, peakRSS: process.resourceUsage().maxRSS * 1024 };
}

async function phases(resume, job) {
  const boot = performance.now(); // since the process started
  const t0 = now();
  // The bin's bundle when built; tsc's modules otherwise (an older build).
  const { existsSync } = await import('node:fs');
  const bundled = new URL('fitcheck.cjs', DIST);
  const { run, processIO } = existsSync(bundled)
    ? await import(bundled)
    : { ...(await import(new URL('cli/run.js', DIST))), ...(await import(new URL('cli/io.js', DIST))) };
  const importMs = now() - t0;
  const io = { ...processIO(), stdout: () => {} };
  const t1 = now();
  const cpu = process.cpuUsage();
  const code = await run([resume, job], io);
  const used = process.cpuUsage(cpu);
  // CPU time of the run (user + system), which a busy machine inflates far less than wall time.
  return { bootMs: boot, importMs, runMs: now() - t1, runCpuMs: (used.user + used.system) / 1000, code };
}

const [mode, arg, arg2] = process.argv.slice(2);
const run = {
  taxonomy,
  extract: () => extract(Number(arg ?? 100)),
  scale: () => scale(Number(arg ?? 1)),
  lines: () => lines(Number(arg ?? 256)),
  pdf: () => pdf(arg),
  phases: () => phases(arg, arg2),
}[mode];
if (!run) {
  console.error('usage: inprocess.mjs taxonomy | extract N | scale MB | lines KB | pdf DIR | phases RESUME JOB');
  process.exit(2);
}
try {
  console.log(JSON.stringify(await run()));
} catch (err) {
  console.log(JSON.stringify({ error: String(err?.message ?? err).split('\n')[0] }));
}
