/**
 * V8 flags for a fitcheck process, set before any of its code compiles. A check runs most of its few hundred
 * regular expressions more than once, so V8's default (interpret a pattern's bytecode first, then compile it
 * natively at its second run) compiles each of them twice; compiling natively at once saves that cold work.
 * A check is short: with V8's default interrupt budget, TurboFan optimises functions that have run only a few
 * times and are not run again, on the second core a busy machine does not have. Four times the default budget
 * (67584 in Node 20's V8) keeps that work for the functions that stay hot: callgrind instructions, all threads,
 * text check 1485 → 1413 M, a batch of 30 real PDFs on one thread 13.4 → 12.1 G (twice and eight times the
 * budget gained less).
 * A V8 code cache is valid only under the flags it was made with, so the build sets these too.
 */
import v8 from 'node:v8';

/** The flags, in `node --flag` form. */
export const V8_FLAGS = ['--no-regexp-tier-up', '--interrupt-budget=270336'];

/** Set the flags for this process (and its worker threads). They change no result, only when V8 compiles. */
export function setV8Flags(): void {
  for (const flag of V8_FLAGS) v8.setFlagsFromString(flag);
}
