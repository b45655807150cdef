/** Folding ranges and selection ranges (issue #6). */
import type { FoldingRange, Position, SelectionRange } from 'vscode-languageserver-types';
import type { Analysis } from '../analysis';

export function getFoldingRanges(_analysis: Analysis): FoldingRange[] {
  return [];
}

export function getSelectionRanges(_analysis: Analysis, _positions: readonly Position[]): SelectionRange[] {
  return [];
}
