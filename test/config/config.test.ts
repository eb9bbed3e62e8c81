import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { configuredOptions } from '../../src/config/apply.js';
import { CONFIG_FILES, loadConfig } from '../../src/config/load.js';
import { ConfigProblem, validateConfig } from '../../src/config/validate.js';
import { ROOT } from '../helpers/paths.js';
import { validator } from '../helpers/schema.js';

const schemaValid = validator('fitcheck-config');

function problem(value: unknown): string | null {
  try {
    validateConfig(value);
    return null;
  } catch (err) {
    if (err instanceof ConfigProblem) return err.message;
    throw err;
  }
}

describe('config validation', () => {
  const cases: { value: unknown; problem: string | null }[] = [
    { value: {}, problem: null },
    {
      value: {
        $schema: './node_modules/fitcheck/schema/fitcheck-config.schema.json',
        resume: 'resume.md',
        jobs: ['a.txt', 'b.txt'],
        minScore: 70,
        failOnKnockout: true,
        asOf: '2026-11-01',
        skills: [{ name: 'Zephyrflow', category: 'data', aliases: ['zephyrflow.io'] }, { name: 'Acme DSL' }],
        aliases: { Kubernetes: ['kube'] },
        ignore: ['Java'],
        weights: { requiredSkills: 55, preferredSkills: 10 },
      },
      problem: null,
    },
    { value: { job: 'a.txt' }, problem: null },
    { value: { jobs: 'a.txt' }, problem: null },
    { value: [], problem: '(root): must be an object, got an array' },
    {
      value: { minscore: 70 },
      problem:
        'minscore: unknown key (known: resume, job, jobs, minScore, failOnKnockout, asOf, skills, aliases, ignore, weights)',
    },
    { value: { minScore: '70' }, problem: 'minScore: must be a number from 0 to 100, got string "70"' },
    { value: { minScore: 101 }, problem: 'minScore: must be a number from 0 to 100, got number 101' },
    { value: { failOnKnockout: 'yes' }, problem: 'failOnKnockout: must be true or false, got string "yes"' },
    { value: { asOf: '2026-13-01' }, problem: 'asOf: must be a date as YYYY-MM-DD, got "2026-13-01"' },
    { value: { job: 'a', jobs: ['b'] }, problem: 'jobs: give either job or jobs, not both' },
    { value: { jobs: [] }, problem: 'jobs: must name at least one job' },
    { value: { jobs: ['a', 3] }, problem: 'jobs[1]: must be a non-empty string, got number 3' },
    { value: { resume: '' }, problem: 'resume: must be a non-empty string, got string ""' },
    { value: { skills: {} }, problem: 'skills: must be an array of skills, got an object' },
    { value: { skills: [{ category: 'x' }] }, problem: 'skills[0].name: must be a non-empty string, got nothing' },
    {
      value: { skills: [{ name: 'X', alias: ['y'] }] },
      problem: 'skills[0].alias: unknown key (known: name, category, aliases, broader, related, caseSensitive)',
    },
    {
      value: { aliases: { Kubernetes: 'kube' } },
      problem: 'aliases.Kubernetes: must be an array of strings, got string "kube"',
    },
    { value: { ignore: [null] }, problem: 'ignore[0]: must be a non-empty string, got null' },
    {
      value: { weights: { experience: -1 } },
      problem: 'weights.experience: must be a number from 0 to 100, got number -1',
    },
    {
      value: { weights: { years: 10 } },
      problem: 'weights.years: unknown key (known: requiredSkills, preferredSkills, experience, seniority, education)',
    },
  ];
  for (const c of cases) {
    it(`${JSON.stringify(c.value)} → ${c.problem ?? 'valid'}`, () => {
      expect(problem(c.value)).toBe(c.problem);
      // The published schema agrees with the hand-written validator.
      expect(schemaValid(c.value)).toBe(c.problem === null);
    });
  }

  it('rejects dates that do not exist (which the schema pattern alone cannot)', () => {
    expect(problem({ asOf: '2026-02-30' })).toBe('asOf: must be a date as YYYY-MM-DD, got "2026-02-30"');
  });

  it('locates problems under the "fitcheck" key of package.json', () => {
    expect(() => validateConfig({ minScore: true }, 'fitcheck.')).toThrow(
      'fitcheck.minScore: must be a number from 0 to 100, got boolean true',
    );
  });

  it('checks what only the dictionary can tell: weights add up to 100, aliases and ignores name known skills', () => {
    expect(() => configuredOptions({ weights: { experience: 30 } })).toThrow(
      'weights: must add up to 100 together with the defaults of those not given (got 110)',
    );
    expect(() => configuredOptions({ aliases: { Kubernets: ['kube'] } })).toThrow(
      "aliases.Kubernets: unknown skill 'Kubernets'",
    );
    expect(() => configuredOptions({ ignore: ['Jav'] })).toThrow("ignore[0]: unknown skill 'Jav'");
    expect(() => configuredOptions({ skills: [{ name: 'python', category: 'x' }] })).toThrow(
      "skills[0].name: 'python' is already a known skill",
    );
    const o = configuredOptions({
      ignore: ['py'],
      skills: [{ name: 'Zephyrflow', category: 'data' }],
      aliases: { Zephyrflow: ['zephyrflow.io'] },
    });
    expect(o.ignore).toEqual(['Python']);
    expect(o.taxonomy.skills.get('Zephyrflow')?.aliases).toEqual(['zephyrflow.io']);
  });
});

describe('config discovery', () => {
  const dir = () => mkdtempSync(join(tmpdir(), 'fitcheck-cfg-'));

  it('searches fitcheck.config.json, .fitcheckrc.json, .fitcheckrc, then package.json', () => {
    const d = dir();
    expect(loadConfig(d)).toBeNull();
    writeFileSync(join(d, 'package.json'), JSON.stringify({ name: 'cv', fitcheck: { minScore: 4 } }));
    const order = [...CONFIG_FILES].reverse();
    order.forEach((name, i) => {
      if (name !== 'package.json') writeFileSync(join(d, name), JSON.stringify({ minScore: order.length - i - 1 }));
      expect(loadConfig(d)).toMatchObject({
        path: name,
        config: { minScore: CONFIG_FILES.indexOf(name) + (name === 'package.json' ? 1 : 0) },
      });
    });
  });

  it('ignores a package.json without a "fitcheck" key, and one that is not JSON', () => {
    const d = dir();
    writeFileSync(join(d, 'package.json'), '{"name": "cv"}');
    expect(loadConfig(d)).toBeNull();
    writeFileSync(join(d, 'package.json'), '{ not json');
    expect(loadConfig(d)).toBeNull();
  });

  it('uses --config instead of searching, resolves it against cwd, and --no-config skips config files', () => {
    const d = dir();
    mkdirSync(join(d, 'ci'));
    writeFileSync(join(d, 'fitcheck.config.json'), '{"minScore": 1}');
    writeFileSync(join(d, 'ci', 'strict.json'), '{"minScore": 90}');
    expect(loadConfig(d, 'ci/strict.json')).toMatchObject({
      path: 'ci/strict.json',
      dir: join(d, 'ci'),
      config: { minScore: 90 },
    });
    expect(loadConfig(d, false)).toBeNull();
  });

  it('reports unreadable and malformed files with the file, a field and the problem', () => {
    const d = dir();
    expect(() => loadConfig(d, 'nope.json')).toThrow(
      "Unable to use configuration file 'nope.json': (root): no such file",
    );
    writeFileSync(join(d, '.fitcheckrc'), '{"minScore": 70,}');
    expect(() => loadConfig(d)).toThrow(
      /^Unable to use configuration file '\.fitcheckrc': \(root\): not valid JSON \(.+\)$/,
    );
    writeFileSync(join(d, '.fitcheckrc'), '{"minScore": "high"}');
    expect(() => loadConfig(d)).toThrow(
      `Unable to use configuration file '.fitcheckrc': minScore: must be a number from 0 to 100, got string "high"`,
    );
  });
});

describe('the README', () => {
  it('documents a config example that both the validator and the published schema accept', () => {
    const readme = readFileSync(`${ROOT}README.md`, 'utf8');
    const section = readme.slice(readme.indexOf('## Configuration file'));
    const example = JSON.parse(/```json\n([\s\S]*?)```/.exec(section)![1]);
    expect(problem(example)).toBeNull();
    expect(schemaValid(example)).toBe(true);
    expect(() => configuredOptions(validateConfig(example))).not.toThrow();
  });
});
