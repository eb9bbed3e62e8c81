// Preload (`node --import`) that writes the process's peak resident memory (bytes) to $FITCHECK_PEAK_RSS at exit.
// Worker threads share the process, so their memory is included.
import { writeFileSync } from 'node:fs';
import { isMainThread } from 'node:worker_threads';

const out = process.env.FITCHECK_PEAK_RSS;
if (out && isMainThread) {
  process.on('exit', () => writeFileSync(out, String(process.resourceUsage().maxRSS * 1024)));
}
