/**
 * Rename templates, sections and contexts across files (issue #6).
 *
 * A section is renamed at every header of that name (repeated and `(+)` headers included), every
 * `[x](name)` that inherits it and every register `peer?` prefix naming it; a context at every
 * `context=` / `subscribecontext=` value of the include tree and at its extensions.conf header.
 * Names Asterisk cannot read back the same way are refused, and so are names already taken.
 */
import type { Position, Range, TextEdit, WorkspaceEdit } from 'vscode-languageserver-types';
import type { Analysis } from '../analysis';
import { MAX_SECTION_NAME_LENGTH } from '../parser/lineLexer';
import { occurrencesOf, symbolAt, type NamedSymbol, type SymbolAtCursor } from './namedSymbols';
import { quote } from '../quote';
import { channelProfile } from '../dialects/channel';

export type RenameResult = WorkspaceEdit | { readonly error: string };

export function prepareRename(analysis: Analysis, position: Position): { range: Range; placeholder: string } | { readonly error: string } | null {
  const at = symbolAt(analysis, position);
  if (!at) return null;
  const refusal = refusalToRename(analysis, at);
  if (refusal) return { error: refusal };
  return { range: at.range, placeholder: at.symbol.name };
}

export function doRename(analysis: Analysis, position: Position, newName: string): RenameResult | null {
  const at = symbolAt(analysis, position);
  if (!at) return null;
  const refusal = refusalToRename(analysis, at) ?? invalidName(at.symbol, newName) ?? conflict(analysis, at.symbol, newName);
  if (refusal) return { error: refusal };
  const changes: Record<string, TextEdit[]> = {};
  for (const occurrence of occurrencesOf(analysis, at.symbol)) {
    (changes[occurrence.uri] ??= []).push({ range: occurrence.range, newText: newName });
  }
  return { changes };
}

/** Section names the channel drivers look up by name: renaming them changes what they mean. */
function reservedSectionNames(analysis: Analysis): readonly string[] {
  const profile = channelProfile(analysis.dialect);
  return profile ? ['general', ...profile.specialSections.keys()] : ['general', 'globals'];
}

function refusalToRename(analysis: Analysis, at: SymbolAtCursor): string | undefined {
  if (at.notRenameable) return at.notRenameable;
  if (at.symbol.kind === 'section' && reservedSectionNames(analysis).includes(at.symbol.key)) {
    return `[${at.symbol.name}] is read by Asterisk under this name; it cannot be renamed.`;
  }
  return undefined;
}

/**
 * What Asterisk cannot read back: a header name ends at the first `]`; inheritance splits on `,` and
 * ends at `)`; `(` right after `]` starts options; `;` starts a comment anywhere; blanks are kept in
 * header names but stripped from values, so the same name could not be written in both places.
 */
const FORBIDDEN_CHARACTERS = /[\],();\s]/;

export function invalidName(symbol: NamedSymbol, newName: string): string | undefined {
  const what = symbol.kind === 'context' ? 'A context name' : 'A section name';
  if (newName.length === 0) return `${what} cannot be empty.`;
  if (newName.length > MAX_SECTION_NAME_LENGTH) return `${what} can have at most ${MAX_SECTION_NAME_LENGTH} characters (Asterisk truncates longer ones).`;
  const forbidden = FORBIDDEN_CHARACTERS.exec(newName);
  if (forbidden) {
    const shown = /\s/.test(forbidden[0]) ? 'whitespace' : quote(forbidden[0]);
    return `${what} cannot contain ${shown}.`;
  }
  if (symbol.kind === 'section' && (newName === '!' || newName.startsWith('+'))) {
    return `${quote(newName)} would be read as a template or append marker in [x](${newName}).`;
  }
  return undefined;
}

function conflict(analysis: Analysis, symbol: NamedSymbol, newName: string): string | undefined {
  const newKey = newName.toLowerCase();
  // Changing only the case renames to the same name as far as Asterisk is concerned.
  if (newKey === symbol.key) return undefined;
  if (symbol.kind === 'section') {
    if (analysis.model.sectionsByKey.has(newKey)) return `A section named [${newName}] already exists.`;
    if (reservedSectionNames(analysis).includes(newKey)) return `[${newName}] is a name Asterisk reserves for its settings.`;
    return undefined;
  }
  return analysis.dialplan?.contexts.has(newKey) ? `The dialplan already has a context named [${newName}].` : undefined;
}
