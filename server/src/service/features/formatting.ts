/**
 * Document and range formatting (issue #6).
 *
 * The formatter only ever rewrites whitespace that Asterisk strips anyway, so it can never change what
 * Asterisk reads:
 * - on a key/value line, the blanks around the operator become `key=value` or `key = value`
 *   (`asterisk.format.spaceAroundOperator`), optionally padded so a section's operators line up
 *   (`asterisk.format.alignOperators`);
 * - trailing blanks are removed from every line.
 * Everything else stays byte for byte: indentation, the key and the value as written (escapes
 * included), comments and the blanks before them (a comment moves only as far as the operator spacing
 * moves the value), blank lines, line order. Lines touched by a block comment (opening, closing,
 * inside, or inline inside the key/value) and lines Asterisk skips as too long are left entirely alone.
 */
import type { Range, TextEdit } from 'vscode-languageserver-types';
import type { Analysis } from '../analysis';
import type { ConfigDocument } from '../parser/configDocument';
import { MAX_LINE_LENGTH } from '../parser/lineLexer';
import type { KeyValueNode, LineNode } from '../parser/nodes';

export interface FormatOptions {
  readonly spaceAroundOperator: boolean;
  readonly alignOperators: boolean;
}

export function format(analysis: Analysis, range: Range | undefined): TextEdit[] {
  const document = analysis.document;
  const lineCount = document.lineCount;
  if (lineCount === 0) return [];
  let first = 0;
  let last = lineCount - 1;
  if (range) {
    first = clamp(range.start.line, 0, lineCount - 1);
    // A selection ending at the start of a line does not include that line.
    const endLine = range.end.character === 0 && range.end.line > range.start.line ? range.end.line - 1 : range.end.line;
    last = clamp(endLine, first, lineCount - 1);
  }
  return formatLines(document, first, last, analysis.settings.format);
}

export function formatLines(document: ConfigDocument, first: number, last: number, options: FormatOptions): TextEdit[] {
  const widths = options.alignOperators ? alignmentWidths(document, first, last, options) : undefined;
  const edits: TextEdit[] = [];
  for (let line = first; line <= last; line++) {
    const text = document.lineText(line);
    const alignedColumn = widths ? widths.get(sectionStartOf(document, line)) : undefined;
    const formatted = formatLine(document, line, alignedColumn, options);
    if (formatted !== text) edits.push(minimalEdit(line, text, formatted));
  }
  return edits;
}

function clamp(value: number, low: number, high: number): number {
  return Math.max(low, Math.min(high, value));
}

/** C isspace(): what Asterisk strips. Unicode blanks (NBSP ...) are content to Asterisk and stay. */
function isBlank(code: number): boolean {
  return code === 32 || (code >= 9 && code <= 13);
}

function trimBlanksEnd(text: string, document?: ConfigDocument, line = 0): string {
  let end = text.length;
  while (end > 0 && isBlank(text.charCodeAt(end - 1))) end--;
  // Emptying a blank line between a lone CR and an LF would glue them into one CRLF break: a line lost.
  if (end === 0 && document && line > 0 && document.lineBreak(line - 1) === '\r' && document.lineBreak(line) === '\n') return text;
  return end === text.length ? text : text.slice(0, end);
}

function allBlank(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (!isBlank(text.charCodeAt(i))) return false;
  return true;
}

/** Lines the formatter may touch at all: outside block comments and short enough for Asterisk to read. */
function isTouchable(node: LineNode): boolean {
  return node.depthIn === 0 && node.depthOut === 0 && !node.issues.some((issue) => issue.code === 'line-too-long');
}

/** A key/value line whose operator spacing can be rewritten: only blanks around the operator, value in one piece. */
function isRespaceable(text: string, node: LineNode): node is KeyValueNode {
  if (node.kind !== 'keyValue' || !isTouchable(node) || node.valueColumns) return false;
  if (!allBlank(text, node.keySpan.end, node.operatorSpan.start)) return false;
  return node.value.length === 0 || allBlank(text, node.operatorSpan.end, node.valueSpan.start);
}

/**
 * `key+ = x` must keep a blank before `=`: glued, `key+=x` would turn into an append. The lexer strips
 * an escaping backslash from the key, so look at the line text.
 */
function keyEndsWithPlus(text: string, node: KeyValueNode): boolean {
  return text.charCodeAt(node.keySpan.end - 1) === 43; /* + */
}

/** Column where the operator starts when the key is followed by the minimal separator. */
function operatorColumn(text: string, node: KeyValueNode, options: FormatOptions): number {
  const separator = options.spaceAroundOperator || keyEndsWithPlus(text, node) ? 1 : 0;
  return node.keySpan.end + separator;
}

function formatLine(document: ConfigDocument, line: number, alignedColumn: number | undefined, options: FormatOptions): string {
  const text = document.lineText(line);
  const node = document.line(line);
  if (!isTouchable(node)) return text;
  if (node.kind !== 'keyValue') return trimBlanksEnd(text, document, line);
  // Escapes and inline block comments: the written value differs from what Asterisk reads; hands off.
  if (!isRespaceable(text, node)) return text;
  const keyPart = text.slice(0, node.keySpan.end);
  const column = Math.max(alignedColumn ?? 0, operatorColumn(text, node, options));
  const before = ' '.repeat(column - node.keySpan.end);
  const hasValue = node.value.length > 0;
  const valueText = hasValue ? text.slice(node.valueSpan.start, node.valueSpan.end) : '';
  // `key = >x` glued would read as `key=>x`, the `=>` operator with value `x`.
  const after = hasValue && (options.spaceAroundOperator || (node.operator === '=' && valueText.startsWith('>'))) ? ' ' : '';
  // What follows the value (blanks, then a comment) is kept as written, minus trailing blanks.
  const rest = trimBlanksEnd(text.slice(hasValue ? node.valueSpan.end : node.operatorSpan.end));
  const formatted = keyPart + before + node.operator + after + valueText + rest;
  // fgets counts the '\r' of a CRLF line: never push a line past what Asterisk reads.
  const limit = MAX_LINE_LENGTH - (document.lineBreak(line).length === 2 ? 1 : 0);
  return formatted.length > limit ? trimBlanksEnd(text, document, line) : formatted;
}

/**
 * The operator column of each section (keyed by its header line; -1 for the lines before the first
 * header) overlapping [first, last]: the widest key decides, measured as written (indentation included).
 */
function alignmentWidths(document: ConfigDocument, first: number, last: number, options: FormatOptions): Map<number, number> {
  const headers = document.headerLines;
  const startIndex = document.headerIndexAt(first);
  const from = startIndex >= 0 ? headers[startIndex] : 0;
  const lastIndex = document.headerIndexAt(last);
  const to = lastIndex + 1 < headers.length ? headers[lastIndex + 1] : document.lineCount;
  const widths = new Map<number, number>();
  let group = startIndex >= 0 ? from : -1;
  let width = 0;
  for (let line = from; line < to; line++) {
    const node = document.line(line);
    if (node.kind === 'section') {
      widths.set(group, width);
      group = line;
      width = 0;
      continue;
    }
    const text = document.lineText(line);
    if (isRespaceable(text, node)) width = Math.max(width, operatorColumn(text, node, options));
  }
  widths.set(group, width);
  return widths;
}

/** The header line of the section `line` is in; -1 before the first header. */
function sectionStartOf(document: ConfigDocument, line: number): number {
  const index = document.headerIndexAt(line);
  return index >= 0 ? document.headerLines[index] : -1;
}

/** Replace only what differs between the old and new line, so cursors and markers elsewhere stay put. */
function minimalEdit(line: number, before: string, after: string): TextEdit {
  let start = 0;
  const shorter = Math.min(before.length, after.length);
  while (start < shorter && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  let endBefore = before.length;
  let endAfter = after.length;
  while (endBefore > start && endAfter > start && before.charCodeAt(endBefore - 1) === after.charCodeAt(endAfter - 1)) {
    endBefore--;
    endAfter--;
  }
  return {
    range: { start: { line, character: start }, end: { line, character: endBefore } },
    newText: after.slice(start, endAfter),
  };
}
