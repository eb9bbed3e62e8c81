import { describe, expect, it } from 'vitest';
import { EXIT, run } from '../../src/cli/run.js';
import { detectKind } from '../../src/cli/doc-kind.js';
import { memoryIO } from '../helpers/io.js';
import { example, job, read } from '../helpers/paths.js';

const strong = example('ml-engineer-strong.md');
const seed = job('discover-senior-lead-ml-engineer');

async function inspect(argv: string[], env: Record<string, string> = {}) {
  const io = memoryIO({ env });
  const code = await run(['inspect', ...argv], io);
  return { code, out: io.out(), err: io.err() };
}

describe('fitcheck inspect', () => {
  it('tells a posting from a resume', () => {
    expect(detectKind(read(strong))).toBe('resume');
    expect(detectKind(read(example('frontend-developer-junior.txt')))).toBe('resume');
    for (const name of [
      'discover-senior-lead-ml-engineer',
      'discover-senior-manager-machine-learning',
      'senior-lead-ml-engineer-role-overview',
      'senior-ml-engineer-job-profile',
    ]) {
      expect(detectKind(read(job(name)))).toBe('job');
    }
  });

  it('prints one JSON object for one file: the job profile with required skills and evidence', async () => {
    const r = await inspect([seed, '--format', 'json']);
    expect(r.code).toBe(EXIT.ok);
    const o = JSON.parse(r.out);
    expect(o.kind).toBe('job');
    expect(o.path).toBe(seed);
    expect(o.title).toBe('Senior Lead Machine Learning Engineer');
    const python = o.skills.find((s: { skill: string }) => s.skill === 'Python');
    expect(python.required).toBe(true);
    expect(python.evidence[0]).toEqual(expect.objectContaining({ line: expect.any(Number), match: 'Python' }));
    // Each skill carries its stable id, and its ESCO and O*NET identifiers where the sources have the skill.
    expect(python.id).toBe('python');
    expect(python.esco).toMatch(/^http:\/\/data\.europa\.eu\/esco\/skill\//);
    expect(python.onet).toMatch(/^\d{8}$/);
    for (const s of o.skills) expect(s.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    expect(o.experience.requiredYears).toBe(8);
    expect(o.knockouts.length).toBeGreaterThan(0);
  });

  it('prints a resume profile without its internal lines', async () => {
    const r = await inspect([strong, '--format', 'json', '--as-of', '2026-11-01']);
    const o = JSON.parse(r.out);
    expect(o.kind).toBe('resume');
    expect(o.name).toBe('Priya Raman');
    expect(o.lines).toBeUndefined();
    expect(o.skills.map((s: { skill: string }) => s.skill)).toEqual(
      expect.arrayContaining(['Python', 'PyTorch', 'Kubernetes', 'SageMaker', 'Responsible AI', 'Explainable AI']),
    );
    expect(o.roles.length).toBe(3);
  });

  it('prints one JSON line per file, in order, with path and kind; --as overrides detection', async () => {
    const r = await inspect([strong, seed, '--format', 'jsonl', '--as-of', '2026-11-01']);
    const rows = r.out
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(rows.map((x) => [x.path, x.kind])).toEqual([
      [strong, 'resume'],
      [seed, 'job'],
    ]);
    const forced = await inspect([strong, '--as', 'job', '--format', 'jsonl']);
    expect(JSON.parse(forced.out).kind).toBe('job');
  });

  it('shows people the skills by category with the matched words highlighted', async () => {
    const plain = await inspect([strong, '--as-of', '2026-11-01']);
    expect(plain.out).toMatch(/resume, markdown/);
    expect(plain.out).toMatch(/^ {2}ml \(\d+\)$/m);
    expect(plain.out).toMatch(/line 15: .*SageMaker/);
    expect(plain.out).not.toMatch(/\u001b\[/);
    const coloured = await inspect([strong, '--as-of', '2026-11-01'], { FORCE_COLOR: '1' });
    expect(coloured.out).toMatch(/\u001b\[1m\u001b\[33mAWS SageMaker/);
  });

  it('accepts a bundled job name and fails cleanly on a missing file', async () => {
    expect((await inspect(['discover-senior-lead-ml-engineer', '--format', 'json'])).code).toBe(EXIT.ok);
    const bad = await inspect(['nope.txt']);
    expect(bad.code).toBe(EXIT.error);
    expect(bad.out).toBe('');
    expect(bad.err).toBe('fitcheck: nope.txt: no such file\n');
    expect((await inspect([strong, '--as', 'cv'])).code).toBe(EXIT.error);
  });

  it('reports a failed file of several in its place and goes on; exit 2 only when none was read', async () => {
    const text = await inspect([seed, 'nope.txt', strong, '--as-of', '2026-11-01']);
    expect(text.code).toBe(EXIT.ok);
    expect(text.err).toBe('fitcheck: nope.txt: no such file\n');
    const at = (s: string) => text.out.indexOf(s);
    expect(at('nope.txt  error: nope.txt: no such file')).toBeGreaterThan(at(seed));
    expect(at(strong)).toBeGreaterThan(at('nope.txt  error'));
    const rows = (await inspect([seed, 'nope.txt', '--format', 'jsonl'])).out
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(rows.map((x) => [x.path, x.kind, x.error])).toEqual([
      [seed, 'job', undefined],
      ['nope.txt', null, 'nope.txt: no such file'],
    ]);
    const json = JSON.parse((await inspect(['nope.txt', seed, '--format', 'json'])).out);
    expect(json.map((x: { kind: string | null }) => x.kind)).toEqual([null, 'job']);
    const none = await inspect(['nope.txt', 'gone.md']);
    expect(none.code).toBe(EXIT.error);
    expect(none.err.trim().split('\n')).toHaveLength(2);
  });
});
