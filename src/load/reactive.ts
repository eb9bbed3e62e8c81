/**
 * Maps a Reactive Resume export (`basics` + `sections` whose values hold `items`, `metadata` for the
 * template) onto the resume model, so its layout metadata (css, theme, fonts) never reads as resume text.
 * Items and sections marked `visible: false` are left out, as the builder leaves them off the page.
 */
import { htmlToText } from './html.js';
import { formatDate, formatRange, joined, plain, titleCase, type CodeResume, type Entry } from './resume-model.js';

type Obj = Record<string, unknown>;
const obj = (v: unknown): Obj => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Obj) : {});
const str = (v: unknown): string => (typeof v === 'string' || typeof v === 'number' ? plain(v) : '');

/** True for a Reactive Resume export: `basics` and a `sections` object whose sections carry `items` lists. */
export function isReactiveResume(data: unknown): boolean {
  const o = obj(data);
  if (typeof o.basics !== 'object' || typeof o.sections !== 'object' || Array.isArray(o.sections)) return false;
  return Object.values(obj(o.sections)).some((s) => Array.isArray(obj(s).items));
}

/** Lines of a rich-text field (the builder stores HTML: paragraphs and list items). */
function rich(value: unknown): string[] {
  const s = typeof value === 'string' ? value : '';
  if (!s.trim()) return [];
  const text = /<[a-z][a-z0-9]*[\s/>]/i.test(s) ? htmlToText(s) : s;
  return text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
}

/**
 * The builder's date is one free-text field ("January 2019 to Present", "Jun 2016 - Dec 2018", "2020").
 * A range is split at its connective and each side spelled the canonical way; anything else is kept.
 */
function reactiveDates(value: unknown): string | undefined {
  const s = str(value);
  if (!s) return undefined;
  // Split at the connective word by word (linear: no pattern that backtracks over the field).
  const words = s
    .replace(/[–—]/g, ' – ')
    .replace(/(\d) ?- ?(\d{4}|[A-Za-z])/g, '$1 – $2')
    .replace(/ - /g, ' – ')
    .split(/\s+/)
    .filter(Boolean);
  const at = words.findIndex((w) => /^(?:to|until|till|through|–)$/i.test(w));
  if (at > 0 && at < words.length - 1)
    return formatRange(words.slice(0, at).join(' '), words.slice(at + 1).join(' '), false);
  return formatDate(s);
}

const url = (v: unknown): string => (typeof v === 'string' ? v : str(obj(v).href));
const keywords = (v: unknown): string[] => (Array.isArray(v) ? v.map(str).filter(Boolean) : []);

/** One item of any section, by the fields it carries (a role, a school, a skill group, a plain entry). */
function entry(raw: unknown): Entry | null {
  const i = obj(raw);
  if (i.visible === false) return null;
  const dates = reactiveDates(i.date ?? i.period) ?? formatRange(i.startDate, i.endDate, false);
  const body = rich(i.summary ?? i.description);
  const kws = keywords(i.keywords);
  if (i.position !== undefined || i.company !== undefined)
    return { heading: joined([i.position, i.company], ', '), dates, lines: [...rich(i.location), ...body] };
  if (i.institution !== undefined)
    return {
      heading: joined([i.studyType ?? i.degree, i.area, i.institution], ', '),
      dates,
      lines: [...(str(i.score) ? [`Score: ${str(i.score)}`] : []), ...rich(i.summary)],
    };
  if (i.network !== undefined) return null; // profiles go to the contact line
  const name = str(i.name ?? i.title);
  const note = str(i.description);
  if (kws.length && name) return { lines: [`${name}${note ? ` (${note})` : ''}: ${kws.join(', ')}`] };
  if (kws.length) return { lines: [kws.join(', ')] };
  const detail = joined([i.issuer ?? i.awarder ?? i.publisher, i.organization], ', ');
  // A project's description is its role ("Project Lead"); a language's, its fluency.
  const head = joined([name, typeof i.description === 'string' && !/</.test(i.description) ? note : '', detail], ', ');
  return { heading: head || undefined, dates, lines: rich(i.summary) };
}

const ORDER = [
  'summary',
  'experience',
  'volunteer',
  'education',
  'skills',
  'projects',
  'certifications',
  'awards',
  'publications',
  'languages',
  'interests',
  'references',
];

/** The resume model of a Reactive Resume export. */
export function fromReactiveResume(data: unknown): CodeResume {
  const root = obj(data);
  const b = obj(root.basics);
  const all = obj(root.sections);
  const custom = [
    ...Object.values(obj(all.custom)),
    ...(Array.isArray(root.customSections) ? root.customSections : []),
  ];
  const named = Object.entries(all).filter(([k]) => k !== 'custom');
  named.sort(([a], [b2]) => rank(a) - rank(b2));
  const profiles = Array.isArray(obj(all.profiles).items) ? (obj(all.profiles).items as unknown[]).map(obj) : [];
  const sections: CodeResume['sections'] = [];
  const summary = obj(root.summary).content ?? obj(all.summary).content;
  if (obj(root.summary).visible !== false && obj(all.summary).visible !== false)
    sections.push({ title: 'Summary', entries: [{ lines: rich(summary) }] });
  for (const [key, s] of [...named, ...custom.map((c) => ['', c] as const)]) {
    const sec = obj(s);
    if (key === 'summary' || key === 'profiles' || sec.visible === false || sec.hidden === true) continue;
    if (!Array.isArray(sec.items)) continue;
    const title = str(sec.name ?? sec.title) || titleCase(key);
    sections.push({ title, entries: sec.items.map(entry).filter((e): e is Entry => e !== null) });
  }
  return {
    name: str(b.name),
    headline: str(b.headline ?? b.label),
    contact: [
      b.email,
      b.phone,
      b.location,
      url(b.url ?? b.website),
      ...profiles.filter((p) => p.visible !== false).map((p) => url(p.url) || joined([p.network, p.username], ': ')),
    ]
      .map(str)
      .filter(Boolean),
    sections,
  };
}

function rank(key: string): number {
  const i = ORDER.indexOf(key);
  return i < 0 ? ORDER.length : i;
}
