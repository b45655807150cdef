/** Rule severities as LSP severities, with the user's `asterisk.lint.<id>` setting applied. */
import { DiagnosticSeverity } from 'vscode-languageserver-types';
import type { Severity } from '../parser/nodes';
import type { RuleSetting } from '../rules';

export const DIAGNOSTIC_SOURCE = 'asterisk';

const SEVERITY: Readonly<Record<string, DiagnosticSeverity>> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  // STYLE.md spells it `info`; accept both so a hand-written setting is not silently wrong.
  info: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

/**
 * The severity to publish, or undefined for `ignore`. A setting that is not one of the words (a typo,
 * a number from a broken settings.json) falls back to the rule's default.
 */
export function toDiagnosticSeverity(setting: RuleSetting | string | undefined, fallback: Severity): DiagnosticSeverity | undefined {
  if (setting === 'ignore') return undefined;
  if (typeof setting === 'string' && Object.prototype.hasOwnProperty.call(SEVERITY, setting)) return SEVERITY[setting];
  return SEVERITY[fallback];
}
