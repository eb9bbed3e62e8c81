// The stages' folders are a promise: load → analyze → score → report. Each stage imports (as values) only
// from the stages before it and its own folder, so score/ and report/ never read document text, and a
// reader never reaches into a judge or a reporter. Type-only imports may cross (they leave no code).
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/paths.js';

const SRC = join(ROOT, 'src');
const files = (readdirSync(SRC, { recursive: true, encoding: 'utf8' }) as string[]).filter(
  (f) => f.endsWith('.ts') && !f.endsWith('.d.ts'),
);

/** The stage a source file belongs to: its first folder under src/, or the file itself for top-level modules. */
const stageOf = (file: string) => (file.includes('/') ? file.split('/')[0] : file.replace(/\.ts$/, ''));

// What each stage may import as values. `score/weights` is the one score module a reader may use: the
// section weights a posting's reader records on each skill are scoring constants kept in one place.
const ALLOWED: Record<string, string[]> = {
  lexicon: ['lexicon', 'paths', 'types'],
  taxonomy: ['taxonomy', 'paths', 'types'],
  load: ['load', 'errors', 'paths', 'types'],
  analyze: ['analyze', 'lexicon', 'taxonomy', 'types', 'paths', 'score/weights'],
  score: ['score', 'taxonomy', 'types'],
  report: ['report', 'score', 'types'],
};

/** Value imports of a file (static and dynamic), as paths under src/ without extension. */
function valueImports(file: string): string[] {
  const text = readFileSync(join(SRC, file), 'utf8');
  const found: string[] = [];
  for (const m of text.matchAll(/^\s*(import|export)\s+(type\s+)?[^'";]*?from\s+'(\.[^']+)'|import\('(\.[^']+)'\)/gm)) {
    const spec = m[3] ?? m[4];
    if (m[2]) continue; // import type / export type
    found.push(relative(SRC, normalize(join(dirname(join(SRC, file)), spec))).replace(/\.js$/, ''));
  }
  return found;
}

const allowed = (stage: string, target: string) =>
  ALLOWED[stage].some((a) => (a.includes('/') ? target === a : stageOf(target + '.ts') === a || target === a));

describe('layering: the folders show the pipeline', () => {
  it('finds the stages as folders', () => {
    for (const stage of Object.keys(ALLOWED))
      expect(
        files.some((f) => f.startsWith(`${stage}/`)),
        stage,
      ).toBe(true);
    for (const reader of ['analyze/text/', 'analyze/job/', 'analyze/resume/'])
      expect(
        files.some((f) => f.startsWith(reader)),
        reader,
      ).toBe(true);
  });

  it('imports values only from earlier stages', () => {
    const bad: string[] = [];
    for (const file of files) {
      const stage = stageOf(file);
      if (!ALLOWED[stage]) continue;
      for (const target of valueImports(file)) if (!allowed(stage, target)) bad.push(`${file} → ${target}`);
    }
    expect(bad).toEqual([]);
  });

  it('score/ and report/ import nothing that reads text, not even its types from analyze/ internals', () => {
    const bad = files
      .filter((f) => f.startsWith('score/') || f.startsWith('report/'))
      .flatMap((f) =>
        [...readFileSync(join(SRC, f), 'utf8').matchAll(/from '(\.[^']*\/(?:analyze|load)\/[^']*)'/g)].map(
          (m) => `${f} → ${m[1]}`,
        ),
      );
    expect(bad).toEqual([]);
  });

  it('would catch a reporter reaching into a reader', () => {
    expect(allowed('report', 'analyze/text/skills')).toBe(false);
    expect(allowed('score', 'analyze/resume/leadership')).toBe(false);
    expect(allowed('analyze', 'score/knockouts')).toBe(false);
    expect(allowed('analyze', 'score/weights')).toBe(true);
  });
});
