// Loader hook for trace-modules.mjs: records each resolved ES module URL.
import { appendFileSync } from 'node:fs';

let out;

export function initialize(data) {
  out = data.out;
}

export async function resolve(specifier, context, next) {
  const result = await next(specifier, context);
  if (out && !result.url.startsWith('node:')) appendFileSync(out, `esm ${result.url}\n`);
  return result;
}
