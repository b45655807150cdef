/**
 * What is under the cursor: the one place that maps an LSP position to a node part, shared by
 * completion, hover, definition, rename ... so they agree on where a key ends and a value starts.
 */
import type { Position } from 'vscode-languageserver-types';
import type { Analysis } from '../analysis';
import { sectionAtLine } from '../analysis';
import { lookupOption } from '../data/catalog';
import { isChannelDialect, type OptionEntry } from '../data/catalogTypes';
import type { DirectiveNode, HeaderOption, KeyValueNode, LineNode, SectionHeaderNode, Span } from '../parser/nodes';
import type { Section } from '../model/types';

export type Target =
  | { readonly kind: 'sectionName'; readonly line: number; readonly node: SectionHeaderNode; readonly section?: Section }
  | {
      readonly kind: 'headerOption';
      readonly line: number;
      readonly node: SectionHeaderNode;
      readonly option: HeaderOption;
      readonly section?: Section;
    }
  | { readonly kind: 'key'; readonly line: number; readonly node: KeyValueNode; readonly section?: Section; readonly option?: OptionEntry }
  | {
      readonly kind: 'value';
      readonly line: number;
      readonly node: KeyValueNode;
      readonly section?: Section;
      readonly option?: OptionEntry;
      /** Index into `node.value` of the cursor (0..value.length). */
      readonly valueOffset: number;
    }
  | { readonly kind: 'directive'; readonly line: number; readonly node: DirectiveNode; readonly inArgument: boolean }
  /** A blank line, or a line being typed that is not yet key=value. */
  | { readonly kind: 'blank'; readonly line: number; readonly section?: Section; readonly typed: string; readonly typedSpan: Span }
  | { readonly kind: 'comment'; readonly line: number; readonly section?: Section };

export function inSpan(span: Span, character: number): boolean {
  return character >= span.start && character <= span.end;
}

/** The comma-separated word of a value under the cursor, as indices into `value`. */
export function listWordAt(value: string, offset: number): { text: string; start: number; end: number } {
  let start = offset;
  while (start > 0 && value[start - 1] !== ',') start--;
  let end = offset;
  while (end < value.length && value[end] !== ',') end++;
  const raw = value.slice(start, end);
  const lead = raw.length - raw.trimStart().length;
  const text = raw.trim();
  return { text, start: start + lead, end: start + lead + text.length };
}

/** Index into a key/value node's `value` for a column (handles `\;` and inline block comments). */
export function valueOffsetAt(node: KeyValueNode, character: number): number {
  if (!node.valueColumns) return Math.max(0, Math.min(node.value.length, character - node.valueSpan.start));
  let index = 0;
  while (index < node.valueColumns.length && node.valueColumns[index] < character) index++;
  return index;
}

/** Column of a `value` index (inverse of valueOffsetAt). */
export function valueColumnAt(node: KeyValueNode, index: number): number {
  if (!node.valueColumns) return node.valueSpan.start + index;
  if (index >= node.valueColumns.length) return node.valueSpan.end;
  return node.valueColumns[index];
}

function inComment(node: LineNode, character: number): boolean {
  return node.comments.some((span) => character > span.start && character <= span.end);
}

export function optionFor(analysis: Analysis, key: string): OptionEntry | undefined {
  return isChannelDialect(analysis.dialect) ? lookupOption(analysis.dialect, key) : undefined;
}

export function locate(analysis: Analysis, position: Position): Target | undefined {
  const { document } = analysis;
  if (position.line < 0 || position.line >= document.lineCount) return undefined;
  const line = position.line;
  const character = Math.max(0, Math.min(position.character, document.lineText(line).length));
  const node = document.line(line);
  const section = sectionAtLine(analysis, line);
  if (inComment(node, character)) return { kind: 'comment', line, section };
  switch (node.kind) {
    case 'section': {
      const option = node.options?.find((candidate) => inSpan(candidate.span, character));
      if (option) return { kind: 'headerOption', line, node, option, section };
      if (node.optionsSpan && inSpan(node.optionsSpan, character)) {
        return { kind: 'headerOption', line, node, option: { kind: 'inherit', text: '', span: { start: character, end: character } }, section };
      }
      return { kind: 'sectionName', line, node, section };
    }
    case 'keyValue': {
      const option = optionFor(analysis, node.key);
      if (character <= node.keySpan.end) return { kind: 'key', line, node, section, option };
      if (character < node.operatorSpan.end) return { kind: 'key', line, node, section, option };
      return { kind: 'value', line, node, section, option, valueOffset: valueOffsetAt(node, character) };
    }
    case 'directive':
      return { kind: 'directive', line, node, inArgument: character > node.nameSpan.end };
    case 'invalid': {
      const text = document.lineText(line).slice(node.contentSpan.start, character);
      return { kind: 'blank', line, section, typed: text.trimStart(), typedSpan: { start: character - text.trimStart().length, end: character } };
    }
    default:
      if (node.depthIn !== 0) return { kind: 'comment', line, section };
      return { kind: 'blank', line, section, typed: '', typedSpan: { start: character, end: character } };
  }
}
