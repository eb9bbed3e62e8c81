/**
 * Maps over the prebuilt taxonomy's text that parse an entry the first time it is asked for. A check looks up a
 * few hundred of the ~3,000 skills and ~8,000 index keys; parsing them all cost more than the rest of its start.
 */

/** "key\tvalue" lines as a Map (keys never hold a tab or a newline). */
export function parseLines(text: string): Map<string, string> {
  const map = new Map<string, string>();
  if (!text) return map;
  for (const line of text.split('\n')) {
    const tab = line.indexOf('\t');
    map.set(line.slice(0, tab), line.slice(tab + 1));
  }
  return map;
}

/** A read-only Map whose values are built from raw text on first use; iterating builds them all. */
export class LazyMap<V> extends Map<string, V> {
  constructor(private readonly raw: Map<string, string>, private readonly build: (raw: string, key: string) => V) {
    super();
  }
  override get(key: string): V | undefined {
    let value = super.get(key);
    if (value === undefined) {
      const text = this.raw.get(key);
      if (text !== undefined) super.set(key, (value = this.build(text, key)));
    }
    return value;
  }
  override has(key: string): boolean {
    return this.raw.has(key);
  }
  override get size(): number {
    return this.raw.size;
  }
  override entries(): MapIterator<[string, V]> {
    return this.all().entries();
  }
  override keys(): MapIterator<string> {
    return this.raw.keys();
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
  /** Every entry, in the raw text's order. */
  private all(): Map<string, V> {
    return new Map([...this.raw.keys()].map((k) => [k, this.get(k)!]));
  }
}

/** Numbers written "1,2,3" mapped through `at`. */
export const numbered = <T>(at: (i: number) => T) => (text: string): T[] => (text ? text.split(',').map((n) => at(Number(n))) : []);
