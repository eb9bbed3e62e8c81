import { describe, expect, it } from 'vitest';
import { extractSkills, matchLine } from '../../src/analyze/skills.js';
import { jobLines } from '../helpers/paths.js';

const skillsOf = (line: string) => matchLine(line, 1).map((m) => m.skill);

describe('skill extraction', () => {
  it('splits the job board glued tag line into skills', () => {
    expect(skillsOf('AWSAzureGoogle Cloud PlatformPythonScalaJava')).toEqual(['AWS', 'Azure', 'GCP', 'Python', 'Scala', 'Java']);
  });

  it('keeps punctuation names', () => {
    expect(skillsOf('Experience with C++, C#, .NET, Node.js and CI/CD')).toEqual(['C++', 'C#', '.NET', 'Node.js', 'CI/CD']);
  });

  it('does not read JavaScript as Java', () => {
    expect(skillsOf('Wrote JavaScript and TypeScript')).toEqual(['JavaScript', 'TypeScript']);
  });

  it('treats case-sensitive short names by case', () => {
    expect(skillsOf('I excel at teamwork')).toEqual(['Teamwork']);
    expect(skillsOf('Advanced Excel and R')).toEqual(['Excel', 'R']);
  });

  it('matches aliases to one canonical skill', () => {
    expect(skillsOf('GCP')).toEqual(['GCP']);
    expect(skillsOf('Google Cloud Platform')).toEqual(['GCP']);
    expect(skillsOf('k8s and sklearn')).toEqual(['Kubernetes', 'scikit-learn']);
  });

  it('finds the board tags of the first seed posting, with line evidence', () => {
    const lines = jobLines('discover-senior-lead-ml-engineer');
    const hits = extractSkills(lines);
    const names = hits.map((h) => h.skill);
    for (const tag of ['Python', 'Scala', 'Java', 'Machine Learning', 'ML Systems', 'Distributed Computing', 'Model Deployment', 'Hyperparameter Tuning', 'Model Validation', 'Big Data', 'Data Pipelines', 'Cloud Platforms', 'AWS', 'Azure', 'GCP', 'Responsible AI', 'Explainable AI']) {
      expect(names).toContain(tag);
    }
    const gcp = hits.find((h) => h.skill === 'GCP')!;
    expect(lines[gcp.evidence[0].line - 1]).toBe(gcp.evidence[0].text);
    expect(gcp.evidence[0].text).toContain(gcp.evidence[0].match);
  });
});
