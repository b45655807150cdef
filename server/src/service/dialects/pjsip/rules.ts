/**
 * The pjsip.conf rules and `validatePjsip`, the semantic pass over the pjsip model, as the rest of the
 * service imports them. The parts: ruleTable.ts (ids, severities, messages, the issue), phaseEngine.ts
 * (the incremental run), phases.ts (the checks in order) and the checks by concern: objectChecks.ts,
 * referenceChecks.ts, directionChecks.ts, transportChecks.ts.
 */
export { PJSIP_RULES, type PjsipIssue, type PjsipRuleId } from './ruleTable';
export { validatePjsip } from './phaseEngine';
