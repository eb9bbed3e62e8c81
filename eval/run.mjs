// `npm run eval`: reads the labelled development corpus through fitcheck's built library API and
// prints one table of reading figures (see eval/README.md for what each figure means).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFAULT_AS_OF, parseArgs, USAGE, UsageProblem } from './lib/args.mjs';
import { pdftotextAvailable } from './lib/pagetext.mjs';
import { runPool } from './lib/pool.mjs';
import { figureTable, grid } from './lib/table.mjs';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const SET_MODULES = {
  dataturks: './sets/dataturks.mjs',
  livecareer: './sets/livecareer.mjs',
  gold: './sets/gold.mjs',
  linkedin: './sets/linkedin.mjs',
  glassdoor: './sets/glassdoor.mjs',
  skillspan: './sets/skillspan.mjs',
  titles: './sets/titles.mjs',
};

async function main(argv) {
  const o = parseArgs(argv, ROOT);
  if (o.help) return void console.log(USAGE);
  if (!existsSync(o.corpus)) return void console.log(`eval: no corpus at ${o.corpus} (pass --corpus DIR); skipped`);
  const baseline = o.baseline ? readBaseline(o.baseline) : null;
  const threads = o.threads ?? Math.max(1, availableParallelism());
  const asOf = new Date(`${o.asOf}T00:00:00Z`);
  const pdftotext = o.pdftotext && pdftotextAvailable();
  const noPageText = o.pdftotext
    ? 'pdftotext not installed (apt-get install poppler-utils)'
    : 'skipped by --no-pdftotext';
  const log = (msg) => process.stderr.write(`eval: ${msg}\n`);
  const ctx = {
    corpus: o.corpus,
    data: o.data,
    asOf,
    threads,
    pdftotext,
    noPageText,
    log,
    pool: (tasks) => runPool(tasks, { threads, asOf }),
  };
  const t0 = performance.now();
  const sections = [];
  // CPU seconds (all threads of this process) beside wall seconds: on a busy machine wall time says little.
  const cpu = () => (({ user, system }) => (user + system) / 1e6)(process.cpuUsage());
  const c0 = cpu();
  for (const set of o.only) {
    const t = performance.now();
    const c = cpu();
    const { evaluate } = await import(SET_MODULES[set]);
    const result = await evaluate(ctx);
    sections.push({ set, ...result });
    log(
      `${set} ${result.skip ? `skipped (${result.skip})` : `done in ${((performance.now() - t) / 1000).toFixed(1)} s (CPU ${(cpu() - c).toFixed(1)} s)`}`,
    );
  }
  const elapsed = (performance.now() - t0) / 1000;
  console.log(
    `fitcheck eval · ${revision()} · corpus ${o.corpus} · as of ${o.asOf}${o.asOf === DEFAULT_AS_OF ? ' (default)' : ''}`,
  );
  if (baseline)
    console.log(`baseline ${o.baseline} (${baseline.revision ?? 'unknown revision'}, as of ${baseline.asOf})`);
  console.log(figureTable(sections, baseline));
  console.log(
    `\n${elapsed.toFixed(1)} s on ${threads} thread(s), CPU ${(cpu() - c0).toFixed(1)} s${pdftotext ? '' : '; page-text oracle skipped'}`,
  );
  printMisses(o.misses, sections);
  if (o.json) write(o.json, JSON.stringify(report(sections, o, elapsed), null, 2));
  if (o.details)
    write(o.details, JSON.stringify(Object.fromEntries(sections.map((s) => [s.set, s.details ?? null])), null, 1));
}

/** The JSON report: aggregate figures and tables, never document text. */
function report(sections, o, elapsed) {
  return {
    schema: 'fitcheck-eval/1',
    revision: revision(),
    asOf: o.asOf,
    elapsedSeconds: Number(elapsed.toFixed(1)),
    sets: Object.fromEntries(sections.map((s) => [s.set, s.skip ? { skipped: s.skip } : { title: s.title }])),
    figures: sections.flatMap((s) => s.figures ?? []),
    tables: Object.fromEntries(
      sections.flatMap((s) => (s.tables ?? []).map((t) => [t.id, { title: t.title, rows: t.rows }])),
    ),
  };
}

function printMisses(ids, sections) {
  const figures = new Set(sections.flatMap((s) => (s.figures ?? []).map((f) => f.id)));
  for (const id of ids) {
    if (!figures.has(id))
      throw new UsageProblem(`--misses ${id}: no such figure in this run (figures: ${[...figures].join(', ')})`);
    const misses = sections.flatMap((s) => s.misses?.[id] ?? []);
    console.log(`\nmisses of ${id} (${misses.length}); terminal only, never commit:`);
    if (misses.length)
      console.log(
        grid([['document', 'expected', 'read'], ...misses.map((m) => [m.id, clip(m.expected), clip(m.read)])], 3),
      );
  }
}

const clip = (s, n = 90) => (s.length > n ? `${s.slice(0, n - 1)}…` : s).replace(/\s+/g, ' ');

function readBaseline(path) {
  try {
    const b = JSON.parse(readFileSync(path, 'utf8'));
    if (!Array.isArray(b.figures)) throw new Error('no figures');
    return b;
  } catch (err) {
    throw new UsageProblem(`--baseline ${path}: not an eval JSON file (${err.code ?? err.message})`);
  }
}

function write(path, text) {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, `${text}\n`);
  process.stderr.write(`eval: wrote ${path}\n`);
}

let rev;
/** The checkout's commit, so a saved table says what it measured. */
function revision() {
  if (rev !== undefined) return rev;
  try {
    const head = execFileSync('git', ['-C', ROOT, 'rev-parse', '--short', 'HEAD'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
    const dirty = execFileSync('git', ['-C', ROOT, 'status', '--porcelain', '--', 'src', 'data'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
    rev = `${head}${dirty ? '+changes' : ''}`;
  } catch {
    rev = 'unknown revision';
  }
  return rev;
}

main(process.argv.slice(2)).catch((err) => {
  if (err instanceof UsageProblem) {
    process.stderr.write(`eval: ${err.message}\n`);
    process.exitCode = 2;
  } else {
    process.stderr.write(`eval: ${err.stack ?? err}\n`);
    process.exitCode = 2;
  }
});
