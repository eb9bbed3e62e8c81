/**
 * Maps over the prebuilt taxonomy's text that parse an entry the first time it is asked for. A check looks up a
 * few hundred of the ~3,000 skills and ~8,000 index keys; parsing them all cost more than the rest of its start,
 * and what a start allocates the first garbage collections must copy.
 */

/** Where each value of "key\tvalue" lines starts (keys never hold a tab or a newline); values are read on demand. */
export function indexLines(text: string): Map<string, number> {
  const map = new Map<string, number>();
  for (let at = 0; at < text.length;) {
    const tab = text.indexOf('\t', at);
    const end = text.indexOf('\n', tab);
    map.set(text.slice(at, tab), tab + 1);
    at = end < 0 ? text.length : end + 1;
  }
  return map;
}

/** The value of the line whose value starts at `at`. */
export function valueAt(text: string, at: number): string {
  const end = text.indexOf('\n', at);
  return text.slice(at, end < 0 ? text.length : end);
}

/** Line `i` of a text, found through line starts indexed on first use (one long string parses faster than many). */
export function lineReader(text: string): (i: number) => string {
  let starts: number[] | undefined;
  return (i) => {
    if (!starts) {
      starts = [0];
      for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) starts.push(at + 1);
    }
    return text.slice(starts[i], (starts[i + 1] ?? text.length + 1) - 1);
  };
}

/** A read-only Map whose values are built on first use from a raw key → handle map; iterating builds them all. */
export class LazyMap<V, R = number> extends Map<string, V> {
  private rawMap: Map<string, R> | undefined;
  /** `raw` may be a function, so even the key index is built only when the map is first used. */
  constructor(
    private readonly raw: Map<string, R> | (() => Map<string, R>),
    private readonly build: (raw: R, key: string) => V,
  ) {
    super();
  }
  private get keysToRaw(): Map<string, R> {
    return (this.rawMap ??= typeof this.raw === 'function' ? this.raw() : this.raw);
  }
  override get(key: string): V | undefined {
    let value = super.get(key);
    if (value === undefined) {
      const raw = this.keysToRaw.get(key);
      if (raw !== undefined) super.set(key, (value = this.build(raw, key)));
    }
    return value;
  }
  override has(key: string): boolean {
    return this.keysToRaw.has(key);
  }
  override get size(): number {
    return this.keysToRaw.size;
  }
  override entries(): MapIterator<[string, V]> {
    return this.all().entries();
  }
  override keys(): MapIterator<string> {
    return this.keysToRaw.keys();
  }
  override values(): MapIterator<V> {
    return this.all().values();
  }
  override [Symbol.iterator](): MapIterator<[string, V]> {
    return this.entries();
  }
  override forEach(fn: (value: V, key: string, map: Map<string, V>) => void): void {
    this.all().forEach((v, k) => fn(v, k, this));
  }
  /** Every entry, in the raw map's order. */
  private all(): Map<string, V> {
    return new Map([...this.keysToRaw.keys()].map((k) => [k, this.get(k)!]));
  }
}

/** A LazyMap over "key\tn,n,n" lines, each number mapped through `at`. */
export function numberedLines<T>(text: string, at: (i: number) => T): LazyMap<T[]> {
  return new LazyMap(
    () => indexLines(text),
    (start) => {
      const value = valueAt(text, start);
      return value ? value.split(',').map((n) => at(Number(n))) : [];
    },
  );
}
