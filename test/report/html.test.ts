// The HTML reports: self-contained, escaped, readable without JavaScript; in a real browser (Debian's chromium,
// headless) where one is installed, else those cases skip.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { htmlBatchReport } from '../../src/batch/report/html.js';
import { rankRows, rowOf } from '../../src/batch/row.js';
import { checkFit } from '../../src/check.js';
import { EXIT, run } from '../../src/cli/run.js';
import { escapeHtml } from '../../src/report/html-page.js';
import { htmlReport } from '../../src/report/html.js';
import { memoryIO } from '../helpers/io.js';
import { example, job, read } from '../helpers/paths.js';

const AS_OF = { asOf: new Date('2026-11-01T00:00:00Z') };
const POSTING = read(job('discover-senior-lead-ml-engineer'));
// A hostile resume: markup in the name line, a bullet and a skill line.
const HOSTILE = `Eve <script>window.__pwned=1</script> Example
eve@example.com
Experience
Machine Learning Engineer, Acme — Jan 2018 – Present
- Built Python and AWS pipelines <img src=x onerror="window.__pwned=2">
- Led a team of 4 "engineers" & analysts
Skills: Python, Scala, AWS, Machine Learning, Big Data
Education
MSc Computer Science`;

const single = () => htmlReport(checkFit(HOSTILE, POSTING, AS_OF));
const batchPage = () => {
  const rows = [
    rowOf('cands/eve.txt', 'job.txt', checkFit(HOSTILE, POSTING, AS_OF), true),
    rowOf('cands/priya.md', 'job.txt', checkFit(read(example('ml-engineer-strong.md')), POSTING, AS_OF), true),
    rowOf(
      'cands/jordan.txt',
      'job.txt',
      checkFit(read(example('frontend-developer-junior.txt')), POSTING, AS_OF),
      true,
    ),
  ];
  return htmlBatchReport(rankRows(rows), { color: false, asOf: '2026-11-01' });
};

/** The one script of a page, and whether the page's policy lets exactly it run. */
function scriptAndPolicy(page: string) {
  const scripts = [...page.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
  const csp = (page.match(/http-equiv="Content-Security-Policy" content="([^"]+)"/)?.[1] ?? '').replace(/&#39;/g, "'");
  return { scripts, csp };
}

describe('HTML report (single check)', () => {
  it('escapes every piece of document text and runs only its own script', () => {
    const page = single();
    expect(page).not.toMatch(/<script>window/);
    expect(page).not.toMatch(/<img/);
    expect(page).toContain('&lt;img src=x onerror=&quot;window.__pwned=2&quot;&gt;');
    const { scripts, csp } = scriptAndPolicy(page);
    expect(scripts).toHaveLength(1);
    expect(csp).toContain(`'sha256-${createHash('sha256').update(scripts[0]).digest('base64')}'`);
    expect(csp).toMatch(/default-src 'none'/);
  });

  it('is self-contained: no link, script, font or image from anywhere', () => {
    const page = single();
    expect(page).not.toMatch(/\b(src|href)="(?!#)/);
    expect(page).not.toMatch(/@import|url\(|@font-face/);
    expect(page).toMatch(/<meta name="viewport" content="width=device-width/);
    expect(page).toMatch(/@media print/);
  });

  it('has the score with its band in words, knock-outs with both lines, skills with evidence on expand, background, advice, coverage', () => {
    const page = htmlReport(checkFit(read(example('frontend-developer-junior.txt')), POSTING, AS_OF));
    expect(page).toMatch(/aria-label="Score \d+ of 100, knocked out"/);
    expect(page).toContain('✖ KNOCKED OUT');
    expect(page).toMatch(/<div class="ko hit">[\s\S]*?posting line \d+[\s\S]*?resume line \d+/);
    expect(page).toMatch(/<td data-label="">required<\/td><td data-label=""><span class="tag bad">✖ missing<\/span>/);
    expect(page).toMatch(/<h2>Background<\/h2>/);
    expect(page).toMatch(/<h2>What to do<\/h2><p class="muted">Most costly gap first.<\/p><ol class="todo"><li>/);
    expect(page).toMatch(/Keyword coverage/);
    const strong = htmlReport(checkFit(read(example('ml-engineer-strong.md')), POSTING, AS_OF));
    expect(strong).toMatch(
      /<span class="tag ok">✔ shown<\/span><\/td><td class="block" data-label=""><details><summary>line \d+/,
    );
  });

  it('is a format of the check command', async () => {
    const io = memoryIO();
    expect(await run([example('ml-engineer-strong.md'), 'discover-senior-lead-ml-engineer', '-f', 'html'], io)).toBe(
      EXIT.ok,
    );
    expect(io.out()).toMatch(/^<!doctype html>\n<html lang="en">[\s\S]*<\/html>\n$/);
  });
});

describe('HTML report (batch)', () => {
  it('ranks the candidates, links each row to its report, and lists knocked-out ones last', () => {
    const page = batchPage();
    const rows = [...page.matchAll(/<tr data-ko="(\d)">[\s\S]*?<a href="#(c\d+)">([^<]*)<\/a>/g)];
    expect(rows).toHaveLength(3);
    expect(rows.map((r) => r[1])).toEqual([...rows.map((r) => r[1])].sort());
    for (const [, , id] of rows) expect(page).toContain(`<section class="candidate" id="${id}">`);
    expect(page).not.toMatch(/<script>window|<img/);
    const { scripts, csp } = scriptAndPolicy(page);
    expect(csp).toContain(`'sha256-${createHash('sha256').update(scripts[0]).digest('base64')}'`);
    // The filter controls are hidden until the script shows them: without JavaScript the page is a ranked list.
    expect(page).toMatch(/<div class="controls noprint" id="controls" hidden>/);
  });

  it('is a format of fitcheck batch, with error rows listed apart', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'fitcheck-html-'));
    try {
      writeFileSync(join(dir, 'a.md'), read(example('ml-engineer-strong.md')));
      writeFileSync(join(dir, 'empty.txt'), '');
      const io = memoryIO();
      const code = await run(
        ['batch', 'discover-senior-lead-ml-engineer', dir, '-f', 'html', '--concurrency', '1'],
        io,
      );
      expect(code).toBe(EXIT.ok);
      expect(io.out()).toMatch(/<h2>Not scored<\/h2><ul><li><strong>empty\.txt<\/strong>: the file is empty<\/li>/);
      expect(io.out()).toMatch(/<a href="#c0">Priya Raman<\/a>/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('escapes text for attributes too', () => expect(escapeHtml(`a"b'c<&>`)).toBe('a&quot;b&#39;c&lt;&amp;&gt;'));
});

// Debian's chromium, headless; CHROMIUM names another binary. Absent on a fresh CI machine: these cases skip.
const CHROMIUM = [process.env.CHROMIUM, '/usr/bin/chromium', '/usr/bin/chromium-browser'].find(
  (p): p is string => !!p && existsSync(p),
);

describe.skipIf(!CHROMIUM)('HTML reports in headless chromium', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'fitcheck-chromium-'));
    mkdirSync(join(dir, 'profile'));
    writeFileSync(join(dir, 'single.html'), single());
    writeFileSync(join(dir, 'batch.html'), batchPage());
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const chromium = (...args: string[]) =>
    spawnSync(
      CHROMIUM!,
      ['--headless=new', '--no-sandbox', '--disable-gpu', `--user-data-dir=${join(dir, 'profile')}`, ...args],
      { encoding: 'utf8', timeout: 120_000, maxBuffer: 64 * 1024 * 1024 },
    );

  it('draws both pages at phone and desktop width (screenshots beside the pages)', () => {
    for (const name of ['single', 'batch'])
      for (const width of [390, 1280]) {
        const png = join(dir, `${name}-${width}.png`);
        chromium(
          '--hide-scrollbars',
          `--window-size=${width},1600`,
          `--screenshot=${png}`,
          `file://${dir}/${name}.html`,
        );
        expect(existsSync(png), png).toBe(true);
        const bytes = readFileSync(png);
        expect(bytes.subarray(1, 4).toString()).toBe('PNG');
        expect(bytes.readUInt32BE(16)).toBe(width);
        // A blank page compresses to a few kilobytes; a drawn report does not.
        expect(statSync(png).size).toBeGreaterThan(20_000);
        // FITCHECK_SCREENSHOTS=dir keeps them, to look at.
        if (process.env.FITCHECK_SCREENSHOTS)
          copyFileSync(png, join(process.env.FITCHECK_SCREENSHOTS, `${name}-${width}.png`));
      }
  });

  it('runs the page script (controls shown, sortable headers) and never the document text', () => {
    const dom = chromium('--dump-dom', `file://${dir}/batch.html`).stdout;
    expect(dom).toMatch(/<div class="controls noprint" id="controls">/);
    expect(dom).toMatch(/<th [^>]*aria-sort="none"[^>]*><button type="button">Score<\/button>/);
    expect(dom).toMatch(/3 of 3 shown/);
    expect(dom).not.toMatch(/<img/);
    const plain = chromium('--dump-dom', `file://${dir}/single.html`).stdout;
    expect(plain).toContain('&lt;img src=x');
    expect(plain).not.toMatch(/<img/);
  });

  it('reads without JavaScript: the ranking is there, the controls stay hidden', () => {
    // --dump-dom needs scripts on, so the page's own script is taken out instead.
    const page = readFileSync(join(dir, 'batch.html'), 'utf8').replace(/<script>[\s\S]*?<\/script>/, '');
    writeFileSync(join(dir, 'nojs.html'), page);
    const dom = chromium('--dump-dom', `file://${dir}/nojs.html`).stdout;
    expect(dom).toMatch(/<div class="controls noprint" id="controls" hidden="">/);
    expect(dom).toMatch(/<a href="#c0">/);
  });
});
