/**
 * Which diagnostics mean that Asterisk refuses the whole file (and applies none of it): the verdict
 * `asterisk-conf explain` leads with, read from the same diagnostics `check` and the editor show, so the
 * two can never disagree. The rule table says which parse rules refuse the file (`fileInvalid`); a
 * failing `#include` does too, a failing `#tryinclude` does not.
 */
import type { Diagnostic } from 'vscode-languageserver-types';
import { ruleById } from '../lintRules';

export function refusesWholeFile(diagnostic: Diagnostic): boolean {
  const id = String(diagnostic.code ?? '');
  if (id === 'include-problem') return (diagnostic.data as { directive?: unknown } | undefined)?.directive === 'include';
  return ruleById(id)?.fileInvalid === true;
}
