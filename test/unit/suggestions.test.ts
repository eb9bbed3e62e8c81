import { describe, expect, it } from 'vitest';
import type { SkillEntry, Taxonomy } from '../../src/taxonomy/taxonomy.js';
import { checkFit, checkDocuments } from '../../src/check.js';
import { relatedShown } from '../../src/score/related.js';
import { skillSuggestion } from '../../src/score/skill-advice.js';
import { example, job, read, ROOT } from '../helpers/paths.js';

const asOf = new Date('2026-11-01T00:00:00Z');
const seed = read(job('discover-senior-lead-ml-engineer'));
const fixture = (name: string) => read(`${ROOT}test/fixtures/resumes/${name}`);

// A small hand-built taxonomy, so these tests do not move with the bundled dictionary.
const entries: SkillEntry[] = [
  { name: 'Cloud Platforms', category: 'cloud' },
  { name: 'AWS', category: 'cloud', broader: ['Cloud Platforms'] },
  { name: 'GCP', category: 'cloud', broader: ['Cloud Platforms'] },
  { name: 'Terraform', category: 'tool', related: ['AWS'] },
  { name: 'Machine Learning', category: 'ml' },
  { name: 'Deep Learning', category: 'ml', broader: ['Machine Learning'] },
  { name: 'PyTorch', category: 'framework', broader: ['Deep Learning'] },
  { name: 'TensorFlow', category: 'framework', broader: ['Deep Learning'] },
  ...['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'I'].map((n) => ({
    name: `Model ${n}`,
    category: 'ml',
    broader: ['Machine Learning'],
  })),
];
const tax = { skills: new Map(entries.map((e) => [e.name, e])) } as unknown as Taxonomy;
const shownAs = (...skills: string[]) =>
  new Map(skills.map((sk, i) => [sk, [{ line: i + 3, text: `Used ${sk}`, match: sk }]]));

describe('related skills through the taxonomy', () => {
  it('points from a missing cloud to the one the resume shows, with its line', () => {
    expect(relatedShown('GCP', shownAs('AWS', 'Cloud Platforms'), tax)).toMatchObject({
      skill: 'AWS',
      kind: 'sibling',
      via: 'Cloud Platforms',
      evidence: { line: 3 },
    });
  });
  it('prefers an explicit related link', () => {
    expect(relatedShown('AWS', shownAs('GCP', 'Terraform'), tax)).toMatchObject({
      skill: 'Terraform',
      kind: 'related',
    });
  });
  it('points from a missing tool to the broader skill the resume shows', () => {
    expect(relatedShown('PyTorch', shownAs('Deep Learning'), tax)).toMatchObject({
      skill: 'Deep Learning',
      kind: 'broader',
    });
    expect(relatedShown('PyTorch', shownAs('TensorFlow', 'Deep Learning'), tax)).toMatchObject({
      skill: 'TensorFlow',
      kind: 'sibling',
    });
  });
  it('does not treat everything under a very general parent as related', () => {
    expect(relatedShown('Model A', shownAs('Model B'), tax)).toBeNull();
  });
  it('finds nothing when the resume shows nothing related', () => {
    expect(relatedShown('GCP', shownAs('PyTorch'), tax)).toBeNull();
  });
  it('writes advice that names the related skill and its line, and never says to claim the missing one', () => {
    const msg = skillSuggestion('GCP', 'required', relatedShown('GCP', shownAs('AWS'), tax));
    expect(msg).toMatch(
      /requires GCP; your resume shows AWS \(line 3\); both are Cloud Platforms\. If you have used GCP, show it in a role's bullet; if not, describe what you did with AWS rather than claiming GCP\./,
    );
    expect(skillSuggestion('Kubernetes', 'preferred', null)).toMatch(
      /prefers Kubernetes and your resume gives no sign of it\. If you have used Kubernetes, show it in a role's bullet/,
    );
  });
  it('says a skill named only in the duties is what the role involves, never that the posting prefers it', () => {
    const duty = skillSuggestion('Kubernetes', 'responsibilities', null);
    expect(duty).toMatch(/^The role's duties name Kubernetes and your resume gives no sign of it\./);
    expect(duty).not.toMatch(/prefer|requires/);
    expect(skillSuggestion('Kubernetes', 'other', null)).toMatch(/^The posting also names Kubernetes and/);
  });
});

describe('suggestions', () => {
  it('gives every missing required skill a concrete suggestion, and never tells the user to claim it', () => {
    for (const name of ['data-analyst.txt', 'frontend-developer.txt', 'ml-engineer-mid.md', 'nurse.txt']) {
      const r = checkFit(fixture(name), seed, { asOf });
      for (const m of r.skills.missing.filter((s) => s.required)) {
        expect(m.suggestion).toContain(m.skill);
        expect(m.suggestion).toMatch(
          /If (you have used|you have worked in|that work included|it describes how you work)/,
        );
        const covered = r.suggestions.some((s) => s.kind === 'skill' && s.message.includes(m.skill));
        expect(covered, `${name}: ${m.skill}`).toBe(true);
      }
    }
  });

  it('names the transferable experience: has AWS, posting wants GCP', () => {
    const posting = 'Machine Learning Engineer\nRequirements\n- Python and SQL\n- Production experience on GCP';
    const r = checkFit(fixture('ml-engineer-mid.md'), posting, { asOf });
    const gcp = r.suggestions.find((s) => s.skill === 'GCP')!;
    expect(gcp).toMatchObject({ kind: 'skill', required: true, related: 'AWS' });
    expect(gcp.message).toMatch(/your resume shows AWS \(line \d+\)/);
    expect(gcp.message).toMatch(/rather than claiming GCP/);
  });

  it('puts knock-outs first, required skills before preferred, and prices skill gaps', () => {
    const r = checkFit(fixture('ml-engineer-mid.md'), read(job('discover-senior-manager-machine-learning')), { asOf });
    const kinds = r.suggestions.map((s) => s.kind);
    expect(kinds[0]).toBe('knockout');
    expect(kinds.lastIndexOf('knockout')).toBeLessThan(kinds.indexOf('skill'));
    const skills = r.suggestions.filter((s) => s.kind === 'skill');
    expect(skills.findIndex((s) => !s.required)).toBeGreaterThan(skills.findLastIndex((s) => s.required));
    for (const s of skills) expect(s.points).toBeGreaterThan(0);
  });

  it('ranks a skill named in the knock-outs before one named once', () => {
    const r = checkFit('Sam Roe\nsam@x.io\nExperience\nAnalyst, Acme\nJan 2015 - Present\n- Excel reports', seed, {
      asOf,
    });
    const required = r.suggestions.filter((s) => s.kind === 'skill' && s.required).map((s) => s.skill);
    expect(required.indexOf('Python')).toBeLessThan(required.indexOf('Leadership'));
  });

  it('gives honest advice on years, seniority and education gaps', () => {
    const posting =
      "Senior Lead Data Engineer\nRequirements: 8+ years of experience with Python and SQL.\nBachelor's degree in computer science.";
    const r = checkFit(read(example('frontend-developer-junior.txt')), posting, { asOf });
    expect(r.suggestions.find((s) => s.kind === 'experience')?.message).toMatch(
      /asks for 8\+ years; your dated roles add up to [\d.]+ \([\d.]+ short\).*Don't stretch dates/,
    );
    expect(r.suggestions.find((s) => s.kind === 'seniority')?.message).toMatch(
      /lead-level; your latest role reads as \w+, (one step|two steps|three steps) below/,
    );
    expect(r.suggestions.find((s) => s.kind === 'education')?.message).toMatch(/Don't claim a degree/);
  });

  it('does not repeat the years gap when a years knock-out already says it', () => {
    const r = checkFit(read(example('frontend-developer-junior.txt')), seed, { asOf });
    expect(r.suggestions.some((s) => s.kind === 'knockout' && /years/.test(s.message))).toBe(true);
    expect(r.suggestions.some((s) => s.kind === 'experience')).toBe(false);
  });

  it('flags posting skills shown only in the skills list, missing headings and loader warnings', () => {
    const text =
      'Ana Diaz\nana@x.io\n\nExperience\nData Engineer, Acme\nJan 2016 - Present\n- Built reports in SQL\n\nSkills\nPython, Scala, AWS';
    const r = checkDocuments(
      { path: 'r.pdf', format: 'pdf', text, warnings: ['Text looks scrambled (two columns?)'] },
      { path: 'j', format: 'text', text: seed, warnings: [] },
      { asOf },
    );
    const hygiene = r.suggestions.filter((s) => s.kind === 'hygiene').map((s) => s.message);
    expect(hygiene.find((m) => /only in your skills list/.test(m))).toMatch(/Python/);
    expect(hygiene.find((m) => /heading found/.test(m))).toMatch(/"Education"/);
    expect(hygiene).toContain('Text looks scrambled (two columns?)');
  });

  it('asks for a concrete example of a soft skill, never a bare claim', () => {
    const r = checkFit(fixture('ml-lead-strong.txt'), read(job('discover-senior-manager-machine-learning')), { asOf });
    const collab = r.skills.missing.find((m) => m.skill === 'Collaboration');
    expect(collab?.suggestion).toMatch(/concrete example .* rather than listing the word/);
  });

  it('stays quiet on hygiene for a well-formed resume', () => {
    const r = checkFit(fixture('ml-lead-strong.txt'), seed, { asOf });
    expect(r.suggestions.filter((s) => s.kind === 'hygiene' && /heading|contact/i.test(s.message))).toEqual([]);
  });
});

describe('education accepted through experience', () => {
  it('says the experience can count, not that the degree is missing', () => {
    const posting =
      "Senior Data Engineer\nRequirements\n- Python and SQL\n- Master's degree in computer science, or equivalent practical experience";
    const cv =
      'Ana Diaz\nana@x.io\n\nExperience\nSenior Data Engineer, Acme\nJan 2012 - Present\n- Built Python and SQL pipelines\n\nEducation\nB.S. in Mathematics, 2011';
    const r = checkFit(cv, posting, { asOf });
    // The escape clause is read: a bachelor's plus long experience meets a master's "or equivalent".
    expect(r.education).toEqual({ required: 'master', candidate: 'bachelor', met: true });
    const advice = r.suggestions.find((s) => s.kind === 'education');
    expect(advice?.message).toMatch(/accepts equivalent experience; your highest level is bachelor/);
    expect(advice?.message).not.toMatch(/missing|no degree/i);
    const frac = (name: string, w: number) => r.components.find((c) => c.name === name)!.points / w;
    // Full education fraction, scaled only by the same skill relevance as experience.
    expect(frac('education', 5)).toBeCloseTo(frac('experience', 20), 1);
    expect(frac('education', 5)).toBeGreaterThan(0.5);
  });
});
