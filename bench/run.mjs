// `npm run bench`: generates a corpus, measures fitcheck against its targets and prints a table.
// Options: --runs N (single-check repetitions, default 10), --pdfs N (batch size, default 400),
//          --quick (3 runs, 50 PDFs, small scaling sizes), --json FILE (write the raw figures),
//          --only LIST (some of single,batch,real,taxonomy,scaling,lines,startup,same; default all),
//          --baseline DIR (another built checkout, e.g. main: its single checks run in the same loop and its
//          batch beside this one, and its JSON output must be byte-identical: bench/same-output.mjs).
// Every timing is also a ratio to `node -e 0` measured in the same loop; the load average is printed with the
// table, since the machine may be shared.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { corpusPaths, generateCorpus } from './corpus.mjs';
import { available, interleaved, median, perFile, timeNode, timeRun } from './measure.mjs';
import { forbiddenIn, loadedModules, packagesIn } from './modules.mjs';
import { summarize } from './profile.mjs';
import { compareBuilds } from './same-output.mjs';
import { sharedDir } from './shared.mjs';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const BIN = join(ROOT, 'bin/fitcheck.js');
const NODE = process.execPath;
const CORPUS_VERSION = 1;

const argv = process.argv.slice(2);
const flag = (name, fallback) => {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : fallback;
};
const quick = argv.includes('--quick');
const RUNS = Number(flag('--runs', quick ? 3 : 10));
const PDFS = Number(flag('--pdfs', quick ? 50 : 400));
const SCALE_MB = quick ? [1, 3] : [1, 10, 30];
const JSON_OUT = flag('--json');
const BASELINE = flag('--baseline') ? resolve(flag('--baseline')) : null;
const BASE_BIN = BASELINE ? join(BASELINE, 'bin/fitcheck.js') : null;
/** The sections to run (--only), all by default: a busy machine may not have time for the scaling rows. */
const ONLY = flag('--only')?.split(',') ?? null;
const section = (name) => !ONLY || ONLY.includes(name);
/** The real-corpus batch: the livecareer PDFs of the shared corpus, when present. */
const REAL = sharedDir() ? join(sharedDir(), 'corpus/resumes/livecareer') : null;
const REAL_JOB = 'discover-senior-lead-ml-engineer';

const rows = [];
const notes = [];
const figures = {};
const log = (msg) => process.stderr.write(`bench: ${msg}\n`);
const ms = (x) => (x >= 1000 ? `${(x / 1000).toFixed(2)} s` : `${x.toFixed(x < 10 ? 2 : 0)} ms`);
const mb = (bytes) => `${(bytes / 1048576).toFixed(0)} MB`;
// The first line of an error, without the path prefix the CLI puts first (the table names the file).
const firstLine = (s) => (s.trim().split('\n')[0] ?? '').replace(/^fitcheck: \S+: /, '').slice(0, 70);
const load = () =>
  loadavg()
    .map((x) => x.toFixed(2))
    .join(' ');

/** Add a table row; `ratio` and `limit` decide PASS/FAIL when both are numbers. */
function row(measure, value, { baseline = '', ratio = null, target = '', limit = null, status } = {}) {
  const st = status ?? (ratio !== null && limit !== null ? (ratio <= limit ? 'PASS' : 'FAIL') : 'info');
  rows.push([measure, value, baseline, ratio === null ? '' : `${ratio.toFixed(2)}×`, target, st]);
}

async function corpus() {
  const dir = join(ROOT, '.bench', `corpus-v${CORPUS_VERSION}-${PDFS}`);
  const stamp = join(dir, 'complete');
  if (!existsSync(stamp)) {
    log(`generating corpus in ${dir} (${PDFS} two-page PDFs, once)…`);
    rmSync(dir, { recursive: true, force: true });
    const t0 = Date.now();
    await generateCorpus(dir, { pdfCount: PDFS, longPages: 50 });
    writeFileSync(stamp, new Date().toISOString());
    log(`corpus ready in ${ms(Date.now() - t0)}`);
  }
  const paths = corpusPaths(dir);
  return {
    ...paths,
    pdfs: readdirSync(paths.pdfDir)
      .sort()
      .map((f) => join(paths.pdfDir, f)),
  };
}

function singleChecks(c) {
  log(`single checks: ${RUNS} runs each, interleaved with node -e 0${BASELINE ? ' and the baseline' : ''}…`);
  const cases = {
    node: [NODE, ['-e', '0']],
    text: [NODE, [BIN, c.text, c.job]],
    pdf: [NODE, [BIN, c.pdf, c.job]],
    docx: [NODE, [BIN, c.docx, c.job]],
  };
  if (BASE_BIN) for (const k of ['text', 'pdf', 'docx']) cases[`base-${k}`] = [NODE, [BASE_BIN, c[k], c.job]];
  const loadBefore = load();
  const r = interleaved(cases, RUNS);
  figures.single = Object.fromEntries(
    Object.entries(r).map(([k, v]) => [k, { median: v.median, runs: v.runs, code: v.code }]),
  );
  figures.single.load = { before: loadBefore, after: load() };
  const base = r.node.median;
  row(`node -e 0 (median of ${RUNS}; load average ${loadBefore} → ${load()})`, ms(base));
  const check = (name, label, limit) => {
    const v = r[name];
    if (!v) return;
    if (v.code !== 0)
      row(label, '—', { target: limit ? `≤ ${limit}×` : '', status: `SKIP: exit ${v.code}: ${firstLine(v.stderr)}` });
    else
      row(label, ms(v.median), {
        baseline: ms(base),
        ratio: v.median / base,
        target: limit ? `≤ ${limit}×` : '',
        limit,
      });
  };
  check('text', 'text check (resume.txt vs job.txt)', 2.5);
  check('pdf', 'PDF check (two-page resume.pdf)', 4);
  check('docx', 'DOCX check (resume.docx)', 4.5);
  check('base-text', '  baseline: text check', null);
  check('base-pdf', '  baseline: PDF check', null);
  check('base-docx', '  baseline: DOCX check', null);
  const long = timeRun(NODE, [BIN, c.long, c.job]);
  if (long.code !== 0) row('50-page PDF check', '—', { status: `SKIP: exit ${long.code}: ${firstLine(long.stderr)}` });
  else row('50-page PDF check (one run)', ms(long.ms), { baseline: ms(base), ratio: long.ms / base });
  figures.longPdf = long.ms;
}

function hasBatch() {
  try {
    const help = execFileSync(NODE, [BIN, 'batch', '--help'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    return /Usage: fitcheck batch/.test(help);
  } catch {
    return false;
  }
}

async function batch(c) {
  const n = c.pdfs.length;
  let floor = null;
  if (available('pdftotext')) {
    log(`pdftotext once per file over ${n} PDFs…`);
    const seq = await perFile('pdftotext', (f) => ['-q', f, '-'], c.pdfs, 1);
    const par = await perFile('pdftotext', (f) => ['-q', f, '-'], c.pdfs, cpus().length);
    floor = seq.ms;
    figures.pdftotext = { sequentialMs: seq.ms, parallelMs: par.ms, jobs: cpus().length, failed: seq.failed };
    row(`pdftotext × ${n}, one process per file`, ms(seq.ms), {
      baseline: `${(n / (seq.ms / 1000)).toFixed(0)} files/s`,
    });
    row(`pdftotext × ${n}, ${cpus().length} at a time`, ms(par.ms), {
      baseline: `${(n / (par.ms / 1000)).toFixed(0)} files/s`,
    });
  } else {
    row(`pdftotext × ${n}`, '—', { status: 'SKIP: pdftotext not installed (apt-get install poppler-utils)' });
  }
  const floor2 = inProcess('inprocess.mjs', ['pdf', c.pdfDir]);
  figures.pdfParse = floor2;
  if (floor2.error) row('pdf-parse in one Node thread', '—', { status: `SKIP: ${floor2.error}` });
  else {
    row('pdf-parse: import + first PDF (cold)', ms(floor2.importMs + floor2.firstMs), {
      baseline: `import ${ms(floor2.importMs)}`,
    });
    row(`pdf-parse: warm, one thread, × ${floor2.files}`, `${ms(floor2.warmMs)}/file`, {
      baseline: `${(1000 / floor2.warmMs).toFixed(0)} files/s`,
    });
  }
  if (!hasBatch()) {
    row(`fitcheck batch × ${n} PDFs`, '—', {
      target: '≤ 1.0× pdftotext',
      status: 'SKIP: no `fitcheck batch` command in this build',
    });
    row('batch peak memory (RSS)', '—', { target: '≤ 300 MB', status: 'SKIP: no batch command' });
    return;
  }
  log(`fitcheck batch over ${n} PDFs…`);
  const runs = [];
  for (let i = 0; i < 2; i++) runs.push(timeNode(BIN, ['batch', c.job, c.pdfDir]));
  const best = runs.reduce((a, b) => (b.ms < a.ms ? b : a));
  const peak = Math.max(...runs.map((r) => r.peakBytes ?? 0));
  figures.batch = { runs: runs.map((r) => ({ ms: r.ms, code: r.code, peakBytes: r.peakBytes })) };
  if (best.code !== 0) {
    row(`fitcheck batch × ${n} PDFs`, '—', { status: `FAIL: exit ${best.code}: ${firstLine(best.stderr)}` });
    return;
  }
  const rate = `${(n / (best.ms / 1000)).toFixed(0)} files/s`;
  if (floor)
    row(`fitcheck batch × ${n} PDFs (best of 2)`, `${ms(best.ms)}, ${rate}`, {
      baseline: ms(floor),
      ratio: best.ms / floor,
      target: '≤ 1.0× pdftotext',
      limit: 1,
    });
  else
    row(`fitcheck batch × ${n} PDFs (best of 2)`, `${ms(best.ms)}, ${rate}`, {
      status: 'info (no pdftotext to compare)',
    });
  row('batch peak memory (RSS)', peak ? mb(peak) : '—', {
    target: '≤ 300 MB',
    status: peak ? (peak <= 300 * 1048576 ? 'PASS' : 'FAIL') : 'SKIP: not measured',
  });
}

/** The real-corpus batch: every livecareer PDF against one bundled job, at the default concurrency and at 1 and 2. */
function realBatch() {
  const label = 'batch, real corpus';
  if (!REAL || !existsSync(REAL))
    return row(label, '—', { target: '≥ 80 files/s', status: 'SKIP: no shared corpus (see bench/shared.mjs)' });
  const n = readdirSync(REAL, { recursive: true }).filter((f) => String(f).toLowerCase().endsWith('.pdf')).length;
  const variants = quick
    ? [['default', []]]
    : [
        ['default', []],
        ['--concurrency 1', ['--concurrency', '1']],
        ['--concurrency 2', ['--concurrency', '2']],
      ];
  const bins = BASE_BIN
    ? [
        ['', BIN],
        ['  baseline: ', BASE_BIN],
      ]
    : [['', BIN]];
  figures.realBatch = { files: n, load: load(), runs: {} };
  for (const [prefix, bin] of bins) {
    for (const [name, extra] of variants) {
      if (prefix && name !== 'default') continue;
      log(`${prefix.trim()} batch over the real corpus (${n} PDFs, ${name})…`);
      const runs = Array.from({ length: quick ? 1 : 2 }, () =>
        timeNode(bin, ['batch', REAL_JOB, REAL, '-q', '-f', 'json', ...extra]),
      );
      const best = runs.reduce((a, b) => (b.ms < a.ms ? b : a));
      const peak = Math.max(...runs.map((r) => r.peakBytes ?? 0));
      figures.realBatch.runs[`${prefix}${name}`] = runs.map((r) => ({
        ms: r.ms,
        code: r.code,
        peakBytes: r.peakBytes,
      }));
      if (best.code !== 0) {
        row(`${prefix}${label} × ${n} PDFs, ${name}`, '—', {
          status: `FAIL: exit ${best.code}: ${firstLine(best.stderr)}`,
        });
        continue;
      }
      const rate = n / (best.ms / 1000);
      const main = !prefix && name === 'default';
      row(
        `${prefix}${label} × ${n} PDFs, ${name} (best of ${runs.length}, load ${load()})`,
        `${rate.toFixed(0)} files/s`,
        {
          baseline: ms(best.ms),
          target: main ? '≥ 80 files/s' : '',
          status: main ? (rate >= 80 ? 'PASS' : 'FAIL') : 'info',
        },
      );
      row(`${prefix}  peak memory (RSS), ${name}`, peak ? mb(peak) : '—', {
        target: main ? '≤ 250 MB' : '',
        status: main ? (peak && peak <= 250 * 1048576 ? 'PASS' : 'FAIL') : 'info',
      });
    }
  }
}

function inProcess(script, args) {
  const out = execFileSync(NODE, [join(ROOT, 'bench', script), ...args], { encoding: 'utf8', maxBuffer: 16 << 20 });
  return JSON.parse(out.trim().split('\n').pop());
}

function taxonomyAndExtraction() {
  log('taxonomy load and extraction…');
  const loads = Array.from({ length: 5 }, () => inProcess('inprocess.mjs', ['taxonomy']));
  if (loads[0].error) row('taxonomy load', '—', { status: `SKIP: ${loads[0].error}` });
  else {
    const load = median(loads.map((l) => l.loadMs));
    const imp = median(loads.map((l) => l.importMs));
    figures.taxonomy = { loadMs: load, importMs: imp, skills: loads[0].skills };
    row(`taxonomy load + compile (${loads[0].skills} skills, cold, median of 5)`, ms(load), {
      baseline: `module import ${ms(imp)}`,
      target: 'a few ms',
      status: load <= 5 ? 'PASS' : 'FAIL',
    });
  }
  const ex = inProcess('inprocess.mjs', ['extract', '200']);
  figures.extract = ex;
  if (ex.error) return row('extraction per document', '—', { status: `SKIP: ${ex.error}` });
  if (ex.skillMs !== null)
    row(`skill extraction per resume (${ex.avgBytes} B, warm)`, ms(ex.skillMs), {
      target: 'a few ms',
      status: ex.skillMs <= 5 ? 'PASS' : 'FAIL',
    });
  row('resume analysis per resume (warm)', ms(ex.analyzeMs), {
    target: 'a few ms',
    status: ex.analyzeMs <= 5 ? 'PASS' : 'FAIL',
  });
  row('checkFit per resume, job re-analysed (warm)', ms(ex.checkMs));
}

function scaling() {
  log(`large inputs: ${SCALE_MB.join(', ')} MB through checkFit…`);
  const results = SCALE_MB.map((size) => inProcess('inprocess.mjs', ['scale', String(size)]));
  figures.scale = results;
  for (const r of results) {
    if (r.error) row(`checkFit on a large resume`, '—', { status: `FAIL: ${r.error}` });
    else
      row(`checkFit, ${r.mb} MB resume (${r.lines} lines)`, ms(r.ms), {
        baseline: `${ms(r.msPerMB)}/MB`,
        target: `peak ${mb(r.peakRSS)}`,
      });
  }
  const ok = results.filter((r) => !r.error);
  if (ok.length >= 2) {
    const [small, large] = [ok[ok.length - 2], ok[ok.length - 1]];
    row(`cost per MB, ${large.mb} MB vs ${small.mb} MB`, '', {
      ratio: large.msPerMB / small.msPerMB,
      target: '≤ 1.5× (linear)',
      limit: 1.5,
    });
  }
}

function pathologicalLines() {
  log('single huge lines (regex backtracking)…');
  const [small, large] = [256, 1024].map((kb) => inProcess('inprocess.mjs', ['lines', String(kb)]));
  figures.lines = { small, large };
  if (small.error || large.error) return row('one huge line', '—', { status: `FAIL: ${small.error ?? large.error}` });
  const shapes = Object.keys(large.shapes).length;
  row(`one 1 MB line, worst of ${shapes} shapes (${large.worst})`, ms(large.ms), {
    target: '≤ 1 s',
    status: large.ms <= 1000 ? 'PASS' : 'FAIL',
  });
  // Ratios of times of a few ms are noise; shapes that stay under 50 ms at 1 MB are fine whatever their ratio.
  const slow = Object.keys(large.shapes).filter((k) => large.shapes[k] >= 50);
  const growth = Math.max(1, ...slow.map((k) => large.shapes[k] / Math.max(small.shapes[k], 1)));
  row(`  worst growth, 1 MB vs 256 KB line (4× input, ${slow.length} shapes ≥ 50 ms)`, '', {
    ratio: growth,
    target: '≤ 8× (linear ≈ 4×)',
    limit: 8,
  });
}

function startup(c) {
  log('startup: modules loaded and CPU profile of a text check…');
  const traced = loadedModules(BIN, [c.text, c.job]);
  const bad = forbiddenIn(traced.files);
  figures.startupModules = { files: traced.files.length, packages: packagesIn(traced.files), forbidden: bad };
  row(
    'text check loads no pdf-parse/mammoth/natural index/db driver',
    bad.length ? bad.join(', ') : `none (${traced.files.length} files)`,
    { status: traced.code !== 0 ? `FAIL: exit ${traced.code}` : bad.length ? 'FAIL' : 'PASS' },
  );
  notes.push(
    `text check loads: ${packagesIn(traced.files)
      .map(([p, n]) => `${p} (${n})`)
      .join(', ')}`,
  );
  const phases = Array.from({ length: 5 }, () => inProcess('inprocess.mjs', ['phases', c.text, c.job]));
  const m = (k) => median(phases.map((p) => p[k]));
  figures.startupPhases = { bootMs: m('bootMs'), importMs: m('importMs'), runMs: m('runMs') };
  notes.push(
    `text check phases (median of 5): Node boot ${ms(m('bootMs'))}, importing fitcheck's modules ${ms(m('importMs'))}, the check itself ${ms(m('runMs'))}`,
  );
  const dir = mkdtempSync(join(tmpdir(), 'fitcheck-prof-'));
  try {
    execFileSync(NODE, ['--cpu-prof', '--cpu-prof-dir', dir, BIN, c.text, c.job], { stdio: 'ignore' });
    const file = readdirSync(dir).find((f) => f.endsWith('.cpuprofile'));
    const s = summarize(join(dir, file));
    figures.startupProfile = { totalMs: s.totalMs, places: s.places.slice(0, 10) };
    notes.push(
      `text check CPU profile (${ms(s.totalMs)} after V8 start), self time by place: ` +
        s.places
          .slice(0, 8)
          .map(([p, t]) => `${p} ${ms(t)}`)
          .join(', '),
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function printTable() {
  const head = ['measure', 'value', 'baseline', 'ratio', 'target', 'status'];
  const all = [head, ...rows];
  const widths = head.map((_, i) => Math.max(...all.map((r) => String(r[i]).length)));
  const line = (r) =>
    r
      .map((cell, i) => String(cell).padEnd(widths[i]))
      .join('  ')
      .trimEnd();
  const out = [line(head), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)];
  process.stdout.write(
    `\nfitcheck bench — node ${process.version}, ${cpus().length} CPUs (${cpus()[0]?.model ?? '?'}), ${mb(totalmem())} RAM, ${new Date().toISOString()}, load average now ${load()}\n\n`,
  );
  process.stdout.write(out.join('\n') + '\n\n' + notes.map((n) => `- ${n}`).join('\n') + '\n');
}

if (!existsSync(join(ROOT, 'dist/cli/run.js'))) {
  console.error('bench: dist/ is missing; run `npm run build` first (npm run bench does)');
  process.exit(2);
}
const c = await corpus();
if (section('single')) singleChecks(c);
if (section('batch')) await batch(c);
if (section('real')) realBatch();
if (section('taxonomy')) taxonomyAndExtraction();
if (section('scaling')) scaling();
if (section('lines')) pathologicalLines();
if (section('startup')) startup(c);
if (BASELINE && section('same')) {
  log(`JSON output against the baseline ${BASELINE} (bench/same-output.mjs)…`);
  const same = compareBuilds(BASELINE);
  figures.sameOutput = same;
  for (const d of same.differences.slice(0, 10)) notes.push(`output differs: ${d}`);
  row(
    `JSON byte-identical to the baseline (${same.cases} cases: ${same.singles.length} resumes × bundled jobs, batch over ${same.batchFiles} files)`,
    `${same.differences.length} differ`,
    { status: same.differences.length ? 'FAIL' : 'PASS' },
  );
}
printTable();
if (JSON_OUT)
  writeFileSync(
    JSON_OUT,
    JSON.stringify(
      { date: new Date().toISOString(), node: process.version, cpus: cpus().length, rows, notes, figures },
      null,
      2,
    ),
  );
