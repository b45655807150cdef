/**
 * The lines of a document in chunks of about a thousand, so that an edit which adds or removes lines
 * costs the lines it touches plus a walk over the chunk list — not a move of every later line.
 *
 * Each chunk holds its lines' texts, their nodes once built, and their LineTable entries (block comment
 * depth in, header flag, line break); a chunk knows the document line it starts at and, while the headers
 * are indexed, its headers (anchors, with lines relative to the chunk) and how many headers come before it.
 * An edit splices the one chunk it falls in, or rebuilds the chunks it spans (splitting a chunk grown past
 * twice the chunk size, merging one shrunk below a quarter of it with a neighbour), then renumbers the chunks after it:
 * O(changed lines + chunk size + number of chunks), about 180 chunks for a 180k-line file. Reading line i
 * remembers the chunk of the last read, so a walk over the lines finds each one in O(1).
 */
import { LineTable } from './lineTable';
import type { LineNode, SectionHeaderNode } from './nodes';

/** Lines per chunk when a text is split into chunks (a chunk grown past twice this is split, one shrunk below a quarter of it is merged). */
export const CHUNK_LINES = 1024;

/**
 * A section header of a document, as long as its node is in the document: where it is among the headers
 * now (`index`, kept up to date as headers come and go around it, through the chunk that holds it).
 * Sections and entries hold one (records.ts), so their lines follow the document without being rebuilt.
 */
export class HeaderAnchor {
  /** The index it had when its header left the document (or the index was dropped). */
  private frozenIndex = -1;

  constructor(
    readonly node: SectionHeaderNode,
    /** The chunk holding the header; undefined once the header left the document. */
    public chunk: LineChunk | undefined,
    /** Its line within the chunk. */
    public local: number,
    /** Its place among the chunk's anchors. */
    public slot: number,
  ) {}

  /** Its index among the document's headers (once gone: the index it had then). */
  get index(): number {
    const chunk = this.chunk;
    return chunk === undefined ? this.frozenIndex : chunk.headerStart + this.slot;
  }

  /** The header left the document (or the index was dropped): `index` stays what it is now. */
  detach(): void {
    this.frozenIndex = this.index;
    this.chunk = undefined;
  }
}

export class LineChunk {
  /** The document line of its first line. */
  start = 0;
  /** How many headers the chunks before it hold (while the headers are indexed). */
  headerStart = 0;
  /** Its headers in line order, while the document indexes headers. */
  anchors: HeaderAnchor[] | undefined;

  constructor(
    readonly texts: string[],
    /** The node of each line once it has been read (undefined: not built yet). */
    readonly nodes: (LineNode | undefined)[],
    readonly table: LineTable,
  ) {}

  get length(): number {
    return this.texts.length;
  }
}

/** A run of lines to copy into new chunks: lines [from, to) of a chunk, or of the inserted texts. */
interface Run {
  readonly chunk: LineChunk | undefined;
  readonly from: number;
  readonly to: number;
}

const LINE_BREAK = /\r\n|\r|\n/g;

/** Splits `text` at its line breaks: the pieces go to `texts`, the breaks after them to `eols` ('' after the last). */
export function splitLines(text: string, texts: string[], eols: string[]): void {
  if (text.indexOf('\r') < 0) {
    // The common case (LF only): indexOf is several times faster than the regular expression.
    let start = 0;
    for (let end = text.indexOf('\n'); end >= 0; end = text.indexOf('\n', start)) {
      texts.push(text.slice(start, end));
      eols.push('\n');
      start = end + 1;
    }
    texts.push(text.slice(start));
    eols.push('');
    return;
  }
  LINE_BREAK.lastIndex = 0;
  let start = 0;
  for (let match = LINE_BREAK.exec(text); match; match = LINE_BREAK.exec(text)) {
    texts.push(text.slice(start, match.index));
    eols.push(match[0]);
    start = match.index + match[0].length;
  }
  texts.push(text.slice(start));
  eols.push('');
}

function newChunk(texts: string[], capacity: number, unbuilt: readonly undefined[]): LineChunk {
  // A slice of a row of undefined: exact size, packed (`new Array(n)` would make a holey array).
  const nodes: (LineNode | undefined)[] = unbuilt.slice(0, texts.length);
  const table = new LineTable(capacity);
  table.reset(texts.length);
  return new LineChunk(texts, nodes, table);
}

/** First index of `anchors` whose line is at least `local`. */
function anchorBound(anchors: readonly HeaderAnchor[], local: number): number {
  let lo = 0;
  let hi = anchors.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (anchors[mid].local < local) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export class LineStore {
  private chunks: LineChunk[] = [];
  private count = 0;
  /** The chunk found last (reads walk the lines in order). */
  private cursor = 0;
  private indexed = false;
  /** A chunk grown past this is split. */
  private readonly maxChunk: number;
  /** A chunk shrunk below this is merged with a neighbour. */
  private readonly minChunk: number;

  /** `chunkLines`: lines per chunk (small ones let tests cross chunk boundaries with a few lines). */
  constructor(
    text = '',
    private readonly chunkLines = CHUNK_LINES,
  ) {
    this.chunkLines = Math.max(1, Math.floor(chunkLines));
    this.maxChunk = 2 * this.chunkLines;
    this.minChunk = Math.max(1, this.chunkLines >> 2);
    this.reset(text);
  }

  get length(): number {
    return this.count;
  }

  get chunkCount(): number {
    return this.chunks.length;
  }

  /** Whether the chunks keep their headers' anchors (see `indexHeaders`). */
  get headersIndexed(): boolean {
    return this.indexed;
  }

  /** Replaces every line by the lines of `text` (nodes unbuilt, depth 0, no header: scan them). */
  reset(text: string): void {
    this.dropHeaderIndex();
    const chunks: LineChunk[] = [];
    // One flat split, then exact-size slices: arrays grown by push chunk by chunk would leave their
    // smaller copies behind for the collector.
    const texts: string[] = [];
    let eols: string[] | undefined;
    if (text.indexOf('\r') < 0) {
      // LF only (the usual file): every line but the last ends with '\n', no list of breaks needed.
      let start = 0;
      for (let end = text.indexOf('\n'); end >= 0; end = text.indexOf('\n', start)) {
        texts.push(text.slice(start, end));
        start = end + 1;
      }
      texts.push(text.slice(start));
    } else {
      eols = [];
      splitLines(text, texts, eols);
    }
    const unbuilt: undefined[] = [];
    for (let i = 0; i < Math.min(this.chunkLines, texts.length); i++) unbuilt.push(undefined);
    for (let from = 0; from < texts.length; from += this.chunkLines) {
      const to = Math.min(texts.length, from + this.chunkLines);
      const chunk = newChunk(texts.slice(from, to), to - from, unbuilt);
      if (eols) for (let line = from; line < to; line++) chunk.table.setBreak(line - from, eols[line]);
      else chunk.table.fillLineFeeds(0, to === texts.length ? to - from - 1 : to - from);
      chunks.push(chunk);
    }
    this.chunks = chunks;
    this.cursor = 0;
    this.renumber(0);
  }

  /** The chunk holding line `line` (0 ≤ line < length). */
  chunkAt(line: number): LineChunk {
    const chunks = this.chunks;
    const last = chunks[this.cursor];
    if (line >= last.start && line < last.start + last.texts.length) return last;
    const next = chunks[this.cursor + 1];
    if (next !== undefined && line >= next.start && line < next.start + next.texts.length) {
      this.cursor++;
      return next;
    }
    let lo = 0;
    let hi = chunks.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (chunks[mid].start <= line) lo = mid;
      else hi = mid - 1;
    }
    this.cursor = lo;
    return chunks[lo];
  }

  /** Every chunk, in order (read-only). */
  get allChunks(): readonly LineChunk[] {
    return this.chunks;
  }

  text(line: number): string {
    const chunk = this.chunkAt(line);
    return chunk.texts[line - chunk.start];
  }

  /**
   * Lines [start, start + removed) become the lines `texts` (with the breaks `eols` after them): unbuilt,
   * depth 0, not headers, for the caller to scan. The anchors of removed headers are detached.
   * 1 ≤ removed, start + removed ≤ length; texts is not empty.
   */
  splice(start: number, removed: number, texts: readonly string[], eols: readonly string[]): void {
    const index = this.indexOf(this.chunkAt(start));
    const chunk = this.chunks[index];
    const local = start - chunk.start;
    const length = chunk.length - removed + texts.length;
    if (local + removed <= chunk.length && length <= this.maxChunk && (length >= this.minChunk || this.chunks.length === 1)) {
      this.spliceChunk(chunk, local, removed, texts, eols);
    } else {
      this.rebuild(index, start, removed, texts, eols);
    }
    this.renumber(index > 0 ? index - 1 : 0);
  }

  /** Makes every chunk keep its headers' anchors; `nodeOf` gives a header line's node. */
  indexHeaders(nodeOf: (line: number) => SectionHeaderNode): void {
    for (const chunk of this.chunks) {
      const anchors: HeaderAnchor[] = [];
      const table = chunk.table;
      for (let local = 0; local < chunk.texts.length; local++) {
        if (table.isHeader(local)) anchors.push(new HeaderAnchor(nodeOf(chunk.start + local), chunk, local, anchors.length));
      }
      chunk.anchors = anchors;
    }
    this.indexed = true;
    this.renumber(0);
  }

  /** Stops keeping anchors: every anchor keeps the index it has now and is no longer live. */
  dropHeaderIndex(): void {
    if (!this.indexed) return;
    for (const chunk of this.chunks) {
      if (chunk.anchors) for (const anchor of chunk.anchors) anchor.detach();
      chunk.anchors = undefined;
    }
    this.indexed = false;
  }

  /** Adds anchors for the header lines among lines [from, to), which have none yet (they were just inserted). */
  attachHeaders(from: number, to: number, nodeOf: (line: number) => SectionHeaderNode): void {
    if (!this.indexed) return;
    let first = -1;
    for (let line = from; line < to; ) {
      const chunk = this.chunkAt(line);
      const end = Math.min(to, chunk.start + chunk.length);
      const fresh: HeaderAnchor[] = [];
      for (let local = line - chunk.start; local < end - chunk.start; local++) {
        if (chunk.table.isHeader(local)) fresh.push(new HeaderAnchor(nodeOf(chunk.start + local), chunk, local, 0));
      }
      if (fresh.length > 0) {
        const anchors = chunk.anchors!;
        const at = anchorBound(anchors, line - chunk.start);
        anchors.splice(at, 0, ...fresh);
        for (let slot = at; slot < anchors.length; slot++) anchors[slot].slot = slot;
        if (first < 0) first = this.indexOf(chunk);
      }
      line = end;
    }
    if (first >= 0) this.renumber(first);
  }

  /** How many headers the document has (headers indexed). */
  get headerCount(): number {
    const last = this.chunks[this.chunks.length - 1];
    return last.headerStart + last.anchors!.length;
  }

  /** The anchor of header `index` (0 ≤ index < headerCount; headers indexed). */
  anchorAt(index: number): HeaderAnchor {
    const chunks = this.chunks;
    // The last chunk with headerStart ≤ index holds it (chunks without headers share the next one's start).
    let lo = 0;
    let hi = chunks.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (chunks[mid].headerStart <= index) lo = mid;
      else hi = mid - 1;
    }
    const chunk = chunks[lo];
    return chunk.anchors![index - chunk.headerStart];
  }

  /** Index of the last header at or before `line` (0 ≤ line < length; headers indexed); -1 when none. */
  headerIndexAt(line: number): number {
    const chunk = this.chunkAt(line);
    return chunk.headerStart + anchorBound(chunk.anchors!, line - chunk.start + 1) - 1;
  }

  private indexOf(chunk: LineChunk): number {
    if (this.chunks[this.cursor] === chunk) return this.cursor;
    return this.chunks.indexOf(chunk);
  }

  /** Recomputes the start line and header count before every chunk from `from` on. */
  private renumber(from: number): void {
    const chunks = this.chunks;
    let start = 0;
    let headers = 0;
    if (from > 0) {
      const before = chunks[from - 1];
      start = before.start + before.texts.length;
      headers = before.headerStart + (before.anchors?.length ?? 0);
    }
    for (let index = from; index < chunks.length; index++) {
      const chunk = chunks[index];
      chunk.start = start;
      chunk.headerStart = headers;
      start += chunk.texts.length;
      if (chunk.anchors) headers += chunk.anchors.length;
    }
    this.count = start;
  }

  /** The edit stays within one chunk and leaves it a fitting size. */
  private spliceChunk(chunk: LineChunk, local: number, removed: number, texts: readonly string[], eols: readonly string[]): void {
    const anchors = chunk.anchors;
    if (anchors) {
      const from = anchorBound(anchors, local);
      const to = anchorBound(anchors, local + removed);
      for (let slot = from; slot < to; slot++) anchors[slot].detach();
      if (to > from) anchors.splice(from, to - from);
      const shift = texts.length - removed;
      for (let slot = from; slot < anchors.length; slot++) {
        const anchor = anchors[slot];
        anchor.local += shift;
        anchor.slot = slot;
      }
    }
    const inserted = texts.length;
    const unbuilt: undefined[] = [];
    for (let i = 0; i < inserted; i++) unbuilt.push(undefined);
    chunk.texts.splice(local, removed, ...texts);
    chunk.nodes.splice(local, removed, ...unbuilt);
    chunk.table.splice(local, removed, inserted);
    for (let i = 0; i < inserted; i++) chunk.table.setBreak(local + i, eols[i]);
  }

  /**
   * The edit spans chunks, or leaves its chunk too large or too small: the chunks it touches (and a
   * neighbour, if what is left is small) are replaced by new ones holding the lines kept before the edit,
   * the inserted ones and the lines kept after it.
   */
  private rebuild(first: number, start: number, removed: number, texts: readonly string[], eols: readonly string[]): void {
    const chunks = this.chunks;
    let last = this.indexOf(this.chunkAt(start + removed - 1));
    const end = start + removed;
    let total = chunks[last].start + chunks[last].length - chunks[first].start - removed + texts.length;
    if (total < this.minChunk) {
      if (last + 1 < chunks.length) {
        last++;
        total += chunks[last].length;
      } else if (first > 0) {
        first--;
        total += chunks[first].length;
      }
    }
    // The lines kept before the edit, the inserted ones, the lines kept after it (chunks are in line order).
    const runs: Run[] = [];
    for (let index = first; index <= last; index++) {
      const chunk = chunks[index];
      const to = Math.min(chunk.length, start - chunk.start);
      if (to > 0) runs.push({ chunk, from: 0, to });
    }
    runs.push({ chunk: undefined, from: 0, to: texts.length });
    for (let index = first; index <= last; index++) {
      const chunk = chunks[index];
      const from = Math.max(0, end - chunk.start);
      if (from < chunk.length) runs.push({ chunk, from, to: chunk.length });
    }

    // The anchors kept, with their lines in the new order; those of removed lines leave.
    const kept: { anchor: HeaderAnchor; line: number }[] = [];
    const base = chunks[first].start;
    if (this.indexed) {
      for (let index = first; index <= last; index++) {
        const chunk = chunks[index];
        for (const anchor of chunk.anchors!) {
          const line = chunk.start + anchor.local;
          if (line >= start && line < end) anchor.detach();
          else kept.push({ anchor, line: (line < start ? line : line - removed + texts.length) - base });
        }
      }
    }

    const pieces = total <= this.maxChunk ? 1 : Math.ceil(total / this.chunkLines);
    const made: LineChunk[] = [];
    let run = 0;
    let offset = runs.length ? runs[0].from : 0;
    for (let piece = 0; piece < pieces; piece++) {
      const size = Math.floor(((piece + 1) * total) / pieces) - Math.floor((piece * total) / pieces);
      const pieceTexts: string[] = [];
      const nodes: (LineNode | undefined)[] = [];
      const table = new LineTable(size);
      table.reset(size);
      while (pieceTexts.length < size) {
        const { chunk, to } = runs[run];
        const take = Math.min(to - offset, size - pieceTexts.length);
        const at = pieceTexts.length;
        if (chunk) {
          for (let i = offset; i < offset + take; i++) {
            pieceTexts.push(chunk.texts[i]);
            nodes.push(chunk.nodes[i]);
          }
          table.copyFrom(chunk.table, offset, offset + take, at);
        } else {
          for (let i = offset; i < offset + take; i++) {
            pieceTexts.push(texts[i]);
            nodes.push(undefined);
            table.setBreak(at + i - offset, eols[i]);
          }
        }
        offset += take;
        if (offset === to && run + 1 < runs.length) offset = runs[++run].from;
      }
      const chunk = new LineChunk(pieceTexts, nodes, table);
      if (this.indexed) chunk.anchors = [];
      made.push(chunk);
    }
    if (this.indexed) {
      let piece = 0;
      let pieceStart = 0;
      for (const { anchor, line } of kept) {
        while (line >= pieceStart + made[piece].length) pieceStart += made[piece++].length;
        const chunk = made[piece];
        anchor.chunk = chunk;
        anchor.local = line - pieceStart;
        anchor.slot = chunk.anchors!.length;
        chunk.anchors!.push(anchor);
      }
    }
    chunks.splice(first, last - first + 1, ...made);
    this.cursor = first;
  }
}
