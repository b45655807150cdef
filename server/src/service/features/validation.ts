/**
 * Diagnostics: the parse issues of the document, then the semantic checks over the model (issue #5),
 * each with the user's severity, minus what suppression comments switch off. Ranges come from the
 * nodes' column spans; nothing is re-parsed here.
 */
import type { Diagnostic } from 'vscode-languageserver-types';
import type { Analysis } from '../analysis';
import { collectParseIssues } from '../parser/documentIssues';
import { parseRule } from '../rules';
import { checkDirections } from './rules/directionRules';
import { checkIncludes } from './rules/includeRules';
import { checkOptions } from './rules/optionRules';
import { checkRegisters } from './rules/registerRules';
import { createRuleContext } from './rules/ruleContext';
import { checkSecurity } from './rules/securityRules';
import { checkTypes } from './rules/typeRules';
import { DIAGNOSTIC_SOURCE, toDiagnosticSeverity } from './severity';
import { applySuppressions } from './suppression';

export { DIAGNOSTIC_SOURCE, toDiagnosticSeverity };

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
  if (analysis.dialect === 'sip' || analysis.dialect === 'iax') {
    const context = createRuleContext(analysis, analysis.dialect, diagnostics);
    checkIncludes(context);
    checkTypes(context);
    checkDirections(context);
    checkRegisters(context);
    checkOptions(context);
    checkSecurity(context);
  }
  // Checks run topic by topic; the editor and the CLI read them best in document order.
  diagnostics.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
  return applySuppressions(analysis.document, diagnostics);
}
