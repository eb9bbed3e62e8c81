// Page text from pdftotext -layout (poppler), the oracle of what a PDF shows; cached outside the
// repository under the system's temporary folder, keyed by the file's hash and the tool's version.
import { execFile, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Where page text is cached: never inside the repository (it is corpus text). */
export const CACHE_DIR = join(tmpdir(), 'fitcheck-eval-cache', 'pdftotext-layout');

let version;
/** True when pdftotext runs here. */
export function pdftotextAvailable() {
  const r = spawnSync('pdftotext', ['-v'], { encoding: 'utf8' });
  if (r.error || r.status !== 0) return false;
  version = /pdftotext version (\S+)/.exec(`${r.stderr}${r.stdout}`)?.[1] ?? 'unknown';
  return true;
}

/** Page text of every PDF (null where pdftotext failed), `concurrency` processes at a time. */
export async function pageTexts(paths, concurrency) {
  mkdirSync(CACHE_DIR, { recursive: true });
  const out = new Array(paths.length).fill(null);
  let next = 0;
  const one = async () => {
    for (let i; (i = next++) < paths.length;) out[i] = await pageText(paths[i]);
  };
  await Promise.all(Array.from({ length: Math.max(1, concurrency) }, one));
  return out;
}

async function pageText(path) {
  const key = createHash('sha1').update(readFileSync(path)).update(`\0${version}`).digest('hex');
  const cached = join(CACHE_DIR, `${key}.txt`);
  if (existsSync(cached)) return readFileSync(cached, 'utf8');
  const text = await new Promise((res) =>
    execFile('pdftotext', ['-layout', '-q', path, '-'], { maxBuffer: 64 << 20 }, (err, stdout) =>
      res(err ? null : stdout),
    ),
  );
  if (text !== null) writeFileSync(cached, text);
  return text;
}
