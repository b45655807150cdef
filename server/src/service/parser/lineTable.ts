/** The line breaks a line can end with, by their code in a LineTable. */
const BREAKS = ['', '\n', '\r\n', '\r'] as const;
export type LineBreak = (typeof BREAKS)[number];

/**
 * What a document knows about every line without a node: the block comment depth the line starts at
 * (all `lexLine` needs besides the text and its line break), whether it is a section header (what the
 * header index needs) and its line break. Typed arrays with room to grow, so a 90k-line file costs
 * 540 kB here instead of 90k objects, and an edit that moves lines shifts the tail with one memmove.
 */
export class LineTable {
  private depths: Int32Array;
  private headers: Uint8Array;
  private breaks: Uint8Array;
  private count = 0;

  constructor(capacity = 0) {
    this.depths = new Int32Array(Math.max(16, capacity));
    this.headers = new Uint8Array(this.depths.length);
    this.breaks = new Uint8Array(this.depths.length);
  }

  get length(): number {
    return this.count;
  }

  /** Block comment depth before line `line` (the previous line's depthOut; 0 for the first line). */
  depthIn(line: number): number {
    return this.depths[line];
  }

  isHeader(line: number): boolean {
    return this.headers[line] === 1;
  }

  set(line: number, depthIn: number, isHeader: boolean): void {
    this.depths[line] = depthIn;
    this.headers[line] = isHeader ? 1 : 0;
  }

  /** The line break after line `line` ('' for the last line). */
  lineBreak(line: number): LineBreak {
    return BREAKS[this.breaks[line]];
  }

  breakLength(line: number): number {
    const code = this.breaks[line];
    return code === 2 ? 2 : code === 0 ? 0 : 1;
  }

  setBreak(line: number, lineBreak: string): void {
    const code = BREAKS.indexOf(lineBreak as LineBreak);
    this.breaks[line] = code < 0 ? 0 : code;
  }

  /** Lines [from, to) end with '\n'. */
  fillLineFeeds(from: number, to: number): void {
    this.breaks.fill(1, from, to);
  }

  /** Forget every line and make room for `count` (each to be `set`, line breaks ''). */
  reset(count: number): void {
    if (count > this.depths.length) this.grow(count);
    this.count = count;
    this.breaks.fill(0, 0, count);
  }

  /**
   * Entries [start, start + removed) become `inserted` entries (depth 0, not a header: `set` them), the
   * ones after move along.
   */
  splice(start: number, removed: number, inserted: number): void {
    const tail = start + removed;
    const newCount = this.count - removed + inserted;
    if (newCount > this.depths.length) this.grow(newCount);
    if (inserted !== removed) {
      this.depths.copyWithin(start + inserted, tail, this.count);
      this.headers.copyWithin(start + inserted, tail, this.count);
      this.breaks.copyWithin(start + inserted, tail, this.count);
    }
    this.depths.fill(0, start, start + inserted);
    this.headers.fill(0, start, start + inserted);
    this.breaks.fill(0, start, start + inserted);
    this.count = newCount;
  }

  /** Entries [from, to) of `source` become entries [at, at + to - from) of this table (which must hold them). */
  copyFrom(source: LineTable, from: number, to: number, at: number): void {
    if (at + to - from > this.depths.length) this.grow(at + to - from);
    this.depths.set(source.depths.subarray(from, to), at);
    this.headers.set(source.headers.subarray(from, to), at);
    this.breaks.set(source.breaks.subarray(from, to), at);
  }

  private grow(atLeast: number): void {
    const capacity = Math.max(atLeast, Math.ceil(this.depths.length * 1.5));
    const depths = new Int32Array(capacity);
    depths.set(this.depths.subarray(0, this.count));
    const headers = new Uint8Array(capacity);
    headers.set(this.headers.subarray(0, this.count));
    const breaks = new Uint8Array(capacity);
    breaks.set(this.breaks.subarray(0, this.count));
    this.depths = depths;
    this.headers = headers;
    this.breaks = breaks;
  }
}
