/** Leaves chosen skills out of a posting (a config's `ignore`), so they neither count nor knock out. */
import type { JobProfile } from '../types.js';

/** The job without the named skills: dropped from its skills, any-of groups and skill knock-outs. */
export function withoutSkills(job: JobProfile, names: readonly string[]): JobProfile {
  if (names.length === 0) return job;
  const ignored = new Set(names);
  const keep = (s: string) => !ignored.has(s);
  return {
    ...job,
    skills: job.skills.filter((s) => keep(s.skill)).map((s) => (s.anyOf ? { ...s, anyOf: s.anyOf.filter(keep) } : s)),
    // A skills knock-out whose skills are all ignored has nothing left to test.
    knockouts: job.knockouts
      .map((k) => (k.kind === 'skills' && k.skills ? { ...k, skills: k.skills.filter(keep) } : k))
      .filter((k) => k.kind !== 'skills' || (k.skills?.length ?? 0) > 0),
  };
}
