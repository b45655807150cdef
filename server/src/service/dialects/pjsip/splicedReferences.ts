/**
 * The references naming one much-named object (a transport every phone names: 10k of them at 10k phones)
 * after a few of the objects naming it were rebuilt (issue #18): the list before those edits and, per
 * rebuilt object, the references it makes now. A keystroke in a phone then costs a small map, not a copy
 * of the 10k-item list per edit; the list is made on first read (no check reads it, features rarely do).
 * Past a few dozen rebuilt objects it is made, and the next edits splice onto that (amortised).
 */
import type { PjsipObject, PjsipReference } from './model';

const MAX_RUNS = 64;

/** The references one object of the base list makes now (its run in the base list is replaced, or added). */
interface Run {
  readonly references: readonly PjsipReference[];
  /** Whether the object had references in the base list (else its run is inserted in file order). */
  readonly inBase: boolean;
  readonly order: number;
}

export class SplicedReferences {
  private listed: readonly PjsipReference[] | undefined;

  private constructor(
    private readonly base: readonly PjsipReference[],
    /** By the object of the base list (or the first version of an object rebuilt since). */
    private readonly runs: ReadonlyMap<PjsipObject, Run>,
    /** The current version of each rebuilt object → the object its run is keyed by. */
    private readonly origins: ReadonlyMap<PjsipObject, PjsipObject>,
  ) {}

  /**
   * `list` (a plain list or a spliced one, in the order of the objects the references come from) with the
   * references of `old` replaced by `references` (from `object`, its rebuilt version, at the same place).
   */
  static replace(list: readonly PjsipReference[] | SplicedReferences, old: PjsipObject, object: PjsipObject, references: readonly PjsipReference[]): SplicedReferences {
    const spliced = list instanceof SplicedReferences ? list : new SplicedReferences(list, new Map(), new Map());
    if (spliced.runs.size >= MAX_RUNS) return SplicedReferences.replace(spliced.list(), old, object, references);
    const origin = spliced.origins.get(old) ?? old;
    const runs = new Map(spliced.runs);
    const before = spliced.runs.get(origin);
    runs.set(origin, { references, inBase: before ? before.inBase : spliced.inBase(origin), order: object.section.order });
    const origins = new Map(spliced.origins);
    origins.delete(old);
    origins.set(object, origin);
    return new SplicedReferences(spliced.base, runs, origins);
  }

  /** Every reference, in the order of the objects they come from (made once). */
  list(): readonly PjsipReference[] {
    if (this.listed) return this.listed;
    const inserted = [...this.runs.values()].filter((run) => !run.inBase).sort((a, b) => a.order - b.order);
    const out: PjsipReference[] = [];
    let next = 0;
    let skipping: PjsipObject | undefined;
    for (const reference of this.base) {
      const from = reference.from;
      if (from === skipping) continue;
      while (next < inserted.length && inserted[next].order < from.section.order) for (const item of inserted[next++].references) out.push(item);
      const run = this.runs.get(from);
      if (run) {
        for (const item of run.references) out.push(item);
        skipping = from;
        continue;
      }
      out.push(reference);
    }
    while (next < inserted.length) for (const item of inserted[next++].references) out.push(item);
    this.listed = out;
    return out;
  }

  /** Whether `object` has references in the base list (a binary search by its section's order). */
  private inBase(object: PjsipObject): boolean {
    const order = object.section.order;
    let lo = 0;
    let hi = this.base.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.base[mid].from.section.order < order) lo = mid + 1;
      else hi = mid;
    }
    return lo < this.base.length && this.base[lo].from === object;
  }
}
