/**
 * The HTML page shell: escaping, one inline style sheet (phone, desktop, print), and a Content-Security-Policy
 * that lets only the page's own inline script run, so even text that escaped escaping could not execute.
 */

/** Escape text for HTML element content and quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** The tagged-template form: every interpolated value escaped unless it is `raw()` markup built here. */
export class Raw {
  constructor(readonly html: string) {}
}
/** Markup this module built, to insert as is. */
export const raw = (html: string) => new Raw(html);
type Part = string | number | null | undefined | Raw | Part[];
const render = (v: Part): string =>
  v instanceof Raw ? v.html : Array.isArray(v) ? v.map(render).join('') : v == null ? '' : escapeHtml(String(v));
/** Build markup: `html\`<td>${text}</td>\`` escapes `text`. */
export function html(strings: TemplateStringsArray, ...values: Part[]): Raw {
  return raw(strings.reduce((out, s, i) => out + compact(s) + (i < values.length ? render(values[i]) : ''), ''));
}

// The templates' own line breaks and indentation (source layout) are no part of the page: dropped next to a
// tag, one space elsewhere. Only the literal parts are touched, never document text.
function compact(s: string): string {
  const lines = s.split('\n');
  if (lines.length === 1) return s;
  let out = lines[0].trimEnd();
  lines.slice(1).forEach((line, i) => {
    const t = i === lines.length - 2 ? line.trimStart() : line.trim();
    const glue = t === '' || t.startsWith('<') || out.endsWith('>') ? '' : ' ';
    out += glue + t;
  });
  return out;
}

const CSS = `
:root{--fg:#1b1f24;--muted:#57606a;--line:#d0d7de;--bg:#fff;--panel:#f6f8fa;--ok:#1a7f37;--bad:#cf222e;--unsure:#9a6700;--alt:#0969da}
*{box-sizing:border-box}
body{margin:0;font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;color:var(--fg);background:var(--bg)}
main{max-width:60rem;margin:0 auto;padding:1rem}
h1{font-size:1.4rem;margin:.5rem 0}h2{font-size:1.15rem;margin:1.6rem 0 .5rem;border-bottom:1px solid var(--line);padding-bottom:.2rem}
.muted,.src{color:var(--muted);font-size:.9rem}.src{overflow-wrap:anywhere}
.summary{display:flex;gap:1rem;align-items:center;flex-wrap:wrap;background:var(--panel);border:1px solid var(--line);border-radius:8px;padding:.8rem}
.gauge{width:7.5rem;height:7.5rem;flex:none}.gauge text{font:700 26px system-ui,sans-serif;fill:var(--fg)}.gauge .of{font-size:11px;font-weight:400;fill:var(--muted)}
.verdict{font-size:1.2rem;font-weight:700}.verdict small{display:block;font-size:.95rem;font-weight:400;color:var(--muted)}
.tag{display:inline-block;font-size:.85rem;font-weight:600;padding:0 .4rem;border-radius:4px;border:1px solid currentColor;white-space:nowrap}
.ok{color:var(--ok)}.bad{color:var(--bad)}.unsure{color:var(--unsure)}.alt{color:var(--alt)}
.wrap{overflow-x:auto}
table{border-collapse:collapse;width:100%;font-size:.95rem}th,td{text-align:left;vertical-align:top;padding:.35rem .5rem;border-bottom:1px solid var(--line)}
th{background:var(--panel);font-weight:600;white-space:nowrap}td.num,th.num{text-align:right;white-space:nowrap}
details summary{cursor:pointer;color:var(--alt)}blockquote{margin:.3rem 0 .3rem .5rem;padding:.2rem .5rem;border-left:3px solid var(--line);overflow-wrap:anywhere}
blockquote .ln{color:var(--muted);font-size:.85rem;margin-right:.4rem}mark{background:#fff3b0;color:inherit}
.ko{margin:.4rem 0;padding:.5rem .7rem;border:1px solid var(--line);border-left-width:5px;border-radius:6px}
.ko.hit{border-left-color:var(--bad)}.ko.unknown{border-left-color:var(--unsure)}.ko.clear{border-left-color:var(--ok)}
.ko p{margin:.2rem 0}.ko .quote{overflow-wrap:anywhere}
ol.todo li{margin:.35rem 0}
.bar{display:inline-block;vertical-align:middle;width:6rem;height:.7rem;background:var(--panel);border:1px solid var(--line);border-radius:3px;margin-left:.4rem}
.bar>span{display:block;height:100%;border-radius:2px}
.controls{display:flex;gap:.8rem;flex-wrap:wrap;align-items:center;margin:.5rem 0}.controls input[type=search]{font:inherit;padding:.3rem .5rem;min-width:14rem}
th button{font:inherit;font-weight:600;background:none;border:0;padding:0;cursor:pointer;color:inherit}th[aria-sort] button::after{content:" ↕";color:var(--muted)}
th[aria-sort=ascending] button::after{content:" ↑"}th[aria-sort=descending] button::after{content:" ↓"}
.candidate{border-top:3px solid var(--line);margin-top:2rem;padding-top:.5rem}.back{font-size:.9rem}
@media (max-width:40rem){main{padding:.6rem}body{font-size:15px}
 table.stack thead{display:none}table.stack tr{display:block;border-bottom:1px solid var(--line);padding:.3rem 0}
 table.stack td{display:inline-block;border:0;padding:.1rem .3rem}table.stack td:first-child,table.stack td.block{display:block}
 table.stack td[data-label]:not([data-label=""])::before{content:attr(data-label) ": ";color:var(--muted);font-size:.85rem}
 table.stack td.num{text-align:left}}
@media print{.controls,.back,.noprint{display:none!important}main{max-width:none;padding:0}details{display:block}
 details>summary{list-style:none;color:var(--fg)}details::details-content{content-visibility:visible;display:block}.candidate{break-before:page}
 a{color:inherit;text-decoration:none}.summary,.ko{break-inside:avoid}}
`;

/** Opens every collapsed piece of evidence before printing, so paper shows it all. */
export const PRINT_SCRIPT = `addEventListener("beforeprint",function(){document.querySelectorAll("details").forEach(function(d){d.open=true;});});`;

/** A whole, self-contained HTML document: no network, no external fonts, scripts or images. */
export function page(title: string, body: Raw, extraScript = ''): string {
  const script = PRINT_SCRIPT + extraScript;
  // node:crypto loads only when a page is made, not with every check (the startup test counts built-ins).
  const { createHash } = process.getBuiltinModule('node:crypto');
  const hash = createHash('sha256').update(script).digest('base64');
  const csp = `default-src 'none'; style-src 'unsafe-inline'; img-src data:; script-src 'sha256-${hash}'`;
  return (
    '<!doctype html>\n' +
    html`<html lang="en">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta http-equiv="Content-Security-Policy" content="${csp}" />
        <meta name="generator" content="fitcheck" />
        <title>${title}</title>
        <style>
          ${raw(CSS)}
        </style>
      </head>
      <body>
        <main>${body}</main>
        ${raw(`<script>${script}</script>`)}
      </body>
    </html>`.html +
    '\n'
  );
}

/** The colour class of a score, always shown next to its band word. */
export function bandClass(score: number, knockedOut: boolean): string {
  return knockedOut || score < 40 ? 'bad' : score >= 80 ? 'ok' : score >= 60 ? 'alt' : 'unsure';
}

const BAND_COLOR: Record<string, string> = { ok: '#1a7f37', alt: '#0969da', unsure: '#9a6700', bad: '#cf222e' };

/** A circular score gauge as inline SVG, with the number in words for screen readers. */
export function gauge(score: number, knockedOut: boolean, verdict: string): Raw {
  const r = 42;
  const circ = 2 * Math.PI * r;
  const filled = (Math.max(0, Math.min(100, score)) / 100) * circ;
  const color = BAND_COLOR[bandClass(score, knockedOut)];
  return html`<svg class="gauge" viewBox="0 0 100 100" role="img" aria-label="${`Score ${score} of 100, ${verdict}`}">
    <circle cx="50" cy="50" r="${r}" fill="none" stroke="#d0d7de" stroke-width="10" />
    <circle
      cx="50"
      cy="50"
      r="${r}"
      fill="none"
      stroke="${color}"
      stroke-width="10"
      stroke-linecap="butt"
      stroke-dasharray="${`${filled.toFixed(1)} ${circ.toFixed(1)}`}"
      transform="rotate(-90 50 50)"
    />
    <text x="50" y="55" text-anchor="middle">${score}</text>
    <text class="of" x="50" y="70" text-anchor="middle">of 100</text>
  </svg>`;
}

/** A horizontal score bar with its number beside it (the number carries the meaning; the bar is decoration). */
export function scoreBar(score: number, knockedOut: boolean): Raw {
  const color = BAND_COLOR[bandClass(score, knockedOut)];
  return html`<span class="bar" aria-hidden="true"
    ><span style="${`width:${Math.max(0, Math.min(100, score))}%;background:${color}`}"></span
  ></span>`;
}
