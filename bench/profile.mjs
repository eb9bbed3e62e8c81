// Summarises a V8 .cpuprofile: self time by function and by package/file, so startup and hot spots read at a glance.
import { readFileSync } from 'node:fs';

/** Where a profile node's code lives: a package name, a dist/ file, node internals or V8 itself. */
export function placeOf(url) {
  if (!url) return '(v8/native)';
  if (url.startsWith('node:')) return 'node internals';
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (pkg) return pkg[1];
  const dist = /\/(dist|bench|bin)\/(.*)$/.exec(url);
  return dist ? `${dist[1]}/${dist[2]}` : url.replace(/^file:\/\//, '');
}

/** Self time (ms) per place and per function, largest first. */
export function summarize(path) {
  const prof = JSON.parse(readFileSync(path, 'utf8'));
  const byId = new Map(prof.nodes.map((n) => [n.id, n]));
  const self = new Map();
  for (let i = 0; i < prof.samples.length; i++) {
    const id = prof.samples[i];
    self.set(id, (self.get(id) ?? 0) + (prof.timeDeltas[i] ?? 0) / 1000);
  }
  const places = new Map();
  const functions = new Map();
  for (const [id, ms] of self) {
    const { callFrame: f } = byId.get(id);
    const special = f.functionName.startsWith('(') ? f.functionName : null;
    const place = special ?? placeOf(f.url);
    places.set(place, (places.get(place) ?? 0) + ms);
    const fn = `${f.functionName || '(anonymous)'} ${special ? '' : `${placeOf(f.url)}:${f.lineNumber + 1}`}`.trim();
    functions.set(fn, (functions.get(fn) ?? 0) + ms);
  }
  const sorted = (m) => [...m].sort((a, b) => b[1] - a[1]);
  return { totalMs: (prof.endTime - prof.startTime) / 1000, places: sorted(places), functions: sorted(functions) };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const s = summarize(process.argv[2]);
  console.log(`total ${s.totalMs.toFixed(1)} ms`);
  for (const [p, ms] of s.places.slice(0, 12)) console.log(`${ms.toFixed(1).padStart(8)} ms  ${p}`);
  console.log('--');
  for (const [f, ms] of s.functions.slice(0, 20)) console.log(`${ms.toFixed(1).padStart(8)} ms  ${f}`);
}
