/**
 * The validation's diagnostics kept relative to their section (issue #18): each one is stored with the
 * header anchor of the section its line is in and how far below the header it is, grouped by section in
 * file order. An edit that moves lines moves the headers (the document renumbers them), so the
 * diagnostics of every section it did not touch move with them without being looked at: the cost of an
 * edit is what it changed, not the number of diagnostics after it. Absolute positions are made only for
 * what is read: the first `max` for a publish (the per-file cap of issue #19), all of them for the CLI.
 *
 * A stored diagnostic object keeps the range it had when it was placed; only `list` hands out diagnostics
 * at their current lines (the same object when it did not move, else a copy).
 */
import type { Diagnostic } from 'vscode-languageserver-types';
import type { ConfigDocument, HeaderAnchor } from '../../parser/configDocument';
import { mentionsLines, movedCopy } from './unitCache';

interface Group {
  /** The section's header; undefined: the lines before the first header. */
  readonly anchor: HeaderAnchor | undefined;
  /** In document order (ties in the order they came). */
  items: Placed[];
}

interface Placed {
  readonly diagnostic: Diagnostic;
  readonly group: Group;
  /** Lines below the group's header (or from the file's start). */
  readonly line: number;
  readonly character: number;
  readonly endLine: number;
  /** Kept across edits and not movable with its header (see `unmovable`). */
  readonly unmovable: boolean;
  /**
   * The last copy `list` made at other lines, handed out again while it is still where the diagnostic
   * is: after an Enter, each keystroke's publish would otherwise copy every diagnostic below it again.
   */
  moved?: Diagnostic;
}

interface Position {
  readonly line: number;
  readonly character: number;
  readonly endLine: number;
}

/** Beyond this many diagnostics leaving or coming in one update, building anew is as cheap. */
const MAX_UPDATED = 2048;

export class PlacedDiagnostics {
  private readonly groups = new Map<HeaderAnchor | undefined, Group>();
  /**
   * The groups the last `list` walked, in document order, while no group came or went among them: the
   * next one reads them from here instead of looking each section's group up (at 20k sections those
   * lookups are cache misses), and walks again only when they are not enough. Their items and header
   * lines are read afresh.
   */
  private walked: { readonly anchorVersion: number; readonly groups: Group[] } | undefined;
  private readonly placed = new Map<Diagnostic, Placed>();
  /** How many diagnostics are stored. */
  total = 0;
  /**
   * Kept diagnostics whose text or data names a line, or whose range ends in another section: moving
   * them with their header would be wrong, so while there are any, lines that move mean building anew.
   */
  unmovable = 0;

  private constructor(private readonly document: ConfigDocument) {}

  /**
   * `items` in the order a from-scratch run lists them (topic by topic), placed where they are now:
   * `previous` says that for those it holds (lines may have moved since they were computed), `lines` for
   * those it names (a dialect's findings that moved with their lines), the others' own ranges are current.
   */
  static build(
    document: ConfigDocument,
    items: readonly Diagnostic[],
    transient: ReadonlySet<Diagnostic>,
    previous?: PlacedDiagnostics,
    lines?: ReadonlyMap<Diagnostic, number>,
  ): PlacedDiagnostics {
    const placed = new PlacedDiagnostics(document);
    const positions = items.map((item) => previous?.positionOf(item) ?? movedPosition(item, lines?.get(item)));
    const order = items.map((_, index) => index);
    order.sort((a, b) => positions[a].line - positions[b].line || positions[a].character - positions[b].character || a - b);
    // In document order a section's diagnostics come together: each group gets its slice (an array of
    // exactly its size: a push-grown one per section would hold spare slots, at 20k sections a few MB).
    let group: Group | undefined;
    let run: Placed[] = [];
    for (const index of order) {
      const position = positions[index];
      const next = placed.groupAt(position.line);
      if (next !== group) {
        if (group) group.items = run.slice();
        group = next;
        run = [];
      }
      run.push(placed.place(items[index], next, position, transient.has(items[index])));
    }
    if (group) group.items = run.slice();
    return placed;
  }

  /** Where `diagnostic` is now, if it is stored here. */
  positionOf(diagnostic: Diagnostic): Position | undefined {
    const placed = this.placed.get(diagnostic);
    if (!placed) return undefined;
    const base = this.lineOf(placed.group.anchor);
    return { line: base + placed.line, character: placed.character, endLine: base + placed.endLine };
  }

  /**
   * Whether every diagnostic stored in the sections of `anchors` is in `leaving`: those sections' lines
   * changed, so a diagnostic that stays there would no longer be where its offset says.
   */
  onlyLeaving(anchors: Iterable<HeaderAnchor | undefined>, leaving: ReadonlySet<Diagnostic>): boolean {
    for (const anchor of anchors) {
      const group = this.groups.get(anchor);
      if (group) for (const item of group.items) if (!leaving.has(item.diagnostic)) return false;
    }
    return true;
  }

  /**
   * Takes out `leaving` and puts in `fresh` (current ranges, in the order a from-scratch run lists them).
   * False when it cannot keep the from-scratch order (a new diagnostic at the very place of one that
   * stays: their order is the topics' order) or a leaving one is not here: build anew then (`previous`
   * still places what stays).
   */
  update(leaving: ReadonlySet<Diagnostic>, fresh: readonly Diagnostic[], transient: ReadonlySet<Diagnostic>): boolean {
    if (leaving.size + fresh.length > MAX_UPDATED) return false;
    const touched = new Set<Group>();
    for (const diagnostic of leaving) {
      const placed = this.placed.get(diagnostic);
      if (!placed) return false;
      touched.add(placed.group);
    }
    for (const group of touched) {
      const kept: Placed[] = [];
      for (const item of group.items) {
        if (!leaving.has(item.diagnostic)) kept.push(item);
        else this.forget(item);
      }
      group.items = kept;
      if (kept.length === 0) {
        this.groups.delete(group.anchor);
        this.groupCameOrWent(group.anchor);
      }
    }
    const came = new Set<Placed>();
    const positions = fresh.map(ownPosition);
    const order = fresh.map((_, index) => index);
    order.sort((a, b) => positions[a].line - positions[b].line || positions[a].character - positions[b].character || a - b);
    for (const index of order) {
      const position = positions[index];
      const group = this.groupAt(position.line);
      const base = this.lineOf(group.anchor);
      const line = position.line - base;
      // After every item at this position or before it.
      let lo = 0;
      let hi = group.items.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        const item = group.items[mid];
        if (item.line < line || (item.line === line && item.character <= position.character)) lo = mid + 1;
        else hi = mid;
      }
      const before = group.items[lo - 1];
      if (before && before.line === line && before.character === position.character && !came.has(before)) return false;
      const item = this.place(fresh[index], group, position, transient.has(fresh[index]));
      group.items.splice(lo, 0, item);
      came.add(item);
    }
    return true;
  }

  /** The first `max` diagnostics in document order, at their current lines. */
  list(max = Infinity): Diagnostic[] {
    // Made at its final size (grown by push, a list of 1000 is copied several times on the way).
    const size = Math.min(max, this.total);
    const out = new Array<Diagnostic>(size);
    let count = 0;
    const visit = (group: Group | undefined): boolean => {
      if (!group) return true;
      const base = this.lineOf(group.anchor);
      for (const item of group.items) {
        if (count >= size) return false;
        const { start, end } = item.diagnostic.range;
        const line = base + item.line;
        const endLine = base + item.endLine;
        if (start.line === line && end.line === endLine) out[count++] = item.diagnostic;
        else {
          const moved = item.moved;
          out[count++] = moved && moved.range.start.line === line && moved.range.end.line === endLine ? moved : (item.moved = movedCopy(item.diagnostic, line, endLine));
        }
      }
      return count < size;
    };
    const walked = this.walked;
    if (walked && walked.anchorVersion === this.document.anchorVersion) {
      let index = 0;
      while (index < walked.groups.length && visit(walked.groups[index])) index++;
      // They were enough: done; else the walk below starts again.
      if (count >= size) {
        out.length = count;
        return out;
      }
      count = 0;
    }
    // Sections in file order until the cap: the cost of a publish does not grow with the file's end.
    const groups: Group[] = [];
    const first = this.groups.get(undefined);
    if (first) groups.push(first);
    if (visit(first) && this.groups.size > (first ? 1 : 0)) {
      // headerCount / anchorAt, not headerLines: that array is brought up to date on read (O(headers) after an edit that moved them).
      for (let index = 0, headers = this.document.headerCount; index < headers; index++) {
        const group = this.groups.get(this.document.anchorAt(index));
        if (!group) continue;
        groups.push(group);
        if (!visit(group)) break;
      }
    }
    this.walked = { anchorVersion: this.document.anchorVersion, groups };
    out.length = count;
    return out;
  }

  /** A group after the last one `list` walked changes nothing it saw (when those are not enough, it walks again). */
  private groupCameOrWent(anchor: HeaderAnchor | undefined): void {
    const last = this.walked?.groups[this.walked.groups.length - 1]?.anchor;
    if (!anchor || !last || anchor.index <= last.index) this.walked = undefined;
  }

  private lineOf(anchor: HeaderAnchor | undefined): number {
    return anchor ? this.document.headerLine(anchor.index) : 0;
  }

  private groupAt(line: number): Group {
    const index = this.document.headerIndexAt(line);
    const anchor = index < 0 ? undefined : this.document.anchorAt(index);
    let group = this.groups.get(anchor);
    if (!group) {
      group = { anchor, items: [] };
      this.groups.set(anchor, group);
      this.groupCameOrWent(anchor);
    }
    return group;
  }

  private place(diagnostic: Diagnostic, group: Group, position: Position, transient: boolean): Placed {
    const base = this.lineOf(group.anchor);
    // What is computed again every run never outlives an edit: only what is kept must move right.
    const unmovable = !transient && this.isUnmovable(diagnostic, group, position);
    const item: Placed = { diagnostic, group, line: position.line - base, character: position.character, endLine: position.endLine - base, unmovable };
    this.placed.set(diagnostic, item);
    this.total++;
    if (unmovable) this.unmovable++;
    return item;
  }

  private forget(item: Placed): void {
    this.placed.delete(item.diagnostic);
    this.total--;
    if (item.unmovable) this.unmovable--;
  }

  /** Its range ends in a later section, or its text names a line (which may be one that moves). */
  private isUnmovable(diagnostic: Diagnostic, group: Group, position: Position): boolean {
    if (position.endLine !== position.line) {
      const index = group.anchor ? group.anchor.index : -1;
      if (index + 1 < this.document.headerCount && position.endLine >= this.document.headerLine(index + 1)) return true;
    }
    return mentionsLines(diagnostic);
  }
}

function ownPosition(diagnostic: Diagnostic): Position {
  return { line: diagnostic.range.start.line, character: diagnostic.range.start.character, endLine: diagnostic.range.end.line };
}

/** Where `diagnostic` is when its first line is now `line` (its own range when undefined). */
function movedPosition(diagnostic: Diagnostic, line: number | undefined): Position {
  if (line === undefined) return ownPosition(diagnostic);
  const { start, end } = diagnostic.range;
  return { line, character: start.character, endLine: line + end.line - start.line };
}
