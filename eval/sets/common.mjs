// Counting helpers the sets share: hits and misses per figure, timing figures.
import { mean, seconds, share } from '../lib/figures.mjs';

/** Hits, totals and misses per figure of one set; misses carry the document id, expected and read. */
export class Tally {
  constructor(set) {
    this.set = set;
    this.hits = {};
    this.totals = {};
    this.extra = {};
    this.misses = {};
  }
  /** Count one case of a share figure, and keep it as a miss when it failed. */
  check(name, id, ok, expected, read) {
    this.totals[name] = (this.totals[name] ?? 0) + 1;
    if (ok) this.hits[name] = (this.hits[name] ?? 0) + 1;
    else this.miss(name, id, expected, read);
  }
  /** Keep a miss of a figure. */
  miss(name, id, expected, read) {
    (this.misses[`${this.set}.${name}`] ??= []).push({
      id,
      expected: String(expected ?? ''),
      read: String(read ?? ''),
    });
  }
  /** Add to a plain count. */
  bump(name, by = 1) {
    this.extra[name] = (this.extra[name] ?? 0) + by;
  }
  /** The share figure `name`. */
  share(name, label) {
    return share(`${this.set}.${name}`, label, this.hits[name] ?? 0, this.totals[name] ?? 0);
  }
}

/** Mean and slowest seconds per document, from the workers' answers. */
export function timingFigures(set, answers, unit = 'document') {
  const ms = answers.map((a) => a.ms);
  return [
    seconds(`${set}.seconds`, `seconds per ${unit}, mean (timing)`, mean(ms) / 1000),
    seconds(`${set}.seconds-max`, `seconds per ${unit}, slowest (timing)`, Math.max(0, ...ms) / 1000),
  ];
}
