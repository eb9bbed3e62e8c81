/**
 * The HTML batch report: a ranked shortlist a hiring manager can open anywhere, each row linking to that candidate's
 * full report further down the same file. Sorting and filtering are progressive: without JavaScript it reads ranked.
 */
import { candidateHtml } from '../../report/html.js';
import { bandClass, html, page, scoreBar, type Raw } from '../../report/html-page.js';
import type { BatchRow } from '../row.js';
import type { BatchReportOptions } from './index.js';
import { commonDir } from './table.js';

// Sorts by a column's data-v (or its text), filters by text and knock-outs; the controls appear only with JavaScript.
const SCRIPT = `(function(){var t=document.getElementById("ranking");if(!t)return;var tb=t.tBodies[0];
var c=document.getElementById("controls");c.hidden=false;var q=document.getElementById("q"),ko=document.getElementById("hideko"),n=document.getElementById("shown");
function f(){var s=q.value.toLowerCase(),k=0;for(var i=0;i<tb.rows.length;i++){var r=tb.rows[i];var show=(!s||r.textContent.toLowerCase().indexOf(s)>=0)&&!(ko.checked&&r.getAttribute("data-ko")==="1");r.hidden=!show;if(show)k++;}n.textContent=k+" of "+tb.rows.length+" shown";}
q.addEventListener("input",f);ko.addEventListener("change",f);f();
var ths=t.tHead.rows[0].cells;for(var i=0;i<ths.length;i++)(function(th){if(!th.hasAttribute("data-sort"))return;var b=document.createElement("button");b.type="button";b.textContent=th.textContent;th.textContent="";th.appendChild(b);th.setAttribute("aria-sort","none");
b.addEventListener("click",function(){var dir=th.getAttribute("aria-sort")==="ascending"?"descending":"ascending";for(var j=0;j<ths.length;j++)if(ths[j].hasAttribute("aria-sort"))ths[j].setAttribute("aria-sort","none");th.setAttribute("aria-sort",dir);
var num=th.getAttribute("data-sort")==="num",ix=th.cellIndex,rows=Array.prototype.slice.call(tb.rows);
function v(r){var cell=r.cells[ix];var x=cell.getAttribute("data-v");return x===null?cell.textContent.trim():x;}
rows.sort(function(a,b){var x=v(a),y=v(b);var d=num?(parseFloat(x===""?"-1":x)-parseFloat(y===""?"-1":y)):x.localeCompare(y);return dir==="ascending"?d:-d;});
rows.forEach(function(r){tb.appendChild(r);});});})(ths[i]);})();`;

const baseName = (p: string) => p.split(/[\\/]/).pop() || p;

function rankRow(r: BatchRow, i: number, label: (r: BatchRow) => string, jobs: boolean): Raw {
  const score = r.score ?? 0;
  const ko = r.knockedOut === true;
  const name = r.name ?? baseName(r.resume);
  const link = r.detail ? html`<a href="${`#c${i}`}">${name}</a>` : html`${name}`;
  const missing = r.missing.length
    ? `${r.missing.join(', ')}${(r.missingCount ?? 0) > r.missing.length ? ` +${(r.missingCount ?? 0) - r.missing.length} more` : ''}`
    : '—';
  return html`<tr data-ko="${ko ? '1' : '0'}">
    <td class="num" data-label="#" data-v="${r.rank ?? ''}">${r.rank}</td>
    <td data-label="">
      <strong>${link}</strong>
      ${label(r) === name ? '' : html`<div class="muted src">${label(r)}</div>`}
    </td>
    ${jobs ? html`<td data-label="Job">${r.jobTitle ?? r.job}</td>` : ''}
    <td class="num" data-label="Score" data-v="${score}"><strong>${score}</strong>${scoreBar(score, ko)}</td>
    <td data-label="Band" data-v="${score}"><span class="${`tag ${bandClass(score, ko)}`}">${r.band}</span></td>
    <td data-label="Knock-outs" data-v="${ko ? 1 : 0}">
      ${ko ? html`<span class="tag bad">✖ knocked out</span>` : html`<span class="ok">✔ none hit</span>`}
    </td>
    <td data-label="Missing required" data-v="${r.missingCount ?? r.missing.length}">${missing}</td>
    <td class="num" data-label="Years" data-v="${r.years ?? ''}">${r.years ?? '—'}</td>
    <td data-label="Level">${r.level ?? '—'}</td>
  </tr>`;
}

/** Render ranked rows as one HTML page: the shortlist, then every scored candidate's report. */
export function htmlBatchReport(rows: BatchRow[], options: BatchReportOptions): string {
  const scored = rows.filter((r) => r.error === null);
  const failed = rows.filter((r) => r.error !== null);
  const dir = commonDir([...new Set(rows.map((r) => r.resume))]);
  const label = (r: BatchRow) => r.resume.slice(dir.length);
  const jobs = new Set(rows.map((r) => r.job)).size > 1;
  const titles = [...new Set(scored.map((r) => r.jobTitle ?? r.job))];
  const heading = jobs
    ? `${scored.length} pairs ranked`
    : `${titles[0] ?? 'Shortlist'}: ${scored.length} candidates ranked`;
  const table = html`<div class="controls noprint" id="controls" hidden>
      <label>Filter <input type="search" id="q" placeholder="name, skill, level…" /></label>
      <label><input type="checkbox" id="hideko" /> hide knocked out</label><span class="muted" id="shown"></span>
    </div>
    <div class="wrap">
      <table class="stack" id="ranking">
        <thead>
          <tr>
            <th class="num" data-sort="num">#</th>
            <th data-sort="text">Candidate</th>
            ${jobs ? html`<th data-sort="text">Job</th>` : ''}
            <th class="num" data-sort="num">Score</th>
            <th>Band</th>
            <th data-sort="num">Knock-outs</th>
            <th data-sort="num">Missing required</th>
            <th class="num" data-sort="num">Years</th>
            <th data-sort="text">Level</th>
          </tr>
        </thead>
        <tbody>
          ${scored.map((r, i) => rankRow(r, i, label, jobs))}
        </tbody>
      </table>
    </div>`;
  const errors = failed.length
    ? html`<h2>Not scored</h2>
        <ul>
          ${failed.map((r) => html`<li><strong>${label(r)}</strong>: ${r.error!.startsWith(`${r.resume}: `) ? r.error!.slice(r.resume.length + 2) : r.error}</li>`)}
        </ul>`
    : '';
  const candidates = scored.map((r, i) =>
    r.detail
      ? html`<section class="candidate" id="${`c${i}`}">
          <p class="back"><a href="#top">↑ back to the ranking</a> · rank ${r.rank}</p>
          ${candidateHtml(r.detail, 2)}
        </section>`
      : '',
  );
  const body = html`<h1 id="top">${heading}</h1>
    <p class="src">
      ${`as of ${options.asOf ?? scored[0]?.detail?.asOf ?? ''} · knocked-out candidates are listed after the others, whatever their score · open a name for the full report`}
    </p>
    ${table}${errors}${candidates}`;
  return page(`fitcheck: ${heading}`, body, SCRIPT);
}
