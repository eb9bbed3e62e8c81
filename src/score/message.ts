/** Builds messages and their views: `suggestions`, `skills.missing[].suggestion` and `resume.warnings` come from these. */
import type { AdviceKind, Evidence, Message, MessageId, Suggestion } from '../types.js';

/** The parts of a message its maker gives; the rest defaults (no lines, nothing actual or expected). */
export type MessageParts = Pick<Message, 'id' | 'kind' | 'severity' | 'reason'> &
  Partial<Omit<Message, 'id' | 'kind' | 'severity' | 'reason'>>;

const lines = (e: Evidence | undefined): Evidence[] => (e ? [e] : []);

/** A message with its defaults filled in. */
export function message(p: MessageParts): Message {
  const { id, kind, severity, reason, actual = null, expected = null, resume = [], posting = [], ...rest } = p;
  return { id, kind, severity, reason, actual, expected, resume, posting, ...rest };
}

/** A message about one resume line and one posting line (either may be absent). */
export function at(resume: Evidence | undefined, posting: Evidence | undefined): Pick<Message, 'resume' | 'posting'> {
  return { resume: lines(resume), posting: lines(posting) };
}

/** The line shown with a message's advice: its first resume line, else its first posting line. */
export function shownLine(m: Pick<Message, 'resume' | 'posting'>): Evidence | undefined {
  return m.resume[0] ?? m.posting[0];
}

/** A message as a suggestion (the `suggestions[]` view). */
export function asSuggestion(m: Message): Suggestion {
  const evidence = shownLine(m);
  return {
    kind: m.kind,
    message: m.reason,
    ...(m.skill !== undefined ? { skill: m.skill } : {}),
    ...(m.required !== undefined ? { required: m.required } : {}),
    ...(m.section !== undefined ? { section: m.section } : {}),
    ...(m.related !== undefined ? { related: m.related } : {}),
    ...(m.points !== undefined ? { points: m.points } : {}),
    ...(evidence ? { evidence } : {}),
  };
}

const ID_OF_KIND: Record<AdviceKind, MessageId> = {
  knockout: 'knockout.unknown',
  skill: 'skill.missing',
  experience: 'experience.short',
  seniority: 'seniority.below',
  education: 'education.below',
  hygiene: 'resume.warning',
};

/**
 * A suggestion as a message, for results written before messages existed: the id is the kind's
 * usual one, the line goes to the resume's side when it has no better place.
 */
export function fromSuggestion(s: Suggestion): Message {
  return message({
    id: ID_OF_KIND[s.kind],
    kind: s.kind,
    severity: s.kind === 'knockout' || (s.kind === 'skill' && s.required) ? 'error' : 'warning',
    reason: s.message,
    resume: lines(s.evidence),
    ...(s.skill !== undefined ? { skill: s.skill, skills: [s.skill] } : {}),
    ...(s.required !== undefined ? { required: s.required } : {}),
    ...(s.section !== undefined ? { section: s.section } : {}),
    ...(s.related !== undefined ? { related: s.related } : {}),
    ...(s.points !== undefined ? { points: s.points } : {}),
  });
}
