/**
 * A ReadonlyMap that is another map with some values replaced (and a few keys added or removed), so the
 * keystroke path can hand out a new model without copying a 10k-entry map. Overlays never stack: a
 * replacement on an overlay makes one overlay on the same plain base with the merged replacements, so
 * a lookup is two hash probes however many edits came before. When the replacements grow past a few
 * dozen keys the map is flattened into a plain Map (a native copy), which keeps the copying amortised.
 */
const MAX_REPLACED = 32;

/** A value of `replaced` that says: this key is gone. */
const REMOVED: unique symbol = Symbol('removed');

export class OverlayMap<K, V> implements ReadonlyMap<K, V> {
  private constructor(
    private readonly base: ReadonlyMap<K, V>,
    private readonly replaced: ReadonlyMap<K, V | typeof REMOVED>,
    readonly size: number,
  ) {}

  /** `base` with the values of `replaced` (whose keys must all be in `base`). */
  static replace<K, V>(base: ReadonlyMap<K, V>, replaced: ReadonlyMap<K, V>): ReadonlyMap<K, V> {
    return OverlayMap.update(base, replaced);
  }

  /**
   * `base` with the values of `changes`; a key not in `base` is added (after the others), a key whose
   * value is undefined is removed. `maxReplaced`: past this many replaced keys the map is flattened (a
   * caller that replaces many keys per edit, such as a replace-all, raises it so as not to copy every time).
   */
  static update<K, V>(base: ReadonlyMap<K, V>, changes: ReadonlyMap<K, V | undefined>, maxReplaced = MAX_REPLACED): ReadonlyMap<K, V> {
    const root = base instanceof OverlayMap ? (base.base as ReadonlyMap<K, V>) : base;
    const merged = new Map<K, V | typeof REMOVED>(base instanceof OverlayMap ? (base.replaced as ReadonlyMap<K, V | typeof REMOVED>) : undefined);
    for (const [key, value] of changes) merged.set(key, value === undefined ? REMOVED : value);
    let size = root.size;
    for (const [key, value] of merged) {
      if (value === REMOVED) size -= root.has(key) ? 1 : 0;
      else size += root.has(key) ? 0 : 1;
    }
    if (merged.size <= maxReplaced) return new OverlayMap(root, merged, size);
    const flat = new Map<K, V>(root);
    for (const [key, value] of merged) {
      if (value === REMOVED) flat.delete(key);
      else flat.set(key, value);
    }
    return flat;
  }

  get(key: K): V | undefined {
    if (this.replaced.has(key)) {
      const value = this.replaced.get(key);
      return value === REMOVED ? undefined : value;
    }
    return this.base.get(key);
  }

  has(key: K): boolean {
    if (this.replaced.has(key)) return this.replaced.get(key) !== REMOVED;
    return this.base.has(key);
  }

  *entries(): MapIterator<[K, V]> {
    for (const [key, value] of this.base) {
      if (!this.replaced.has(key)) yield [key, value];
      else {
        const now = this.replaced.get(key);
        if (now !== REMOVED) yield [key, now as V];
      }
    }
    for (const [key, value] of this.replaced) if (value !== REMOVED && !this.base.has(key)) yield [key, value];
  }

  *keys(): MapIterator<K> {
    for (const [key] of this.entries()) yield key;
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
