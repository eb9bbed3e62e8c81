/** Validates a parsed config object field by field; the first problem becomes a one-line error. */
import type { SkillEntry } from '../taxonomy/taxonomy.js';
import type { Weights } from '../score/weights.js';

/** What a config file can set (schema/fitcheck-config.schema.json describes the file). */
export interface FitcheckConfig {
  /** The resume to check when the command line names none. */
  resume?: string;
  /** Jobs to check against when the command line names none: paths or bundled job names. */
  jobs?: string[];
  /** Gate: fail when the score is below this. */
  minScore?: number;
  /** Gate: fail when any knock-out is hit. */
  failOnKnockout?: boolean;
  /** Reference date `YYYY-MM-DD` for "Present". */
  asOf?: string;
  /** Extra skills added to the taxonomy. */
  skills?: SkillEntry[];
  /** Extra spellings of known skills, by canonical name. */
  aliases?: Record<string, string[]>;
  /** Skills to drop from the posting's requirements and knock-outs. */
  ignore?: string[];
  /** Score weights; the ones given replace the defaults and all must add up to 100. */
  weights?: Partial<Weights>;
}

/** One problem in a config, located by a field path such as `weights.experience`. */
export class ConfigProblem extends Error {
  constructor(
    readonly field: string,
    readonly problem: string,
  ) {
    super(`${field}: ${problem}`);
  }
}

/** Top-level keys and what each must be. */
export const CONFIG_KEYS = [
  '$schema',
  'resume',
  'job',
  'jobs',
  'minScore',
  'failOnKnockout',
  'asOf',
  'skills',
  'aliases',
  'ignore',
  'weights',
] as const;
const SKILL_KEYS = ['name', 'category', 'aliases', 'broader', 'related', 'caseSensitive'];
const WEIGHT_KEYS: (keyof Weights)[] = ['requiredSkills', 'preferredSkills', 'experience', 'seniority', 'education'];

type Json = Record<string, unknown>;

/** A `YYYY-MM-DD` calendar date at UTC midnight, or null when the text is not one. */
export function parseIsoDate(value: string): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const date = m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : null;
  return date && date.toISOString().slice(0, 10) === value ? date : null;
}

const describe = (v: unknown) =>
  v === undefined
    ? 'nothing'
    : v === null
      ? 'null'
      : Array.isArray(v)
        ? 'an array'
        : typeof v === 'object'
          ? 'an object'
          : `${typeof v} ${JSON.stringify(v)}`;

function object(v: unknown, field: string): Json {
  if (typeof v !== 'object' || v === null || Array.isArray(v))
    throw new ConfigProblem(field, `must be an object, got ${describe(v)}`);
  return v as Json;
}

function knownKeys(o: Json, keys: readonly string[], prefix: string): void {
  for (const k of Object.keys(o))
    if (!keys.includes(k))
      throw new ConfigProblem(prefix + k, `unknown key (known: ${keys.filter((x) => x !== '$schema').join(', ')})`);
}

function text(v: unknown, field: string): string {
  if (typeof v !== 'string' || v.trim() === '')
    throw new ConfigProblem(field, `must be a non-empty string, got ${describe(v)}`);
  return v;
}

function texts(v: unknown, field: string): string[] {
  if (!Array.isArray(v)) throw new ConfigProblem(field, `must be an array of strings, got ${describe(v)}`);
  return v.map((x, i) => text(x, `${field}[${i}]`));
}

function number(v: unknown, field: string, min: number, max: number): number {
  if (typeof v !== 'number' || !Number.isFinite(v) || v < min || v > max)
    throw new ConfigProblem(field, `must be a number from ${min} to ${max}, got ${describe(v)}`);
  return v;
}

function skill(v: unknown, field: string): SkillEntry {
  const o = object(v, field);
  knownKeys(o, SKILL_KEYS, `${field}.`);
  const entry: SkillEntry = {
    name: text(o.name, `${field}.name`),
    category: o.category === undefined ? 'custom' : text(o.category, `${field}.category`),
  };
  for (const k of ['aliases', 'broader', 'related'] as const)
    if (o[k] !== undefined) entry[k] = texts(o[k], `${field}.${k}`);
  if (o.caseSensitive !== undefined) {
    if (typeof o.caseSensitive !== 'boolean')
      throw new ConfigProblem(`${field}.caseSensitive`, `must be true or false, got ${describe(o.caseSensitive)}`);
    entry.caseSensitive = o.caseSensitive;
  }
  return entry;
}

function weights(v: unknown, field: string): Partial<Weights> {
  const o = object(v, field);
  knownKeys(o, WEIGHT_KEYS, `${field}.`);
  const out: Partial<Weights> = {};
  for (const k of WEIGHT_KEYS) if (o[k] !== undefined) out[k] = number(o[k], `${field}.${k}`, 0, 100);
  return out;
}

/** Check a parsed config and return it in normal form; throws ConfigProblem. `prefix` locates it (e.g. `fitcheck.` in package.json). */
export function validateConfig(value: unknown, prefix = ''): FitcheckConfig {
  const o = object(value, prefix ? prefix.slice(0, -1) : '(root)');
  knownKeys(o, CONFIG_KEYS, prefix);
  const f = (k: string) => prefix + k;
  const c: FitcheckConfig = {};
  if (o.resume !== undefined) c.resume = text(o.resume, f('resume'));
  if (o.job !== undefined && o.jobs !== undefined)
    throw new ConfigProblem(f('jobs'), 'give either job or jobs, not both');
  if (o.job !== undefined) c.jobs = [text(o.job, f('job'))];
  if (o.jobs !== undefined) {
    c.jobs = typeof o.jobs === 'string' ? [text(o.jobs, f('jobs'))] : texts(o.jobs, f('jobs'));
    if (c.jobs.length === 0) throw new ConfigProblem(f('jobs'), 'must name at least one job');
  }
  if (o.minScore !== undefined) c.minScore = number(o.minScore, f('minScore'), 0, 100);
  if (o.failOnKnockout !== undefined) {
    if (typeof o.failOnKnockout !== 'boolean')
      throw new ConfigProblem(f('failOnKnockout'), `must be true or false, got ${describe(o.failOnKnockout)}`);
    c.failOnKnockout = o.failOnKnockout;
  }
  if (o.asOf !== undefined) {
    const s = text(o.asOf, f('asOf'));
    if (!parseIsoDate(s)) throw new ConfigProblem(f('asOf'), `must be a date as YYYY-MM-DD, got ${JSON.stringify(s)}`);
    c.asOf = s;
  }
  if (o.skills !== undefined) {
    if (!Array.isArray(o.skills))
      throw new ConfigProblem(f('skills'), `must be an array of skills, got ${describe(o.skills)}`);
    c.skills = o.skills.map((s, i) => skill(s, `${f('skills')}[${i}]`));
  }
  if (o.aliases !== undefined) {
    const a = object(o.aliases, f('aliases'));
    c.aliases = Object.fromEntries(Object.entries(a).map(([k, v]) => [k, texts(v, `${f('aliases')}.${k}`)]));
  }
  if (o.ignore !== undefined) c.ignore = texts(o.ignore, f('ignore'));
  if (o.weights !== undefined) c.weights = weights(o.weights, f('weights'));
  return c;
}
