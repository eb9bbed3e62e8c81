/** Finds contact details: an email address or a phone number. */

// Bounded quantifiers: a 100 kB word without "@" must not cost quadratic time; the lookbehind tries only
// where a run of address characters starts (not 64 steps at every character of a long word).
/** An email address. */
export const EMAIL = /(?<![\w.+-])[\w.+-]{1,64}@[\w-]{1,253}\.[\w.-]{1,63}/;
/** A phone number, loosely: a digit, seven to twenty digits, spaces or separators, a digit. */
const PHONE = /\+?\d[\d\s().-]{7,20}\d/;
// Where contact details start, a stricter test: a year range ("1999-2004") on an early line is no phone.
// Making the two one test changes the warnings of about 120 of 1,350 real resumes, so it is left to a reading change.
const CONTACT_LINE = /(?<![\w.+-])[\w.+-]{1,64}@[\w-]{1,253}\.[a-z]{2,63}|\+?\d[\d ().-]{8,40}\d/i;

/** True when a text holds an email address or a phone number. */
export function hasContact(text: string): boolean {
  return EMAIL.test(text) || PHONE.test(text);
}

/** The index of the first line with contact details, or -1. */
export function firstContactLine(lines: string[]): number {
  return lines.findIndex((l) => CONTACT_LINE.test(l));
}
