/**
 * A parsed config file that is kept up to date edit by edit.
 *
 * A parse does not build the nodes: it splits the lines and records, per line, the block comment depth
 * it starts at and whether it is a section header (lineTable.ts; `scanLine` judges most lines without
 * lexing them). A line's node is lexed the first time it is read (`line(i)`, `lines`) and kept, so it
 * stays the same object for as long as the line is not edited — what the incremental model compares.
 *
 * `applyChange` re-lexes only the lines an edit touched, plus the following lines whose incoming
 * block-comment depth changed, until the depth matches what it was before (then every later line
 * would lex to the same node, so it is kept). Nodes store line-relative columns, so the lines after
 * an edit are not touched at all: the lines live in chunks of about a thousand (lineStore.ts), so an
 * edit that adds or removes lines splices one chunk and renumbers the chunk list instead of moving every
 * later line, and the header anchors sit in their chunks, so headers after an edit are not renumbered.
 */
import type { Position, Range } from 'vscode-languageserver-types';
import { lexLine, NEEDS_LEX, scanLine, scannedLineHasNoIssues } from './lineLexer';
import { HeaderAnchor, LineStore, splitLines, type LineChunk } from './lineStore';
import type { LineIssue, LineNode, SectionHeaderNode } from './nodes';

export { HeaderAnchor } from './lineStore';

export interface TextChange {
  /** Absent: the whole document is replaced. */
  readonly range?: Range;
  readonly text: string;
}

/** Which lines an edit replaced: [startLine, startLine + removed) became [startLine, startLine + inserted). */
export interface LineDelta {
  readonly startLine: number;
  readonly removed: number;
  readonly inserted: number;
  /** First line after the edit whose node was kept as it was. */
  readonly reusedFrom: number;
}

/** How many line-moving edits a document remembers (for caches to map their line numbers across). */
const MAX_SHIFTS = 64;
const NO_SHIFTS: readonly LineDelta[] = [];

/**
 * Where line `line` of the text before `shifts` is after them; undefined when an edit replaced it.
 * Lines after an edit's replaced lines move by its change in line count.
 */
export function mapLine(line: number, shifts: readonly LineDelta[]): number | undefined {
  let mapped = line;
  for (const shift of shifts) {
    if (mapped < shift.startLine) continue;
    if (mapped < shift.startLine + shift.removed) return undefined;
    mapped += shift.inserted - shift.removed;
  }
  return mapped;
}

/** Array.splice without spreading (a paste of 100k lines would overflow the argument stack). */
function spliceInto<T>(target: T[], start: number, removed: number, items: readonly T[]): void {
  if (items.length < 10000) {
    target.splice(start, removed, ...items);
    return;
  }
  const tail = target.slice(start + removed);
  target.length = start;
  for (const item of items) target.push(item);
  for (const item of tail) target.push(item);
}

const NO_ISSUES: readonly LineIssue[] = [];

export class ConfigDocument {
  /** The lines: texts, nodes once read, LineTable entries, header anchors (lineStore.ts). */
  private readonly store: LineStore;
  /** How many lines have no node yet. */
  private unbuilt = 0;
  /**
   * Every node in one array, once `lines` was read; entries from `flatLinesValid` on are refilled from the
   * chunks when `lines` is read next (an edit that moves lines costs that walk only if someone reads `lines`).
   */
  private flatLines: LineNode[] | undefined;
  private flatLinesValid = 0;
  /** Line start offsets, valid for lines < startsValidUpTo. */
  private starts: number[] = [0];
  private startsValidUpTo = 1;
  /**
   * `headerLines` once read, brought up to date when it is read next by the edits made since (`headerEdits`):
   * a splice and an add over a number array, cheaper than reading every anchor again.
   */
  private flatHeaders: number[] | undefined;
  /** Since `headerLines` was read: headers [from, from + removed) became `lines`, and the ones after moved by `shift`. */
  private headerEdits: { from: number; removed: number; lines: readonly number[]; shift: number }[] = [];
  private headerGeneration = 0;
  /** Bumped when the header index is rebuilt from scratch (every anchor is new then). */
  private anchorGeneration = 0;
  /** Edits that changed the line count, oldest first: `shifts[i]` took the count from shiftBase + i to + i + 1. */
  private shifts: LineDelta[] = [];
  private shiftBase = 0;

  /** `chunkLines`: lines per chunk of the store (lineStore.ts; tests make it small to cross chunk boundaries). */
  constructor(text: string, public version = 0, chunkLines?: number) {
    this.store = new LineStore('', chunkLines);
    this.reset(text);
  }

  private reset(text: string): void {
    // Every line may be another one now: nothing before can be mapped across this.
    this.shiftBase += this.shifts.length + 1;
    this.shifts = [];
    this.store.reset(text);
    this.unbuilt = 0;
    this.flatLines = undefined;
    this.flatLinesValid = 0;
    this.scan(0, this.store.length, 0);
    this.invalidateFrom(0);
  }

  /**
   * Records depth and header flag of lines [from, to), whose nodes are unset, starting at block comment
   * depth `depth`; returns the depth after them. Lines `scanLine` cannot judge are lexed (and kept).
   */
  private scan(from: number, to: number, depth: number): number {
    for (let line = from; line < to; ) {
      const chunk = this.store.chunkAt(line);
      const { texts, nodes, table } = chunk;
      const end = Math.min(to, chunk.start + texts.length) - chunk.start;
      for (let local = line - chunk.start; local < end; local++) {
        const text = texts[local];
        const first = local === 0 && chunk.start === 0;
        const scanned = scanLine(text, depth, first);
        if (scanned !== NEEDS_LEX) {
          table.set(local, 0, scanned === 1);
          this.unbuilt++;
          continue;
        }
        const node = lexLine(text, depth, first, table.breakLength(local));
        nodes[local] = node;
        table.set(local, depth, node.kind === 'section');
        depth = node.depthOut;
      }
      line = chunk.start + end;
    }
    return depth;
  }

  /** The node of line `local` of `chunk`, lexed now. */
  private build(chunk: LineChunk, local: number): LineNode {
    const node = lexLine(chunk.texts[local], chunk.table.depthIn(local), local === 0 && chunk.start === 0, chunk.table.breakLength(local));
    chunk.nodes[local] = node;
    this.unbuilt--;
    return node;
  }

  get lineCount(): number {
    return this.store.length;
  }

  /** How many lines have their node built (the others are lexed when read). */
  get lexedLineCount(): number {
    return this.store.length - this.unbuilt;
  }

  /** The nodes, one per line (builds those not read yet). Read-only view: do not keep it across edits. */
  get lines(): readonly LineNode[] {
    let flat = this.flatLines;
    const count = this.store.length;
    if (flat && this.flatLinesValid === count && flat.length === count) return flat;
    if (!flat) {
      flat = [];
      this.flatLines = flat;
      this.flatLinesValid = 0;
    }
    // Refilled in place from the first line an edit moved (no new array, no splice of the whole).
    let index = this.flatLinesValid;
    if (index < count) {
      let chunk: LineChunk | undefined = this.store.chunkAt(index);
      const chunks = this.store.allChunks;
      for (let at = chunks.indexOf(chunk); at < chunks.length; at++) {
        chunk = chunks[at];
        const nodes = chunk.nodes;
        for (let local = index - chunk.start; local < nodes.length; local++) flat[index++] = nodes[local] ?? this.build(chunk, local);
      }
    }
    flat.length = count;
    this.flatLinesValid = count;
    return flat;
  }

  line(index: number): LineNode {
    if (index < 0 || index >= this.store.length) return undefined as unknown as LineNode;
    const chunk = this.store.chunkAt(index);
    const local = index - chunk.start;
    return chunk.nodes[local] ?? this.build(chunk, local);
  }

  /**
   * The syntax issues of line `index`, without lexing a line that `scanLine` judged and that surely has
   * none (scannedLineHasNoIssues): the early list of a large file reads every line this way (issue #18).
   */
  lineIssues(index: number): readonly LineIssue[] {
    if (index < 0 || index >= this.store.length) return NO_ISSUES;
    const chunk = this.store.chunkAt(index);
    const local = index - chunk.start;
    const node = chunk.nodes[local];
    if (node) return node.issues;
    // A line without a node was judged by scanLine (it starts and ends outside a block comment).
    return scannedLineHasNoIssues(chunk.texts[local]) ? NO_ISSUES : this.build(chunk, local).issues;
  }

  /** Whether line `index` is a section header (without building its node). */
  isHeaderLine(index: number): boolean {
    if (index < 0 || index >= this.store.length) return false;
    const chunk = this.store.chunkAt(index);
    return chunk.table.isHeader(index - chunk.start);
  }

  lineText(index: number): string {
    return index >= 0 && index < this.store.length ? this.store.text(index) : '';
  }

  lineBreak(index: number): string {
    if (index < 0 || index >= this.store.length) return '';
    const chunk = this.store.chunkAt(index);
    return chunk.table.lineBreak(index - chunk.start);
  }

  private depthIn(index: number): number {
    const chunk = this.store.chunkAt(index);
    return chunk.table.depthIn(index - chunk.start);
  }

  getText(): string {
    let out = '';
    for (const chunk of this.store.allChunks) {
      for (let local = 0; local < chunk.texts.length; local++) out += chunk.texts[local] + chunk.table.lineBreak(local);
    }
    return out;
  }

  /** Makes the store keep the header anchors (from the first request on). */
  private indexHeaders(): void {
    if (this.store.headersIndexed) return;
    this.store.indexHeaders((line) => this.line(line) as SectionHeaderNode);
    this.anchorGeneration++;
  }

  /** Indices of the section header lines, in order (made on request: prefer `headerCount` and `headerLine`). */
  get headerLines(): readonly number[] {
    this.indexHeaders();
    let flat = this.flatHeaders;
    if (!flat) {
      flat = [];
      for (const chunk of this.store.allChunks) for (const anchor of chunk.anchors!) flat.push(chunk.start + anchor.local);
      this.flatHeaders = flat;
      this.headerEdits = [];
      return flat;
    }
    for (const { from, removed, lines, shift } of this.headerEdits) {
      if (removed > 0 || lines.length > 0) spliceInto(flat, from, removed, lines);
      if (shift !== 0) for (let index = from + lines.length; index < flat.length; index++) flat[index] += shift;
    }
    this.headerEdits = [];
    return flat;
  }

  /** How many section headers there are: `headerLines.length`. */
  get headerCount(): number {
    this.indexHeaders();
    return this.store.headerCount;
  }

  /** The line of header `index`: `headerLines[index]` (undefined out of range). */
  headerLine(index: number): number {
    this.indexHeaders();
    if (index < 0 || index >= this.store.headerCount) return undefined as unknown as number;
    const anchor = this.store.anchorAt(index);
    return anchor.chunk!.start + anchor.local;
  }

  /** The anchor of the header at `index` of `headerLines`. */
  anchorAt(index: number): HeaderAnchor {
    this.indexHeaders();
    if (index < 0 || index >= this.store.headerCount) return undefined as unknown as HeaderAnchor;
    return this.store.anchorAt(index);
  }

  /** Whether `anchor`'s header is still in the document. */
  isLive(anchor: HeaderAnchor): boolean {
    const index = anchor.index;
    return index >= 0 && index < this.headerCount && this.store.anchorAt(index).node === anchor.node;
  }

  /** Changes when the header index is rebuilt from scratch (then no earlier anchor is live). */
  get anchorVersion(): number {
    this.indexHeaders();
    return this.anchorGeneration;
  }

  /** Index in `headerLines` of the last header at or before `line`; -1 before the first header. */
  headerIndexAt(line: number): number {
    this.indexHeaders();
    if (line < 0) return -1;
    if (line >= this.store.length) return this.store.headerCount - 1;
    return this.store.headerIndexAt(line);
  }

  /** The header of the section that line `index` belongs to, if any. */
  sectionHeaderAt(index: number): { line: number; node: SectionHeaderNode } | undefined {
    const found = this.headerIndexAt(index);
    if (found < 0) return undefined;
    const anchor = this.store.anchorAt(found);
    return { line: anchor.chunk!.start + anchor.local, node: anchor.node };
  }

  offsetAt(position: Position): number {
    const { line, character } = this.clamp(position);
    return this.lineStart(line) + character;
  }

  positionAt(offset: number): Position {
    const count = this.store.length;
    this.ensureStarts(count);
    const total = this.starts[count - 1] + this.lineText(count - 1).length;
    const clamped = Math.min(Math.max(offset, 0), total);
    let lo = 0;
    let hi = count - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= clamped) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo, character: Math.min(clamped - this.starts[lo], this.lineText(lo).length) };
  }

  lineStart(index: number): number {
    this.ensureStarts(index + 1);
    return this.starts[index];
  }

  private ensureStarts(upTo: number): void {
    for (let i = this.startsValidUpTo; i < upTo; i++) {
      const chunk = this.store.chunkAt(i - 1);
      const local = i - 1 - chunk.start;
      this.starts[i] = this.starts[i - 1] + chunk.texts[local].length + chunk.table.breakLength(local);
    }
    if (upTo > this.startsValidUpTo) this.startsValidUpTo = upTo;
  }

  private invalidateFrom(line: number, keepHeaders = false): void {
    this.startsValidUpTo = Math.max(1, Math.min(this.startsValidUpTo, line + 1));
    this.starts.length = Math.max(1, Math.min(this.starts.length, this.store.length));
    if (!keepHeaders) {
      this.store.dropHeaderIndex();
      this.flatHeaders = undefined;
      this.headerEdits = [];
      this.headerGeneration++;
    }
  }

  /**
   * Changes whenever the section headers may have changed (one added, removed or re-lexed); stays while
   * edits only move them. A header's index in `headerLines` is stable for as long as this is.
   */
  get headerVersion(): number {
    return this.headerGeneration;
  }

  /** Counts the edits that moved lines (changed the line count), and whole-text replacements. */
  get shiftCount(): number {
    return this.shiftBase + this.shifts.length;
  }

  /**
   * The line-moving edits since `shiftCount` was `since`, oldest first: how to map a line of that
   * version to this one. Undefined when they are no longer known (a whole-text replacement, or too many).
   */
  shiftsSince(since: number): readonly LineDelta[] | undefined {
    const from = since - this.shiftBase;
    if (from < 0 || from > this.shifts.length) return undefined;
    return from === this.shifts.length ? NO_SHIFTS : this.shifts.slice(from);
  }

  /** Clamp an LSP position to this document, the way TextDocument does. */
  private clamp(position: Position): { line: number; character: number } {
    if (position.line < 0) return { line: 0, character: 0 };
    const count = this.store.length;
    if (position.line >= count) return { line: count - 1, character: this.lineText(count - 1).length };
    return { line: position.line, character: Math.min(Math.max(position.character, 0), this.lineText(position.line).length) };
  }

  /** Apply one content change (LSP semantics) and re-lex what it affects. */
  applyChange(change: TextChange): LineDelta {
    if (!change.range) {
      const removed = this.store.length;
      this.reset(change.text);
      return { startLine: 0, removed, inserted: this.store.length, reusedFrom: this.store.length };
    }
    let start = this.clamp(change.range.start);
    let end = this.clamp(change.range.end);
    if (end.line < start.line || (end.line === start.line && end.character < start.character)) [start, end] = [end, start];

    const count = this.store.length;
    let firstLine = start.line;
    let lastLine = end.line;
    let region = this.lineText(firstLine).slice(0, start.character) + change.text + this.lineText(lastLine).slice(end.character) + this.lineBreak(lastLine);
    // Keep "\r" + "\n" together when an edit brings them side by side.
    if (region.endsWith('\r') && lastLine + 1 < count) {
      lastLine++;
      region += this.lineText(lastLine) + this.lineBreak(lastLine);
    }
    if (region.startsWith('\n') && firstLine > 0 && this.lineBreak(firstLine - 1) === '\r') {
      firstLine--;
      region = this.lineText(firstLine) + this.lineBreak(firstLine) + region;
    }

    const newTexts: string[] = [];
    const newEols: string[] = [];
    splitLines(region, newTexts, newEols);
    if (lastLine < count - 1) {
      // The region ended with a line break: the empty piece after it is the next (unchanged) line.
      newTexts.pop();
      newEols.pop();
    }

    // A document whose every node was read keeps it so (the edited lines are lexed now): `lines` stays O(1)
    // per keystroke instead of looking for unbuilt lines among all of them.
    const allBuilt = this.unbuilt === 0;
    // The depth the edited lines start at: what the line before them ends at, i.e. the first one's depthIn.
    const depthBefore = this.depthIn(firstLine);
    const removed = lastLine - firstLine + 1;
    let removedHeaders = 0;
    for (let line = firstLine; line <= lastLine; ) {
      const chunk = this.store.chunkAt(line);
      const to = Math.min(lastLine + 1, chunk.start + chunk.length);
      for (let local = line - chunk.start; local < to - chunk.start; local++) {
        if (chunk.table.isHeader(local)) removedHeaders++;
        if (chunk.nodes[local] === undefined) this.unbuilt--;
      }
      line = to;
    }
    this.store.splice(firstLine, removed, newTexts, newEols);
    const inserted = newTexts.length;
    let depth = this.scan(firstLine, firstLine + inserted, depthBefore);

    // Lines after the edit whose incoming depth changed must be re-lexed too.
    let next = firstLine + inserted;
    while (next < this.store.length && this.depthIn(next) !== depth) {
      const chunk = this.store.chunkAt(next);
      if (chunk.nodes[next - chunk.start] === undefined) this.unbuilt--;
      chunk.nodes[next - chunk.start] = undefined;
      depth = this.scan(next, next + 1, depth);
      next++;
    }
    if (allBuilt) for (let line = firstLine; line < next; line++) this.line(line);
    if (this.flatLines) {
      if (inserted === removed) for (let line = firstLine; line < next; line++) this.flatLines[line] = this.line(line);
      else this.flatLinesValid = Math.min(this.flatLinesValid, firstLine);
    }
    // Lines re-lexed after the edit (their block comment depth changed) may have gained or lost a header.
    const relexedTail = next > firstLine + inserted;
    this.invalidateFrom(firstLine, !relexedTail && this.updateHeaders(firstLine, removed, removedHeaders, inserted));
    const delta = { startLine: firstLine, removed, inserted, reusedFrom: next };
    if (delta.removed !== delta.inserted) {
      this.shifts.push(delta);
      if (this.shifts.length > MAX_SHIFTS) {
        const drop = this.shifts.length - MAX_SHIFTS;
        this.shifts.splice(0, drop);
        this.shiftBase += drop;
      }
    }
    return delta;
  }

  /**
   * Keeps the header index across an edit whose lines were just spliced and scanned: the anchors of the
   * removed headers left with their lines (lineStore.ts), those of inserted headers are added; the others
   * follow their chunks. False when the headers are not indexed (nothing to keep).
   */
  private updateHeaders(firstLine: number, removed: number, removedHeaders: number, inserted: number): boolean {
    if (!this.store.headersIndexed) return false;
    const lines: number[] = [];
    for (let line = firstLine; line < firstLine + inserted; line++) if (this.isHeaderLine(line)) lines.push(line);
    if (lines.length > 0) this.store.attachHeaders(firstLine, firstLine + inserted, (line) => this.line(line) as SectionHeaderNode);
    if (removedHeaders > 0 || lines.length > 0) this.headerGeneration++;
    if (this.flatHeaders && (removedHeaders > 0 || lines.length > 0 || inserted !== removed)) {
      // The headers before the edit are where they were; those in it are replaced, the ones after move.
      const from = firstLine > 0 ? this.store.headerIndexAt(firstLine - 1) + 1 : 0;
      this.headerEdits.push({ from, removed: removedHeaders, lines, shift: inserted - removed });
      // Many edits between two reads: building it again is cheaper than keeping their list.
      if (this.headerEdits.length > MAX_SHIFTS) {
        this.flatHeaders = undefined;
        this.headerEdits = [];
      }
    }
    return true;
  }

  applyChanges(changes: readonly TextChange[], version: number): LineDelta[] {
    const deltas = changes.map((change) => this.applyChange(change));
    this.version = version;
    return deltas;
  }
}

/** Parse a whole text. */
export function parseConfig(text: string, version = 0): ConfigDocument {
  return new ConfigDocument(text, version);
}
