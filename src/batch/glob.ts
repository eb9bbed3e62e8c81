/** A small glob matcher (Node 20 has no fs.glob): `*`, `**`, `?`, `[abc]`, `{a,b}` on `/`-separated paths. */

const MAGIC = /[*?[{]/;

/** True when an argument is a glob pattern rather than a plain path. */
export function isGlob(arg: string): boolean {
  return MAGIC.test(arg);
}

/** Split a pattern into the folder to walk (no magic in it) and the pattern relative to that folder. */
export function globBase(pattern: string): { base: string; rest: string } {
  const parts = pattern.replace(/\\/g, '/').split('/');
  const firstMagic = parts.findIndex((p) => MAGIC.test(p));
  const baseParts = parts.slice(0, firstMagic);
  const base = baseParts.length === 0 ? '.' : baseParts.join('/') || '/';
  return { base, rest: parts.slice(firstMagic).join('/') };
}

/** Compile a relative glob pattern to a regular expression over `/`-separated relative paths. */
export function globToRegExp(pattern: string): RegExp {
  let re = '';
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i];
    if (ch === '*' && pattern[i + 1] === '*') {
      // `**/` matches zero or more whole folders; a trailing `**` matches anything below.
      const slash = pattern[i + 2] === '/';
      re += slash ? '(?:[^/]+/)*' : '.*';
      i += slash ? 2 : 1;
    } else if (ch === '*') re += '[^/]*';
    else if (ch === '?') re += '[^/]';
    else if (ch === '[') {
      const end = pattern.indexOf(']', i + 2);
      if (end < 0) re += '\\[';
      else {
        const body = pattern
          .slice(i + 1, end)
          .replace(/^!/, '^')
          .replace(/\\/g, '\\\\');
        re += `[${body}]`;
        i = end;
      }
    } else if (ch === '{') {
      const end = pattern.indexOf('}', i);
      if (end < 0) re += '\\{';
      else {
        re +=
          '(?:' +
          pattern
            .slice(i + 1, end)
            .split(',')
            .map(escape)
            .join('|') +
          ')';
        i = end;
      }
    } else re += escape(ch);
  }
  return new RegExp(`^${re}$`);
}

function escape(s: string): string {
  return s.replace(/[.+^$()|\\/*?[\]{}]/g, '\\$&');
}
