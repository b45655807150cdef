/**
 * The pjsip.conf rules (ids, default severities, messages), the issue they make, and the collector the
 * checks report into. The ids are in the global rule table (lintRules.ts ALL_RULES: settings, suppression
 * comments, SARIF, the README table); diagnostics.ts turns the issues into an editor's diagnostics.
 *
 * Severities follow what Asterisk 22 does (observed, pjsip-facts.md §1 and NOTE-16b): what makes it
 * refuse an object (unknown option, bad value, missing required part) or a whole object type (a
 * duplicate) is an error; what loads silently but cannot work as meant is a warning.
 */
import type { Rule } from '../../rules';
import type { Severity, Span } from '../../parser/nodes';
import type { Entry, Section } from '../../model/types';

export type PjsipRuleId =
  | 'pjsip-unknown-option'
  | 'pjsip-chan-sip-option'
  | 'pjsip-invalid-value'
  | 'pjsip-not-a-boolean'
  | 'pjsip-missing-type'
  | 'pjsip-unknown-type'
  | 'pjsip-type-not-from-file'
  | 'pjsip-duplicate-object'
  | 'pjsip-missing-reference'
  | 'pjsip-wrong-reference-type'
  | 'pjsip-auth-without-password'
  | 'pjsip-auth-without-username'
  | 'pjsip-registration-without-uri'
  | 'pjsip-identify-incomplete'
  | 'pjsip-endpoint-without-aors'
  | 'pjsip-aor-unreachable'
  | 'pjsip-registration-calls-unmatched'
  | 'pjsip-auth-instead-of-outbound-auth'
  | 'pjsip-auth-both-ways'
  | 'pjsip-open-by-address'
  | 'pjsip-weak-password'
  | 'pjsip-value-out-of-range'
  | 'pjsip-transport-bind-conflict'
  | 'pjsip-timer-too-low'
  | 'pjsip-refused-aor'
  | 'pjsip-refused-auth'
  | 'pjsip-refused-transport'
  | 'pjsip-refused-endpoint';

const NOT_CREATED = 'Asterisk then does not create the object at all.';

function rule(id: PjsipRuleId, defaultSeverity: Severity, summary: string, message: (argument?: string) => string): Rule {
  return { id, defaultSeverity, summary, message };
}

export const PJSIP_RULES: Readonly<Record<PjsipRuleId, Rule>> = {
  'pjsip-unknown-option': rule('pjsip-unknown-option', 'error', 'An option the object\'s type does not have.', (a) => `${a}. ${NOT_CREATED}`),
  'pjsip-chan-sip-option': rule('pjsip-chan-sip-option', 'error', 'A chan_sip option written in pjsip.conf.', (a) => `${a} ${NOT_CREATED}`),
  'pjsip-invalid-value': rule('pjsip-invalid-value', 'error', 'A value Asterisk cannot parse for the option.', (a) => `${a}. ${NOT_CREATED}`),
  'pjsip-value-out-of-range': rule('pjsip-value-out-of-range', 'error', 'A number out of the range Asterisk takes for the option, alone or with its partner option.', (a) => `${a}. ${NOT_CREATED}`),
  'pjsip-not-a-boolean': rule('pjsip-not-a-boolean', 'warning', 'A yes/no option with another word: Asterisk reads it as no.', (a) => `${a}`),
  'pjsip-missing-type': rule('pjsip-missing-type', 'warning', 'A section without `type=`: Asterisk makes no object of it, silently.', (a) => `${a}`),
  'pjsip-unknown-type': rule('pjsip-unknown-type', 'error', 'A `type=` that is no pjsip object type: the section is dropped silently.', (a) => `${a}`),
  'pjsip-type-not-from-file': rule('pjsip-type-not-from-file', 'warning', 'An object type Asterisk keeps itself and never reads from pjsip.conf.', (a) => `${a}`),
  'pjsip-duplicate-object': rule('pjsip-duplicate-object', 'error', 'Two objects of the same type and name: Asterisk loads no object of that type.', (a) => `${a}`),
  'pjsip-missing-reference': rule('pjsip-missing-reference', 'error', 'A reference to an object that does not exist (Asterisk loads it silently).', (a) => `${a}`),
  'pjsip-wrong-reference-type': rule('pjsip-wrong-reference-type', 'error', 'A reference to an object of another type.', (a) => `${a}`),
  'pjsip-auth-without-password': rule('pjsip-auth-without-password', 'error', 'An auth without the credential its auth_type needs.', (a) => `${a} ${NOT_CREATED}`),
  'pjsip-auth-without-username': rule('pjsip-auth-without-username', 'error', 'An auth without `username`.', (a) => `${a} ${NOT_CREATED}`),
  'pjsip-registration-without-uri': rule('pjsip-registration-without-uri', 'error', 'A registration without `server_uri` or `client_uri`.', (a) => `${a} ${NOT_CREATED}`),
  'pjsip-identify-incomplete': rule('pjsip-identify-incomplete', 'error', 'An identify without anything to match or without `endpoint`.', (a) => `${a} ${NOT_CREATED}`),
  'pjsip-endpoint-without-aors': rule('pjsip-endpoint-without-aors', 'warning', 'An endpoint without `aors`: Asterisk can never call it.', (a) => `${a}`),
  'pjsip-aor-unreachable': rule('pjsip-aor-unreachable', 'warning', 'An aor with `max_contacts=0` and no `contact`: nothing registers, nothing to call.', (a) => `${a}`),
  'pjsip-registration-calls-unmatched': rule('pjsip-registration-calls-unmatched', 'warning', 'A registration whose provider\'s calls no endpoint matches.', (a) => `${a}`),
  'pjsip-auth-instead-of-outbound-auth': rule('pjsip-auth-instead-of-outbound-auth', 'warning', '`auth=` on a provider we register to, where `outbound_auth=` is meant.', (a) => `${a}`),
  'pjsip-auth-both-ways': rule('pjsip-auth-both-ways', 'warning', 'One auth object used to challenge callers and to answer challenges.', (a) => `${a}`),
  'pjsip-transport-bind-conflict': rule('pjsip-transport-bind-conflict', 'error', 'A UDP transport binding an address an earlier one already binds.', (a) => `${a} ${NOT_CREATED}`),
  'pjsip-weak-password': rule('pjsip-weak-password', 'warning', 'An auth password that is short, digits only, a common one, or equal to a name.', (a) => `${a}`),
  'pjsip-timer-too-low': rule('pjsip-timer-too-low', 'warning', 'A `type=system` timer_t1 below 100 ms, or timer_b below 64 × timer_t1: Asterisk warns and raises it.', (a) => `${a}.`),
  'pjsip-open-by-address': rule('pjsip-open-by-address', 'warning', 'An endpoint matched by address or by a header (identify `match` / `match_header`) with no `auth` whose context can dial any number out (read from extensions.conf).', (a) => `${a}`),
  'pjsip-refused-aor': rule('pjsip-refused-aor', 'warning', 'An endpoint\'s `aors=` naming an aor Asterisk refuses for an error in it: the endpoint loads without that aor.', (a) => `${a}`),
  'pjsip-refused-auth': rule('pjsip-refused-auth', 'warning', '`auth=` or `outbound_auth=` naming an auth Asterisk refuses for an error in it: requests from the endpoint get 500, or a challenge finds nothing to answer with.', (a) => `${a}`),
  'pjsip-refused-transport': rule('pjsip-refused-transport', 'warning', '`transport=` naming a transport Asterisk refuses for an error in it: requests go out through another transport.', (a) => `${a}`),
  'pjsip-refused-endpoint': rule('pjsip-refused-endpoint', 'warning', 'An identify\'s `endpoint=` naming an endpoint Asterisk refuses for an error in it: what it matches finds no endpoint.', (a) => `${a}`),
};

export interface PjsipIssue {
  readonly rule: PjsipRuleId;
  readonly severity: Severity;
  readonly uri: string;
  readonly line: number;
  readonly span: Span;
  readonly message: string;
  /** At most three did-you-mean replacements (STYLE.md rule 5). */
  readonly candidates?: readonly string[];
}

/** One unit's issues (an object's, a section's), in the order found; repeats of a key are dropped when merged. */
export class Collector {
  readonly issues: PjsipIssue[] = [];

  add(id: PjsipRuleId, uri: string, line: number, span: Span, text: string, candidates?: readonly string[]): void {
    const entry = PJSIP_RULES[id];
    const issue = { rule: id, severity: entry.defaultSeverity, uri, line, span, message: entry.message(text) };
    this.issues.push(candidates && candidates.length ? { ...issue, candidates } : issue);
  }

  atHeader(id: PjsipRuleId, section: Section, text: string): void {
    this.add(id, section.uri, section.headerLine, section.header.nameSpan, text);
  }

  atKey(id: PjsipRuleId, entry: Entry, text: string, candidates?: readonly string[]): void {
    this.add(id, entry.uri, entry.line, entry.node.keySpan, text, candidates);
  }

  atValue(id: PjsipRuleId, entry: Entry, text: string, candidates?: readonly string[]): void {
    this.add(id, entry.uri, entry.line, entry.node.valueSpan, text, candidates);
  }
}

export const quote = (text: string): string => `'${text}'`;
