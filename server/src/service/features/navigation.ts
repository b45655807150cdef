/** Go to definition, find references, document highlights (issue #6). */
import type { DocumentHighlight, Location, Position } from 'vscode-languageserver-types';
import type { Analysis } from '../analysis';

export function getDefinition(_analysis: Analysis, _position: Position): Location[] {
  return [];
}

export function findReferences(_analysis: Analysis, _position: Position, _includeDeclaration: boolean): Location[] {
  return [];
}

export function getDocumentHighlights(_analysis: Analysis, _position: Position): DocumentHighlight[] {
  return [];
}
