// SkillSpan: job-ad sentences with human knowledge spans (BIO); precision and recall of the skills
// the posting reader finds in each sentence. A found skill counts where its matched words overlap a span.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { bioSpans, charRange, joinTokens, occurrences, overlaps } from '../lib/bio.mjs';
import { count, seconds, share } from '../lib/figures.mjs';
import { namesTechnology, namesTechnologyV2 } from '../lib/tech.mjs';
import { Tally } from './common.mjs';

export const FILE = 'skills/skillspan/train.json';
const CHUNK = 200;

/** Read every sentence as a one-line posting; compare found skills with the knowledge (and skill) spans. */
export async function evaluate(ctx) {
  const path = join(ctx.corpus, FILE);
  if (!existsSync(path)) return { skip: `${FILE} not found` };
  const sentences = readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l));
  const joined = sentences.map((s) => joinTokens(s.tokens));
  const tasks = [];
  for (let i = 0; i < joined.length; i += CHUNK)
    tasks.push({ op: 'skills', sentences: joined.slice(i, i + CHUNK).map((j) => j.text) });
  const answers = await ctx.pool(tasks);
  const found = answers.flatMap((a) => a.summary ?? Array(CHUNK).fill({ crash: a.crash ?? a.refused }));
  const t = new Tally('skillspan');
  sentences.forEach((s, i) => scoreSentence(t, `skillspan#${i + 1}`, s, joined[i], found[i]));
  const ms = answers.reduce((n, a) => n + a.ms, 0);
  return {
    title: `${FILE} (${sentences.length} job-ad sentences; knowledge spans as the gold)`,
    figures: [
      t.share('precision', 'found skills whose words overlap a knowledge span'),
      t.share('precision-any', 'found skills whose words overlap a knowledge or skill span'),
      t.share('recall', 'knowledge spans overlapped by a found skill (all spans)'),
      t.share('recall-tech', 'knowledge spans naming a technology overlapped by a found skill (rule v2)'),
      t.share('recall-tech-v1', 'the same by rule v1 (degrees, sectors, language groups still in)'),
      count('skillspan.tech-spans', 'knowledge spans naming a technology (eval rule v2)', t.totals['recall-tech'] ?? 0),
      count(
        'skillspan.tech-spans-v1',
        'knowledge spans naming a technology (eval rule v1)',
        t.totals['recall-tech-v1'] ?? 0,
      ),
      count(
        'skillspan.unlocated',
        "found skills whose matched words are not in the sentence's text",
        t.extra.unlocated ?? 0,
      ),
      count('skillspan.crash', 'sentences that crashed the reader', t.extra.crash ?? 0),
      seconds('skillspan.seconds', 'seconds per sentence, mean (timing)', ms / 1000 / sentences.length),
    ],
    misses: t.misses,
  };
}

function scoreSentence(t, id, s, { text, offsets }, read) {
  if (!read || read.crash) {
    t.bump('crash');
    t.miss('crash', id, '', read?.crash ?? 'no answer');
    return;
  }
  const knowledge = bioSpans(s.tags_knowledge).map((sp) => ({ sp, range: charRange(offsets, sp) }));
  const skill = bioSpans(s.tags_skill).map((sp) => ({ sp, range: charRange(offsets, sp) }));
  const hits = read.skills.map((k) => ({ skill: k.skill, ranges: k.matches.flatMap((m) => occurrences(text, m)) }));
  const spanText = ({ sp }) => s.tokens.slice(sp[0], sp[1]).join(' ');
  const shownHits = hits.map((h) => h.skill).join(', ') || '(none)';
  for (const h of hits) {
    if (h.ranges.length === 0) t.bump('unlocated');
    const inKnowledge = knowledge.some((k) => h.ranges.some((r) => overlaps(r, k.range)));
    const inSkill = skill.some((k) => h.ranges.some((r) => overlaps(r, k.range)));
    t.check('precision', id, inKnowledge, knowledge.map(spanText).join(' | ') || '(no knowledge span)', h.skill);
    t.check(
      'precision-any',
      id,
      inKnowledge || inSkill,
      [...knowledge, ...skill].map(spanText).join(' | ') || '(no span)',
      h.skill,
    );
  }
  for (const k of knowledge) {
    const ok = hits.some((h) => h.ranges.some((r) => overlaps(r, k.range)));
    t.check('recall', id, ok, spanText(k), shownHits);
    const tokens = s.tokens.slice(k.sp[0], k.sp[1]);
    if (namesTechnology(tokens, k.sp[0] === 0)) t.check('recall-tech-v1', id, ok, spanText(k), shownHits);
    if (namesTechnologyV2(tokens, k.sp[0] === 0)) t.check('recall-tech', id, ok, spanText(k), shownHits);
  }
}
