/**
 * V8 flags for a fitcheck process, set before any of its code compiles. A check runs most of its few hundred
 * regular expressions more than once, so V8's default (interpret a pattern's bytecode first, then compile it
 * natively at its second run) compiles each of them twice; compiling natively at once saves that cold work.
 * A V8 code cache is valid only under the flags it was made with, so the build sets these too.
 */
import v8 from 'node:v8';

/** The flags, in `node --flag` form. */
export const V8_FLAGS = ['--no-regexp-tier-up'];

/** Set the flags for this process (and its worker threads). They change no result, only when V8 compiles. */
export function setV8Flags(): void {
  for (const flag of V8_FLAGS) v8.setFlagsFromString(flag);
}
