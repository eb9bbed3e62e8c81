/** Maps a RenderCV YAML (`cv:` with free-form `sections:`) onto the resume model, entry type by entry type. */
import {
  bullets,
  formatDate,
  formatRange,
  joined,
  plain,
  textLines,
  titleCase,
  type CodeResume,
  type Entry,
} from './resume-model.js';

type Obj = Record<string, unknown>;
const obj = (v: unknown): Obj => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Obj) : {});

/** True for a RenderCV document. */
export function isRenderCv(data: unknown): boolean {
  const cv = obj(obj(data).cv);
  return typeof cv.name === 'string' || typeof cv.sections === 'object';
}

function dates(e: Obj, openEnded: boolean): string | undefined {
  return e.date !== null && e.date !== undefined && e.date !== ''
    ? formatDate(e.date)
    : formatRange(e.start_date, e.end_date, openEnded);
}

/** One RenderCV entry of any of its types (experience, education, normal, publication, one-line, bullet, numbered, text). */
function entry(raw: unknown): Entry {
  if (typeof raw !== 'object' || raw === null) return { lines: textLines(raw) };
  const e = obj(raw);
  const body = [...(e.location ? [plain(e.location)] : []), ...textLines(e.summary), ...bullets(e.highlights)];
  if (e.company !== undefined || e.position !== undefined)
    return { heading: joined([e.position, e.company], ', '), dates: dates(e, true), lines: body };
  if (e.institution !== undefined)
    return {
      heading: joined([joined([e.degree, e.area], ' in '), e.institution], ', '),
      dates: dates(e, false),
      lines: body,
    };
  if (e.title !== undefined)
    return {
      heading: joined([e.title, e.journal], ' — '),
      dates: dates(e, false),
      lines: [...(Array.isArray(e.authors) ? [joined(e.authors, ', ')] : []), ...body],
    };
  if (e.label !== undefined) return { lines: [`${plain(e.label)}: ${plain(e.details)}`] };
  if (e.name !== undefined) return { heading: plain(e.name), dates: dates(e, false), lines: body };
  const one = e.bullet ?? e.number ?? e.reversed_number;
  return { lines: one !== undefined ? [`- ${plain(one)}`] : body };
}

/** The resume model of a RenderCV document. */
export function fromRenderCv(data: unknown): CodeResume {
  const cv = obj(obj(data).cv);
  const socials = Array.isArray(cv.social_networks)
    ? cv.social_networks.map((s) => joined([obj(s).network, obj(s).username], ': '))
    : [];
  const sections = Object.entries(obj(cv.sections)).map(([key, entries]) => ({
    title: titleCase(key),
    entries: (Array.isArray(entries) ? entries : [entries]).map(entry),
  }));
  return {
    name: joined([cv.name], ''),
    headline: joined([cv.headline], ''),
    contact: [cv.email, cv.phone, cv.website, cv.location, ...socials].map((v) => joined([v], '')).filter(Boolean),
    sections,
  };
}
