/** Quick fixes keyed by rule id (issue #5). */
import type { CodeAction, CodeActionContext, Range } from 'vscode-languageserver-types';
import type { Analysis } from '../analysis';

export function getCodeActions(_analysis: Analysis, _range: Range, _context: CodeActionContext): CodeAction[] {
  return [];
}
