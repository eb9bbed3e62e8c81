// One resume as PDF and as DOCX: fitcheck should read the same facts from both.
import { loose } from '../lib/match.mjs';

const rolesKey = (p) => p.roles.map((r) => `${loose(r.title)}|${loose(r.employer)}|${r.start}|${r.end}`).join('\n');
const skillsKey = (p) => [...new Set(p.skills)].sort().join(', ');

/** Compare the two readings of one pair: roles, years, education and skills. */
export function comparePair(t, id, pdf, docx) {
  const a = pdf.summary;
  const b = docx.summary;
  const facts = {
    roles: (p) => rolesKey(p),
    years: (p) => String(p.years),
    education: (p) => String(p.education),
    skills: (p) => skillsKey(p),
  };
  for (const [name, key] of Object.entries(facts)) {
    const x = a ? key(a) : `(${pdf.crash ? 'crash' : 'refused'})`;
    const y = b ? key(b) : `(${docx.crash ? 'crash' : 'refused'})`;
    t.check(
      `pairs.${name}`,
      id,
      !!a && !!b && x === y,
      `PDF: ${x.replace(/\n/g, ' | ')}`,
      `DOCX: ${y.replace(/\n/g, ' | ')}`,
    );
  }
}
