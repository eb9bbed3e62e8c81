/** Finds every regular expression in src/: literals by parsing the sources, `new RegExp` by recording constructions. */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { ROOT } from '../helpers/paths.js';

/** One regular expression and where it comes from. */
export interface FoundRegex {
  source: string;
  flags: string;
  /** `src/…/file.ts:line` (for constructed ones, the file that constructed it). */
  where: string;
}

const SRC = join(ROOT, 'src');

function tsFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory()
      ? tsFiles(join(dir, e.name))
      : e.name.endsWith('.ts') && !e.name.endsWith('.d.ts')
        ? [join(dir, e.name)]
        : [],
  );
}

/** Regex literals in src/, and the files with `new RegExp(…)` / `RegExp(…)` calls (how many sites each). */
export function scanSources(): { literals: FoundRegex[]; constructorSites: Map<string, number> } {
  const literals: FoundRegex[] = [];
  const constructorSites = new Map<string, number>();
  for (const file of tsFiles(SRC)) {
    const rel = relative(ROOT, file);
    const sf = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
    const visit = (node: ts.Node): void => {
      if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const text = node.getText(sf);
        const slash = text.lastIndexOf('/');
        const line = sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1;
        literals.push({ source: text.slice(1, slash), flags: text.slice(slash + 1), where: `${rel}:${line}` });
      }
      if ((ts.isNewExpression(node) || ts.isCallExpression(node)) && node.expression.getText(sf) === 'RegExp') {
        constructorSites.set(rel, (constructorSites.get(rel) ?? 0) + 1);
      }
      ts.forEachChild(node, visit);
    };
    visit(sf);
  }
  return { literals, constructorSites };
}

/** Replace the global RegExp with a recording proxy; returns what was built and a function to restore it. */
export function recordConstructions(): {
  built: FoundRegex[];
  record: (args: unknown[]) => void;
  restore: () => void;
} {
  const Original = globalThis.RegExp;
  const built: FoundRegex[] = [];
  const record = (args: unknown[]): void => {
    // A pattern built through src/lexicon/latin.ts belongs to the file that asked for it (whose source it is).
    const frame = (new Error().stack ?? '')
      .split('\n')
      .find((l) => (l.includes(`${SRC}/`) || l.includes('/src/')) && !/\b(?:latinRegExp|LatinRegExp)\b/.test(l));
    const m = frame ? /(src\/[^:)]+\.ts)/.exec(frame) : null;
    const probe = new Original(args[0] as string, args[1] as string | undefined);
    built.push({ source: probe.source, flags: probe.flags, where: m ? m[1] : 'unknown' });
  };
  globalThis.RegExp = new Proxy(Original, {
    construct(target, args, newTarget) {
      record(args);
      return Reflect.construct(target, args, newTarget);
    },
    apply(target, thisArg, args) {
      record(args);
      return Reflect.apply(target, thisArg, args);
    },
  });
  return { built, record, restore: () => void (globalThis.RegExp = Original) };
}

/** Unique by source and flags, keeping the first place each was seen. */
export function unique(list: FoundRegex[]): FoundRegex[] {
  const seen = new Map<string, FoundRegex>();
  for (const r of list) if (!seen.has(`/${r.source}/${r.flags}`)) seen.set(`/${r.source}/${r.flags}`, r);
  return [...seen.values()];
}
