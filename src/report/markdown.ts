/** The Markdown reporter: heading, summary table, knock-outs, missing skills, suggestions (PR comments, step summaries). */
import { showingText } from '../score/depth.js';
import { fromText, GROUP_WORDS, skillGroupOf } from '../score/section.js';
import { POSTING_SECTIONS, type FitResult, type KnockoutVerdict, type PostingSection } from '../types.js';
import { messagesOf, unsaidWarnings } from './findings.js';

/** Escape text for inline Markdown (tables included): no markup, no HTML, one line. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\\`*_[\]|#~]/g, (c) => '\\' + c)
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}

/** Suggestions shown before "and N more". */
export const MAX_SUGGESTIONS = 10;

const MARK: Record<KnockoutVerdict['status'], string> = { hit: '❌ hit', unknown: '❔ unknown', clear: '✅ clear' };

function knockoutLine(k: KnockoutVerdict): string {
  const where = k.evidence ? ` (resume line ${k.evidence.line})` : '';
  return `- ${MARK[k.status]}: ${escapeMarkdown(k.criterion)} — ${escapeMarkdown(k.reason)}${where}`;
}

/** Render a result as GitHub-flavoured Markdown. */
export function markdownReport(r: FitResult): string {
  const e = escapeMarkdown;
  const hits = r.knockouts.filter((k) => k.status === 'hit');
  const out: string[] = [`## fitcheck: ${e(r.resume.name ?? r.resume.path)} → ${e(r.job.title)}`, ''];
  const status = r.knockedOut
    ? `❌ **Knocked out**: ${hits.length} disqualifier${hits.length > 1 ? 's' : ''} hit, whatever the score.`
    : `**${r.score}/100, ${e(r.verdict)}**`;
  out.push(status, '');
  out.push('| Component | Points | Detail |', '| --- | ---: | --- |');
  for (const c of r.components) out.push(`| ${e(c.name)} | ${c.points} / ${c.weight} | ${e(c.detail)} |`);
  out.push(`| **Total** | **${r.score} / 100** | ${e(r.verdict)} |`, '');
  if (r.capped) out.push(`Score ${e(r.capped.reason)}.`, '');
  // Years the posting asks in an area ("3+ years of Terraform") against the resume's dated roles that show it.
  const areas = r.experience.areas ?? [];
  if (areas.length) {
    out.push('### Years per area', '', '| Area | Resume | Posting | Status |', '| --- | ---: | ---: | --- |');
    for (const a of areas) {
      const cand = a.candidateYears === null ? 'no dated role' : `${Math.round(a.candidateYears * 10) / 10} years`;
      const status = a.met === null ? '❔ unknown' : a.met ? '✅ meets' : '❌ short';
      out.push(`| ${e(a.skill ?? a.skills[0])} (${e(a.area)}) | ${cand} | ${a.requiredYears}+ years | ${status} |`);
    }
    out.push('');
  }
  // Hit and unclear knock-outs need attention; clear ones are listed only by count.
  const shown = r.knockouts.filter((k) => k.status !== 'clear');
  if (r.knockouts.length) {
    const clear = r.knockouts.length - shown.length;
    out.push('### Knock-outs', '', ...shown.map(knockoutLine));
    if (clear) out.push(`- ✅ ${clear} of ${r.knockouts.length} cleared`);
    out.push('');
  }
  // Skills by the group the posting names them in: a duty is listed as one, never as a preference.
  const named = (s: { skill: string; required: boolean; section?: PostingSection }) =>
    fromText(s) ? `${e(s.skill)} (${fromText(s)})` : e(s.skill);
  if (r.skills.missing.length) {
    out.push('### Missing skills', '');
    for (const group of POSTING_SECTIONS) {
      const names = r.skills.missing.filter((s) => skillGroupOf(s) === group).map(named);
      if (names.length) out.push(`- **${GROUP_WORDS[group].label}** (${names.length}): ${names.join(', ')}`);
    }
    out.push('');
  }
  // How each shown skill was evidenced: named in roles, listed only, or only implied by a narrower skill.
  const evidenced = r.skills.matched.filter((m) => m.shown);
  if (evidenced.length) {
    out.push('### Skills shown', '');
    for (const group of POSTING_SECTIONS) {
      const list = evidenced
        .filter((m) => skillGroupOf(m) === group)
        .map((m) => `${e(m.skill)} (${e([showingText(m.shown!), fromText(m)].filter(Boolean).join('; '))})`);
      if (list.length) out.push(`- **${GROUP_WORDS[group].label}** (${list.length}): ${list.join(', ')}`);
    }
    out.push('');
  }
  const messages = messagesOf(r);
  if (messages.length) {
    // A PR comment is read at a glance: the most important suggestions, and how many more there are.
    out.push('### Suggestions', '');
    messages.slice(0, MAX_SUGGESTIONS).forEach((m, i) => out.push(`${i + 1}. ${e(m.reason)}`));
    const more = messages.length - MAX_SUGGESTIONS;
    if (more > 0)
      out.push('', `…and ${more} more (run \`fitcheck\` locally, or use \`--format json\`, for all of them).`);
    out.push('');
  }
  // Warnings a message already says are said once.
  const warnings = unsaidWarnings(r);
  if (warnings.length) out.push('### Resume warnings', '', ...warnings.map((w) => `- ${e(w)}`), '');
  const matched = r.skills.matched.length;
  out.push(
    `<sub>${matched} of ${r.job.skills.length} posting skills shown · resume \`${r.resume.path.replace(/`/g, "'")}\` (${e(r.resume.format)}) · as of ${r.asOf}</sub>`,
  );
  return out.join('\n') + '\n';
}
