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

/** A window [from, from + length) of an array no one writes any more. */
export interface Piece<T> {
  readonly items: readonly T[];
  readonly from: number;
  readonly length: number;
}

/** What a binary search over a list reads: a SlotList or a draft of one. */
export interface SlotReader<T> {
  readonly length: number;
  at(index: number): T;
}

export class SlotList<T> {
  private full: readonly T[] | undefined;
  /** Where each piece starts in the list, and the list's length at the end. */
  private readonly starts: readonly number[];
  /** The piece the last read found (a read hint only: it changes nothing a reader sees). */
  private lastPiece = 0;

  private constructor(private readonly pieces: readonly Piece<T>[]) {
    this.starts = startsOf(pieces, []);
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
    const piece = pieceOf(this.pieces, this.starts, this.lastPiece, index);
    if (piece < 0) return undefined as T;
    this.lastPiece = piece;
    const found = this.pieces[piece];
    return found.items[found.from + index - this.starts[piece]];
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
    if (removed === 0 && inserted.length === 0 && start >= 0 && start <= this.length) return this;
    const draft = this.draft();
    draft.splice(start, removed, inserted);
    return draft.done();
  }

  /**
   * A draft of this list for several changes in a row (a patch that removes, inserts and replaces slots):
   * the pieces are copied once, each change moves pieces in place, and short pieces are merged once, in
   * `done`. The list itself does not change.
   */
  draft(): SlotListDraft<T> {
    return new SlotListDraft(this.full ? wholeOf(this.full) : this.pieces.slice());
  }

  /** @internal A list of these pieces, short neighbours merged (SlotListDraft.done). */
  static ofPieces<T>(pieces: readonly Piece<T>[]): SlotList<T> {
    return new SlotList(mergeShort(pieces));
  }

  /** The first item that passes `test`, read slot by slot (the whole array is not built for it). */
  find(test: (item: T) => boolean): T | undefined {
    for (const piece of this.full ? wholeOf(this.full) : this.pieces) {
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

/**
 * A list being changed by one patch: `splice` and `with` change it in place (reads see the changes), `done`
 * makes the list. Only what the draft was made from is shared; the list it came from is never written.
 */
export class SlotListDraft<T> {
  private readonly starts: number[];
  private lastPiece = 0;

  constructor(private readonly pieces: Piece<T>[]) {
    this.starts = startsOf(pieces, []);
  }

  get length(): number {
    return this.starts[this.starts.length - 1];
  }

  at(index: number): T {
    const piece = pieceOf(this.pieces, this.starts, this.lastPiece, index);
    if (piece < 0) return undefined as T;
    this.lastPiece = piece;
    const found = this.pieces[piece];
    return found.items[found.from + index - this.starts[piece]];
  }

  /** Slot `index` (an existing slot) holds `value`. */
  with(index: number, value: T): void {
    if (index < 0 || index >= this.length) throw new RangeError(`slot ${index} of ${this.length}`);
    this.splice(index, 1, [value]);
  }

  /** `removed` slots from `start` are taken out and `inserted` (copied) put in their place; `start` may be the length. */
  splice(start: number, removed: number, inserted: readonly T[] = []): void {
    const { pieces, starts } = this;
    const length = this.length;
    if (!(start >= 0 && removed >= 0 && start + removed <= length)) throw new RangeError(`slots ${start}+${removed} of ${length}`);
    if (removed === 0 && inserted.length === 0) return;
    const end = start + removed;
    // Pieces [first, last] hold slots the change cuts or touches; the others stay where they are.
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
    pieces.splice(first, first < pieces.length ? last - first + 1 : 0, ...middle);
    startsOf(pieces, starts);
    this.lastPiece = 0;
  }

  /** The list: runs of adjacent short pieces are copied into one. */
  done(): SlotList<T> {
    return SlotList.ofPieces(this.pieces);
  }
}

/** Where each piece starts, and the total length at the end, written into `starts`. */
function startsOf<T>(pieces: readonly Piece<T>[], starts: number[]): number[] {
  starts.length = 0;
  let start = 0;
  for (const piece of pieces) {
    starts.push(start);
    start += piece.length;
  }
  starts.push(start);
  return starts;
}

/** The piece holding slot `index` (`hint` first), -1 outside the list. */
function pieceOf<T>(pieces: readonly Piece<T>[], starts: readonly number[], hint: number, index: number): number {
  if (index >= starts[hint] && index < starts[hint + 1]) return hint;
  if (!(index >= 0 && index < starts[starts.length - 1])) return -1;
  let lo = 0;
  let hi = pieces.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= index) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

function wholeOf<T>(items: readonly T[]): Piece<T>[] {
  return items.length ? [{ items, from: 0, length: items.length }] : [];
}

/** `pieces` with empty ones dropped and each run of adjacent short pieces copied into one. */
function mergeShort<T>(pieces: readonly Piece<T>[]): Piece<T>[] {
  const merged: Piece<T>[] = [];
  /** The run of short pieces being gathered, and its length. */
  let run: Piece<T>[] = [];
  let runLength = 0;
  const close = () => {
    if (run.length === 1) merged.push(run[0]);
    else if (run.length > 1) {
      // Copied once, at its size.
      const items = new Array<T>(runLength);
      let at = 0;
      for (const piece of run) for (let index = piece.from; index < piece.from + piece.length; index++) items[at++] = piece.items[index];
      merged.push({ items, from: 0, length: runLength });
    }
    run = [];
    runLength = 0;
  };
  for (const piece of pieces) {
    if (piece.length === 0) continue;
    if (piece.length < MIN_PIECE && runLength < MIN_PIECE) {
      run.push(piece);
      runLength += piece.length;
      continue;
    }
    close();
    if (piece.length < MIN_PIECE) {
      run.push(piece);
      runLength = piece.length;
    } else merged.push(piece);
  }
  close();
  return merged;
}
