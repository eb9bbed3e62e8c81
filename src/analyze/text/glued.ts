/**
 * Reads the list lines a job board glued together when it dropped the bullets:
 * "8+ years of experience in data solutions4+ years programming in PythonScalaor Java3+ years…".
 */
import type { Taxonomy } from '../../taxonomy/taxonomy.js';
import { keyOf } from '../../taxonomy/tokenize.js';

// A new list item starts where one of these words (or "N+ years") sticks to the previous word.
const ITEM_START =
  /(?<=[A-Za-z)])(?=(?:experience|knowledge|proficiency|familiarity|understanding|expertise|background|ability|hands-on|bachelor|master|model|\d{1,2}\+? years))/g;
const CAMEL = /[a-z][A-Z]/g;

/** True when a line looks like several list items or tags run together. */
export function isGlued(line: string): boolean {
  const items = line.match(ITEM_START)?.length ?? 0;
  const camel = line.match(CAMEL)?.length ?? 0;
  return items >= 2 || (camel >= 4 && line.length > 40);
}

/** The items of a glued line; a line that is not glued is its own single item. */
export function gluedItems(line: string, tax?: Taxonomy): string[] {
  if (!isGlued(line)) return [line];
  return line
    .split(ITEM_START)
    .map((item) => (tax ? unglueOr(item, tax) : item).trim())
    .filter(Boolean);
}

// "PythonScalaor Java": an "or" stuck to a skill name is a separate word when the name without it is spelled as a
// one-word skill. A stem is not enough: "Inspector" is no "Inspect or" because "Inspection" is a skill.
function unglueOr(item: string, tax: Taxonomy): string {
  return item.replace(/([A-Z]?[a-z+#]{1,40})or(?=\s+[A-Z])/g, (whole, name: string) => {
    const spelled = tax.byFirstKey
      .get(keyOf(name))
      ?.some((f) => f.keys.length === 1 && f.raws[0].toLowerCase() === name.toLowerCase());
    return spelled && !tax.byFirstKey.has(keyOf(whole)) ? `${name} or` : whole;
  });
}

/** A glued line as readable text: items joined with "; " (evidence still quotes the original line). */
export function readableLine(line: string, tax?: Taxonomy): string {
  return gluedItems(line, tax).join('; ');
}

/** True when a glued line is a tag cloud (names only) rather than a list of requirements. */
export function isTagLine(line: string): boolean {
  if (!isGlued(line)) return false;
  return !/\b(?:experience|knowledge|years?|degree|with|of|in)\b/i.test(line.replace(/([a-z])([A-Z])/g, '$1 $2'));
}
