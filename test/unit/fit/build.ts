// Resumes and postings written for the score's properties and pairwise judgements: one builder, so a pair
// differs only in what the judgement is about.
import { checkFit } from '../../../src/check.js';
import type { FitResult } from '../../../src/types.js';

/** The reference date of every check here. */
export const AS_OF = new Date('2026-11-01T00:00:00Z');

/** One role: title line, dates line, bullets. */
export interface RoleSpec {
  title: string;
  employer: string;
  /** "Jan 2021 – Present"; omitted for an undated role. */
  dates?: string;
  bullets: string[];
}

/** A resume as parts; `order` puts the sections in another order (the same content). */
export interface ResumeSpec {
  name?: string;
  summary?: string;
  roles: RoleSpec[];
  projects?: string[];
  skills?: string[];
  education?: string;
  order?: ('summary' | 'experience' | 'projects' | 'skills' | 'education')[];
  /** `markdown` writes headings with `#` and roles as `###` headings. */
  format?: 'text' | 'markdown';
}

/** The resume's text. */
export function resume(spec: ResumeSpec): string {
  const md = spec.format === 'markdown';
  const h = (t: string) => (md ? `## ${t}` : t);
  const parts: Record<string, string[]> = {
    summary: spec.summary ? [h('Summary'), spec.summary] : [],
    experience: spec.roles.length
      ? [
          h('Experience'),
          ...spec.roles.flatMap((r) => [
            md ? `### ${r.title}, ${r.employer}` : `${r.title}, ${r.employer}`,
            ...(r.dates ? [r.dates] : []),
            ...r.bullets.map((b) => `- ${b}`),
            '',
          ]),
        ]
      : [],
    projects: spec.projects?.length ? [h('Projects'), ...spec.projects.map((p) => `- ${p}`)] : [],
    skills: spec.skills?.length ? [h('Skills'), spec.skills.join(', ')] : [],
    education: spec.education ? [h('Education'), spec.education] : [],
  };
  const order = spec.order ?? ['summary', 'experience', 'projects', 'skills', 'education'];
  const name = spec.name ?? 'Ana Diaz';
  return [md ? `# ${name}` : name, 'ana@example.com', '', ...order.flatMap((k) => [...parts[k], ''])].join('\n');
}

/** Check a resume spec (or text) against a posting's text. */
export function check(r: ResumeSpec | string, posting: string): FitResult {
  return checkFit(typeof r === 'string' ? r : resume(r), posting, { asOf: AS_OF });
}

/** A senior data-engineering posting: required skills with an any-of cloud group, years, level, degree. */
export const DATA_ENGINEER = `Senior Data Engineer
Northwind Analytics

Requirements
- 5+ years of experience as a data engineer
- Strong Python and SQL
- Experience with Apache Spark and Airflow
- Experience with AWS, GCP or Azure
- Bachelor's degree in Computer Science or a related field

Nice to have
- Kafka
- dbt
- Docker
`;

/** The same posting with a stated disqualifier on years. */
export const DATA_ENGINEER_KNOCKOUT = DATA_ENGINEER.replace(
  'Nice to have',
  'Disqualifiers\nLess than 5 years of experience as a data engineer\n\nNice to have',
);

/** A machine-learning posting whose required skill (Deep Learning) a framework implies. */
export const ML_ENGINEER = `Machine Learning Engineer
Quill Labs

Requirements
- 3+ years of experience building machine learning systems
- Python
- Deep learning
- Experience deploying models to production

Nice to have
- Kubernetes
`;

/** The strong data engineer: every required skill in two dated roles, recent, senior, 9+ years, a bachelor's. */
export const STRONG: ResumeSpec = {
  roles: [
    {
      title: 'Senior Data Engineer',
      employer: 'Lumen Retail',
      dates: 'Jan 2021 – Present',
      bullets: [
        'Built batch pipelines in Python and SQL on Apache Spark, scheduled with Airflow, on AWS',
        'Streamed orders through Kafka into the warehouse and modelled them with dbt',
      ],
    },
    {
      title: 'Data Engineer',
      employer: 'Bright Bank',
      dates: 'Mar 2017 – Dec 2020',
      bullets: [
        'Wrote Spark jobs in Python and tuned SQL for reporting, orchestrated with Airflow',
        'Shipped services in Docker on AWS',
      ],
    },
  ],
  skills: ['Python', 'SQL', 'Spark', 'Airflow', 'AWS', 'Kafka', 'dbt', 'Docker'],
  education: 'B.S. in Computer Science, State University, 2016',
};

/** The strong resume's roles with their bullets replaced by work that names no posting skill. */
export const plainRoles = (spec: ResumeSpec): RoleSpec[] =>
  spec.roles.map((r) => ({ ...r, bullets: ['Worked with the analytics team on reporting for the business'] }));
