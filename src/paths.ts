/**
 * Where fitcheck's own files are. Every path into the package is resolved here, from this module's
 * place one level under the package root (src/paths.ts under the sources, dist/paths.js when built,
 * or a bundle placed directly in dist/), so moving a module or bundling the code never breaks a path.
 */
import { fileURLToPath } from 'node:url';

/** The package root (the folder holding package.json), with a trailing separator. */
export const PACKAGE_ROOT = fileURLToPath(new URL('../', import.meta.url));

/** A path inside the package, e.g. `packagePath('data', 'skills')`. */
export function packagePath(...parts: string[]): string {
  return PACKAGE_ROOT + parts.join('/');
}

/** Folder of bundled job postings. */
export const JOBS_DIR = packagePath('jobs/');
/** Folder of bundled example resumes. */
export const EXAMPLES_DIR = packagePath('examples/');
