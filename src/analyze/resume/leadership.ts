/** Finds leadership a resume shows in words: "led a team of 7", "managed 9 engineers", "mentored juniors". */
import { lexicon } from '../../lexicon/lexicon.js';
import { alternatives, phrases } from '../../lexicon/patterns.js';
import type { Leadership } from '../../types.js';

const WORDS = lexicon().seniority;
const PEOPLE = `(?:${alternatives(WORDS.people)})`;
const TEAM = `(?:(?:(?:${alternatives(WORDS.teamDeterminers)}) )?(?:(?:${alternatives(WORDS.teamKinds)}) )?(?:${alternatives(WORDS.teams)})s?)`;
// "managed 9 engineers", "managing a team of 12", "8 direct reports", "line manager".
const MANAGE_EVIDENCE = new RegExp(
  `${phrases(WORDS.manageVerbs)}[^.;]{0,25}?(?:\\b\\d+\\+?\\s+(?:[a-z-]+\\s+){0,2}${PEOPLE}\\b|${TEAM}\\s+of\\s+\\d+)|\\b\\d+\\s+direct reports\\b|${phrases(WORDS.managerPhrases)}`,
  'i',
);
// "led a team of 7", "leading 4 engineers", "mentored three juniors", "tech lead for".
const LEAD_EVIDENCE = new RegExp(
  `${phrases(WORDS.leadVerbs)}[^.;]{0,30}?\\b(?:${TEAM}(?:\\s+of\\s+\\d+)?|${PEOPLE}|${alternatives(WORDS.leadPeople)})\\b|${phrases(WORDS.leadTitles)}`,
  'i',
);
// Evidence with a head count ("team of 6", "4 engineers") outranks a bare "led teams".
const COUNTED = /\b(?:of|with)\s+\d+|\b\d+\+?\s+(?:[a-z-]+\s+){0,2}[a-z]+s\b/i;
const NEGATED = new RegExp(`${phrases(lexicon().negation.leadership)}[^.;]{0,25}$`, 'i');

/** A line showing leadership ('lead') or people management ('manager'), if any; management wins. */
export function leadershipEvidence(lines: string[]): Leadership | null {
  let lead: Leadership | null = null;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    // Blank lines show nothing; testing them costs a one-byte compile of each pattern (see text/one-byte.ts).
    if (line === '') continue;
    const managed = MANAGE_EVIDENCE.exec(line);
    if (managed && !NEGATED.test(line.slice(0, managed.index)))
      return { level: 'manager', evidence: { line: i + 1, text: line, match: managed[0] } };
    const led = LEAD_EVIDENCE.exec(line);
    if (!led || NEGATED.test(line.slice(0, led.index))) continue;
    const mentoring = /^(?:mentor|coach)/i.test(led[0]);
    const better =
      !lead ||
      (lead.mentoring && !mentoring) ||
      (COUNTED.test(led[0]) && !COUNTED.test(lead.evidence.match) && !mentoring);
    if (better)
      lead = {
        level: 'lead',
        evidence: { line: i + 1, text: line, match: led[0] },
        ...(mentoring ? { mentoring } : {}),
      };
  }
  return lead;
}
