/**
 * A ReadonlyMap that is another map with some values replaced (never keys added or removed), so the
 * keystroke path can hand out a new model without copying a 10k-entry map. Overlays never stack: a
 * replacement on an overlay makes one overlay on the same plain base with the merged replacements, so
 * a lookup is two hash probes however many edits came before. When the replacements grow past a few
 * dozen keys the map is flattened into a plain Map (a native copy), which keeps the copying amortised.
 */
const MAX_REPLACED = 32;

export class OverlayMap<K, V> implements ReadonlyMap<K, V> {
  private constructor(
    private readonly base: ReadonlyMap<K, V>,
    private readonly replaced: ReadonlyMap<K, V>,
  ) {}

  /** `base` with the values of `replaced` (whose keys must all be in `base`). */
  static replace<K, V>(base: ReadonlyMap<K, V>, replaced: ReadonlyMap<K, V>): ReadonlyMap<K, V> {
    const root = base instanceof OverlayMap ? (base.base as ReadonlyMap<K, V>) : base;
    const merged = new Map<K, V>(base instanceof OverlayMap ? (base.replaced as ReadonlyMap<K, V>) : undefined);
    for (const [key, value] of replaced) merged.set(key, value);
    if (merged.size <= MAX_REPLACED) return new OverlayMap(root, merged);
    const flat = new Map<K, V>(root);
    for (const [key, value] of merged) flat.set(key, value);
    return flat;
  }

  get size(): number {
    return this.base.size;
  }

  get(key: K): V | undefined {
    return this.replaced.has(key) ? this.replaced.get(key) : this.base.get(key);
  }

  has(key: K): boolean {
    return this.base.has(key);
  }

  *entries(): MapIterator<[K, V]> {
    for (const [key, value] of this.base) yield [key, this.replaced.has(key) ? (this.replaced.get(key) as V) : value];
  }

  *keys(): MapIterator<K> {
    yield* this.base.keys();
  }

  *values(): MapIterator<V> {
    for (const [, value] of this.entries()) yield value;
  }

  [Symbol.iterator](): MapIterator<[K, V]> {
    return this.entries();
  }

  forEach(callback: (value: V, key: K, map: ReadonlyMap<K, V>) => void, thisArg?: unknown): void {
    for (const [key, value] of this.entries()) callback.call(thisArg, value, key, this);
  }
}
