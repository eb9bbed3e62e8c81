/**
 * Loads mammoth for a DOCX: from one file (dist/mammoth.cjs, mammoth and its ~150 modules bundled by
 * `npm run build`) compiled with V8's code cache (dist/mammoth.cache, made after converting a DOCX), so a
 * DOCX check neither resolves, reads and compiles those modules nor compiles their functions as they first
 * run. The bundle is used only when it was made from the mammoth installed here (same version); otherwise,
 * or without a bundle, mammoth is imported as usual. Either way it is the same code and gives the same text.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import vm from 'node:vm';
import { packagePath } from '../paths.js';
import { codeCacheFile, readCodeCache, runAsModule } from './code-cache-file.js';

type Mammoth = typeof import('mammoth');

/** The bundle: a CommonJS file whose last line is `//# fitcheck-mammoth=<mammoth version> <hash of the text>`. */
export const MAMMOTH_BUNDLE = packagePath('dist', 'mammoth.cjs');
/** Its code cache (code-cache-file.ts). */
export const MAMMOTH_CACHE = packagePath('dist', 'mammoth.cache');
/** The mark before the version and hash on the bundle's last line. */
export const MAMMOTH_MARK = '//# fitcheck-mammoth=';

const require = createRequire(import.meta.url);

/** The installed mammoth's version, or undefined when it cannot be read. */
export function installedVersion(): string | undefined {
  try {
    return (JSON.parse(readFileSync(require.resolve('mammoth/package.json'), 'utf8')) as { version?: string }).version;
  } catch {
    return undefined;
  }
}

/** What ties a cache to its bundle: this Node and the bundle (V8 itself refuses a cache made under other V8 flags). */
export function mammothCacheKey(source: string): string {
  const at = source.lastIndexOf(MAMMOTH_MARK);
  const build = at < 0 ? 'unmarked' : source.slice(at + MAMMOTH_MARK.length).trim();
  return [process.version, process.arch, build, source.length].join(' ');
}

/** The bundle's mammoth version (from its mark), or undefined for a file without one. */
function bundledVersion(source: string): string | undefined {
  const at = source.lastIndexOf(MAMMOTH_MARK);
  return at < 0 ? undefined : source.slice(at + MAMMOTH_MARK.length).split(' ')[0];
}

/** The compiled bundle's exports and its script (to make a cache from). */
export function compileMammoth(
  source: string,
  { bundle = MAMMOTH_BUNDLE, cachePath = MAMMOTH_CACHE, useCache = true } = {},
): { exports: Mammoth; script: vm.Script } {
  const cachedData = useCache ? readCodeCache(cachePath, mammothCacheKey(source))?.[0] : undefined;
  const script = new vm.Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, {
    filename: bundle,
    cachedData,
  });
  // A module like any in the require cache (under the bundle's name), as require() would leave it.
  const exports = runAsModule(script, bundle) as Mammoth;
  return { exports, script };
}

let loaded: Mammoth | undefined;

/** mammoth, loaded once: the build's bundle when it fits the installed mammoth, else the package itself. */
export async function loadMammoth(): Promise<Mammoth> {
  if (loaded) return loaded;
  let fromBundle: Mammoth | undefined;
  try {
    if (existsSync(MAMMOTH_BUNDLE)) {
      const source = readFileSync(MAMMOTH_BUNDLE, 'utf8');
      const version = bundledVersion(source);
      if (version && version === installedVersion()) fromBundle = compileMammoth(source).exports;
    }
  } catch {
    fromBundle = undefined; // A damaged bundle: the package reads the same.
  }
  loaded = fromBundle ?? (await import('mammoth')).default;
  return loaded;
}

/** The cache file's bytes for a bundle that has run (its compiled functions included). */
export function mammothCacheFile(script: vm.Script, source: string): Buffer {
  return codeCacheFile(mammothCacheKey(source), [script]);
}
