/**
 * Which objects Asterisk refuses: an object with an issue of one of these rules on its header or one of
 * its lines (own, template or `(+)`) is not created at all (each rule's message says so; observed with
 * run.sh 22, test/fixtures/pjsip-oracle/errors: "Could not create an object of type ..."). A check that
 * judges what an object does once loaded steps aside for a refused one: the refusal is the real problem,
 * and a second diagnostic would describe an object that does not exist.
 */
import type { PjsipObject } from './model';
import type { PjsipIssue, PjsipRuleId } from './ruleTable';

export const REFUSING_RULES: ReadonlySet<PjsipRuleId> = new Set<PjsipRuleId>([
  'pjsip-unknown-option',
  'pjsip-chan-sip-option',
  'pjsip-invalid-value',
  'pjsip-value-out-of-range',
  'pjsip-auth-without-password',
  'pjsip-auth-without-username',
  'pjsip-registration-without-uri',
  'pjsip-identify-incomplete',
  'pjsip-transport-bind-conflict',
]);

/** The issues among `issues` that make Asterisk refuse `object`. */
export function refusalsOf(object: PjsipObject, issues: readonly PjsipIssue[]): PjsipIssue[] {
  const refusing = issues.filter((issue) => REFUSING_RULES.has(issue.rule));
  // Mostly none: the object's lines are only listed when there is something to place.
  if (!refusing.length) return refusing;
  const lines = new Set<string>([`${object.section.uri}:${object.section.headerLine}`]);
  for (const line of object.lines) if (line.source.entry) lines.add(`${line.source.entry.uri}:${line.source.entry.line}`);
  return refusing.filter((issue) => lines.has(`${issue.uri}:${issue.line}`));
}
