/** Document and range formatting (issue #6). */
import type { Range, TextEdit } from 'vscode-languageserver-types';
import type { Analysis } from '../analysis';

export function format(_analysis: Analysis, _range: Range | undefined): TextEdit[] {
  return [];
}
