/** Hover (issue #4). */
import type { Hover, Position } from 'vscode-languageserver-types';
import type { Analysis } from '../analysis';

export function doHover(_analysis: Analysis, _position: Position): Hover | null {
  return null;
}
