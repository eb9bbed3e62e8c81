/** The progress bar on stderr (only when it is a terminal): done/total, rate, ETA, redrawn at most ten times a second. */

const BAR_WIDTH = 24;
const REDRAW_MS = 100;

/** One frame of the bar, e.g. `[████░░░░]  120/300  57.1/s  ETA 3s`. */
export function progressLine(done: number, total: number, elapsedMs: number): string {
  const filled = total ? Math.round((done / total) * BAR_WIDTH) : BAR_WIDTH;
  const rate = elapsedMs > 0 ? (done * 1000) / elapsedMs : 0;
  const eta = rate > 0 ? `ETA ${formatSeconds((total - done) / rate)}` : 'ETA …';
  return `[${'█'.repeat(filled)}${'░'.repeat(BAR_WIDTH - filled)}] ${String(done).padStart(String(total).length)}/${total}  ${rate.toFixed(1)}/s  ${eta}`;
}

/** `42s` or `3m05s`. */
export function formatSeconds(s: number): string {
  const whole = Math.ceil(s);
  return whole < 60 ? `${whole}s` : `${Math.floor(whole / 60)}m${String(whole % 60).padStart(2, '0')}s`;
}

/** A live progress bar; a no-op when `enabled` is false. */
export class ProgressBar {
  private done = 0;
  private lastDraw = -Infinity;
  private readonly started = performance.now();

  constructor(
    private readonly total: number,
    private readonly write: (text: string) => void,
    private readonly enabled: boolean,
  ) {}

  /** Count `n` more resumes done and redraw if due. */
  tick(n = 1): void {
    this.done += n;
    if (!this.enabled) return;
    const now = performance.now();
    if (now - this.lastDraw < REDRAW_MS && this.done < this.total) return;
    this.lastDraw = now;
    this.write(`\r${progressLine(this.done, this.total, now - this.started)}\x1b[K`);
  }

  /** Erase the bar so the summary line starts clean. */
  clear(): void {
    if (this.enabled && this.lastDraw > -Infinity) this.write('\r\x1b[K');
  }

  /** Milliseconds since the bar was created. */
  elapsed(): number {
    return performance.now() - this.started;
  }
}
