/** The report's symbols and colours: every symbol travels with a word, so the report reads without colour. */
import { Chalk, type ChalkInstance } from 'chalk';

/** Colour functions for one report (identity functions when colour is off); an empty word gives the bare symbol. */
export interface Style {
  c: ChalkInstance;
  ok: (word: string) => string;
  bad: (word: string) => string;
  unsure: (word: string) => string;
  neutral: (word: string) => string;
  heading: (text: string) => string;
  band: (score: number, knockedOut: boolean) => (text: string) => string;
}

/** Build the style; `color` false gives plain text with the same symbols. */
export function makeStyle(color: boolean): Style {
  // Basic 16 colours: the terminal's own palette, readable on light and dark backgrounds.
  const c = new Chalk({ level: color ? 1 : 0 });
  return {
    c,
    ok: (w) => c.green(w ? `✔ ${w}` : '✔'),
    bad: (w) => c.red(w ? `✖ ${w}` : '✖'),
    unsure: (w) => c.yellow(w ? `? ${w}` : '?'),
    neutral: (w) => c.cyan(w ? `○ ${w}` : '○'),
    heading: (t) => c.bold(t),
    band: (score, knockedOut) =>
      knockedOut || score < 40 ? c.red : score >= 80 ? c.green : score >= 60 ? c.cyan : c.yellow,
  };
}
