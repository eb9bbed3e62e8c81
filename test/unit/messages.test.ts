import { describe, expect, it } from 'vitest';
import { checkDocuments, checkFit } from '../../src/check.js';
import { loadBuffer } from '../../src/load/index.js';
import { githubReport } from '../../src/report/github.js';
import { markdownReport } from '../../src/report/markdown.js';
import { textReport } from '../../src/report/text.js';
import { job, read, ROOT } from '../helpers/paths.js';
import { validator } from '../helpers/schema.js';

const asOf = new Date('2026-11-01T00:00:00Z');
const seed = read(job('discover-senior-lead-ml-engineer'));
const fixture = (name: string) => read(`${ROOT}test/fixtures/resumes/${name}`);
// A resume of over 400 characters that sets no heading at all.
const noHeadings = [
  'Jane Example',
  'jane@example.com',
  'Senior Software Engineer, Acme Corp, Jan 2018 - Present',
  '- Built Python services on AWS with Docker and Kubernetes for billing and payments.',
  '- Led a team of 5 engineers delivering data pipelines in Spark and Airflow.',
  'Software Engineer, Beta Inc, Jun 2014 - Dec 2017',
  '- Wrote Java microservices and SQL reports for the finance team every quarter.',
  '- Improved latency by 40% through caching with Redis and careful profiling work.',
  'B.S. Computer Science, State University, 2014',
  'Python, Java, SQL, AWS, Docker, Kubernetes, Spark, Airflow, Redis, Terraform, Git',
].join('\n');

describe('one message model', () => {
  it('gives a resume with no headings the headings advice once, in every report', async () => {
    // Loaded as the CLI loads it: the loader used to warn about headings too, so the advice came twice.
    const doc = await loadBuffer('cv.txt', Buffer.from(noHeadings), { kind: 'resume' });
    const r = checkDocuments(doc, { path: 'job.txt', format: 'text', text: seed, warnings: [] }, { asOf });
    expect(r.messages!.filter((m) => /heading/i.test(m.reason)).map((m) => m.id)).toEqual(['hygiene.headings']);
    // The Markdown report shows the first ten suggestions only; the others show all.
    const reports = [
      textReport(r, { color: false }),
      textReport(r, { color: false, details: true }),
      githubReport(r, { color: false }),
      markdownReport(r),
    ];
    reports.forEach((o, i) => {
      const out = o.replace(/\s+/g, ' ');
      expect(out.match(/No "Experience", "Education" or "Skills" heading found/g)?.length ?? 0, out).toBe(
        i < 3 ? 1 : 0,
      );
      expect(out).not.toMatch(/section heading/);
    });
  });

  it('says each advice once: no two messages share a text, and the views repeat only messages', () => {
    for (const resume of ['ml-lead-strong.txt', 'javascript-bootcamp.md', 'onprem-lead.txt']) {
      const r = checkFit(fixture(resume), seed, { asOf });
      const reasons = r.messages!.map((m) => m.reason);
      expect(new Set(reasons).size).toBe(reasons.length);
      expect(r.suggestions.map((s) => s.message)).toEqual(reasons);
      for (const m of r.skills.missing) expect(reasons).toContain(m.suggestion);
      for (const w of r.resume.warnings) expect(reasons).toContain(w);
    }
  });

  it('gives every missing skill and unmet requirement the posting line that asks for it', () => {
    const r = checkFit(read(`${ROOT}examples/frontend-developer-junior.txt`), seed, { asOf });
    expect(r.skills.missing.length).toBeGreaterThan(0);
    for (const m of r.skills.missing) expect(m.posting?.text).toContain(m.posting!.match);
    const unmet = r.messages!.filter((m) => /^(skill|experience|seniority|education|knockout)\./.test(m.id));
    expect(unmet.length).toBeGreaterThan(0);
    for (const m of unmet) expect(m.posting.length, m.id).toBeGreaterThan(0);
  });

  it('validates messages[] against the published schema, every field described', () => {
    const validate = validator('fitcheck-result', true);
    const r = checkFit(fixture('javascript-bootcamp.md'), seed, { asOf });
    expect(r.messages!.length).toBeGreaterThan(3);
    expect(validate(JSON.parse(JSON.stringify(r))), JSON.stringify(validate.errors)).toBe(true);
    const broken = { ...r, messages: [{ ...r.messages![0], id: 'made.up' }] };
    expect(validate(broken)).toBe(false);
  });
});
