// The reports say how each skill was evidenced (named in N roles, listed only, implied by a narrower skill),
// what relevance and depth mean, and why a knocked-out score is low.
import { describe, expect, it } from 'vitest';
import { markdownReport } from '../../src/report/markdown.js';
import { textReport } from '../../src/report/text.js';
import { check, DATA_ENGINEER, DATA_ENGINEER_KNOCKOUT, ML_ENGINEER, plainRoles, STRONG } from '../unit/fit/build.js';

const ML_IMPLIED = {
  roles: [
    {
      title: 'Machine Learning Engineer',
      employer: 'Quill Labs',
      dates: 'Jan 2021 – Present',
      bullets: ['Trained TensorFlow models in Python'],
    },
  ],
};

describe('how each skill was shown', () => {
  it('text, compact: roles, list only, implied by', () => {
    const out = textReport(
      check({ ...STRONG, roles: [STRONG.roles[0], ...plainRoles(STRONG).slice(1)] }, DATA_ENGINEER),
      {
        color: false,
      },
    );
    expect(out).toMatch(/✔ Python +1 role/);
    // Docker is named only in the skills list once the second role names no posting skill.
    expect(out).toMatch(/✔ Docker +list only/);
    const implied = textReport(check(ML_IMPLIED, ML_ENGINEER), { color: false });
    expect(implied).toMatch(/○ Deep Learning +implied/);
    expect(implied).toMatch(/Implied only \(partial credit\): Deep Learning by TensorFlow/);
  });
  it('text, details: in words, with the last year used', () => {
    const out = textReport(check(STRONG, DATA_ENGINEER), { color: false, details: true });
    expect(out).toMatch(/✔ Python \(named, in 2 roles, last used 2026\)/);
    expect(textReport(check(ML_IMPLIED, ML_ENGINEER), { color: false, details: true })).toMatch(
      /○ Deep Learning \(implied by TensorFlow, in 1 role, last used 2026\)/,
    );
  });
  it('text: explains relevance and depth in words', () => {
    const out = textReport(check({ ...STRONG, roles: plainRoles(STRONG) }, DATA_ENGINEER), { color: false });
    expect(out).toMatch(/by depth: a skill named in two or more roles earns its full weight/i);
  });
  it('Markdown: a "Skills shown" list, and the cap under the table', () => {
    const md = markdownReport(check(STRONG, DATA_ENGINEER));
    expect(md).toMatch(/### Skills shown/);
    expect(md).toMatch(/Python \(named, in 2 roles, last used 2026\)/);
    const short = {
      ...STRONG,
      roles: STRONG.roles.map((r, i) => ({ ...r, dates: ['Jan 2024 – Present', 'Mar 2023 – Dec 2023'][i] })),
    };
    expect(markdownReport(check(short, DATA_ENGINEER_KNOCKOUT))).toMatch(/Score \d+ scaled to \d+ \(at most 39\)/);
  });
  it('the text report says the cap in the score breakdown', () => {
    const short = {
      ...STRONG,
      roles: STRONG.roles.map((r, i) => ({ ...r, dates: ['Jan 2024 – Present', 'Mar 2023 – Dec 2023'][i] })),
    };
    expect(textReport(check(short, DATA_ENGINEER_KNOCKOUT), { color: false })).toMatch(/Score \d+ scaled to \d+/);
  });
});
