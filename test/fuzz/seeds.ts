/** Seed documents the fuzzer mutates: the bundled examples and jobs, and resume-as-code written here. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../helpers/paths.js';

/** A seed document's name and text. */
export interface Seed {
  name: string;
  text: string;
}

const folder = (dir: string): Seed[] =>
  readdirSync(join(ROOT, dir))
    .sort()
    .map((f) => ({ name: `${dir}/${f}`, text: readFileSync(join(ROOT, dir, f), 'utf8') }));

/** Bundled example resumes (text and Markdown). */
export const RESUMES = folder('examples');
/** Bundled job postings. */
export const JOBS = folder('jobs');

/** A JSON Resume (jsonresume.org schema) of a made-up person, as an object. */
export function jsonResume(): Record<string, unknown> {
  return {
    basics: {
      name: 'Noor Haddad',
      label: 'Senior Machine Learning Engineer',
      email: 'noor.haddad@example.com',
      phone: '+1 555 010 0142',
      summary: 'ML engineer with 9 years of Python, Spark and AWS; led a team of 5.',
      location: { city: 'Chicago', countryCode: 'US' },
      profiles: [{ network: 'GitHub', username: 'noorh', url: 'https://github.com/noorh' }],
    },
    work: [
      {
        name: 'Acme Analytics',
        position: 'Lead ML Engineer',
        startDate: '2020-03',
        summary: 'Built recommendation models.',
        highlights: ['Deployed TensorFlow models on Kubernetes', 'Mentored 4 engineers'],
      },
      {
        name: 'Globex',
        position: 'Data Scientist',
        startDate: '2016-01',
        endDate: '2020-02',
        highlights: ['SQL, Python and scikit-learn for churn models'],
      },
    ],
    education: [
      {
        institution: 'University of Illinois',
        area: 'Computer Science',
        studyType: 'Master of Science',
        startDate: '2014-09',
        endDate: '2015-12',
      },
    ],
    skills: [
      { name: 'Machine Learning', level: 'Expert', keywords: ['PyTorch', 'TensorFlow', 'scikit-learn'] },
      { name: 'Data', keywords: ['Spark', 'SQL', 'Airflow'] },
    ],
    certificates: [{ name: 'AWS Certified Machine Learning – Specialty', date: '2022-05' }],
    languages: [
      { language: 'Arabic', fluency: 'Native' },
      { language: 'English', fluency: 'Fluent' },
    ],
  };
}

/** The same kind of resume as YAML (RenderCV's `cv:` layout). */
export const YAML_RESUME = `cv:
  name: Noor Haddad
  email: noor.haddad@example.com
  phone: "+1 555 010 0142"
  sections:
    summary:
      - ML engineer with 9 years of Python, Spark and AWS; led a team of 5.
    experience:
      - company: Acme Analytics
        position: Lead ML Engineer
        start_date: 2020-03
        end_date: present
        highlights:
          - Deployed TensorFlow models on Kubernetes
          - Mentored 4 engineers
      - company: Globex
        position: Data Scientist
        start_date: 2016-01
        end_date: 2020-02
        highlights:
          - SQL, Python and scikit-learn for churn models
    education:
      - institution: University of Illinois
        area: Computer Science
        degree: MS
        start_date: 2014-09
        end_date: 2015-12
    skills:
      - label: Machine Learning
        details: PyTorch, TensorFlow, scikit-learn
      - label: Data
        details: Spark, SQL, Airflow
`;
