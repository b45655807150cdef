/**
 * pjsip.conf's semantic diagnostics for one document (issue #16): the include and #exec checks every
 * dialect with a root gets, and validatePjsip's issues on this document's lines, each under its rule id
 * (PJSIP_RULES, registered in lintRules.ts's ALL_RULES) with the user's severity. Suppression comments and
 * the per-file cap are the validation pipeline's (features/validation.ts).
 *
 * Incremental through validatePjsip: on a keystroke it re-runs only the checks of the objects that
 * changed and of their neighbours (rules.ts); only this document's issues are kept. A finding kept from
 * the last run keeps its diagnostic (made once per settings: masked and converted once, issue #18).
 */
import type { Diagnostic } from 'vscode-languageserver-types';
import type { Analysis } from '../../analysis';
import { checkIncludes } from '../../features/rules/includeRules';
import { createRuleContext } from '../../features/rules/ruleContext';
import { checkExecs } from '../../features/rules/securityRules';
import { maskSecretsInText } from '../../features/secretMask';
import { DIAGNOSTIC_SOURCE, toDiagnosticSeverity } from '../../features/severity';
import { movedCopy } from '../../features/rules/unitCache';
import type { ServiceSettings } from '../../settings';
import type { PlacedChecks } from '../dialect';
import { originOf, validatePjsipChanges } from './phaseEngine';
import type { PjsipIssue } from './ruleTable';
import { PJSIP_RULES, validatePjsip } from './rules';

/** What a pjsip diagnostic carries for its quick fixes: the did-you-mean candidates, when there are some. */
export interface PjsipDiagnosticData {
  readonly candidates?: readonly string[];
}

export function pjsipDiagnostics(analysis: Analysis): Diagnostic[] {
  const out = everyRunDiagnostics(analysis);
  const model = analysis.pjsip;
  if (!model) return out;
  for (const issue of validatePjsip(model, analysis.dialplan)) {
    if (issue.uri !== analysis.uri) continue;
    const diagnostic = diagnosticOf(issue, analysis.settings);
    if (diagnostic) out.push(diagnostic);
  }
  return out;
}

/** The include and #exec checks' diagnostics: computed afresh every run. */
function everyRunDiagnostics(analysis: Analysis): Diagnostic[] {
  const out: Diagnostic[] = [];
  // The include checks read only the shared model (the dialect argument is for chan_sip/chan_iax2 checks).
  const context = createRuleContext(analysis, 'sip', out);
  checkIncludes(context);
  checkExecs(context);
  return out;
}

/**
 * `pjsipDiagnostics` for a list kept placed (issue #18): a finding's diagnostic is the one made for it
 * where it was first found, at that line (a moved copy of a finding is the same finding), so that the
 * changes since the last run are only the findings validatePjsip ran again — not the ones an Enter moved.
 */
export function pjsipPlacedChecks(analysis: Analysis, last: object | undefined): PlacedChecks {
  const everyRun = everyRunDiagnostics(analysis);
  const model = analysis.pjsip;
  if (!model) return { token: everyRun, everyRun, findings: () => ({ items: [], lines: new Map() }) };
  const validation = validatePjsipChanges(model, analysis.dialplan);
  const { uri, settings } = analysis;
  /** The diagnostics of `issues` (each as first found) on this document. */
  const diagnosticsOf = (issues: readonly PjsipIssue[]): Diagnostic[] => {
    const out: Diagnostic[] = [];
    for (const issue of issues) {
      if (issue.uri !== uri) continue;
      const diagnostic = diagnosticOf(originOf(issue), settings);
      if (diagnostic) out.push(diagnostic);
    }
    return out;
  };
  const changes = validation.token === last ? { removed: [], added: [] } : validation.changes && validation.changes.from === last ? validation.changes : undefined;
  return {
    token: validation.token,
    everyRun,
    ...(changes ? { changes: { removed: diagnosticsOf(changes.removed), added: diagnosticsOf(changes.added) } } : {}),
    findings: () => {
      const items: Diagnostic[] = [];
      const lines = new Map<Diagnostic, number>();
      for (const issue of validation.issues) {
        if (issue.uri !== uri) continue;
        const origin = originOf(issue);
        const diagnostic = diagnosticOf(origin, settings);
        if (!diagnostic) continue;
        items.push(diagnostic);
        if (issue.line !== diagnostic.range.start.line) lines.set(diagnostic, issue.line);
      }
      return { items, lines };
    },
  };
}

/** Per settings, the diagnostic of each finding (null: its rule is off), made once: kept findings are not converted again per keystroke. */
const made = new WeakMap<ServiceSettings, WeakMap<PjsipIssue, Diagnostic | null>>();

function diagnosticOf(issue: PjsipIssue, settings: ServiceSettings): Diagnostic | undefined {
  let cache = made.get(settings);
  if (!cache) made.set(settings, (cache = new WeakMap()));
  const held = cache.get(issue);
  if (held !== undefined) return held ?? undefined;
  // A finding moved with its line: its first diagnostic at the new line (the masking is not done again).
  const origin = originOf(issue);
  const first = origin === issue ? convert(issue, settings) : diagnosticOf(origin, settings);
  const diagnostic = first && origin !== issue ? movedCopy(first, issue.line, issue.line) : first;
  cache.set(issue, diagnostic ?? null);
  return diagnostic;
}

function convert(issue: PjsipIssue, settings: ServiceSettings): Diagnostic | undefined {
  const rule = PJSIP_RULES[issue.rule];
  const severity = toDiagnosticSeverity(settings.lint[rule.id], rule.defaultSeverity);
  if (severity === undefined) return undefined;
  const data: PjsipDiagnosticData | undefined = issue.candidates?.length ? { candidates: issue.candidates } : undefined;
  return {
    range: { start: { line: issue.line, character: issue.span.start }, end: { line: issue.line, character: issue.span.end } },
    severity,
    code: rule.id,
    source: DIAGNOSTIC_SOURCE,
    // The messages quote values from the file: a password must not reach the Problems view or the CLI.
    message: maskSecretsInText('pjsip', issue.message),
    ...(data ? { data } : {}),
  };
}
