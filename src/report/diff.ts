/** What a resume revision changed against one posting: the diff of two results, and its text, JSON and Markdown views. */
import { GROUP_WORDS, skillGroupOf } from '../score/section.js';
import type { Evidence, FitResult, KnockoutVerdict, Message, PostingSection } from '../types.js';
import { messagesOf } from './findings.js';
import { escapeMarkdown } from './markdown.js';
import { hang, trimAround, WIDTH } from './layout.js';
import { makeStyle } from './style.js';

/** One side of a diff: which resume, and how it scored. */
export interface DiffSide {
  path: string;
  score: number;
  band: string;
  verdict: string;
  knockedOut: boolean;
}

/** A skill the revision gained or lost, with the lines that show it (in the new resume, or in the old one). */
export interface SkillChange {
  skill: string;
  required: boolean;
  /** The part of the posting that names it (required, preferred, responsibilities, other), when the result says. */
  section?: PostingSection;
  evidence: Evidence[];
}

/** A knock-out whose verdict changed. */
export interface KnockoutChange {
  criterion: string;
  before: KnockoutVerdict['status'];
  after: KnockoutVerdict['status'];
  reason: string;
  evidence?: Evidence;
}

/** The diff of two checks of the same posting (JSON field names are part of the interface). */
export interface FitDiff {
  schemaVersion: 1;
  job: { path: string; title: string };
  asOf: string;
  old: DiffSide;
  new: DiffSide;
  /** new score − old score. */
  change: number;
  skills: { gained: SkillChange[]; lost: SkillChange[] };
  knockouts: KnockoutChange[];
  /** Advice the old resume got and the new one does not, and advice only the new one gets. */
  advice: { resolved: string[]; added: string[] };
  /** Score components whose points changed. */
  components: { name: string; weight: number; before: number; after: number }[];
}

const side = (r: FitResult): DiffSide => ({
  path: r.resume.path,
  score: r.score,
  band: r.band,
  verdict: r.verdict,
  knockedOut: r.knockedOut,
});

// The same piece of advice in both results: same kind, same skills, same posting line (its wording may carry numbers).
const adviceKey = (m: Message) =>
  `${m.id}|${m.skill ?? (m.skills ?? []).join(',')}|${m.posting[0]?.line ?? ''}|${m.id === 'resume.warning' ? m.reason : ''}`;

function skillChanges(from: FitResult, to: FitResult): SkillChange[] {
  const had = new Set(from.skills.matched.map((m) => m.skill));
  return to.skills.matched
    .filter((m) => !had.has(m.skill))
    .map((m) => ({
      skill: m.skill,
      required: m.required,
      ...(m.section ? { section: m.section } : {}),
      evidence: m.evidence.slice(0, 3),
    }));
}

/** Compare the checks of an old and a new resume against the same posting. */
export function diffResults(before: FitResult, after: FitResult): FitDiff {
  const oldKo = new Map(before.knockouts.map((k) => [k.criterion, k]));
  const knockouts = after.knockouts.flatMap((k): KnockoutChange[] => {
    const was = oldKo.get(k.criterion);
    if (!was || was.status === k.status) return [];
    return [
      {
        criterion: k.criterion,
        before: was.status,
        after: k.status,
        reason: k.reason,
        ...(k.evidence ? { evidence: k.evidence } : {}),
      },
    ];
  });
  const oldAdvice = new Map(messagesOf(before).map((m) => [adviceKey(m), m]));
  const newAdvice = new Map(messagesOf(after).map((m) => [adviceKey(m), m]));
  const oldComponents = new Map(before.components.map((c) => [c.name, c]));
  return {
    schemaVersion: 1,
    job: { path: after.job.path, title: after.job.title },
    asOf: after.asOf,
    old: side(before),
    new: side(after),
    change: Math.round((after.score - before.score) * 10) / 10,
    skills: { gained: skillChanges(before, after), lost: skillChanges(after, before) },
    knockouts,
    advice: {
      resolved: [...oldAdvice].filter(([k]) => !newAdvice.has(k)).map(([, m]) => m.reason),
      added: [...newAdvice].filter(([k]) => !oldAdvice.has(k)).map(([, m]) => m.reason),
    },
    components: after.components
      .map((c) => ({ name: c.name, weight: c.weight, before: oldComponents.get(c.name)?.points ?? 0, after: c.points }))
      .filter((c) => c.before !== c.after),
  };
}

const signed = (n: number) => (n > 0 ? `+${n}` : n < 0 ? `${n}` : '±0');
const KO_WORD = { hit: '✖ hit', unknown: '? unknown', clear: '✔ clear' } as const;
const verdictOf = (s: DiffSide) => `${s.score}/100 ${s.verdict}`;

/** The diff for people, in a terminal (80 columns, reads without colour). */
export function diffText(d: FitDiff, options: { color: boolean }): string {
  const s = makeStyle(options.color);
  const tone = d.change > 0 ? s.c.green : d.change < 0 ? s.c.red : s.c.dim;
  const out = [
    s.c.bold(trimAround(`fitcheck diff  →  ${d.job.title}`, '', WIDTH)),
    s.c.dim(trimAround(`job ${d.job.path} · as of ${d.asOf}`, '', WIDTH)),
    '',
    `  Score  ${verdictOf(d.old)}  →  ${s.c.bold(verdictOf(d.new))}  ${tone(`(${signed(d.change)})`)}`,
    s.c.dim('  ' + trimAround(`old ${d.old.path} · new ${d.new.path}`, '', WIDTH - 2)),
  ];
  const skillLines = (list: SkillChange[], sign: string, which: string) =>
    list.flatMap((c) => [
      `  ${sign} ${c.skill} ${s.c.dim(`(${GROUP_WORDS[skillGroupOf(c)].kind})`)}`,
      ...c.evidence
        .slice(0, 1)
        .map((e) =>
          s.c.dim(
            `      ${which} line ${e.line}: ${trimAround(e.text.trim(), e.match, WIDTH - 20 - String(e.line).length)}`,
          ),
        ),
    ]);
  if (d.skills.gained.length)
    out.push(
      '',
      s.heading(`Skills gained (${d.skills.gained.length})`),
      ...skillLines(d.skills.gained, s.c.green('+'), 'new'),
    );
  if (d.skills.lost.length)
    out.push('', s.heading(`Skills lost (${d.skills.lost.length})`), ...skillLines(d.skills.lost, s.c.red('-'), 'old'));
  if (d.knockouts.length) {
    out.push('', s.heading('Knock-outs changed'));
    for (const k of d.knockouts) {
      const now = k.after === 'clear' ? s.ok('clear') : k.after === 'hit' ? s.bad('hit') : s.unsure('unknown');
      out.push(`  ${KO_WORD[k.before]} → ${now}`, ...hang('    ', k.criterion, 4));
      out.push(...hang('', k.reason, 6).map((l) => s.c.dim(l)));
    }
  }
  if (d.advice.resolved.length) {
    out.push('', s.heading(`Advice resolved (${d.advice.resolved.length})`));
    for (const a of d.advice.resolved) out.push(...hang(`  ${s.ok('')} `, a, 4));
  }
  if (d.advice.added.length) {
    out.push('', s.heading(`New advice (${d.advice.added.length})`));
    for (const a of d.advice.added) out.push(...hang('  • ', a, 4));
  }
  if (d.components.length) {
    out.push('', s.heading('Score components'));
    for (const c of d.components)
      out.push(
        `  ${c.name.padEnd(18)}${String(c.before).padStart(5)} → ${String(c.after).padStart(5)} / ${c.weight}  ${signed(Math.round((c.after - c.before) * 10) / 10)}`,
      );
  }
  const nothing =
    !d.skills.gained.length &&
    !d.skills.lost.length &&
    !d.knockouts.length &&
    !d.advice.resolved.length &&
    !d.advice.added.length;
  if (nothing) out.push('', s.c.dim('  The revision changed nothing this posting asks about.'));
  return out.join('\n') + '\n';
}

/** The diff as JSON (stable, one object). */
export function diffJson(d: FitDiff): string {
  return JSON.stringify(d, null, 2) + '\n';
}

/** The diff as GitHub-flavoured Markdown, for a pull-request comment in a resume repository. */
export function diffMarkdown(d: FitDiff): string {
  const e = escapeMarkdown;
  const arrow = d.change > 0 ? '📈' : d.change < 0 ? '📉' : '➖';
  const out = [
    `## fitcheck diff: ${e(d.job.title)}`,
    '',
    `${arrow} **${d.old.score} → ${d.new.score}** (${signed(d.change)}), ${e(d.old.verdict)} → **${e(d.new.verdict)}**`,
    '',
  ];
  const skills = (title: string, list: SkillChange[], which: string) => {
    if (!list.length) return;
    out.push(`### ${title} (${list.length})`, '');
    for (const c of list) {
      const ev = c.evidence[0];
      out.push(
        `- **${e(c.skill)}** (${GROUP_WORDS[skillGroupOf(c)].kind})${ev ? `: ${which} line ${ev.line}, “${e(trimAround(ev.text.trim(), ev.match, 100))}”` : ''}`,
      );
    }
    out.push('');
  };
  skills('Skills gained', d.skills.gained, 'new');
  skills('Skills lost', d.skills.lost, 'old');
  if (d.knockouts.length) {
    out.push('### Knock-outs changed', '');
    for (const k of d.knockouts)
      out.push(`- ${KO_WORD[k.before]} → ${KO_WORD[k.after]}: ${e(k.criterion)} — ${e(k.reason)}`);
    out.push('');
  }
  if (d.advice.resolved.length)
    out.push(
      `### Advice resolved (${d.advice.resolved.length})`,
      '',
      ...d.advice.resolved.map((a) => `- ✅ ${e(a)}`),
      '',
    );
  if (d.advice.added.length)
    out.push(`### New advice (${d.advice.added.length})`, '', ...d.advice.added.map((a) => `- ${e(a)}`), '');
  if (d.components.length) {
    out.push('| Component | Before | After |', '| --- | ---: | ---: |');
    for (const c of d.components) out.push(`| ${e(c.name)} | ${c.before} / ${c.weight} | ${c.after} / ${c.weight} |`);
    out.push('');
  }
  out.push(
    `<sub>old \`${d.old.path.replace(/`/g, "'")}\` · new \`${d.new.path.replace(/`/g, "'")}\` · as of ${d.asOf}</sub>`,
  );
  return out.join('\n') + '\n';
}

/** Diff reporters by `--format` name. */
export const DIFF_REPORTERS: Record<string, (d: FitDiff, options: { color: boolean }) => string> = {
  text: diffText,
  json: diffJson,
  markdown: diffMarkdown,
};
