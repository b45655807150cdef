/**
 * The names features can follow across files: sections (templates and ordinary sections, named by
 * `[name]` headers, `[x](name)` inheritance and a register statement's `peer?` prefix) and dialplan
 * contexts (named by `context=` / `subscribecontext=` values, defined in extensions.conf).
 * Definition, references, highlights and rename all start here, so they agree on what a name is and
 * where each occurrence is.
 */
import type { Location, Position, Range } from 'vscode-languageserver-types';
import type { Analysis } from '../analysis';
import type { KeyValueNode, Span } from '../parser/nodes';
import type { RegisterPart } from '../model/registerStatement';
import type { RegisterStatement } from '../model/types';
import { readRegister } from '../dialects/register';
import { locate, valueColumnAt, type Target } from './locate';

export type SymbolKind = 'section' | 'context';

export interface NamedSymbol {
  readonly kind: SymbolKind;
  /** The name as written where the cursor is. */
  readonly name: string;
  /** Lower-cased: Asterisk compares section and context names case-insensitively. */
  readonly key: string;
}

export interface SymbolAtCursor {
  readonly symbol: NamedSymbol;
  /** Where the name is written under the cursor. */
  readonly range: Range;
  /** Set when the occurrence cannot be rewritten safely (a value with `\;` escapes or inline comments). */
  readonly notRenameable?: string;
}

export interface Occurrence {
  readonly uri: string;
  readonly range: Range;
  /** A `[name]` header (or the extensions.conf context header) rather than a use of the name. */
  readonly isDeclaration: boolean;
}

/** Keys whose value names a dialplan context the endpoint's calls (or subscriptions) enter. */
export const CONTEXT_KEYS: ReadonlySet<string> = new Set(['context', 'subscribecontext']);

export function rangeOf(line: number, span: Span): Range {
  return { start: { line, character: span.start }, end: { line, character: span.end } };
}

export function locationOf(uri: string, line: number, span: Span): Location {
  return { uri, range: rangeOf(line, span) };
}

/** Column span of a part of a key/value node's value (parts count in `node.value` indices). */
export function valuePartSpan(node: KeyValueNode, part: { readonly start: number; readonly end: number }): Span {
  if (part.end <= part.start) {
    const at = valueColumnAt(node, part.start);
    return { start: at, end: at };
  }
  return { start: valueColumnAt(node, part.start), end: valueColumnAt(node, part.end - 1) + 1 };
}

/** The register statement written on `line` of `uri`, if any. */
export function registerAt(analysis: Analysis, uri: string, line: number): RegisterStatement | undefined {
  return analysis.model.registers.find((statement) => statement.entry.uri === uri && statement.entry.line === line);
}

/** The `peer?` prefix of a SIP register statement, when it is written without quotes. */
export function registerPeerPart(statement: RegisterStatement): RegisterPart | undefined {
  const peer = readRegister(statement.parsed).parts.find((named) => named.name === 'peer')?.part;
  if (!peer || !peer.text) return undefined;
  // A quoted prefix is stored without its quotes: only an unquoted one can be renamed in place.
  return statement.entry.node.value.slice(peer.span.start, peer.span.end) === peer.text ? peer : undefined;
}

function inPart(part: RegisterPart | undefined, offset: number): part is RegisterPart {
  return part !== undefined && offset >= part.span.start && offset <= part.span.end;
}

/** The section or context name under the cursor, if any. */
export function symbolAt(analysis: Analysis, position: Position): SymbolAtCursor | undefined {
  const target = locate(analysis, position);
  return target ? symbolOfTarget(analysis, target) : undefined;
}

export function symbolOfTarget(analysis: Analysis, target: Target): SymbolAtCursor | undefined {
  switch (target.kind) {
    case 'sectionName': {
      const name = target.node.name;
      if (!name) return undefined;
      return { symbol: { kind: 'section', name, key: name.toLowerCase() }, range: rangeOf(target.line, target.node.nameSpan) };
    }
    case 'headerOption': {
      const option = target.option;
      if (option.kind !== 'inherit' || !option.text) return undefined;
      return { symbol: { kind: 'section', name: option.text, key: option.text.toLowerCase() }, range: rangeOf(target.line, option.span) };
    }
    case 'value': {
      const node = target.node;
      const key = node.key.toLowerCase();
      if (CONTEXT_KEYS.has(key)) {
        if (!node.value) return undefined;
        return {
          symbol: { kind: 'context', name: node.value, key: node.value.toLowerCase() },
          range: rangeOf(target.line, node.valueSpan),
          notRenameable: node.valueColumns ? 'This context name is written with escapes or inline comments; rename it by hand.' : undefined,
        };
      }
      if (key === 'register') {
        const statement = registerAt(analysis, analysis.uri, target.line);
        const peer = statement && registerPeerPart(statement);
        if (peer && inPart(peer, target.valueOffset)) {
          return { symbol: { kind: 'section', name: peer.text, key: peer.text.toLowerCase() }, range: rangeOf(target.line, valuePartSpan(node, peer.span)) };
        }
      }
      return undefined;
    }
    default:
      return undefined;
  }
}

/**
 * Every occurrence of a name in the model's files (one walk over sections, entries and register
 * statements), plus the extensions.conf header of a context.
 */
export function occurrencesOf(analysis: Analysis, symbol: NamedSymbol): Occurrence[] {
  return symbol.kind === 'section' ? sectionOccurrences(analysis, symbol.key) : contextOccurrences(analysis, symbol.key);
}

function sectionOccurrences(analysis: Analysis, key: string): Occurrence[] {
  const found: Occurrence[] = [];
  for (const section of analysis.model.sections) {
    const header = section.header;
    if (section.key === key) found.push({ uri: section.uri, range: rangeOf(section.headerLine, header.nameSpan), isDeclaration: true });
    for (const option of header.options ?? []) {
      if (option.kind === 'inherit' && option.text.toLowerCase() === key) {
        found.push({ uri: section.uri, range: rangeOf(section.headerLine, option.span), isDeclaration: false });
      }
    }
  }
  for (const statement of analysis.model.registers) {
    const peer = registerPeerPart(statement);
    if (peer && peer.text.toLowerCase() === key) {
      const { uri, line, node } = statement.entry;
      found.push({ uri, range: rangeOf(line, valuePartSpan(node, peer.span)), isDeclaration: false });
    }
  }
  return found;
}

function contextOccurrences(analysis: Analysis, key: string): Occurrence[] {
  const found: Occurrence[] = [];
  const context = analysis.dialplan?.contexts.get(key);
  if (context) found.push({ uri: context.uri, range: rangeOf(context.line, context.nameSpan), isDeclaration: true });
  for (const section of analysis.model.sections) {
    for (const entry of section.entries) {
      const node = entry.node;
      if (node.value.length !== key.length || !CONTEXT_KEYS.has(node.key.toLowerCase())) continue;
      if (node.value.toLowerCase() === key) found.push({ uri: entry.uri, range: rangeOf(entry.line, node.valueSpan), isDeclaration: false });
    }
  }
  return found;
}
