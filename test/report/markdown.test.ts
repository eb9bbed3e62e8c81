import { describe, expect, it } from 'vitest';
import { escapeMarkdown, markdownReport, MAX_SUGGESTIONS } from '../../src/report/markdown.js';
import { awkwardResult, dutiesResult } from '../helpers/results.js';

describe('markdown reporter', () => {
  it('renders heading, status, summary table, knock-outs, missing skills and suggestions', () => {
    expect(markdownReport(awkwardResult())).toBe(
      [
        '## fitcheck: Ana \\| Diaz → Senior Engineer, Data',
        '',
        '❌ **Knocked out**: 1 disqualifier hit, whatever the score.',
        '',
        '| Component | Points | Detail |',
        '| --- | ---: | --- |',
        '| required skills | 25 / 50 | 1 of 2 required skill groups shown |',
        '| preferred skills | 0 / 15 | 0 of 1 preferred skill groups shown |',
        '| experience | 7.5 / 20 | 3 years against 5 required |',
        '| seniority | 3.8 / 10 | mid against senior |',
        '| education | 0.6 / 5 | certificate against bachelor |',
        '| **Total** | **58 / 100** | knocked out |',
        '',
        '### Knock-outs',
        '',
        "- ❌ hit: No degree, in CS: or 100% equivalent — The resume's highest level is certificate. (resume line 12)",
        '- ❔ unknown: Lack of leadership experience — The resume does not say whether you have led people or projects.',
        '- ✅ 1 of 3 cleared',
        '',
        '### Missing skills',
        '',
        '- **Required** (1): Kubernetes',
        '- **Preferred** (1): C\\#',
        '',
        '### Suggestions',
        '',
        '1. Knock-out: "No degree".',
        '2. The posting requires Kubernetes.',
        '3. The posting asks for 5+ years; your dated roles add up to 3.',
        '',
        '### Resume warnings',
        '',
        '- Two columns: lines may be read out of order',
        '',
        '<sub>1 of 3 posting skills shown · resume `cv/resume.md` (markdown) · as of 2026-11-01</sub>',
        '',
      ].join('\n'),
    );
  });

  it('shows the score when not knocked out, and caps the suggestions', () => {
    const suggestions = Array.from({ length: 13 }, (_, i) => ({ kind: 'skill' as const, message: `Tip ${i + 1}` }));
    const md = markdownReport(awkwardResult({ knockedOut: false, verdict: 'partial fit', knockouts: [], suggestions }));
    expect(md).toContain('**58/100, partial fit**');
    expect(md).not.toContain('### Knock-outs');
    expect(md).toContain(`${MAX_SUGGESTIONS}. Tip ${MAX_SUGGESTIONS}\n`);
    expect(md).not.toContain(`${MAX_SUGGESTIONS + 1}. Tip`);
    expect(md).toContain('…and 3 more');
  });

  it('escapes markup and HTML in document text', () => {
    expect(escapeMarkdown('a|b *c* <script>\n[x](y)')).toBe('a\\|b \\*c\\* &lt;script&gt; \\[x\\](y)');
  });

  it('lists skills by the part of the posting that names them: a duty is never listed as preferred', () => {
    const out = markdownReport(dutiesResult());
    expect(out).toContain(
      [
        '### Missing skills',
        '',
        '- **Required** (1): Terraform (from the duties)',
        '- **Named in the duties** (1): Airflow',
        '- **Also named** (1): Snowflake',
      ].join('\n'),
    );
    expect(out).toContain(
      [
        '### Skills shown',
        '',
        '- **Required** (1): Python (named, in 1 role, last used 2026)',
        '- **Preferred** (1): Go (named, skills list or summary only)',
        '- **Named in the duties** (1): Kafka (named, in 1 role, last used 2026)',
      ].join('\n'),
    );
  });
});
