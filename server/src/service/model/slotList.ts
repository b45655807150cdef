/**
 * A read-only list that is a base array with a few slots replaced: what the keystroke path hands out
 * instead of copying a 10k-slot array (at 20k endpoints a copy is a large-object allocation per
 * keystroke). Reading one slot is O(1); the whole array is built once, on first full read, and kept.
 * Replacements never stack: replacing on a patched list merges into one map over the same base, and
 * past a few dozen replaced slots the list is flattened into a new base.
 */
const MAX_REPLACED = 32;
const NONE: ReadonlyMap<number, never> = new Map<number, never>();

export class SlotList<T> {
  private full: readonly T[] | undefined;

  private constructor(
    private readonly base: readonly T[],
    private readonly replaced: ReadonlyMap<number, T>,
  ) {
    if (replaced.size === 0) this.full = base;
  }

  /** A list that is exactly `items` (not copied). */
  static of<T>(items: readonly T[]): SlotList<T> {
    return new SlotList(items, NONE);
  }

  get length(): number {
    return this.base.length;
  }

  at(index: number): T {
    if (this.full) return this.full[index];
    const replaced = this.replaced.get(index);
    return replaced !== undefined ? replaced : this.base[index];
  }

  /** This list with slot `index` (an existing slot) holding `value`. */
  with(index: number, value: T): SlotList<T> {
    if (index < 0 || index >= this.base.length) throw new RangeError(`slot ${index} of ${this.base.length}`);
    if (this.full && this.full !== this.base) return new SlotList(this.full, new Map([[index, value]]));
    const merged = new Map(this.replaced);
    merged.set(index, value);
    if (merged.size <= MAX_REPLACED) return new SlotList(this.base, merged);
    const flat = this.base.slice();
    for (const [slot, item] of merged) flat[slot] = item;
    return new SlotList(flat, NONE);
  }

  /** The first item that passes `test`, read slot by slot (the whole array is not built for it). */
  find(test: (item: T) => boolean): T | undefined {
    for (let index = 0; index < this.base.length; index++) {
      const item = this.at(index);
      if (test(item)) return item;
    }
    return undefined;
  }

  /** The whole list as an array, built on first use. */
  toArray(): readonly T[] {
    if (!this.full) {
      const flat = this.base.slice();
      for (const [slot, item] of this.replaced) flat[slot] = item;
      this.full = flat;
    }
    return this.full;
  }
}
