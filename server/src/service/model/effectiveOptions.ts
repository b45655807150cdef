/**
 * The effective options of one endpoint, read as a map from canonical option name to the values in the
 * order the driver reads them. Stored compactly (issue #9: heap at 10k endpoints): the endpoint's
 * effective lines — for a single section the very array the section's memo holds, shared — and the
 * [general] defaults map every endpoint shares, instead of a hash table and one array per option for
 * each of 10k endpoints. A lookup scans the ~20 lines of one endpoint.
 */
import type { EffectiveValue } from './types';

/** An effective line as the options read it: its canonical (catalog) name beside the value. */
export interface NamedValue extends EffectiveValue {
  /** The catalog's canonical, lower-case name of the key (aliases resolved). */
  readonly canonical: string;
}

export class EffectiveOptions implements ReadonlyMap<string, readonly EffectiveValue[]> {
  private distinct: number | undefined;

  /**
   * @param lines the endpoint's effective lines in reading order.
   * @param defaults values for names no line sets ([general] device defaults), shared by every endpoint.
   */
  constructor(
    private readonly lines: readonly NamedValue[],
    private readonly defaults: ReadonlyMap<string, EffectiveValue> | undefined,
  ) {}

  get(name: string): readonly EffectiveValue[] | undefined {
    let found: EffectiveValue[] | undefined;
    const lines = this.lines;
    for (let index = 0; index < lines.length; index++) {
      if (lines[index].canonical === name) (found ??= []).push(lines[index]);
    }
    if (found) return found;
    const fallback = this.defaults?.get(name);
    return fallback ? [fallback] : undefined;
  }

  has(name: string): boolean {
    for (const line of this.lines) if (line.canonical === name) return true;
    return this.defaults?.has(name) ?? false;
  }

  get size(): number {
    if (this.distinct === undefined) {
      let count = 0;
      for (const _ of this.keys()) count++;
      this.distinct = count;
    }
    return this.distinct;
  }

  /** Names in first-seen order: the lines' names, then the defaults no line overrides. */
  *keys(): MapIterator<string> {
    const seen = new Set<string>();
    for (const line of this.lines) {
      if (seen.has(line.canonical)) continue;
      seen.add(line.canonical);
      yield line.canonical;
    }
    if (this.defaults) for (const name of this.defaults.keys()) if (!seen.has(name)) yield name;
  }

  *entries(): MapIterator<[string, readonly EffectiveValue[]]> {
    for (const name of this.keys()) yield [name, this.get(name)!];
  }

  *values(): MapIterator<readonly EffectiveValue[]> {
    for (const name of this.keys()) yield this.get(name)!;
  }

  [Symbol.iterator](): MapIterator<[string, readonly EffectiveValue[]]> {
    return this.entries();
  }

  forEach(callback: (value: readonly EffectiveValue[], key: string, map: ReadonlyMap<string, readonly EffectiveValue[]>) => void, thisArg?: unknown): void {
    for (const [name, values] of this.entries()) callback.call(thisArg, values, name, this);
  }
}
