/** What the reporters read from a result besides its facts: its messages, and the background gaps as score/ judges them. */
import { educationGap, levelGap } from '../score/levels.js';
import { fromSuggestion } from '../score/message.js';
import type { FitResult, Message } from '../types.js';

/** A result's messages; a result written before messages existed (saved JSON, a hand-built one) gets them from its suggestions. */
export function messagesOf(r: FitResult): Message[] {
  return r.messages ?? r.suggestions.map(fromSuggestion);
}

/** The resume's warnings no message already says (a message says every warning of a current result). */
export function unsaidWarnings(r: FitResult): string[] {
  const said = new Set(messagesOf(r).map((m) => m.reason));
  return r.resume.warnings.filter((w) => !said.has(w));
}

/** Steps from the posting's seniority (negative: below); null when either level is unknown. */
export function seniorityGap(r: FitResult): number | null {
  const { required, candidate } = r.seniority;
  return required && candidate ? levelGap(required, candidate) : null;
}

/** True when the education requirement is met with a lower level: the posting's equivalent-experience clause. */
export function educationViaExperience(r: FitResult): boolean {
  const { required, candidate, met } = r.education;
  return met === true && required !== null && candidate !== null && educationGap(required, candidate) < 0;
}
