/** The HTML reporter: one self-contained page a job seeker or a hiring manager reads on a phone, a desktop or paper. */
import { GROUP_WORDS, skillGroupOf } from '../score/section.js';
import { POSTING_SECTIONS, type Evidence, type FitResult, type KnockoutVerdict } from '../types.js';
import { coverageRows, times } from './coverage.js';
import { messagesOf, unsaidWarnings } from './findings.js';
import { bandClass, gauge, html, page, raw, type Raw } from './html-page.js';

const baseName = (p: string) => p.split(/[\\/]/).pop() || p;

/** A quoted line with its number and the matched words marked. */
function quote(e: Evidence, where: 'resume' | 'posting'): Raw {
  const i = e.match ? e.text.toLowerCase().indexOf(e.match.toLowerCase()) : -1;
  const text =
    i < 0
      ? html`${e.text}`
      : html`${e.text.slice(0, i)}<mark>${e.text.slice(i, i + e.match.length)}</mark>${e.text.slice(i + e.match.length)}`;
  return html`<blockquote><span class="ln">${where} line ${e.line}</span>${text}</blockquote>`;
}

const KO_MARK = { hit: ['bad', '✖ hit'], unknown: ['unsure', '? to check'], clear: ['ok', '✔ clear'] } as const;
const KO_ORDER = { hit: 0, unknown: 1, clear: 2 } as const;

function knockouts(r: FitResult): Raw {
  if (!r.knockouts.length)
    return html`<h2>Knock-outs</h2>
      <p class="muted">The posting states no knock-outs.</p>`;
  const one = (k: KnockoutVerdict) => {
    const [cls, word] = KO_MARK[k.status];
    return html`<div class="${`ko ${k.status}`}">
      <p><span class="${`tag ${cls}`}">${word}</span> <strong>${k.criterion}</strong></p>
      <p>${k.reason}</p>
      ${k.jobEvidence ? quote(k.jobEvidence, 'posting') : ''}${k.evidence ? quote(k.evidence, 'resume') : ''}
    </div>`;
  };
  const sorted = [...r.knockouts].sort((a, b) => KO_ORDER[a.status] - KO_ORDER[b.status]);
  return html`<h2>Knock-outs</h2>
    <p class="muted">Disqualifiers the posting states, with the posting's line and the resume's.</p>
    ${sorted.map(one)}`;
}

function skills(r: FitResult): Raw {
  if (!r.job.skills.length)
    return html`<h2>Skills</h2>
      <p class="muted">The posting names no skill fitcheck knows.</p>`;
  const matched = new Map(r.skills.matched.map((m) => [m.skill, m]));
  const alternatives = new Map((r.skills.alternatives ?? []).map((a) => [a.skill, a.via]));
  const missing = new Map(r.skills.missing.map((m) => [m.skill, m]));
  // Required first, then preferred, then what the duties name, then mere mentions (a duty is no preference).
  const rank = (s: FitResult['job']['skills'][number]) => POSTING_SECTIONS.indexOf(skillGroupOf(s));
  const rows = [...r.job.skills]
    .sort((a, b) => rank(a) - rank(b))
    .map((s) => {
      const m = matched.get(s.skill);
      const via = alternatives.get(s.skill);
      const how = m
        ? html`<span class="tag ok">✔ shown</span>`
        : via
          ? html`<span class="tag alt">○ via ${via}</span>`
          : html`<span class="tag bad">✖ missing</span>`;
      const posting = missing.get(s.skill)?.posting;
      const evidence = m?.evidence.length
        ? html`<details>
            <summary>
              ${`line ${m.evidence[0].line}${m.evidence.length > 1 ? ` and ${m.evidence.length - 1} more` : ''}`}
            </summary>
            ${m.evidence.map((e) => quote(e, 'resume'))}
          </details>`
        : posting
          ? html`<details>
              <summary>where the posting asks</summary>
              ${quote(posting, 'posting')}
            </details>`
          : html`<span class="muted">—</span>`;
      return html`<tr>
        <td data-label="Skill"><strong>${s.skill}</strong></td>
        <td data-label="">${GROUP_WORDS[skillGroupOf(s)].kind}</td>
        <td data-label="">${how}</td>
        <td class="block" data-label="">${evidence}</td>
      </tr>`;
    });
  return html`<h2>Skills</h2>
    <div class="wrap">
      <table class="stack">
        <thead>
          <tr>
            <th>Skill</th>
            <th>Posting</th>
            <th>Resume</th>
            <th>Evidence</th>
          </tr>
        </thead>
        <tbody>
          ${rows}
        </tbody>
      </table>
    </div>`;
}

function coverage(r: FitResult): Raw {
  const rows = coverageRows(r);
  if (!rows.length) return html``;
  const body = rows.map((x) => {
    const [cls, word] = x.how === 'shown' ? ['ok', '✔'] : x.how === 'alternative' ? ['alt', '○'] : ['bad', '✖'];
    const where = x.lines.length ? `lines ${x.lines.join(', ')}` : x.via ? `via ${x.via}` : 'not in the resume';
    return html`<tr>
      <td data-label="Term"><span class="${cls}" aria-hidden="true">${word}</span> ${x.term}</td>
      <td data-label="Kind">${GROUP_WORDS[skillGroupOf(x)].kind}</td>
      <td class="num" data-label="Posting says it">${times(x.posting)}</td>
      <td class="num" data-label="Resume says it">${times(x.resume)}</td>
      <td data-label="Where">${where}</td>
    </tr>`;
  });
  return html`<details class="coverage">
    <summary><h2 style="display:inline;border:0">Keyword coverage</h2></summary>
    <p class="muted">
      Each posting term, how many lines of the posting and of the resume say it, and where the resume does.
    </p>
    <div class="wrap">
      <table class="stack">
        <thead>
          <tr>
            <th>Term</th>
            <th>Kind</th>
            <th class="num">Posting</th>
            <th class="num">Resume</th>
            <th>Where in the resume</th>
          </tr>
        </thead>
        <tbody>
          ${body}
        </tbody>
      </table>
    </div>
  </details>`;
}

function background(r: FitResult): Raw {
  const { requiredYears: ry, candidateYears: cy } = r.experience;
  const yearsStatus =
    ry === null
      ? html`<span class="muted">not asked</span>`
      : cy === null
        ? html`<span class="tag unsure">? unknown</span>`
        : cy >= ry
          ? html`<span class="tag ok">✔ meets</span>`
          : html`<span class="tag bad">${`✖ ${Math.round((ry - cy) * 10) / 10} years short`}</span>`;
  const cmp = (asked: string | null, has: string | null, met: boolean | null) =>
    asked === null
      ? html`<span class="muted">not asked</span>`
      : has === null || met === null
        ? html`<span class="tag unsure">? unknown</span>`
        : met
          ? html`<span class="tag ok">✔ meets</span>`
          : html`<span class="tag bad">✖ below</span>`;
  const component = (name: string) => r.components.find((c) => c.name.toLowerCase().startsWith(name));
  const seniorityMet = (() => {
    const c = component('seniority');
    return c ? c.points >= c.weight * 0.85 : null;
  })();
  const row = (label: string, has: string, asked: string, status: Raw) =>
    html`<tr>
      <td data-label="">${label}</td>
      <td data-label="Resume">${has}</td>
      <td data-label="Posting">${asked}</td>
      <td data-label="">${status}</td>
    </tr>`;
  return html`<h2>Background</h2>
    <div class="wrap">
      <table class="stack">
        <thead>
          <tr>
            <th></th>
            <th>Resume</th>
            <th>Posting</th>
            <th></th>
          </tr>
        </thead>
        <tbody>
          ${row('Experience', cy === null ? 'no dated roles' : `${cy} years`, ry === null ? '—' : `${ry}+ years`, yearsStatus)}
          ${row('Seniority', r.seniority.candidate ?? 'unknown', r.seniority.required ?? '—', cmp(r.seniority.required, r.seniority.candidate, seniorityMet))}
          ${row('Education', r.education.candidate ?? 'none found', r.education.required ?? '—', cmp(r.education.required, r.education.candidate, r.education.met))}
        </tbody>
      </table>
    </div>`;
}

function breakdown(r: FitResult): Raw {
  const rows = r.components.map(
    (c) =>
      html`<tr>
        <td data-label="Component">${c.name}</td>
        <td class="num" data-label="Points">${`${c.points} / ${c.weight}`}</td>
        <td data-label="Detail">${c.detail}</td>
      </tr>`,
  );
  return html`<h2>Score breakdown</h2>
    <div class="wrap">
      <table class="stack">
        <thead>
          <tr>
            <th>Component</th>
            <th class="num">Points</th>
            <th>Detail</th>
          </tr>
        </thead>
        <tbody>
          ${rows}
          <tr>
            <td><strong>Total</strong></td>
            <td class="num"><strong>${`${r.score} / 100`}</strong></td>
            <td>${r.verdict}</td>
          </tr>
        </tbody>
      </table>
    </div>`;
}

function todo(r: FitResult): Raw {
  const messages = messagesOf(r);
  const warnings = unsaidWarnings(r);
  return html`${
    messages.length
      ? html`<h2>What to do</h2>
          <p class="muted">Most costly gap first.</p>
          <ol class="todo">
            ${messages.map((m) => html`<li>${m.kind === 'knockout' ? html`<span class="tag bad">✖ knock-out</span> ` : ''}${m.reason}</li>`)}
          </ol>`
      : ''
  }
  ${
    warnings.length
      ? html`<h2>Resume warnings</h2>
          <ul>
            ${warnings.map((w) => html`<li>${w}</li>`)}
          </ul>`
      : ''
  }`;
}

/** The summary box: gauge, verdict in words, knock-out count. */
function summary(r: FitResult): Raw {
  const hits = r.knockouts.filter((k) => k.status === 'hit').length;
  const unknown = r.knockouts.filter((k) => k.status === 'unknown').length;
  const cls = bandClass(r.score, r.knockedOut);
  const line = r.knockedOut
    ? `${hits} knock-out${hits === 1 ? '' : 's'} hit: the posting screens this resume out whatever the score (band: ${r.band}).`
    : unknown
      ? `${unknown} knock-out${unknown === 1 ? '' : 's'} to check; none hit.`
      : r.knockouts.length
        ? `No knock-out hit (${r.knockouts.length} clear).`
        : 'The posting states no knock-outs.';
  const matched = r.skills.matched.filter((m) => m.required).length;
  const required = r.job.skills.filter((s) => s.required).length;
  return html`<div class="summary">
    ${gauge(r.score, r.knockedOut, r.verdict)}
    <div>
      <div class="${`verdict ${cls}`}">
        ${r.knockedOut ? '✖ KNOCKED OUT' : r.verdict.toUpperCase()}<small>${line}</small>
      </div>
      <p class="muted">
        ${`${matched} of ${required} required skills shown · ${r.skills.matched.length} of ${r.job.skills.length} posting skills in all`}
      </p>
    </div>
  </div>`;
}

/** One candidate's report as a fragment (the single page and each candidate of a batch page). */
export function candidateHtml(r: FitResult, level = 1): Raw {
  const who = r.resume.name ?? baseName(r.resume.path);
  const h = level === 1 ? 'h1' : 'h2';
  return html`${raw(`<${h}>`)}${who} → ${r.job.title}${raw(`</${h}>`)}
    <p class="src">${`resume ${r.resume.path} (${r.resume.format}) · job ${r.job.path} · as of ${r.asOf}`}</p>
    ${summary(r)}${knockouts(r)}${skills(r)}${background(r)}${todo(r)}${breakdown(r)}${coverage(r)}`;
}

/** Render a result as a whole HTML page. */
export function htmlReport(r: FitResult): string {
  const who = r.resume.name ?? baseName(r.resume.path);
  return page(`fitcheck: ${who} → ${r.job.title}`, candidateHtml(r));
}

/** Several results (one resume, the jobs of a config file) as one page, one section each. */
export function htmlReportAll(results: FitResult[]): string {
  if (results.length === 1) return htmlReport(results[0]);
  const who = results[0].resume.name ?? baseName(results[0].resume.path);
  const sections = results.map((r) => html`<section class="candidate">${candidateHtml(r, 2)}</section>`);
  return page(
    `fitcheck: ${who} against ${results.length} jobs`,
    html`<h1>${who} against ${results.length} jobs</h1>
      ${sections}`,
  );
}
