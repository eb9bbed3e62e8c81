/** The skills sections of the text report: a compact two-column grid, or one evidence line per skill. */
import { showingText } from '../score/depth.js';
import { fromText, GROUP_WORDS, skillGroupOf } from '../score/section.js';
import type { Evidence, FitResult, PostingSection, SkillShowing } from '../types.js';
import { hang, padVisible, trimAround, visibleWidth, WIDTH } from './layout.js';
import type { Style } from './style.js';

interface Item {
  mark: string;
  name: string;
  note: string;
  evidence?: Evidence;
  /** How the resume shows it, in words (details view). */
  how?: string;
}

/** The short note of the grid: where the skill is shown ("2 roles", "list only", "implied: TensorFlow"). */
function shortNote(sh: SkillShowing | undefined, line: number | undefined): string {
  if (!sh) return `line ${line ?? '?'}`;
  if (sh.how === 'implied') return 'implied';
  return sh.roles > 0 ? `${sh.roles} role${sh.roles === 1 ? '' : 's'}` : sh.listedOnly ? 'list only' : 'undated';
}

const COL = 39;
const NAME = 24;

/** One evidence line, trimmed around its match, the match in bold. */
export function evidenceLine(e: Evidence, s: Style, indent: number): string {
  const prefix = `line ${e.line}: `;
  const shown = trimAround(e.text, e.match, WIDTH - indent - prefix.length);
  const at = shown.indexOf(e.match);
  const body = at >= 0 && e.match ? shown.slice(0, at) + s.c.bold(e.match) + shown.slice(at + e.match.length) : shown;
  return ' '.repeat(indent) + s.c.dim(prefix) + body;
}

const joined = (...parts: string[]) => parts.filter(Boolean).join('; ');

function items(r: FitResult, group: PostingSection, s: Style): Item[] {
  const inGroup = (m: { required: boolean; section?: PostingSection }) => skillGroupOf(m) === group;
  const missing = r.skills.missing
    .filter(inGroup)
    .map((m) => ({ mark: s.bad(''), name: m.skill, note: 'missing', how: joined('missing', fromText(m)) }));
  const alts = (r.skills.alternatives ?? []).filter(inGroup).map((m) => ({
    mark: s.neutral(''),
    name: m.skill,
    note: `via ${m.via}`,
    how: joined(m.shown ? `via ${m.via}: ${showingText(m.shown)}` : `via ${m.via}`, fromText(m)),
  }));
  const shown = r.skills.matched.filter(inGroup).map((m) => ({
    // Implied (a narrower skill named, the skill itself not) earns partial credit: marked like an alternative.
    mark: m.shown?.how === 'implied' ? s.neutral('') : s.ok(''),
    name: m.skill,
    note: shortNote(m.shown, m.evidence[0]?.line),
    evidence: m.evidence[0],
    how: joined(m.shown ? showingText(m.shown) : '', fromText(m)),
  }));
  return [...missing, ...alts, ...shown];
}

function cell(it: Item, s: Style): string {
  const name = visibleWidth(it.name) > NAME - 1 ? trimAround(it.name, '', NAME - 1) : it.name;
  const note =
    it.note === 'missing'
      ? s.c.red(it.note)
      : it.note.startsWith('via') || it.note.startsWith('implied')
        ? s.c.cyan(trimAround(it.note, '', COL - NAME - 3))
        : s.c.dim(trimAround(it.note, '', COL - NAME - 3));
  return `${it.mark} ${padVisible(name, NAME)}${note}`;
}

/**
 * The skills section of one group (required, preferred, named in the duties, mentioned); empty when the posting
 * names none of that group. A duty's heading says what it is: what the role involves, not a preference.
 */
export function skillsSection(r: FitResult, group: PostingSection, s: Style, details: boolean): string[] {
  const list = items(r, group, s);
  if (!list.length) return [];
  const shown = list.filter((i) => i.evidence).length;
  const alt = list.filter((i) => i.note.startsWith('via')).length;
  const implied = list.filter((i) => i.note.startsWith('implied')).length;
  const words = GROUP_WORDS[group];
  const counts = `${shown} of ${list.length} shown${implied ? ` (${implied} only implied)` : ''}${alt ? `, ${alt} covered by an alternative` : ''}`;
  const out = ['', `${s.heading(words.heading)}  ${counts}`];
  if (words.hint) out.push(s.c.dim(`  ${words.hint}`));
  if (details) {
    for (const it of list) {
      const note = it.how || (it.evidence ? '' : it.note);
      const head = `  ${it.mark} ${it.name}`;
      // The note goes on the skill's line when it fits, else on the next, cut to the width.
      if (!note) out.push(head);
      else if (visibleWidth(head) + note.length + 3 <= WIDTH) out.push(`${head} ${s.c.dim(`(${note})`)}`);
      else out.push(head, `    ${s.c.dim(trimAround(`(${note})`, '', WIDTH - 4))}`);
      if (it.evidence) out.push(evidenceLine(it.evidence, s, 4));
    }
    return out;
  }
  // Column-major, so each column reads top to bottom.
  const rows = Math.ceil(list.length / 2);
  for (let i = 0; i < rows; i++) {
    const left = cell(list[i], s);
    const right = list[i + rows] ? cell(list[i + rows], s) : '';
    out.push(`  ${right ? padVisible(left, COL) : left}${right}`.trimEnd());
  }
  const byWhat = r.skills.matched.filter((m) => skillGroupOf(m) === group && m.shown?.how === 'implied');
  if (byWhat.length)
    out.push(
      ...hang(
        '',
        `Implied only (partial credit): ${byWhat.map((m) => `${m.skill} by ${m.shown!.impliedBy}`).join('; ')}.`,
        4,
      ).map((l) => s.c.dim(l)),
    );
  return out;
}
