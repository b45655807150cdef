/**
 * A read-only list that a patch derives from another without copying it: what the edit path hands out
 * instead of copying a 20k-slot array (a large-object allocation per edit). A list is a sequence of
 * pieces, each a window [from, from + length) of an array that is never written again, so a derived list
 * shares every piece the change did not touch and the list it came from stays as it was (a model patched
 * from it still reads it). Replacing, inserting or removing slots cuts the pieces at the change and puts a
 * new piece between them: O(pieces + MIN_PIECE), not O(length). Adjacent pieces shorter than MIN_PIECE are
 * merged into one, so no two short pieces touch and there are at most 2 · length / MIN_PIECE + 1 pieces.
 * Reading one slot is O(1) on a one-piece list and a binary search over the pieces otherwise (the last
 * piece read is tried first, so a walk is O(1) per slot); the whole array is built once, on first full
 * read, and the next list derived from this one starts from it (one piece again).
 */
const MIN_PIECE = 256;

interface Piece<T> {
  readonly items: readonly T[];
  readonly from: number;
  readonly length: number;
}

export class SlotList<T> {
  private full: readonly T[] | undefined;
  /** Where each piece starts in the list, and the list's length at the end. */
  private readonly starts: readonly number[];
  /** The piece the last read found (a read hint only: it changes nothing a reader sees). */
  private lastPiece = 0;

  private constructor(private readonly pieces: readonly Piece<T>[]) {
    const starts: number[] = [];
    let start = 0;
    for (const piece of pieces) {
      starts.push(start);
      start += piece.length;
    }
    starts.push(start);
    this.starts = starts;
    if (pieces.length === 1 && pieces[0].from === 0 && pieces[0].length === pieces[0].items.length) this.full = pieces[0].items;
    else if (pieces.length === 0) this.full = [];
  }

  /** A list that is exactly `items` (not copied; the caller no longer writes it). */
  static of<T>(items: readonly T[]): SlotList<T> {
    return new SlotList(items.length ? [{ items, from: 0, length: items.length }] : []);
  }

  get length(): number {
    return this.starts[this.starts.length - 1];
  }

  /** How many pieces the list is made of (for tests and benchmarks: bounded by 2 · length / 256 + 1). */
  get pieceCount(): number {
    return this.pieces.length;
  }

  at(index: number): T {
    if (this.full) return this.full[index];
    const starts = this.starts;
    let piece = this.lastPiece;
    if (!(index >= starts[piece] && index < starts[piece + 1])) {
      if (index < 0 || index >= this.length) return undefined as T;
      let lo = 0;
      let hi = this.pieces.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (starts[mid] <= index) lo = mid;
        else hi = mid - 1;
      }
      piece = lo;
      this.lastPiece = piece;
    }
    const found = this.pieces[piece];
    return found.items[found.from + index - starts[piece]];
  }

  /** This list with slot `index` (an existing slot) holding `value`. */
  with(index: number, value: T): SlotList<T> {
    if (index < 0 || index >= this.length) throw new RangeError(`slot ${index} of ${this.length}`);
    return this.splice(index, 1, [value]);
  }

  /**
   * This list with `removed` slots from `start` taken out and `inserted` put in their place (the array is
   * copied: the caller may reuse it). `start` may be the length (an append).
   */
  splice(start: number, removed: number, inserted: readonly T[] = []): SlotList<T> {
    const length = this.length;
    if (!(start >= 0 && removed >= 0 && start + removed <= length)) throw new RangeError(`slots ${start}+${removed} of ${length}`);
    if (removed === 0 && inserted.length === 0) return this;
    // A list read whole is one piece again: the pieces it was made of are left to the older lists.
    const pieces = this.full ? (this.full.length ? [{ items: this.full, from: 0, length: this.full.length }] : []) : this.pieces;
    const starts = this.full ? [0, this.full.length] : this.starts;
    const end = start + removed;
    // Pieces [first, last] hold slots the change cuts or touches; the ones around them are kept as they are.
    let first = 0;
    while (first < pieces.length && starts[first + 1] < start) first++;
    let last = first;
    while (last < pieces.length - 1 && starts[last + 1] <= end) last++;
    const middle: Piece<T>[] = [];
    if (first < pieces.length) {
      const head = pieces[first];
      const headLength = start - starts[first];
      if (headLength > 0) middle.push({ items: head.items, from: head.from, length: headLength });
    }
    if (inserted.length) middle.push({ items: inserted.slice(), from: 0, length: inserted.length });
    if (last < pieces.length) {
      const tail = pieces[last];
      const skip = end - starts[last];
      if (skip < tail.length) middle.push({ items: tail.items, from: tail.from + skip, length: tail.length - skip });
    }
    // The neighbours join the merge: a short piece next to them may now touch another short one.
    const from = Math.max(0, first - 1);
    const to = Math.min(pieces.length, last + 2);
    const window = [...pieces.slice(from, first), ...middle, ...pieces.slice(last + 1, to)];
    return new SlotList([...pieces.slice(0, from), ...mergeShort(window), ...pieces.slice(to)]);
  }

  /** The first item that passes `test`, read slot by slot (the whole array is not built for it). */
  find(test: (item: T) => boolean): T | undefined {
    for (const piece of this.full ? [{ items: this.full, from: 0, length: this.full.length }] : this.pieces) {
      for (let index = piece.from; index < piece.from + piece.length; index++) if (test(piece.items[index])) return piece.items[index];
    }
    return undefined;
  }

  /** The whole list as an array, built on first use. */
  toArray(): readonly T[] {
    if (!this.full) {
      const flat: T[] = [];
      for (const piece of this.pieces) for (let index = piece.from; index < piece.from + piece.length; index++) flat.push(piece.items[index]);
      this.full = flat;
    }
    return this.full;
  }
}

/** `pieces` with empty ones dropped and each run of adjacent short pieces copied into one. */
function mergeShort<T>(pieces: readonly Piece<T>[]): Piece<T>[] {
  const merged: Piece<T>[] = [];
  let run: T[] | undefined;
  const close = () => {
    if (run) merged.push({ items: run, from: 0, length: run.length });
    run = undefined;
  };
  for (const piece of pieces) {
    if (piece.length === 0) continue;
    const previous = run ? undefined : merged[merged.length - 1];
    if (piece.length < MIN_PIECE && (run ? run.length < MIN_PIECE : previous !== undefined && previous.length < MIN_PIECE)) {
      if (!run) {
        merged.pop();
        run = copyOf(previous as Piece<T>);
      }
      for (let index = piece.from; index < piece.from + piece.length; index++) run.push(piece.items[index]);
      continue;
    }
    close();
    merged.push(piece);
  }
  close();
  return merged;
}

function copyOf<T>(piece: Piece<T>): T[] {
  return piece.items.slice(piece.from, piece.from + piece.length);
}
