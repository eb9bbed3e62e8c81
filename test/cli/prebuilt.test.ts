// The prebuilt taxonomy (dist/taxonomy.json, written by `npm run build`): the tests read the file the CLI
// reads, and a prebuilt file older than the data (data edited, not rebuilt) is ignored for the data itself.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadPrebuilt, PREBUILT_PATH } from '../../src/taxonomy/prebuilt.js';
import { defaultTaxonomy } from '../../src/taxonomy/taxonomy.js';
import { EXIT } from '../../src/cli/run.js';
import { ROOT } from '../helpers/paths.js';

const copy = mkdtempSync(join(tmpdir(), 'fitcheck-prebuilt-'));
afterAll(() => rmSync(copy, { recursive: true, force: true }));

describe('prebuilt taxonomy', () => {
  it('is the one file the CLI and the tests read, fresh after the build npm test runs first', () => {
    expect(PREBUILT_PATH).toBe(`${ROOT}dist/taxonomy.json`);
    const prebuilt = loadPrebuilt();
    expect(prebuilt, 'dist/taxonomy.json is missing or older than data/: run npm run build').toBeDefined();
    // What the tests use is the prebuilt form, not a fresh compile of the data.
    expect(defaultTaxonomy().byFirstKey.constructor).toBe(prebuilt!.byFirstKey.constructor);
    expect(defaultTaxonomy().byFirstKey.constructor).not.toBe(Map);
  });

  it('is ignored once the data changes after the build: the edited data is read', () => {
    // A copy of the built package, with a skill added to its data and its prebuilt file left as built.
    for (const dir of ['bin', 'dist', 'data', 'jobs', 'examples', 'package.json'])
      cpSync(join(ROOT, dir), join(copy, dir), { recursive: true });
    symlinkSync(join(ROOT, 'node_modules'), join(copy, 'node_modules'));
    const file = join(copy, 'data/skills/languages.json');
    const data = JSON.parse(readFileSync(file, 'utf8'));
    data.skills.push({ name: 'Zorblax', category: 'language', aliases: ['zbx'] });
    writeFileSync(file, JSON.stringify(data));
    writeFileSync(
      join(copy, 'resume.txt'),
      'Ann Lee\nann@example.com\nEngineer, Acme | Jan 2019 - Present\n- Built zbx and Python services\n',
    );
    writeFileSync(join(copy, 'job.txt'), 'Senior Engineer\nRequirements\n- Zorblax and Python\n');
    const r = spawnSync(
      process.execPath,
      [join(copy, 'bin/fitcheck.js'), 'resume.txt', 'job.txt', '--format', 'json', '--as-of', '2026-11-01'],
      {
        cwd: copy,
        encoding: 'utf8',
        timeout: 120_000, // only a hang reaches it
      },
    );
    expect(r.stderr).toBe('');
    expect(r.status).toBe(EXIT.ok);
    const report = JSON.parse(r.stdout);
    expect(report.job.skills).toEqual([
      { skill: 'Zorblax', required: true, mentions: 1, section: 'required' },
      { skill: 'Python', required: true, mentions: 1, section: 'required' },
    ]);
    expect(report.skills.matched.map((m: { skill: string }) => m.skill).sort()).toEqual(['Python', 'Zorblax']);
  });
});
