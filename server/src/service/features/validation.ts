/**
 * Diagnostics: the rule table's issues as LSP diagnostics, with the user's severities applied.
 * Ranges come from the nodes' column spans; nothing is re-parsed here.
 */
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver-types';
import type { Analysis } from '../analysis';
import { collectParseIssues } from '../parser/documentIssues';
import type { Severity } from '../parser/nodes';
import { parseRule, type RuleSetting } from '../rules';

export const DIAGNOSTIC_SOURCE = 'asterisk';

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

export function doValidation(analysis: Analysis): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  for (const issue of collectParseIssues(analysis.document, analysis.documentContext)) {
    const rule = parseRule(issue.code);
    const severity = toDiagnosticSeverity(analysis.settings.lint[rule.id], rule.defaultSeverity);
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
