/**
 * Diagnostics: the parse issues of the document, then the semantic checks over the model (issue #5),
 * each with the user's severity, minus what suppression comments switch off. Ranges come from the
 * nodes' column spans; nothing is re-parsed here.
 *
 * Incremental (issue #9): the model reuses unchanged Section / Endpoint objects across versions, so the
 * checks that read one endpoint or one section are cached per object, and a keystroke re-runs only the
 * checks of what it changed. The checks that read many objects (duplicate sections, register-no-peer,
 * [general]'s guests) run from small indexes kept up to date with the same identity diff. The output is
 * exactly what running every check from scratch gives, in the same order (a property test holds it).
 */
import type { Diagnostic } from 'vscode-languageserver-types';
import type { Analysis } from '../analysis';
import type { DialplanIndex } from '../model/dialplan';
import type { ConfigDocument } from '../parser/configDocument';
import { parseRule } from '../rules';
import type { ServiceSettings } from '../settings';
import { LineIssueIndex } from './rules/lineIssueIndex';
import { checkIncludes } from './rules/includeRules';
import { checkRegisters } from './rules/registerRules';
import { createRuleContext } from './rules/ruleContext';
import { checkExecs, checkGeneralSecurity } from './rules/securityRules';
import { checkChanSipRemoved } from './rules/typeRules';
import { changedLinesBetween, updateUnits, type ModelUnits } from './rules/unitCache';
import { DIAGNOSTIC_SOURCE, toDiagnosticSeverity } from './severity';
import { filterSuppressed } from './suppression';

export { DIAGNOSTIC_SOURCE, toDiagnosticSeverity };

/** What one document's last validation left behind, valid while the inputs besides the model stay the same. */
interface ValidationState {
  readonly uri: string;
  readonly dialect: Analysis['dialect'];
  readonly settings: ServiceSettings;
  readonly dialplan: DialplanIndex | undefined;
  readonly lineIssues: LineIssueIndex;
  units?: ModelUnits;
}

/** Keyed by the document object, which the server keeps (and edits) for as long as the file is open. */
const states = new WeakMap<ConfigDocument, ValidationState>();

function stateFor(analysis: Analysis): ValidationState {
  const found = states.get(analysis.document);
  if (found && found.uri === analysis.uri && found.dialect === analysis.dialect && found.settings === analysis.settings && found.dialplan === analysis.dialplan) return found;
  const state: ValidationState = {
    uri: analysis.uri,
    dialect: analysis.dialect,
    settings: analysis.settings,
    dialplan: analysis.dialplan,
    lineIssues: new LineIssueIndex(analysis.document, analysis.documentContext),
  };
  states.set(analysis.document, state);
  return state;
}

export function doValidation(analysis: Analysis): Diagnostic[] {
  const state = stateFor(analysis);
  const semantic = analysis.dialect === 'sip' || analysis.dialect === 'iax';
  const diagnostics: Diagnostic[] = [];
  const context = createRuleContext(analysis, analysis.dialect === 'iax' ? 'iax' : 'sip', diagnostics);
  const units = semantic ? updateUnits(context, state.units) : undefined;
  // After a patched keystroke the model says which section's lines changed: compare only those.
  state.lineIssues.update(analysis.document, analysis.documentContext, units && changedLinesBetween(state.units, units, analysis.uri));
  state.units = units;
  for (const issue of state.lineIssues.parseIssues(analysis.document)) {
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
  if (units) {
    // The same topics in the same order as a from-scratch run, so equal positions keep their order.
    checkIncludes(context);
    append(diagnostics, units.types.items);
    append(diagnostics, units.duplicates);
    checkChanSipRemoved(context);
    append(diagnostics, units.endpointDirections.items);
    append(diagnostics, units.sectionDirections.items);
    checkRegisters(context, () => units.hostIndex());
    append(diagnostics, units.options.items);
    checkGeneralSecurity(context);
    append(diagnostics, units.security.items);
    checkExecs(context);
  }
  // Checks run topic by topic; the editor and the CLI read them best in document order.
  diagnostics.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
  const suppressions = state.lineIssues.suppressions();
  // The list is this run's own: with no suppression comment (the usual file) it is returned as it is.
  return suppressions.file || suppressions.lines.size ? filterSuppressed(suppressions, diagnostics) : diagnostics;
}

function append(target: Diagnostic[], items: readonly Diagnostic[] | undefined): void {
  if (items) for (const item of items) target.push(item);
}
