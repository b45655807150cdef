/**
 * Diagnostics: the rule table's issues as LSP diagnostics, with the user's severities applied.
 * Ranges come from the nodes' column spans; nothing is re-parsed here.
 */
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver-types';
import type { ConfigDocument } from '../parser/configDocument';
import { collectParseIssues, type DocumentContext } from '../parser/documentIssues';
import type { Severity } from '../parser/nodes';
import { parseRule, type RuleSetting } from '../rules';

export const DIAGNOSTIC_SOURCE = 'asterisk';

export interface ValidationSettings {
  /** `asterisk.lint.<id>` values; a missing id uses the rule's default severity. */
  readonly rules?: Readonly<Record<string, RuleSetting | undefined>>;
}

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

export function toDiagnosticSeverity(setting: RuleSetting | undefined, fallback: Severity): DiagnosticSeverity | undefined {
  const value = setting ?? fallback;
  return value === 'ignore' ? undefined : (SEVERITY[value] ?? SEVERITY[fallback]);
}

export function doValidation(document: ConfigDocument, context: DocumentContext = {}, settings: ValidationSettings = {}): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  for (const issue of collectParseIssues(document, context)) {
    const rule = parseRule(issue.code);
    const severity = toDiagnosticSeverity(settings.rules?.[rule.id], rule.defaultSeverity);
    if (severity === undefined) continue;
    diagnostics.push({
      range: { start: { line: issue.line, character: issue.span.start }, end: { line: issue.line, character: issue.span.end } },
      severity,
      code: rule.id,
      source: DIAGNOSTIC_SOURCE,
      message: rule.message(issue.argument),
    });
  }
  return diagnostics;
}
