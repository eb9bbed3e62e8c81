// Gold facts (roles, highest degree level, name) from resume-builder sources: Reactive Resume JSON, RenderCV YAML.
import { goldMonth, goldRange } from './dates.mjs';
import { degreeLevel, higher } from './degrees.mjs';

const list = (v) => (Array.isArray(v) ? v : []);

/** A Reactive Resume export's visible experience items and education. */
export function reactiveGold(doc, asOf) {
  const s = doc.sections ?? {};
  const roles = list(s.experience?.items)
    .filter((i) => i.visible !== false)
    .map((i) => {
      const [start, end] = goldRange(i.date, asOf);
      return { title: i.position, employer: i.company, start, end };
    });
  const education = list(s.education?.items)
    .filter((i) => i.visible !== false)
    .reduce((best, i) => higher(best, degreeLevel(`${i.studyType ?? ''}`)), null);
  return { name: doc.basics?.name ?? null, roles, education };
}

/** A RenderCV file's roles (entries with a company and a position, in any section) and degrees. */
export function renderCvGold(doc, asOf) {
  const cv = doc?.cv ?? {};
  const entries = Object.values(cv.sections ?? {})
    .flatMap(list)
    .filter((e) => e && typeof e === 'object');
  const roles = entries
    .filter((e) => e.company && e.position)
    .map((e) => {
      const [start, end] = e.date
        ? goldRange(e.date, asOf)
        : [goldMonth(e.start_date, asOf), goldMonth(e.end_date, asOf)];
      return { title: e.position, employer: e.company, start, end };
    });
  const education = entries
    .filter((e) => e.institution && e.degree)
    .reduce((best, e) => higher(best, degreeLevel(e.degree)), null);
  return { name: cv.name ?? null, roles, education };
}
