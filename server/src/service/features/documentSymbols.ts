/** Outline and workspace symbols (issue #6). */
import type { DocumentSymbol, SymbolInformation } from 'vscode-languageserver-types';
import type { Analysis } from '../analysis';

export function getDocumentSymbols(_analysis: Analysis): DocumentSymbol[] {
  return [];
}

export function getWorkspaceSymbols(_analyses: readonly Analysis[], _query: string): SymbolInformation[] {
  return [];
}
