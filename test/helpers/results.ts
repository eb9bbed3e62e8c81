/** Hand-built FitResult objects for reporter tests (independent of the analyzers); each takes overrides. */
import type { Evidence, FitResult } from '../../src/types.js';

const ev = (line: number, text: string, match: string): Evidence => ({ line, text, match });
const WEIGHTS = [
  ['required skills', 50],
  ['preferred skills', 15],
  ['experience', 20],
  ['seniority', 10],
  ['education', 5],
] as const;
/** The five score components, in order, from their points and details. */
const components = (...rows: [points: number, detail: string][]): FitResult['components'] =>
  rows.map(([points, detail], i) => ({ name: WEIGHTS[i][0], weight: WEIGHTS[i][1], points, detail }));

/** A strong fit: every knock-out clear, one preferred skill missing, long evidence lines. */
export function strongResult(overrides: Partial<FitResult> = {}): FitResult {
  return {
    schemaVersion: 1,
    score: 91,
    verdict: 'strong fit',
    band: 'strong',
    knockedOut: false,
    knockouts: [
      {
        criterion: 'Less than 8 years of experience in data solutions',
        status: 'clear',
        reason: 'The resume shows 11.2 years (at least 8).',
      },
      {
        criterion: 'No programming experience in Python, Scala, or Java',
        status: 'clear',
        reason: 'The resume shows Python.',
        evidence: ev(
          14,
          '- Built model training and hyperparameter tuning pipelines in Python and Scala on Apache Spark, serving forty million customers across three continents every single day.',
          'Python',
        ),
      },
    ],
    skills: {
      matched: [
        {
          skill: 'Python',
          required: true,
          evidence: [
            ev(
              14,
              '- Built model training and hyperparameter tuning pipelines in Python and Scala on Apache Spark, serving forty million customers across three continents every single day.',
              'Python',
            ),
          ],
        },
        {
          skill: 'Machine Learning',
          required: true,
          evidence: [
            ev(
              5,
              'Machine learning engineering lead with eleven years building production ML systems.',
              'Machine learning',
            ),
          ],
        },
        {
          skill: 'AWS',
          required: true,
          evidence: [ev(15, '- Deployed models to AWS SageMaker and GCP Vertex AI.', 'AWS')],
        },
        {
          skill: 'Hyperparameter Tuning',
          required: false,
          evidence: [
            ev(14, '- Built model training and hyperparameter tuning pipelines in Python.', 'hyperparameter tuning'),
          ],
        },
      ],
      missing: [
        {
          skill: 'Innovative Thinking',
          required: false,
          suggestion: 'The posting prefers Innovative Thinking and your resume gives no sign of it.',
        },
      ],
      alternatives: [{ skill: 'Scala', required: true, via: 'Python' }],
    },
    experience: { requiredYears: 8, candidateYears: 11.2 },
    seniority: { required: 'lead', candidate: 'lead' },
    education: { required: 'bachelor', candidate: 'master', met: true },
    components: components(
      [50, '3 of 3 groups shown (100% by weight)'],
      [6.3, '1 of 2 groups shown (33% by weight)'],
      [20, '11.2 years against 8+'],
      [10, 'lead against lead'],
      [5, 'master against bachelor'],
    ),
    suggestions: [
      {
        kind: 'skill',
        skill: 'Innovative Thinking',
        required: false,
        points: 8.7,
        message:
          "The posting prefers Innovative Thinking and your resume gives no sign of it. If you have used Innovative Thinking, show it in a role's bullet with what you did and the result, not only in the skills list; if not, it is a gap to close, not to paper over.",
      },
    ],
    asOf: '2026-11-01',
    resume: {
      path: '/home/someone/resumes/marcus-okafor-2026.txt',
      format: 'text',
      name: 'Marcus Okafor',
      warnings: [],
    },
    job: {
      path: '/opt/fitcheck/jobs/discover-senior-lead-ml-engineer.txt',
      title: 'Senior Lead Machine Learning Engineer',
      skills: [{ skill: 'Python', required: true }],
    },
    ...overrides,
  };
}

/** A knocked-out, weak fit with unknowns, a name-less resume and a very long path. */
export function knockedOutResult(overrides: Partial<FitResult> = {}): FitResult {
  return {
    schemaVersion: 1,
    score: 12,
    verdict: 'knocked out',
    band: 'weak',
    knockedOut: true,
    knockouts: [
      {
        criterion: 'No experience with cloud platforms (AWS, Azure, GCP)',
        status: 'hit',
        reason: 'The resume shows none of: Cloud Platforms, AWS, Azure, GCP.',
      },
      {
        criterion: 'Lack of leadership experience in ML',
        status: 'unknown',
        reason: 'The resume does not say whether you have led people or projects.',
      },
      {
        criterion: 'Less than 8 years of experience in data solutions',
        status: 'hit',
        reason: 'The resume shows 4.5 years; the posting rules out less than 8.',
      },
    ],
    skills: {
      matched: [
        {
          skill: 'SQL',
          required: true,
          evidence: [ev(9, 'Wrote SQL queries — 日本語 résumé ✓ against the sales warehouse', 'SQL')],
        },
      ],
      missing: [
        { skill: 'Machine Learning', required: true, suggestion: 'The posting requires Machine Learning.' },
        { skill: 'GCP', required: true, suggestion: 'The posting requires GCP.' },
        { skill: 'Distributed Computing With An Extremely Long Skill Name', required: true, suggestion: 'x' },
        { skill: 'Model Deployment', required: false, suggestion: 'The posting prefers Model Deployment.' },
        { skill: 'Explainable AI', required: false, suggestion: 'The posting prefers Explainable AI.' },
      ],
    },
    experience: { requiredYears: 8, candidateYears: 4.5 },
    seniority: { required: 'lead', candidate: 'mid' },
    education: { required: 'bachelor', candidate: null, met: null },
    components: components(
      [7.1, '1 of 4 groups shown (14% by weight)'],
      [0, '0 of 2 groups shown (0% by weight)'],
      [2.8, '4.5 years against 8+ (× 0.26 relevance)'],
      [0.9, 'mid against lead (× 0.26 relevance)'],
      [0.6, 'unknown against bachelor (× 0.26 relevance)'],
    ),
    suggestions: [
      {
        kind: 'knockout',
        message:
          'Knock-out hit: "No experience with cloud platforms (AWS, Azure, GCP)". The resume shows none of: Cloud Platforms, AWS, Azure, GCP. If you have used one, show it in a role\'s bullet; otherwise expect this posting to screen you out.',
      },
      {
        kind: 'skill',
        skill: 'Machine Learning',
        required: true,
        points: 14.3,
        message: 'The posting requires Machine Learning and your resume gives no sign of it.',
      },
      {
        kind: 'skill',
        skill: 'GCP',
        required: true,
        points: 14.3,
        related: 'AWS',
        message:
          "The posting requires GCP; your resume shows AWS (line 4); both are Cloud Platforms. If you have used GCP, show it in a role's bullet; if not, name the transferable experience (what you did with AWS) rather than claiming GCP.",
      },
      {
        kind: 'skill',
        skill: 'Distributed Computing With An Extremely Long Skill Name',
        required: true,
        points: 14.3,
        message:
          'The posting requires Distributed Computing With An Extremely Long Skill Name and your resume gives no sign of it.',
      },
      {
        kind: 'experience',
        points: 2.3,
        message: 'The posting asks for 8+ years; your dated roles add up to 4.5 (3.5 short).',
      },
      {
        kind: 'skill',
        skill: 'Model Deployment',
        required: false,
        points: 7.5,
        message: 'The posting prefers Model Deployment and your resume gives no sign of it.',
      },
      { kind: 'hygiene', message: 'No "Education" heading found. Tracking systems look for standard headings.' },
    ],
    asOf: '2026-11-01',
    resume: {
      path: '/very/long/path/to/a/folder/with/an-extremely-long-resume-file-name-that-goes-on-and-on.txt',
      format: 'text',
      name: null,
      warnings: [],
    },
    job: {
      path: 'job.txt',
      title: 'Senior Lead Machine Learning Engineer, Responsible and Explainable AI Platforms (Remote, Americas)',
      skills: [],
    },
    ...overrides,
  };
}

/** Characters the Markdown and GitHub reporters must escape (pipes, a newline, `:` and `,` in a criterion), every section filled. */
export function awkwardResult(overrides: Partial<FitResult> = {}): FitResult {
  return {
    schemaVersion: 1,
    score: 58,
    verdict: 'knocked out',
    band: 'partial',
    knockedOut: true,
    knockouts: [
      {
        criterion: 'No degree, in CS: or 100% equivalent',
        status: 'hit',
        reason: "The resume's highest level is certificate.",
        evidence: ev(12, 'Certificate in Web Development', 'Certificate'),
      },
      {
        criterion: 'Lack of leadership experience',
        status: 'unknown',
        reason: 'The resume does not say whether you have led people or projects.',
      },
      {
        criterion: 'No Python',
        status: 'clear',
        reason: 'The resume shows Python.',
        evidence: ev(5, 'Python, SQL', 'Python'),
      },
    ],
    skills: {
      matched: [{ skill: 'Python', required: true, evidence: [ev(5, 'Python, SQL', 'Python')] }],
      missing: [
        { skill: 'Kubernetes', required: true, suggestion: 'The posting requires Kubernetes.' },
        { skill: 'C#', required: false, suggestion: 'The posting prefers C#.\nShow it.' },
      ],
    },
    experience: { requiredYears: 5, candidateYears: 3 },
    seniority: { required: 'senior', candidate: 'mid' },
    education: { required: 'bachelor', candidate: 'certificate', met: false },
    components: components(
      [25, '1 of 2 required skill groups shown'],
      [0, '0 of 1 preferred skill groups shown'],
      [7.5, '3 years against 5 required'],
      [3.8, 'mid against senior'],
      [0.6, 'certificate against bachelor'],
    ),
    suggestions: [
      { kind: 'knockout', message: 'Knock-out: "No degree".' },
      { kind: 'skill', message: 'The posting requires Kubernetes.', skill: 'Kubernetes' },
      { kind: 'experience', message: 'The posting asks for 5+ years; your dated roles add up to 3.' },
    ],
    asOf: '2026-11-01',
    resume: {
      path: 'cv/resume.md',
      format: 'markdown',
      name: 'Ana | Diaz',
      warnings: ['Two columns: lines may be read out of order'],
    },
    job: {
      path: 'jobs/acme.txt',
      title: 'Senior Engineer, Data',
      skills: [
        { skill: 'Python', required: true },
        { skill: 'Kubernetes', required: true },
        { skill: 'C#', required: false },
      ],
    },
    ...overrides,
  };
}

/**
 * A check of a posting whose skills come from every part of it: requirements, a preference, its duties ("What
 * you'll do") and a line elsewhere, with one required skill the duties name (a required any-of member).
 */
export function dutiesResult(overrides: Partial<FitResult> = {}): FitResult {
  const named = { how: 'named', roles: 1, listedOnly: false, lastUsed: '2026-11', credit: 0.85 } as const;
  return {
    schemaVersion: 1,
    score: 64,
    verdict: 'good fit',
    band: 'good',
    knockedOut: false,
    knockouts: [],
    skills: {
      matched: [
        {
          skill: 'Python',
          required: true,
          section: 'required',
          evidence: [ev(6, '- Built Kafka consumers in Python that load orders', 'Python')],
          shown: named,
        },
        {
          skill: 'Kafka',
          required: false,
          section: 'responsibilities',
          evidence: [ev(6, '- Built Kafka consumers in Python that load orders', 'Kafka')],
          shown: named,
        },
        {
          skill: 'Go',
          required: false,
          section: 'preferred',
          evidence: [ev(12, 'Python, SQL, Go', 'Go')],
          shown: { how: 'named', roles: 0, listedOnly: true, lastUsed: null, credit: 0.6 },
        },
      ],
      missing: [
        {
          skill: 'Terraform',
          required: true,
          section: 'responsibilities',
          suggestion: 'The posting requires Terraform and your resume gives no sign of it.',
          posting: ev(8, '- Every change must go through Terraform', 'Terraform'),
        },
        {
          skill: 'Airflow',
          required: false,
          section: 'responsibilities',
          suggestion: "The role's duties name Airflow and your resume gives no sign of it.",
          posting: ev(6, '- Build streaming pipelines with Kafka and Airflow', 'Airflow'),
        },
        {
          skill: 'Snowflake',
          required: false,
          section: 'other',
          suggestion: 'The posting also names Snowflake and your resume gives no sign of it.',
          posting: ev(3, 'Our team keeps the Snowflake warehouse running.', 'Snowflake'),
        },
      ],
    },
    experience: { requiredYears: 5, candidateYears: 8 },
    seniority: { required: 'senior', candidate: 'senior' },
    education: { required: null, candidate: 'bachelor', met: null },
    components: components(
      [35.4, '1 of 2 groups shown (50% by weight, 43% by depth)'],
      [5.2, '2 of 4 groups shown (45% by weight); preferred 1 of 1, in the duties 1 of 2, mentioned 0 of 1'],
      [20, '8 years against 5+'],
      [10, 'senior against senior'],
      [5, 'bachelor against none stated'],
    ),
    suggestions: [],
    messages: [
      {
        id: 'skill.missing',
        kind: 'skill',
        severity: 'error',
        reason: 'The posting requires Terraform and your resume gives no sign of it.',
        actual: null,
        expected: 'Terraform',
        resume: [],
        posting: [ev(8, '- Every change must go through Terraform', 'Terraform')],
        skill: 'Terraform',
        skills: ['Terraform'],
        required: true,
        section: 'responsibilities',
      },
      {
        id: 'skill.missing',
        kind: 'skill',
        severity: 'warning',
        reason: "The role's duties name Airflow and your resume gives no sign of it.",
        actual: null,
        expected: 'Airflow',
        resume: [],
        posting: [ev(6, '- Build streaming pipelines with Kafka and Airflow', 'Airflow')],
        skill: 'Airflow',
        skills: ['Airflow'],
        required: false,
        section: 'responsibilities',
      },
      {
        id: 'skill.missing',
        kind: 'skill',
        severity: 'warning',
        reason: "The role's duties name Code Review and your resume gives no sign of it.",
        actual: null,
        expected: 'Code Review',
        resume: [],
        posting: [ev(7, '- Review code and mentor two junior engineers', 'Review code')],
        skill: 'Code Review',
        skills: ['Code Review'],
        required: false,
        section: 'responsibilities',
      },
      {
        id: 'skill.missing',
        kind: 'skill',
        severity: 'warning',
        reason: 'The posting also names Snowflake and your resume gives no sign of it.',
        actual: null,
        expected: 'Snowflake',
        resume: [],
        posting: [ev(3, 'Our team keeps the Snowflake warehouse running.', 'Snowflake')],
        skill: 'Snowflake',
        skills: ['Snowflake'],
        required: false,
        section: 'other',
      },
    ],
    asOf: '2026-12-01',
    resume: { path: 'ada.txt', format: 'text', name: 'Ada Quill', warnings: [] },
    job: {
      path: 'data-platform.txt',
      title: 'Data Platform Engineer',
      skills: [
        { skill: 'Snowflake', required: false, mentions: 1, section: 'other' },
        { skill: 'Kafka', required: false, mentions: 1, section: 'responsibilities' },
        { skill: 'Airflow', required: false, mentions: 1, section: 'responsibilities' },
        { skill: 'Terraform', required: true, mentions: 1, section: 'responsibilities' },
        { skill: 'Python', required: true, mentions: 1, section: 'required' },
        { skill: 'Go', required: false, mentions: 1, section: 'preferred' },
      ],
    },
    ...overrides,
  };
}
