/**
 * A ReadonlyMap that is another map with some values replaced (never keys added or removed), so the
 * keystroke path can hand out a new model without copying a 10k-entry map. Overlays are flattened
 * into a plain Map after a few layers, which keeps lookups O(1) and the copying amortised.
 */
const MAX_DEPTH = 16;

export class OverlayMap<K, V> implements ReadonlyMap<K, V> {
  private readonly depth: number;

  private constructor(
    private readonly base: ReadonlyMap<K, V>,
    private readonly replaced: ReadonlyMap<K, V>,
  ) {
    this.depth = base instanceof OverlayMap ? base.depth + 1 : 1;
  }

  /** `base` with the values of `replaced` (whose keys must all be in `base`). */
  static replace<K, V>(base: ReadonlyMap<K, V>, replaced: ReadonlyMap<K, V>): ReadonlyMap<K, V> {
    const overlay = new OverlayMap(base, replaced);
    return overlay.depth > MAX_DEPTH ? new Map(overlay) : overlay;
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
