/** Finds taxonomy skills in text, line by line, with evidence. */
import type { Evidence, SkillHit } from '../types.js';
import { defaultTaxonomy, type Form, type Taxonomy } from './taxonomy.js';
import { tokenize, type Token } from './tokenize.js';

/** One skill occurrence on one line. */
export interface SkillMatch {
  skill: string;
  category: string;
  evidence: Evidence;
}

/** Tokens of a line, with "/"- and "-"-joined words split unless the dictionary knows the whole. */
function lineTokens(line: string, tax: Taxonomy): Token[] {
  const out: Token[] = [];
  for (const t of tokenize(line)) {
    if (!/[\/-]/.test(t.key) || tax.compoundKeys.has(t.key) || tax.byFirstKey.has(t.key)) {
      out.push(t);
      continue;
    }
    let offset = t.start;
    for (const part of t.raw.split(/[\/-]/)) {
      if (!part) continue;
      const start = line.indexOf(part, offset);
      out.push(...tokenize(part).map((p) => ({ ...p, start: start + p.start, end: start + p.end })));
      offset = start + part.length;
    }
  }
  return out;
}

function formMatches(form: Form, tokens: Token[], i: number): boolean {
  if (i + form.keys.length > tokens.length) return false;
  for (let j = 0; j < form.keys.length; j++) if (tokens[i + j].key !== form.keys[j]) return false;
  if (!form.caseSensitive) return true;
  const written = tokens.slice(i, i + form.keys.length).map((t) => t.raw).join(' ');
  const wanted = tokenize(form.text).map((t) => t.raw).join(' ');
  return written === wanted;
}

/** Every skill occurrence in one line (longest form wins at each position). */
export function matchLine(line: string, lineNo: number, tax: Taxonomy = defaultTaxonomy()): SkillMatch[] {
  const tokens = lineTokens(line, tax);
  const out: SkillMatch[] = [];
  for (let i = 0; i < tokens.length; ) {
    const form = tax.byFirstKey.get(tokens[i].key)?.find((f) => formMatches(f, tokens, i));
    if (!form) {
      i++;
      continue;
    }
    const last = tokens[i + form.keys.length - 1];
    const match = line.slice(tokens[i].start, last.end);
    out.push({ skill: form.skill.name, category: form.skill.category, evidence: { line: lineNo, text: line, match } });
    i += form.keys.length;
  }
  return out;
}

/** Skills of a whole document, grouped by skill, in order of first appearance. */
export function extractSkills(lines: string[], tax: Taxonomy = defaultTaxonomy()): SkillHit[] {
  const bySkill = new Map<string, SkillHit>();
  lines.forEach((line, idx) => {
    for (const m of matchLine(line, idx + 1, tax)) {
      const hit = bySkill.get(m.skill) ?? { skill: m.skill, category: m.category, evidence: [] };
      hit.evidence.push(m.evidence);
      bySkill.set(m.skill, hit);
    }
  });
  return [...bySkill.values()];
}
