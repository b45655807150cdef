/**
 * Folding ranges and selection ranges (issue #6).
 *
 * Both read the document's lines only (headers and block-comment depths), never the model: they must
 * answer on every keystroke of a 90k-line file, so each is one linear pass (folding) or a binary
 * search over the header lines (selection).
 */
import { FoldingRangeKind, type FoldingRange, type Position, type Range, type SelectionRange } from 'vscode-languageserver-types';
import type { Analysis } from '../analysis';
import type { ConfigDocument } from '../parser/configDocument';
import type { Span } from '../parser/nodes';

function isBlank(document: ConfigDocument, line: number): boolean {
  return document.lineText(line).trim() === '';
}

/**
 * Last line of the section whose header is on `headerLine` and which ends before `nextHeaderLine`:
 * blank lines between sections belong to neither, so the fold (and the outline range) stops at the
 * last non-blank line. Comment lines do count: a commented-out option is part of its section.
 */
export function sectionLastLine(document: ConfigDocument, headerLine: number, nextHeaderLine: number): number {
  let last = Math.min(nextHeaderLine, document.lineCount) - 1;
  while (last > headerLine && isBlank(document, last)) last--;
  return last;
}

/** The header line after the one at index `headerIndex` of `document.headerLines`, or the line count. */
export function nextHeaderLine(document: ConfigDocument, headerIndex: number): number {
  const headers = document.headerLines;
  return headerIndex + 1 < headers.length ? headers[headerIndex + 1] : document.lineCount;
}

/** Index in `document.headerLines` of the section that contains `line`; -1 before the first header. */
export function headerIndexAt(document: ConfigDocument, line: number): number {
  return document.headerIndexAt(line);
}

/** Range of a whole section: its header to the end of its last non-blank line. */
export function sectionRange(document: ConfigDocument, headerIndex: number): Range {
  const headerLine = document.headerLines[headerIndex];
  const last = sectionLastLine(document, headerLine, nextHeaderLine(document, headerIndex));
  return { start: { line: headerLine, character: 0 }, end: { line: last, character: document.lineText(last).length } };
}

export function getFoldingRanges(analysis: Analysis): FoldingRange[] {
  const { document } = analysis;
  const ranges: FoldingRange[] = [];
  const headers = document.headerLines;
  for (let index = 0; index < headers.length; index++) {
    const last = sectionLastLine(document, headers[index], nextHeaderLine(document, index));
    if (last > headers[index]) ranges.push({ startLine: headers[index], endLine: last });
  }
  // Block comments: from the line that opens one (depth goes above 0) to the line that brings the
  // depth back to 0 or below; an unterminated comment runs to the end, as Asterisk reads it.
  const lines = document.lines;
  let commentStart = -1;
  for (let line = 0; line < lines.length; line++) {
    const node = lines[line];
    if (commentStart < 0 && node.depthIn <= 0 && node.depthOut > 0) commentStart = line;
    else if (commentStart >= 0 && node.depthOut <= 0) {
      if (line > commentStart) ranges.push({ startLine: commentStart, endLine: line, kind: FoldingRangeKind.Comment });
      commentStart = -1;
    }
  }
  if (commentStart >= 0 && lines.length - 1 > commentStart) {
    ranges.push({ startLine: commentStart, endLine: lines.length - 1, kind: FoldingRangeKind.Comment });
  }
  ranges.sort((a, b) => a.startLine - b.startLine || b.endLine - a.endLine);
  return ranges;
}

function spanRange(line: number, span: Span): Range {
  return { start: { line, character: span.start }, end: { line, character: span.end } };
}

function contains(outer: Range, inner: Range): boolean {
  const startsBefore = outer.start.line < inner.start.line || (outer.start.line === inner.start.line && outer.start.character <= inner.start.character);
  const endsAfter = outer.end.line > inner.end.line || (outer.end.line === inner.end.line && outer.end.character >= inner.end.character);
  return startsBefore && endsAfter;
}

function sameRange(a: Range, b: Range): boolean {
  return a.start.line === b.start.line && a.start.character === b.start.character && a.end.line === b.end.line && a.end.character === b.end.character;
}

/** Innermost first: the node part under the cursor, the line's content, the line, the section, the document. */
function selectionChain(analysis: Analysis, position: Position): Range[] {
  const { document } = analysis;
  const line = Math.max(0, Math.min(position.line, document.lineCount - 1));
  const text = document.lineText(line);
  const character = Math.max(0, Math.min(position.character, text.length));
  const chain: Range[] = [];
  const node = document.line(line);
  // Inside a comment only the line and what contains it are offered.
  const inComment = node.comments.some((span) => character > span.start && character <= span.end);
  if (node.kind === 'keyValue') {
    if (!inComment) {
      // Same split as locate(): up to the end of the operator is the key, after it the value.
      if (character < node.operatorSpan.end || character <= node.keySpan.end) chain.push(spanRange(line, node.keySpan));
      else if (node.value !== '') chain.push(spanRange(line, node.valueSpan));
    }
    chain.push(spanRange(line, { start: node.keySpan.start, end: Math.max(node.valueSpan.end, node.operatorSpan.end) }));
  } else if (node.kind === 'section') {
    const option = inComment ? undefined : node.options?.find((candidate) => character >= candidate.span.start && character <= candidate.span.end);
    if (option && option.text !== '') chain.push(spanRange(line, option.span));
    const inOptions = node.optionsSpan && character >= node.optionsSpan.start && character <= node.optionsSpan.end;
    if (!inComment && node.optionsSpan && inOptions) chain.push(spanRange(line, node.optionsSpan));
    else if (!inComment && character >= node.nameSpan.start && character <= node.nameSpan.end) chain.push(spanRange(line, node.nameSpan));
    chain.push(spanRange(line, node.headerSpan));
  } else if (node.kind === 'directive') {
    if (!inComment && node.argumentSpan && character > node.nameSpan.end) chain.push(spanRange(line, node.argumentSpan));
    chain.push(spanRange(line, { start: node.nameSpan.start, end: node.argumentSpan?.end ?? node.nameSpan.end }));
  }
  chain.push({ start: { line, character: 0 }, end: { line, character: text.length } });

  const headerIndex = headerIndexAt(document, line);
  if (headerIndex >= 0) {
    const section = sectionRange(document, headerIndex);
    // A blank line after the section's last line still belongs to it here, so the chain stays nested.
    if (section.end.line < line) section.end = { line, character: text.length };
    chain.push(section);
  }
  const lastLine = document.lineCount - 1;
  chain.push({ start: { line: 0, character: 0 }, end: { line: lastLine, character: document.lineText(lastLine).length } });

  // Keep only ranges that grow: a part that fills its parent (a header that is the whole line) is one step.
  const nested: Range[] = [];
  for (const range of chain) {
    const previous = nested[nested.length - 1];
    if (previous && (sameRange(previous, range) || !contains(range, previous))) continue;
    nested.push(range);
  }
  return nested;
}

export function getSelectionRanges(analysis: Analysis, positions: readonly Position[]): SelectionRange[] {
  return positions.map((position) => {
    const chain = selectionChain(analysis, position);
    let selection: SelectionRange | undefined;
    for (let index = chain.length - 1; index >= 0; index--) selection = { range: chain[index], parent: selection };
    return selection!;
  });
}
