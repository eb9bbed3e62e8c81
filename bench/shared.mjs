// Where the team's shared real documents are: $FITCHECK_SHARED, else a `shared/` folder beside the checkout
// (CI's clone) or one level further up (a worktree under wt/). Null when there is none: the bench then skips them.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../', import.meta.url));

/** The shared folder, or null. */
export function sharedDir() {
  const candidates = [process.env.FITCHECK_SHARED, resolve(ROOT, '../shared'), resolve(ROOT, '../../shared')].filter(
    Boolean,
  );
  return candidates.find((d) => existsSync(resolve(d, 'data')) || existsSync(resolve(d, 'corpus'))) ?? null;
}
