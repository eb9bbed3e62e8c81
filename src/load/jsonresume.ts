/** Maps JSON Resume (resume.json, or its YAML form) and YAMLResume (`content:`) onto the resume model. */
import { bullets, formatDate, formatRange, joined, textLines, type CodeResume, type Entry } from './resume-model.js';

type Obj = Record<string, unknown>;
const obj = (v: unknown): Obj => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Obj) : {});
const list = (v: unknown): Obj[] => (Array.isArray(v) ? v.map(obj) : []);

/** True for an object with JSON Resume's top-level keys. */
export function isJsonResume(data: unknown): boolean {
  const o = obj(data);
  return (
    typeof o.basics === 'object' &&
    ['work', 'education', 'skills', 'projects', 'volunteer'].some((k) => Array.isArray(o[k]))
  );
}

/** True for a YAMLResume document (`content:` holding JSON Resume-like sections). */
export function isYamlResume(data: unknown): boolean {
  const c = obj(obj(data).content);
  return typeof c.basics === 'object' || Array.isArray(c.work) || Array.isArray(c.education);
}

// YAMLResume's degree enum, spelled the way resumes (and fitcheck's education reader) say it.
const DEGREES: Record<string, string> = {
  doctor: 'Doctorate',
  associate: 'Associate degree',
  bachelor: 'Bachelor',
  master: 'Master',
};

function location(loc: unknown): string {
  if (typeof loc === 'string') return loc;
  const l = obj(loc);
  return joined([l.city, l.region, l.countryCode ?? l.country], ', ');
}

function roleEntry(w: Obj, employerKey: string): Entry {
  const employer = w[employerKey] ?? w.company ?? w.organization;
  return {
    heading: joined([w.position, employer], ', '),
    dates: formatRange(w.startDate, w.endDate, true),
    lines: [
      ...(w.location ? [joined([w.location], '')] : []),
      ...textLines(w.description),
      ...textLines(w.summary),
      ...bullets(w.highlights),
      ...(Array.isArray(w.keywords) && w.keywords.length ? [`Keywords: ${joined(w.keywords, ', ')}`] : []),
    ],
  };
}

/** The resume model of a JSON Resume or YAMLResume document. */
export function fromJsonResume(data: unknown): CodeResume {
  const root = obj(data);
  const r = isYamlResume(data) && !isJsonResume(data) ? obj(root.content) : root;
  const b = obj(r.basics);
  const profiles = [...list(b.profiles), ...list(r.profiles)];
  const contact = [
    b.email,
    b.phone,
    b.url ?? b.website,
    location(b.location ?? r.location),
    ...profiles.map((p) => p.url ?? joined([p.network, p.username], ': ')),
  ].map((v) => joined([v], ''));
  const degree = (e: Obj) => {
    const d = String(e.studyType ?? e.degree ?? '');
    return DEGREES[d.toLowerCase()] ?? d;
  };
  const sections: CodeResume['sections'] = [
    { title: 'Summary', entries: [{ lines: textLines(b.summary) }] },
    { title: 'Experience', entries: list(r.work).map((w) => roleEntry(w, 'name')) },
    { title: 'Volunteer', entries: list(r.volunteer).map((w) => roleEntry(w, 'organization')) },
    {
      title: 'Education',
      entries: list(r.education).map((e) => ({
        heading: joined([joined([degree(e), e.area], ' in '), e.institution], ', '),
        dates: formatRange(e.startDate, e.endDate, false),
        lines: [
          ...(e.score ? [`Score: ${joined([e.score], '')}`] : []),
          ...(Array.isArray(e.courses) && e.courses.length ? [`Courses: ${joined(e.courses, ', ')}`] : []),
          ...textLines(e.summary),
        ],
      })),
    },
    { title: 'Skills', entries: list(r.skills).map((s) => ({ lines: [namedKeywords(s)] })) },
    {
      title: 'Projects',
      entries: list(r.projects).map((p) => ({
        heading: joined([p.name, p.entity], ', '),
        dates: formatRange(p.startDate, p.endDate, false),
        lines: [
          ...textLines(p.description),
          ...textLines(p.summary),
          ...bullets(p.highlights),
          ...(Array.isArray(p.keywords) && p.keywords.length ? [`Keywords: ${joined(p.keywords, ', ')}`] : []),
        ],
      })),
    },
    {
      title: 'Certificates',
      entries: list(r.certificates).map((c) => ({ lines: [joined([c.name, c.issuer, formatDate(c.date)], ', ')] })),
    },
    {
      title: 'Awards',
      entries: list(r.awards).map((a) => ({
        lines: [joined([a.title, a.awarder, formatDate(a.date)], ', '), ...textLines(a.summary)],
      })),
    },
    {
      title: 'Publications',
      entries: list(r.publications).map((p) => ({
        lines: [joined([p.name, p.publisher, formatDate(p.releaseDate)], ', '), ...textLines(p.summary)],
      })),
    },
    { title: 'Languages', entries: list(r.languages).map((l) => ({ lines: [joined([l.language, l.fluency], ': ')] })) },
    { title: 'Interests', entries: list(r.interests).map((i) => ({ lines: [namedKeywords(i)] })) },
    {
      title: 'References',
      entries: list(r.references).map((x) => ({ lines: [joined([x.name], ''), ...textLines(x.reference)] })),
    },
  ];
  return {
    name: joined([b.name], ''),
    headline: joined([b.label ?? b.headline], ''),
    contact: contact.filter(Boolean),
    sections,
  };
}

function namedKeywords(s: Obj): string {
  const name = joined([s.name, s.level ? `(${joined([s.level], '')})` : ''], ' ');
  const kws = Array.isArray(s.keywords) ? joined(s.keywords, ', ') : '';
  return name && kws ? `${name}: ${kws}` : name || kws;
}
