/**
 * The parse issues and suppression comments of one document, kept across versions. Walking 90k line
 * nodes per keystroke costs milliseconds by itself, so the index keeps a copy of the node array and, on
 * the next version, compares it by identity from both ends: the nodes the parser reused are the same
 * objects, so only the lines in between are read again and the records after them shift. The result
 * equals collectParseIssues + collectSuppressions (documentIssues.ts, suppression.ts), in their order.
 */
import { mapLine, type ConfigDocument, type LineDelta } from '../../parser/configDocument';
import type { DocumentContext } from '../../parser/documentIssues';
import type { LineIssue, LineNode, ParseIssue } from '../../parser/nodes';
import { DISABLE_FILE, directivesOfLine, suppressionsOf, type SuppressionDirective, type Suppressions } from '../suppression';

/** A line with something to say: its own issues (plus key-before-section) and suppression comments. */
interface LineRecord {
  line: number;
  readonly issues: readonly LineIssue[];
  readonly directives: readonly SuppressionDirective[];
}

const NO_DIRECTIVES: readonly SuppressionDirective[] = [];

/**
 * What changed since the last update: the lines that can differ now (sorted, disjoint), and the edits
 * that moved lines since, oldest first. Every line outside the ranges is the node it was, moved along.
 */
export interface ChangedRanges {
  readonly ranges: readonly { readonly start: number; readonly end: number }[];
  readonly shifts: readonly LineDelta[];
  /**
   * When headers came or went: whether a section of this name (lower-cased) is defined before a line, for
   * the header checks of the new headers (the others' findings stay: the caller promises that no other
   * header's findings change, see patchModel).
   */
  readonly definedBefore?: (key: string, line: number) => boolean;
}

export class LineIssueIndex {
  /**
   * The nodes at the last update, for the next update to compare with; undefined after lines moved on the
   * ranges path (copying 180k slots per Enter would make an edit cost the file's size): the next update
   * without ranges then rebuilds, as it only comes with a model built anew (which read every line anyway).
   */
  private snapshot: LineNode[] | undefined = [];
  /** The document's line count at the last update. */
  private lineCount = 0;
  /** Sorted by line. */
  private records: LineRecord[] = [];
  /** The first header's line (Infinity: none) and how many there are. */
  private firstHeader = Infinity;
  private headerCount = 0;
  /** Issues that need the sections before a header (unknown-template, append-to-unknown, duplicate-general), in line order. */
  private headerIssues: { line: number; issue: LineIssue }[] = [];
  private context: DocumentContext = {};

  constructor(document: ConfigDocument, context: DocumentContext) {
    this.rebuild(document, context);
  }

  /**
   * Brings the index to the document's current version. `changedWithin`, when given, is a promise that
   * every line outside it is the same node as at the last update (the line count did not change): then
   * only that range is compared.
   */
  update(document: ConfigDocument, context: DocumentContext, changedWithin?: { readonly start: number; readonly end: number } | ChangedRanges): void {
    if (!sameContext(this.context, context)) {
      this.rebuild(document, context);
      return;
    }
    if (changedWithin && 'ranges' in changedWithin) {
      if (!this.updateRanges(document, context, changedWithin)) this.rebuild(document, context);
      return;
    }
    const lines = document.lines;
    const before = this.snapshot;
    if (!before) return this.rebuild(document, context);
    const oldCount = before.length;
    const newCount = lines.length;
    let prefix = 0;
    let suffix = 0;
    if (changedWithin && oldCount === newCount && changedWithin.start >= 0 && changedWithin.end <= newCount) {
      prefix = changedWithin.start;
      let end = Math.max(prefix, changedWithin.end);
      while (prefix < end && before[prefix] === lines[prefix]) prefix++;
      while (end > prefix && before[end - 1] === lines[end - 1]) end--;
      suffix = newCount - end;
    } else {
      while (prefix < oldCount && prefix < newCount && before[prefix] === lines[prefix]) prefix++;
      while (suffix < oldCount - prefix && suffix < newCount - prefix && before[oldCount - 1 - suffix] === lines[newCount - 1 - suffix]) suffix++;
    }
    const oldEnd = oldCount - suffix;
    const newEnd = newCount - suffix;
    if (prefix === oldEnd && prefix === newEnd) return;
    // A header added, removed or edited changes what every later header sees: start over (rare while typing).
    for (let line = prefix; line < oldEnd; line++) if (before[line].kind === 'section') return this.rebuild(document, context);
    for (let line = prefix; line < newEnd; line++) if (lines[line].kind === 'section') return this.rebuild(document, context);

    const shift = newCount - oldCount;
    if (shift !== 0) {
      if (this.firstHeader >= oldEnd) this.firstHeader += shift;
      for (const item of this.headerIssues) if (item.line >= oldEnd) item.line += shift;
    }
    const firstHeader = this.firstHeader;
    const fresh: LineRecord[] = [];
    for (let line = prefix; line < newEnd; line++) {
      const record = recordOf(document, lines[line], line, firstHeader, context);
      if (record) fresh.push(record);
    }
    const from = lowerBound(this.records, prefix);
    const to = lowerBound(this.records, oldEnd);
    if (shift !== 0) for (let index = to; index < this.records.length; index++) this.records[index].line += shift;
    this.records = spliced(this.records, from, to, fresh);

    if (shift === 0) for (let line = prefix; line < newEnd; line++) before[line] = lines[line];
    else this.snapshot = lines.slice();
    this.lineCount = lines.length;
  }

  /**
   * The update for changes spread over the file (multi-cursor, replace-all, several Enters): the records
   * move with their lines across `shifts`, and only the lines of `ranges` are read again. False when a
   * header may have changed (the caller rebuilds).
   */
  private updateRanges(document: ConfigDocument, context: DocumentContext, changed: ChangedRanges): boolean {
    // Lines and headers read one by one: `document.lines` / `headerLines` would refill from the edit on.
    const lineCount = document.lineCount;
    let shift = 0;
    for (const delta of changed.shifts) shift += delta.inserted - delta.removed;
    if (this.lineCount + shift !== lineCount) return false;
    const newHeaders: number[] = [];
    for (const range of changed.ranges) {
      if (range.start < 0 || range.end > lineCount) return false;
      for (let line = range.start; line < range.end; line++) if (document.isHeaderLine(line)) newHeaders.push(line);
    }
    const headerCount = document.headerCount;
    const definedBefore = changed.definedBefore;
    if (newHeaders.length > 0 && !definedBefore) return false;
    // Without new headers and as many as before, none went either: they only moved.
    if (!definedBefore && headerCount !== this.headerCount) return false;
    const moved = changed.shifts.length > 0;
    const inRanges = (line: number): boolean => {
      for (const range of changed.ranges) if (line >= range.start && line < range.end) return true;
      return false;
    };
    if (moved || newHeaders.length > 0 || headerCount !== this.headerCount) {
      if (headerCount === 0 || (this.headerCount > 0 && mapLine(this.firstHeader, changed.shifts) !== document.headerLine(0))) return false;
      this.firstHeader = document.headerLine(0);
      this.headerCount = headerCount;
      const kept: { line: number; issue: LineIssue }[] = [];
      for (const item of this.headerIssues) {
        const line = mapLine(item.line, changed.shifts);
        // A header that went (or was re-lexed) takes its findings along; only those of removed headers may.
        if (line === undefined || inRanges(line)) {
          if (!definedBefore) return false;
          continue;
        }
        item.line = line;
        kept.push(item);
      }
      if (definedBefore && newHeaders.length) {
        for (const line of newHeaders) for (const issue of headerIssuesOf(document, line, definedBefore)) kept.push({ line, issue });
        kept.sort((a, b) => a.line - b.line);
      }
      this.headerIssues = kept;
    }
    const kept: LineRecord[] = [];
    for (const record of this.records) {
      const line = moved ? mapLine(record.line, changed.shifts) : record.line;
      if (line === undefined || inRanges(line)) continue;
      record.line = line;
      kept.push(record);
    }
    const firstHeader = this.firstHeader;
    const fresh: LineRecord[] = [];
    for (const range of changed.ranges) {
      for (let line = range.start; line < range.end; line++) {
        const record = recordOf(document, document.line(line), line, firstHeader, context);
        if (record) fresh.push(record);
      }
    }
    this.records = fresh.length ? kept.concat(fresh).sort((a, b) => a.line - b.line) : kept;
    const snapshot = this.snapshot;
    if (moved) this.snapshot = undefined;
    else if (snapshot) for (const range of changed.ranges) for (let line = range.start; line < range.end; line++) snapshot[line] = document.line(line);
    this.lineCount = lineCount;
    return true;
  }

  /** Every parse issue, in the order collectParseIssues walks them (before its final sort by position). */
  parseIssues(document: ConfigDocument): ParseIssue[] {
    const issues: ParseIssue[] = [];
    const headerIssues = this.headerIssues;
    let next = 0;
    // A fragment gets one note, at its first line outside a section (collectParseIssues does the same).
    let fragmentNoted = false;
    for (const record of this.records) {
      while (next < headerIssues.length && headerIssues[next].line < record.line) pushAt(issues, headerIssues[next].issue, headerIssues[next++].line);
      for (const issue of record.issues) {
        if (issue.code === 'fragment-without-includer') {
          if (fragmentNoted) continue;
          fragmentNoted = true;
        }
        pushAt(issues, issue, record.line);
      }
    }
    while (next < headerIssues.length) pushAt(issues, headerIssues[next].issue, headerIssues[next++].line);
    const unterminated = unterminatedComment(document);
    if (unterminated) issues.push(unterminated);
    return issues;
  }

  suppressions(): Suppressions {
    return suppressionsOf(this.records.filter((record) => record.directives.length > 0));
  }

  private rebuild(document: ConfigDocument, context: DocumentContext): void {
    const lines = document.lines;
    this.context = context;
    this.snapshot = lines.slice();
    this.lineCount = lines.length;
    this.records = [];
    const headers: number[] = [];
    for (let line = 0; line < lines.length; line++) if (lines[line].kind === 'section') headers.push(line);
    this.firstHeader = headers.length ? headers[0] : Infinity;
    this.headerCount = headers.length;
    const firstHeader = this.firstHeader;
    for (let line = 0; line < lines.length; line++) {
      const node = lines[line];
      // Most lines have nothing: test the cheap fields before building a record.
      if (node.issues.length === 0 && node.comments.length === 0 && !(line < firstHeader && (node.kind === 'keyValue' || node.kind === 'invalid'))) continue;
      const record = recordOf(document, node, line, firstHeader, context);
      if (record) this.records.push(record);
    }
    this.headerIssues = walkHeaders(document, headers, context);
  }
}

function pushAt(out: ParseIssue[], issue: LineIssue, line: number): void {
  out.push({ ...issue, line });
}

function recordOf(document: ConfigDocument, node: LineNode, line: number, firstHeader: number, context: DocumentContext): LineRecord | undefined {
  let issues: readonly LineIssue[] = node.issues;
  if ((node.kind === 'keyValue' || node.kind === 'invalid') && line < firstHeader && context.startsInSection !== true) {
    const span = node.kind === 'keyValue' ? { start: node.keySpan.start, end: node.valueSpan.end } : node.contentSpan;
    issues = [...issues, { code: context.fragment ? 'fragment-without-includer' : 'key-before-section', span }];
  }
  let directives = NO_DIRECTIVES;
  if (node.comments.length) {
    const text = document.lineText(line);
    if (text.includes(DISABLE_FILE)) directives = directivesOfLine(text, node.comments);
  }
  return issues.length || directives.length ? { line, issues, directives } : undefined;
}

/**
 * The header checks of one new header whose name is defined nowhere else (patchModel adds only those):
 * its templates must be defined before it, and an append needs a definition before it.
 */
function headerIssuesOf(document: ConfigDocument, line: number, definedBefore: (key: string, line: number) => boolean): LineIssue[] {
  const node = document.line(line);
  const found: LineIssue[] = [];
  if (node.kind !== 'section') return found;
  for (const option of node.options ?? []) {
    if (option.kind === 'inherit' && option.text.length > 0 && !/^\s|\s$/.test(option.text)) {
      if (!definedBefore(option.text.toLowerCase(), line)) found.push({ code: 'unknown-template', span: option.span, argument: option.text });
    }
  }
  if (node.isAppend) found.push({ code: 'append-to-unknown', span: node.nameSpan, argument: node.name });
  return found;
}

/** The header checks of collectParseIssues: each header against the sections defined before it. */
function walkHeaders(document: ConfigDocument, headers: readonly number[], context: DocumentContext): { line: number; issue: LineIssue }[] {
  const found: { line: number; issue: LineIssue }[] = [];
  const defined = new Map<string, { isTemplate: boolean }>();
  if (context.sectionsBefore) for (const [name, info] of context.sectionsBefore) defined.set(name, { isTemplate: info.isTemplate });
  let sawGeneral = context.sectionsBefore?.has('general') ?? false;
  for (const line of headers) {
    const node = document.line(line);
    if (node.kind !== 'section') continue;
    const lower = node.name.toLowerCase();
    for (const option of node.options ?? []) {
      if (option.kind === 'inherit' && option.text.length > 0 && !/^\s|\s$/.test(option.text)) {
        if (!defined.has(option.text.toLowerCase())) found.push({ line, issue: { code: 'unknown-template', span: option.span, argument: option.text } });
      }
    }
    if (node.isAppend) {
      const existing = defined.get(lower);
      if (!existing || existing.isTemplate) found.push({ line, issue: { code: 'append-to-unknown', span: node.nameSpan, argument: node.name } });
    }
    if (lower === 'general') {
      if (sawGeneral && !node.isAppend) found.push({ line, issue: { code: 'duplicate-general', span: node.nameSpan } });
      sawGeneral = true;
    }
    const previous = defined.get(lower);
    // Appending '!' turns the existing section into a template; otherwise the first definition's kind stays.
    if (!previous || node.isTemplate) defined.set(lower, { isTemplate: node.isTemplate });
  }
  return found;
}

/** A block comment still open at the end: reported at the `;--` that opened the outermost one. */
function unterminatedComment(document: ConfigDocument): ParseIssue | undefined {
  const count = document.lineCount;
  const last = document.line(count - 1);
  if (!last || last.depthOut <= 0) return undefined;
  let opener = count - 1;
  while (opener > 0 && document.line(opener).depthIn > 0) opener--;
  const comments = document.line(opener).comments;
  const start = comments.length ? comments[comments.length - 1].start : 0;
  return { code: 'unterminated-block-comment', span: { start, end: start + 3 }, line: opener };
}

/** records[0, from) + fresh + records[to, …) (no spread: a large paste would overflow the argument stack). */
function spliced(records: LineRecord[], from: number, to: number, fresh: readonly LineRecord[]): LineRecord[] {
  if (fresh.length < 1000) {
    records.splice(from, to - from, ...fresh);
    return records;
  }
  return records.slice(0, from).concat(fresh, records.slice(to));
}

function lowerBound(records: readonly LineRecord[], line: number): number {
  let lo = 0;
  let hi = records.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (records[mid].line < line) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function sameContext(a: DocumentContext, b: DocumentContext): boolean {
  if ((a.startsInSection === true) !== (b.startsInSection === true)) return false;
  if ((a.fragment === true) !== (b.fragment === true)) return false;
  const before = a.sectionsBefore;
  const after = b.sectionsBefore;
  if (before === after) return true;
  if (!before || !after || before.size !== after.size) return false;
  for (const [name, info] of before) if (after.get(name)?.isTemplate !== info.isTemplate) return false;
  return true;
}
