/** Direction at a glance: inlay hints or code lenses on endpoint headers and register statements (issue #4). */
import type { CodeLens, InlayHint, Range } from 'vscode-languageserver-types';
import type { Analysis } from '../analysis';

export function getInlayHints(_analysis: Analysis, _range: Range): InlayHint[] {
  return [];
}

export function getCodeLenses(_analysis: Analysis): CodeLens[] {
  return [];
}
