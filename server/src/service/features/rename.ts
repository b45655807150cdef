/** Rename templates, sections and contexts across files (issue #6). */
import type { Position, Range, WorkspaceEdit } from 'vscode-languageserver-types';
import type { Analysis } from '../analysis';

export type RenameResult = WorkspaceEdit | { readonly error: string };

export function prepareRename(_analysis: Analysis, _position: Position): { range: Range; placeholder: string } | { readonly error: string } | null {
  return null;
}

export function doRename(_analysis: Analysis, _position: Position, _newName: string): RenameResult | null {
  return null;
}
