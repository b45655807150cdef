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
 * an edit are not touched at all: the arrays are spliced, the nodes reused.
 */
import type { Position, Range } from 'vscode-languageserver-types';
import { lexLine, NEEDS_LEX, scanLine } from './lineLexer';
import { LineTable } from './lineTable';
import type { LineNode, SectionHeaderNode } from './nodes';

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

const LINE_BREAK = /\r\n|\r|\n/g;

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

function splitLines(text: string, texts: string[], eols: string[]): void {
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

/** First index of `sorted` whose value is at least `value`. */
function lowerBound(sorted: readonly number[], value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
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

/**
 * A section header of a document, as long as its node is in the document: where it is among the headers
 * now (`index` into `headerLines`, kept up to date as headers come and go around it). Sections and entries
 * hold one (records.ts), so their lines follow the document without being rebuilt.
 */
export class HeaderAnchor {
  constructor(
    readonly node: SectionHeaderNode,
    public index: number,
  ) {}
}

export class ConfigDocument {
  private texts: string[] = [];
  /** The node of each line once it has been read (undefined: not built yet). */
  private nodes: (LineNode | undefined)[] = [];
  /** Per line: incoming block comment depth, header or not. */
  private readonly table = new LineTable();
  /** How many entries of `nodes` are not built yet. */
  private unbuilt = 0;
  /** Line start offsets, valid for lines < startsValidUpTo. */
  private starts: number[] = [0];
  private startsValidUpTo = 1;
  private headerCache: number[] | undefined;
  /** One anchor per header, parallel to headerCache. */
  private anchorCache: HeaderAnchor[] = [];
  private headerGeneration = 0;
  /** Bumped when the header index is rebuilt from scratch (every anchor is new then). */
  private anchorGeneration = 0;
  /** Edits that changed the line count, oldest first: `shifts[i]` took the count from shiftBase + i to + i + 1. */
  private shifts: LineDelta[] = [];
  private shiftBase = 0;

  constructor(text: string, public version = 0) {
    this.reset(text);
  }

  private reset(text: string): void {
    // Every line may be another one now: nothing before can be mapped across this.
    this.shiftBase += this.shifts.length + 1;
    this.shifts = [];
    this.texts = [];
    let eols: string[] | undefined;
    if (text.indexOf('\r') < 0) {
      // LF only (the usual file): every line but the last ends with '\n', no list of breaks needed.
      let start = 0;
      for (let end = text.indexOf('\n'); end >= 0; end = text.indexOf('\n', start)) {
        this.texts.push(text.slice(start, end));
        start = end + 1;
      }
      this.texts.push(text.slice(start));
    } else {
      eols = [];
      splitLines(text, this.texts, eols);
    }
    // Pushed one by one: `new Array(n)` of a large n makes a slow dictionary-mode array in V8.
    const nodes: (LineNode | undefined)[] = [];
    for (let i = 0; i < this.texts.length; i++) nodes.push(undefined);
    this.nodes = nodes;
    this.unbuilt = 0;
    this.table.reset(this.texts.length);
    if (eols) for (let i = 0; i < eols.length; i++) this.table.setBreak(i, eols[i]);
    else this.table.fillLineFeeds(0, this.texts.length - 1);
    this.scan(0, this.texts.length, 0);
    this.invalidateFrom(0);
  }

  /**
   * Records depth and header flag of lines [from, to), whose nodes are unset, starting at block comment
   * depth `depth`; returns the depth after them. Lines `scanLine` cannot judge are lexed (and kept).
   */
  private scan(from: number, to: number, depth: number): number {
    const texts = this.texts;
    const table = this.table;
    for (let i = from; i < to; i++) {
      const text = texts[i];
      const scanned = scanLine(text, depth, i === 0);
      if (scanned !== NEEDS_LEX) {
        table.set(i, 0, scanned === 1);
        this.unbuilt++;
        continue;
      }
      const node = lexLine(text, depth, i === 0, table.breakLength(i));
      this.nodes[i] = node;
      table.set(i, depth, node.kind === 'section');
      depth = node.depthOut;
    }
    return depth;
  }

  /** The node of line `index`, lexed now if it was not read before. */
  private build(index: number): LineNode {
    const node = lexLine(this.texts[index], this.table.depthIn(index), index === 0, this.table.breakLength(index));
    this.nodes[index] = node;
    this.unbuilt--;
    return node;
  }

  get lineCount(): number {
    return this.texts.length;
  }

  /** The nodes, one per line (builds those not read yet). Read-only view: do not keep it across edits. */
  get lines(): readonly LineNode[] {
    if (this.unbuilt > 0) {
      const nodes = this.nodes;
      for (let i = 0; i < nodes.length; i++) if (nodes[i] === undefined) this.build(i);
    }
    return this.nodes as readonly LineNode[];
  }

  line(index: number): LineNode {
    const node = this.nodes[index];
    if (node !== undefined || index < 0 || index >= this.nodes.length) return node as LineNode;
    return this.build(index);
  }

  /** Whether line `index` is a section header (without building its node). */
  isHeaderLine(index: number): boolean {
    return index >= 0 && index < this.texts.length && this.table.isHeader(index);
  }

  lineText(index: number): string {
    return this.texts[index] ?? '';
  }

  lineBreak(index: number): string {
    return index >= 0 && index < this.texts.length ? this.table.lineBreak(index) : '';
  }

  getText(): string {
    let out = '';
    for (let i = 0; i < this.texts.length; i++) out += this.texts[i] + this.table.lineBreak(i);
    return out;
  }

  /** Indices of the section header lines, in order. */
  get headerLines(): readonly number[] {
    if (!this.headerCache) {
      const headers: number[] = [];
      const anchors: HeaderAnchor[] = [];
      const table = this.table;
      for (let i = 0; i < this.texts.length; i++) {
        if (!table.isHeader(i)) continue;
        anchors.push(new HeaderAnchor(this.line(i) as SectionHeaderNode, headers.length));
        headers.push(i);
      }
      this.headerCache = headers;
      this.anchorCache = anchors;
      this.anchorGeneration++;
    }
    return this.headerCache;
  }

  /** The anchor of the header at `index` of `headerLines`. */
  anchorAt(index: number): HeaderAnchor {
    void this.headerLines;
    return this.anchorCache[index];
  }

  /** Whether `anchor`'s header is still in the document. */
  isLive(anchor: HeaderAnchor): boolean {
    const headers = this.headerLines;
    return anchor.index >= 0 && anchor.index < headers.length && this.line(headers[anchor.index]) === anchor.node;
  }

  /** Changes when the header index is rebuilt from scratch (then no earlier anchor is live). */
  get anchorVersion(): number {
    void this.headerLines;
    return this.anchorGeneration;
  }

  /** Index in `headerLines` of the last header at or before `line`; -1 before the first header. */
  headerIndexAt(line: number): number {
    const headers = this.headerLines;
    let lo = 0;
    let hi = headers.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (headers[mid] <= line) {
        found = mid;
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return found;
  }

  /** The header of the section that line `index` belongs to, if any. */
  sectionHeaderAt(index: number): { line: number; node: SectionHeaderNode } | undefined {
    const found = this.headerIndexAt(index);
    if (found < 0) return undefined;
    const line = this.headerLines[found];
    return { line, node: this.line(line) as SectionHeaderNode };
  }

  offsetAt(position: Position): number {
    const { line, character } = this.clamp(position);
    return this.lineStart(line) + character;
  }

  positionAt(offset: number): Position {
    this.ensureStarts(this.texts.length);
    const total = this.starts[this.texts.length - 1] + this.texts[this.texts.length - 1].length;
    const clamped = Math.min(Math.max(offset, 0), total);
    let lo = 0;
    let hi = this.texts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= clamped) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo, character: Math.min(clamped - this.starts[lo], this.texts[lo].length) };
  }

  lineStart(index: number): number {
    this.ensureStarts(index + 1);
    return this.starts[index];
  }

  private ensureStarts(upTo: number): void {
    for (let i = this.startsValidUpTo; i < upTo; i++) {
      this.starts[i] = this.starts[i - 1] + this.texts[i - 1].length + this.table.breakLength(i - 1);
    }
    if (upTo > this.startsValidUpTo) this.startsValidUpTo = upTo;
  }

  private invalidateFrom(line: number, keepHeaders = false): void {
    this.startsValidUpTo = Math.max(1, Math.min(this.startsValidUpTo, line + 1));
    this.starts.length = Math.max(1, Math.min(this.starts.length, this.texts.length));
    if (!keepHeaders) {
      this.headerCache = undefined;
      this.anchorCache = [];
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

  /**
   * Keeps the header index across an edit that neither removed nor added a header (typing inside a
   * section): only the headers after the edit move, by the change in line count.
   */
  private updateHeaders(firstLine: number, removed: number, removedHadHeader: boolean, inserted: number): boolean {
    const headers = this.headerCache;
    if (!headers) return false;
    const shift = inserted - removed;
    let added = false;
    for (let line = firstLine; line < firstLine + inserted; line++) if (this.table.isHeader(line)) added = true;
    if (!removedHadHeader && !added) {
      if (shift !== 0) for (let i = 0; i < headers.length; i++) if (headers[i] >= firstLine + removed) headers[i] += shift;
      return true;
    }
    // Headers came or went: splice them in and out, move those after, renumber the anchors after them.
    const anchors = this.anchorCache;
    const from = lowerBound(headers, firstLine);
    const to = lowerBound(headers, firstLine + removed);
    const lines: number[] = [];
    const fresh: HeaderAnchor[] = [];
    for (let line = firstLine; line < firstLine + inserted; line++) {
      if (!this.table.isHeader(line)) continue;
      fresh.push(new HeaderAnchor(this.line(line) as SectionHeaderNode, from + lines.length));
      lines.push(line);
    }
    spliceInto(headers, from, to - from, lines);
    spliceInto(anchors, from, to - from, fresh);
    for (let i = from + lines.length; i < headers.length; i++) {
      headers[i] += shift;
      anchors[i].index = i;
    }
    this.headerGeneration++;
    return true;
  }

  /** Clamp an LSP position to this document, the way TextDocument does. */
  private clamp(position: Position): { line: number; character: number } {
    if (position.line < 0) return { line: 0, character: 0 };
    if (position.line >= this.texts.length) {
      const last = this.texts.length - 1;
      return { line: last, character: this.texts[last].length };
    }
    return { line: position.line, character: Math.min(Math.max(position.character, 0), this.texts[position.line].length) };
  }

  /** Apply one content change (LSP semantics) and re-lex what it affects. */
  applyChange(change: TextChange): LineDelta {
    if (!change.range) {
      const removed = this.texts.length;
      this.reset(change.text);
      return { startLine: 0, removed, inserted: this.texts.length, reusedFrom: this.texts.length };
    }
    let start = this.clamp(change.range.start);
    let end = this.clamp(change.range.end);
    if (end.line < start.line || (end.line === start.line && end.character < start.character)) [start, end] = [end, start];

    let firstLine = start.line;
    let lastLine = end.line;
    let region =
      this.texts[firstLine].slice(0, start.character) +
      change.text +
      this.texts[lastLine].slice(end.character) +
      this.table.lineBreak(lastLine);
    // Keep "\r" + "\n" together when an edit brings them side by side.
    if (region.endsWith('\r') && lastLine + 1 < this.texts.length) {
      lastLine++;
      region += this.texts[lastLine] + this.table.lineBreak(lastLine);
    }
    if (region.startsWith('\n') && firstLine > 0 && this.table.lineBreak(firstLine - 1) === '\r') {
      firstLine--;
      region = this.texts[firstLine] + this.table.lineBreak(firstLine) + region;
    }

    const newTexts: string[] = [];
    const newEols: string[] = [];
    splitLines(region, newTexts, newEols);
    if (lastLine < this.texts.length - 1) {
      // The region ended with a line break: the empty piece after it is the next (unchanged) line.
      newTexts.pop();
      newEols.pop();
    }

    // A document whose every node was read keeps it so (the edited lines are lexed now): `lines` stays O(1)
    // per keystroke instead of looking for unbuilt lines among all of them.
    const allBuilt = this.unbuilt === 0;
    // The depth the edited lines start at: what the line before them ends at, i.e. the first one's depthIn.
    const depthBefore = this.table.depthIn(firstLine);
    const removed = lastLine - firstLine + 1;
    let removedHadHeader = false;
    for (let line = firstLine; line <= lastLine; line++) {
      if (this.table.isHeader(line)) removedHadHeader = true;
      if (this.nodes[line] === undefined) this.unbuilt--;
    }
    spliceInto(this.texts, firstLine, removed, newTexts);
    spliceInto(this.nodes, firstLine, removed, newTexts.map(() => undefined));
    this.table.splice(firstLine, removed, newTexts.length);
    for (let i = 0; i < newEols.length; i++) this.table.setBreak(firstLine + i, newEols[i]);
    let depth = this.scan(firstLine, firstLine + newTexts.length, depthBefore);

    // Lines after the edit whose incoming depth changed must be re-lexed too.
    let next = firstLine + newTexts.length;
    while (next < this.texts.length && this.table.depthIn(next) !== depth) {
      if (this.nodes[next] === undefined) this.unbuilt--;
      this.nodes[next] = undefined;
      depth = this.scan(next, next + 1, depth);
      next++;
    }
    if (allBuilt) for (let line = firstLine; line < next; line++) if (this.nodes[line] === undefined) this.build(line);
    // Lines re-lexed after the edit (their block comment depth changed) may have gained or lost a header.
    const relexedTail = next > firstLine + newTexts.length;
    this.invalidateFrom(firstLine, !relexedTail && this.updateHeaders(firstLine, removed, removedHadHeader, newTexts.length));
    const delta = { startLine: firstLine, removed, inserted: newTexts.length, reusedFrom: next };
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
