// The eval's command line: `npm run eval -- [options]`.
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

/** Sets in the order they run and print. */
export const SETS = ['dataturks', 'livecareer', 'gold', 'linkedin', 'glassdoor', 'skillspan', 'titles'];
/** The reference date "Present" means unless --as-of says otherwise: fixed, so runs compare. */
export const DEFAULT_AS_OF = '2026-12-01';

export const USAGE = `usage: npm run eval -- [options]
  --corpus DIR      labelled corpus (default: the nearest shared/corpus beside the repository or above it)
  --data DIR        reference data with gold resumes (default: the nearest shared/data)
  --only SET,...    run only these sets: ${SETS.join(', ')}
  --as-of DATE      the date "Present" means, YYYY-MM-DD (default ${DEFAULT_AS_OF})
  --json FILE       write the figures as JSON (aggregate figures only, no document text)
  --baseline FILE   print each figure beside the one saved in FILE (from --json) with its change
  --misses ID,...   list the misses of these figures (document id, expected, read) on stdout
  --details FILE    write per-document results as JSON (corpus text: outside the repository only)
  --threads N       worker threads (default: the machine's cores)
  --no-pdftotext    skip the page-text oracle even when pdftotext is installed
  --help            this text`;

/** A usage problem: one line on stderr, exit 2. */
export class UsageProblem extends Error {}

/** Parse argv into options; throws UsageProblem. */
export function parseArgs(argv, root) {
  const o = { only: SETS, misses: [], asOf: DEFAULT_AS_OF, pdftotext: true, threads: null };
  const value = (i, name) => {
    if (i + 1 >= argv.length || argv[i + 1].startsWith('--')) throw new UsageProblem(`${name} needs a value`);
    return argv[i + 1];
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--help' || a === '-h') o.help = true;
    else if (a === '--no-pdftotext') o.pdftotext = false;
    else if (['--corpus', '--data', '--json', '--baseline', '--details'].includes(a))
      o[a.slice(2)] = resolve(value(i++, a));
    else if (a === '--only') o.only = list(value(i++, a));
    else if (a === '--misses') o.misses.push(...list(value(i++, a)));
    else if (a === '--as-of') o.asOf = value(i++, a);
    else if (a === '--threads') o.threads = Number(value(i++, a));
    else throw new UsageProblem(`unknown option ${a}`);
  }
  const unknown = o.only.filter((s) => !SETS.includes(s));
  if (unknown.length) throw new UsageProblem(`unknown set ${unknown.join(', ')} (sets: ${SETS.join(', ')})`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(o.asOf) || Number.isNaN(Date.parse(`${o.asOf}T00:00:00Z`)))
    throw new UsageProblem(`--as-of wants YYYY-MM-DD, not ${o.asOf}`);
  if (o.threads !== null && !(Number.isInteger(o.threads) && o.threads > 0))
    throw new UsageProblem('--threads wants a whole number above 0');
  const stray = o.misses.filter((id) => !o.only.some((s) => id.startsWith(`${s}.`)));
  if (stray.length)
    throw new UsageProblem(
      `--misses ${stray.join(', ')}: figure ids start with a set that runs (${o.only.join(', ')})`,
    );
  if (o.details && inside(o.details, root))
    throw new UsageProblem('--details holds corpus text: write it outside the repository');
  o.corpus ??= nearest(root, 'corpus');
  o.data ??= nearest(root, 'data');
  return o;
}

const list = (s) =>
  s
    .split(',')
    .map((x) => x.trim())
    .filter(Boolean);
const inside = (path, root) => resolve(path).startsWith(resolve(root) + '/');

/** The nearest `shared/<name>` beside the repository or in a folder above it; the usual path when none exists. */
function nearest(root, name) {
  for (let dir = dirname(resolve(root)); ; dir = dirname(dir)) {
    const candidate = join(dir, 'shared', name);
    if (existsSync(candidate)) return candidate;
    if (dirname(dir) === dir) return join(dirname(resolve(root)), 'shared', name);
  }
}
