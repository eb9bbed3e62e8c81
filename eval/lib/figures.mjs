// Figures: one measured number each, with an id (`set.name`), words for the table, and its kind.

/** A share: `num` of `den` (value null when nothing to count). */
export const share = (id, label, num, den) => ({ id, label, kind: 'share', num, den, value: den ? num / den : null });
/** A count. */
export const count = (id, label, value) => ({ id, label, kind: 'count', value });
/** Seconds: a timing, which varies from run to run and machine to machine. */
export const seconds = (id, label, value) => ({ id, label, kind: 'seconds', value, timing: true });
/** A plain number (a median, a mean). */
export const number = (id, label, value) => ({ id, label, kind: 'number', value });
/** A figure that could not be measured, and why. */
export const skipped = (id, label, why) => ({ id, label, kind: 'skipped', value: null, why });

/** A figure's value as the table prints it. */
export function formatValue(f) {
  if (f.kind === 'skipped') return 'skip';
  if (f.value === null || f.value === undefined) return 'n/a';
  if (f.kind === 'share') return f.value.toFixed(2);
  if (f.kind === 'count') return String(f.value);
  if (f.kind === 'seconds') return f.value >= 10 ? `${f.value.toFixed(1)} s` : `${f.value.toFixed(3)} s`;
  return Number.isInteger(f.value) ? String(f.value) : f.value.toFixed(2);
}

/** What a share counts ("68/110"). */
export function formatOf(f) {
  return f.kind === 'share' ? `${f.num}/${f.den}` : '';
}

/** A figure's change from its baseline, signed ("+0.04", "-3"); '' when either side has no value. */
export function change(f, base) {
  if (!base || f.value === null || f.value === undefined || base.value === null || base.value === undefined) return '';
  const d = f.value - base.value;
  if (f.kind === 'count') return d === 0 ? '=' : `${d > 0 ? '+' : ''}${d}`;
  const digits = f.kind === 'share' || f.kind === 'number' ? 2 : 3;
  const s = d.toFixed(digits);
  if (Number(s) === 0) return '=';
  return `${d > 0 ? '+' : ''}${s}${f.kind === 'seconds' ? ' s' : ''}`;
}

/** Mean of numbers (null for none). */
export const mean = (xs) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : null);
/** Median of numbers (null for none). */
export function median(xs) {
  if (!xs.length) return null;
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
}
