/** The resume model that resume-as-code formats are mapped to, and its rendering as canonical resume text. */

/** One entry of a section: a heading line (with dates) and the lines under it. */
export interface Entry {
  heading?: string;
  dates?: string;
  lines: string[];
}

/** A resume as structured data, ready to render. */
export interface CodeResume {
  name?: string;
  headline?: string;
  contact: string[];
  sections: { title: string; entries: Entry[] }[];
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** A date as resumes write it ("Sep 2018", "2018", "Present"), from ISO or free-form input. */
export function formatDate(value: unknown): string | undefined {
  if (value === null || value === undefined || value === '') return undefined;
  if (value instanceof Date) return `${MONTHS[value.getUTCMonth()]} ${value.getUTCFullYear()}`;
  const s = String(value).trim();
  if (/^(present|current|now|ongoing)$/i.test(s)) return 'Present';
  let m = /^(\d{4})-(\d{1,2})(?:-\d{1,2})?/.exec(s);
  if (m && Number(m[2]) >= 1 && Number(m[2]) <= 12) return `${MONTHS[Number(m[2]) - 1]} ${m[1]}`;
  m = /^([A-Za-z]{3})[a-z]*\.?\s+(?:\d{1,2},?\s+)?(\d{4})$/.exec(s);
  if (m && MONTHS.some((mon) => mon.toLowerCase() === m![1].toLowerCase()))
    return `${m[1][0].toUpperCase()}${m[1].slice(1, 3).toLowerCase()} ${m[2]}`;
  return s;
}

/** "Sep 2018 – Present" from a start and an end; `openEnded` means a missing end is the present. */
export function formatRange(start: unknown, end: unknown, openEnded: boolean): string | undefined {
  const a = formatDate(start);
  const b = formatDate(end) ?? (a && openEnded ? 'Present' : undefined);
  if (a && b) return `${a} – ${b}`;
  return a ?? b;
}

/** Strip inline Markdown (links, emphasis, code) that resume-as-code allows in its strings. */
export function plain(value: unknown): string {
  return String(value ?? '')
    .replace(/\[([^[\]]*)\]\([^()]*\)/g, '$1')
    .replace(/\*\*([^*]+)\*\*|__([^_]+)__/g, '$1$2')
    .replace(/(^|[^\w*])\*([^*\n]+)\*(?!\w)/g, '$1$2')
    .replace(/`([^`]+)`/g, '$1')
    .trim();
}

/** Lines of a free-text field, Markdown bullets kept as "- ". */
export function textLines(value: unknown): string[] {
  if (value === null || value === undefined) return [];
  return plain(value)
    .split('\n')
    .map((l) =>
      l
        .trim()
        .replace(/^[*+•]\s+/, '- ')
        .replace(/^\d+\.\s+/, '- '),
    )
    .filter(Boolean);
}

/** Bullet lines for a list of strings. */
export function bullets(values: unknown): string[] {
  return Array.isArray(values)
    ? values.filter((v) => v !== null && v !== undefined && String(v).trim()).map((v) => `- ${plain(v)}`)
    : [];
}

/** Join the present parts with a separator. */
export function joined(parts: unknown[], sep: string): string {
  return parts
    .map((p) => (p === null || p === undefined ? '' : plain(p)))
    .filter(Boolean)
    .join(sep);
}

/** Canonical resume text: name, headline, contact line, then sections with "Heading — dates" entries. */
export function renderResume(r: CodeResume): string {
  const out: string[] = [];
  if (r.name) out.push(plain(r.name));
  if (r.headline) out.push(plain(r.headline));
  if (r.contact.length) out.push(r.contact.map(plain).filter(Boolean).join(' | '));
  for (const section of r.sections) {
    const entries = section.entries.filter((e) => e.heading || e.dates || e.lines.length);
    if (entries.length === 0) continue;
    out.push('', section.title);
    for (const e of entries) {
      // A range follows " — " like a role line; a single date goes in brackets, so "NeurIPS 2023 — Jul 2023" is not read as a range.
      const dates = e.dates && !e.dates.includes('–') ? `(${e.dates})` : e.dates;
      const head =
        e.heading && dates ? `${e.heading} ${dates.startsWith('(') ? '' : '— '}${dates}` : e.heading || dates;
      if (head) out.push(head);
      out.push(...e.lines);
    }
  }
  return out.join('\n');
}

/** "selected_honors" → "Selected Honors". */
export function titleCase(key: string): string {
  return key.replace(/[_-]+/g, ' ').replace(/\b\w/g, (c) => c.toUpperCase());
}
