/** Tells a job posting from a resume by the words each kind of document uses. */

/** What a document is. */
export type DocumentKind = 'job' | 'resume';

// Postings talk to the reader about the role; resumes list a person's dated roles and contact details.
const JOB_SIGNALS: RegExp[] = [
  /\b(responsibilities|requirements|qualifications|job description|about the (role|job|position)|what you('ll| will) (do|bring))\b/i,
  /\b(the ideal candidate|we are looking for|you will|you'll|we offer|join our|our team|apply (now|for)|equal opportunity)\b/i,
  /\b(must have|nice to have|preferred|required|salary|benefits|compensation|per (year|hour)|remote|hybrid)\b/i,
  /\b\d+\+?\s*years? of (professional |relevant |industry )?experience\b/i,
  /\b(candidates?|applicants?|role|position)\b/i,
];
const RESUME_SIGNALS: RegExp[] = [
  /(?<![\w.+-])[\w.+-]+@[\w-]+\.[\w.-]+/, // lookbehind: linear on long runs
  /\+?\d[\d\s().-]{7,}\d/,
  /\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{4}\s*[–—-]+\s*(present|current|now|(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{4})/i,
  /\b(19|20)\d{2}\s*[–—-]+\s*((19|20)\d{2}|present|current)\b/i,
  /^\s*(?:#+\s*)?(experience|work experience|professional experience|employment|education|skills|projects|summary|certifications)\s*(?::\s*)?$/i,
  /^\s*[-*•]\s*(led|built|designed|developed|managed|created|implemented|improved|reduced|increased|launched|wrote|delivered)\b/i,
  /\b(linkedin\.com\/in|github\.com\/)/i,
];

/** Count how many lines of the text hit any signal of a list. */
function hits(lines: string[], signals: RegExp[]): number {
  return lines.reduce((n, line) => n + (signals.some((re) => re.test(line)) ? 1 : 0), 0);
}

/** Guess whether a document is a job posting or a resume; a tie goes to resume (the user's own document). */
export function detectKind(text: string): DocumentKind {
  const lines = text.split('\n');
  return hits(lines, JOB_SIGNALS) > hits(lines, RESUME_SIGNALS) ? 'job' : 'resume';
}
