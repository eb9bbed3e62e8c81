// Pairwise judgements: for a posting, which of two resumes a recruiter would put first, and why. Each row is a
// test; the resumes differ only in what the judgement is about (see build.ts).
import { describe, expect, it } from 'vitest';
import {
  check,
  DATA_ENGINEER,
  DATA_ENGINEER_KNOCKOUT,
  ML_ENGINEER,
  plainRoles,
  STRONG,
  type ResumeSpec,
  type RoleSpec,
} from './build.js';

const withBullets = (spec: ResumeSpec, bullets: string[][]): ResumeSpec => ({
  ...spec,
  roles: spec.roles.map((r, i) => ({ ...r, bullets: bullets[i] ?? r.bullets })),
});
const dated = (spec: ResumeSpec, dates: string[]): ResumeSpec => ({
  ...spec,
  roles: spec.roles.map((r, i) => ({ ...r, dates: dates[i] })),
});
const titled = (spec: ResumeSpec, titles: string[]): ResumeSpec => ({
  ...spec,
  roles: spec.roles.map((r, i) => ({ ...r, title: titles[i] ?? r.title })),
});

// Data-engineering resumes.
const LISTED_ONLY: ResumeSpec = { ...STRONG, roles: plainRoles(STRONG) };
const ONE_ROLE = withBullets(STRONG, [STRONG.roles[0].bullets, ['Worked with the analytics team on reporting']]);
const STALE: ResumeSpec = {
  ...STRONG,
  roles: [
    {
      title: 'Data Engineer',
      employer: 'Lumen Retail',
      dates: 'Jan 2021 – Present',
      bullets: ['Ran the reporting team'],
    },
    {
      ...STRONG.roles[1],
      dates: 'Mar 2012 – Dec 2020',
      bullets: [...STRONG.roles[0].bullets, ...STRONG.roles[1].bullets],
    },
  ],
};
const RECENT: ResumeSpec = {
  ...STRONG,
  roles: [
    { ...STRONG.roles[0], bullets: [...STRONG.roles[0].bullets, ...STRONG.roles[1].bullets] },
    {
      title: 'Data Engineer',
      employer: 'Bright Bank',
      dates: 'Mar 2012 – Dec 2020',
      bullets: ['Ran the reporting team'],
    },
  ],
};
const noCloud = (b: string) => b.replace(/,? on AWS| on AWS/g, '').replace(/Docker on AWS/, 'Docker');
const NO_CLOUD: ResumeSpec = {
  ...withBullets(
    STRONG,
    STRONG.roles.map((r) => r.bullets.map(noCloud)),
  ),
  skills: STRONG.skills!.filter((s) => s !== 'AWS'),
};
const GCP: ResumeSpec = {
  ...withBullets(
    STRONG,
    STRONG.roles.map((r) => r.bullets.map((b) => b.replace(/AWS/g, 'GCP'))),
  ),
  skills: STRONG.skills!.map((s) => (s === 'AWS' ? 'GCP' : s)),
};
const AZURE: ResumeSpec = {
  ...withBullets(
    STRONG,
    STRONG.roles.map((r) => r.bullets.map((b) => b.replace(/AWS/g, 'Azure'))),
  ),
  skills: STRONG.skills!.map((s) => (s === 'AWS' ? 'Azure' : s)),
};
const UNDATED = dated(STRONG, [undefined as unknown as string, undefined as unknown as string]);
const SHORT = dated(STRONG, ['Jan 2024 – Present', 'Mar 2023 – Dec 2023']);
const NO_DEGREE: ResumeSpec = { ...STRONG, education: undefined };
const ASSOCIATE: ResumeSpec = {
  ...STRONG,
  education: 'Associate of Science in Information Technology, City College, 2015',
};
const JUNIOR = titled(STRONG, ['Junior Data Engineer', 'Data Engineering Intern']);
const NO_AIRFLOW: ResumeSpec = {
  ...withBullets(
    STRONG,
    STRONG.roles.map((r) => r.bullets.map((b) => b.replace(/,? (scheduled|orchestrated) with Airflow/, ''))),
  ),
  skills: STRONG.skills!.filter((s) => s !== 'Airflow'),
};
const NO_PREFERRED: ResumeSpec = {
  ...withBullets(STRONG, [[STRONG.roles[0].bullets[0]], [STRONG.roles[1].bullets[0]]]),
  skills: ['Python', 'SQL', 'Spark', 'Airflow', 'AWS'],
};
const STUFFED: ResumeSpec = {
  ...LISTED_ONLY,
  skills: [...STRONG.skills!, ...STRONG.skills!, 'Python 3', 'PySpark', 'SQL Server'],
};
const FRONTEND: ResumeSpec = {
  roles: [
    {
      title: 'Frontend Developer',
      employer: 'Pixel Works',
      dates: 'Jan 2018 – Present',
      bullets: ['Built React components in TypeScript', 'Wrote CSS for the design system'],
    },
  ],
  skills: ['React', 'TypeScript', 'CSS', 'HTML'],
  education: 'B.A. in Graphic Design, State University, 2017',
};
const PROJECT_KAFKA: ResumeSpec = {
  ...withBullets(STRONG, [[STRONG.roles[0].bullets[0]], STRONG.roles[1].bullets]),
  skills: STRONG.skills!.filter((s) => s !== 'Kafka'),
  projects: ['Order stream: a Kafka consumer that loads events into the warehouse'],
};
const LISTED_KAFKA: ResumeSpec = { ...withBullets(STRONG, [[STRONG.roles[0].bullets[0]], STRONG.roles[1].bullets]) };

// Machine-learning resumes.
const mlRole = (bullets: string[]): RoleSpec[] => [
  { title: 'Machine Learning Engineer', employer: 'Quill Labs', dates: 'Jan 2021 – Present', bullets },
  { title: 'Data Scientist', employer: 'Tern Analytics', dates: 'Jun 2018 – Dec 2020', bullets },
];
const ML_NAMED: ResumeSpec = {
  roles: mlRole(['Trained deep learning models in Python and deployed models to production']),
  education: 'M.S. in Computer Science, State University, 2018',
};
const ML_IMPLIED: ResumeSpec = {
  roles: mlRole(['Trained TensorFlow models in Python and deployed models to production']),
  education: ML_NAMED.education,
};
const ML_NEITHER: ResumeSpec = {
  roles: mlRole(['Trained regression models in Python and deployed models to production']),
  education: ML_NAMED.education,
};

type Judgement = [posting: string, a: ResumeSpec, b: ResumeSpec, relation: '>' | '=', why: string];
const DE = DATA_ENGINEER;
const JUDGEMENTS: Judgement[] = [
  [DE, STRONG, LISTED_ONLY, '>', 'skills shown in two roles beat the same skills only in a skills list'],
  [DE, STRONG, ONE_ROLE, '>', 'skills shown in two roles beat skills shown in one'],
  [DE, ONE_ROLE, LISTED_ONLY, '>', 'a skill used in a role beats the same skill only listed'],
  [DE, RECENT, STALE, '>', 'the same skills used in the current role beat skills last used six years ago'],
  [DE, STRONG, NO_CLOUD, '>', 'one of AWS, GCP or Azure beats none of them'],
  [DE, GCP, AZURE, '=', 'any member of the cloud any-of group meets it equally'],
  [DE, STRONG, GCP, '=', 'AWS and GCP meet "AWS, GCP or Azure" equally'],
  [DE, STRONG, UNDATED, '>', 'dated roles that prove the years beat the same roles without dates'],
  [DE, SHORT, UNDATED, '>', 'a known shortfall of years is not worse than years nobody can read'],
  [DE, ASSOCIATE, NO_DEGREE, '>', 'an associate degree (a known shortfall) is not worse than no degree read'],
  [DE, STRONG, NO_DEGREE, '>', 'the asked-for bachelor beats no degree read'],
  [DE, STRONG, JUNIOR, '>', 'senior titles beat junior ones for a senior posting, all else equal'],
  [DE, STRONG, NO_AIRFLOW, '>', 'every required skill beats all but one'],
  [DE, STRONG, NO_PREFERRED, '>', 'the nice-to-haves shown beat none of them'],
  [DE, STUFFED, LISTED_ONLY, '=', 'listing the same skills twice more earns nothing (no keyword-stuffing reward)'],
  [DE, ONE_ROLE, STUFFED, '>', 'skills shown in a role beat a longer, repeated skills list'],
  [DE, LISTED_ONLY, FRONTEND, '>', 'a data engineer who only lists the tools beats a frontend developer'],
  [DE, PROJECT_KAFKA, LISTED_KAFKA, '>', 'Kafka described in a project beats Kafka only listed'],
  [DATA_ENGINEER_KNOCKOUT, STRONG, SHORT, '>', 'a resume the posting screens out ranks below one it does not'],
  [
    DATA_ENGINEER_KNOCKOUT,
    ONE_ROLE,
    SHORT,
    '>',
    'a thinner resume that clears the knock-out beats a richer one that hits it',
  ],
  [DATA_ENGINEER_KNOCKOUT, LISTED_ONLY, SHORT, '>', 'even listing the tools only, clearing the knock-out comes first'],
  [
    DATA_ENGINEER_KNOCKOUT,
    SHORT,
    UNDATED,
    '>',
    'against a years knock-out, years nobody can read are no better than too few',
  ],
  [ML_ENGINEER, ML_NAMED, ML_IMPLIED, '>', 'naming deep learning beats leaving it to be inferred from TensorFlow'],
  [ML_ENGINEER, ML_IMPLIED, ML_NEITHER, '>', 'TensorFlow implies deep learning: partial credit beats none'],
  [ML_ENGINEER, ML_NAMED, ML_NEITHER, '>', 'deep learning named beats no sign of it'],
  [ML_ENGINEER, ML_NAMED, STRONG, '>', 'an ML engineer beats a data engineer for an ML posting'],
];

describe('pairwise judgements', () => {
  it.each(JUDGEMENTS.map(([p, a, b, rel, why]) => ({ p, a, b, rel, why })))('$why', ({ p, a, b, rel }) => {
    const [x, y] = [check(a, p).score, check(b, p).score];
    if (rel === '=') expect(x).toBe(y);
    else expect(x).toBeGreaterThan(y);
  });
  it('has 20–30 judgements', () => {
    expect(JUDGEMENTS.length).toBeGreaterThanOrEqual(20);
    expect(JUDGEMENTS.length).toBeLessThanOrEqual(30);
  });
});
