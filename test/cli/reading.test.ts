import { describe, expect, it } from 'vitest';
import { EXIT, run } from '../../src/cli/run.js';
import { memoryIO } from '../helpers/io.js';
import { ROOT } from '../helpers/paths.js';

const fixture = (name: string) => `${ROOT}test/fixtures/resumes/${name}`;

async function json(argv: string[]) {
  const io = memoryIO();
  const code = await run([...argv, '--format', 'json', '--as-of', '2026-11-01'], io);
  return { code, result: JSON.parse(io.out()) };
}

describe('the CLI shows the reading of both documents', () => {
  it('reports the knock-outs with evidence from both documents, per file format', async () => {
    for (const name of ['javascript-bootcamp.md', 'onprem-lead.txt']) {
      const { code, result } = await json([fixture(name), 'discover-senior-lead-ml-engineer']);
      expect(code).toBe(EXIT.ok);
      expect(result.knockedOut).toBe(true);
      for (const k of result.knockouts) {
        expect(k.jobEvidence.line).toBe(39);
        if (k.evidence) expect(k.evidence.text).toContain(k.evidence.match);
      }
    }
  });

  it('"--as-of" sets what "Present" means', async () => {
    const a = await json([fixture('onprem-lead.txt'), 'discover-senior-lead-ml-engineer']);
    const io = memoryIO();
    await run(
      [fixture('onprem-lead.txt'), 'discover-senior-lead-ml-engineer', '--format', 'json', '--as-of', '2021-11-01'],
      io,
    );
    const b = JSON.parse(io.out());
    expect(a.result.experience.candidateYears).toBe(11.9);
    expect(b.experience.candidateYears).toBe(6.9);
    expect(b.knockouts[0].status).toBe('hit');
  });
});
