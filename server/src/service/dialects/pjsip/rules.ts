/**
 * The pjsip.conf rules (ids, default severities, messages) and `validatePjsip`, the semantic pass over
 * the pjsip model. The ids are in the global rule table (lintRules.ts ALL_RULES: settings, suppression
 * comments, SARIF, the README table); diagnostics.ts turns the issues into an editor's diagnostics.
 *
 * Severities follow what Asterisk 22 does (observed, pjsip-facts.md §1 and NOTE-16b): what makes it
 * refuse an object (unknown option, bad value, missing required part) or a whole object type (a
 * duplicate) is an error; what loads silently but cannot work as meant is a warning.
 */
import type { Rule } from '../../rules';
import { closestCandidates } from '../../features/codeActionEdits';
import { weakSecretReason } from '../../features/rules/weakSecret';
import { mapLine, type ConfigDocument, type LineDelta } from '../../parser/configDocument';
import type { Severity, Span } from '../../parser/nodes';
import { dialOutFrom, type DialplanIndex } from '../../model/dialplan';
import type { Entry, Section } from '../../model/types';
import { chanSipAdvice, chanSipTypeValues } from './chanSipKeys';
import { endpointDirection, registrationDirection } from './direction';
import { keyParts, lastLine, valueOf, type PjsipLine, type PjsipModel, type PjsipObject, type PjsipReference, type PjsipTemplate, type UntypedSection } from './model';
import { pjsipPatchOf } from './patchPjsip';
import { pjsipObjectTypes } from './objectTypes';
import { isKnownPjsipOption, lookupPjsipOption, pjsipOptionsFor } from './options';
import type { PjsipObjectType } from './types';
import { endpointPairProblems, rangeProblem } from './ranges';
import { openDoor, openDoorText } from './openDoor';
import { refusalsOf } from './refused';
import { systemTimerProblems } from './systemTimers';
import { parseCount, valueProblem } from './values';

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
  | 'pjsip-timer-too-low';

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
class Collector {
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

const quote = (text: string): string => `'${text}'`;

function checkLines(out: Collector, type: PjsipObjectType, owner: string, lines: readonly PjsipLine[]): void {
  for (const line of lines) {
    const entry = line.source.entry;
    if (!entry || line.canonical === 'type') continue;
    if (!isKnownPjsipOption(type, line.canonical)) {
      const advice = chanSipAdvice(type, line.canonical);
      if (advice) out.atKey('pjsip-chan-sip-option', entry, `${quote(line.name)} is a chan_sip option, unknown to a pjsip ${type}: ${advice.advice}`);
      else {
        const names = pjsipOptionsFor(type).map((option) => option.name);
        const candidates = closestCandidates(line.name, names).map((candidate) => candidate.text);
        out.atKey('pjsip-unknown-option', entry, `A pjsip ${type} has no option ${quote(line.name)} (${owner})`, candidates);
      }
      continue;
    }
    const option = lookupPjsipOption(type, line.canonical);
    const problem = option && valueProblem(option, line.value);
    if (option && !problem) {
      const outOfRange = rangeProblem(type, option.name, line.value);
      if (outOfRange) out.atValue('pjsip-value-out-of-range', entry, `${quote(line.value.trim())}: ${outOfRange} (${owner})`);
    }
    if (!option || !problem) continue;
    if (problem.kind === 'not-a-boolean') {
      out.atValue('pjsip-not-a-boolean', entry, `${quote(line.value)} is not yes or no: Asterisk loads it and reads ${option.name} as no`);
    } else {
      const written = problem.item ?? line.value.trim();
      const candidates = problem.candidates.length ? closestCandidates(written, problem.candidates).map((candidate) => candidate.text) : undefined;
      out.atValue('pjsip-invalid-value', entry, `${quote(written)} is not valid for ${option.name} (${problem.expected}; ${owner})`, candidates);
    }
  }
}

const typeNames = pjsipObjectTypes.filter((type) => type.fromFile).map((type) => type.name);

function checkUntyped(out: Collector, untyped: UntypedSection): void {
  const { section, typeLine } = untyped;
  if (untyped.reason === 'missing') {
    out.atHeader('pjsip-missing-type', section, `[${section.name}] has no type=: Asterisk makes no object of it and says nothing. Add type=endpoint, aor, auth, identify ...`);
    return;
  }
  const entry = typeLine?.source.entry;
  if (!typeLine || !entry) return;
  const value = typeLine.value.trim();
  if (untyped.reason === 'not-from-file') {
    out.atValue('pjsip-type-not-from-file', entry, `Asterisk keeps ${value} objects itself and does not load [${section.name}] from pjsip.conf.`);
    return;
  }
  const chanSip = chanSipTypeValues[value.toLowerCase() as keyof typeof chanSipTypeValues];
  // A case-only miss (`Endpoint`) is the likeliest fix; closestCandidates skips names equal ignoring case.
  const sameWord = typeNames.filter((name) => name === value.toLowerCase());
  const candidates = chanSip ? undefined : [...sameWord, ...closestCandidates(value, typeNames).map((candidate) => candidate.text)].slice(0, 3);
  const text = chanSip
    ? `type=${value} is chan_sip's; Asterisk drops [${section.name}] silently. ${chanSip}`
    : `${quote(value)} is no pjsip object type (written exactly, in lower case): Asterisk drops [${section.name}] silently.`;
  out.atValue('pjsip-unknown-type', entry, text, candidates);
}

function checkDuplicate(out: Collector, duplicate: PjsipObject): void {
  out.atHeader(
    'pjsip-duplicate-object',
    duplicate.section,
    `A second ${duplicate.type} named ${quote(duplicate.name)}: Asterisk then loads no ${duplicate.type} at all from pjsip.conf. Rename it, or use [${duplicate.name}](+) to add to the first.`,
  );
}

/** `an aor`, `an endpoint`, `a transport`. */
const withArticle = (word: string): string => `${/^[aeiou]/.test(word) ? 'an' : 'a'} ${word}`;

function checkReference(out: Collector, model: PjsipModel, reference: PjsipReference): void {
  if (reference.target) return;
  const entry = reference.line.source.entry;
  if (!entry) return;
  const others = model.named(reference.name).filter((object) => object.type !== reference.targetType);
  const at = (id: PjsipRuleId, text: string, candidates?: readonly string[]): void => out.add(id, entry.uri, entry.line, reference.span, text, candidates);
  if (others.length) {
    at(
      'pjsip-wrong-reference-type',
      `${reference.option} needs ${withArticle(reference.targetType)}; ${quote(reference.name)} is ${others.map((object) => withArticle(object.type)).join(' and ')}. Asterisk loads this silently and finds no ${reference.targetType}.`,
    );
    return;
  }
  const candidates = closestCandidates(reference.name, model.ofType(reference.targetType).map((object) => object.name)).map((candidate) => candidate.text);
  at('pjsip-missing-reference', `No ${reference.targetType} named ${quote(reference.name)} (${reference.from.type} ${quote(reference.from.name)}, ${reference.option}). Asterisk loads this silently and finds nothing.`, candidates);
}

const filled = (object: PjsipObject, name: string): boolean => (valueOf(object, name) ?? '').trim() !== '';

function checkRequired(out: Collector, object: PjsipObject): void {
  if (object.type === 'auth') {
    const auth = object;
    const authType = (valueOf(auth, 'auth_type') ?? 'userpass').trim().toLowerCase();
    if (authType === 'google_oauth') return;
    if (!filled(auth, 'username')) out.atHeader('pjsip-auth-without-username', auth.section, `auth ${quote(auth.name)} has no username.`);
    if (authType === 'md5' && !filled(auth, 'md5_cred')) out.atHeader('pjsip-auth-without-password', auth.section, `auth ${quote(auth.name)} has auth_type=md5 but no md5_cred.`);
    if ((authType === 'userpass' || authType === 'digest') && !filled(auth, 'password') && !filled(auth, 'password_digest')) {
      out.atHeader('pjsip-auth-without-password', auth.section, `auth ${quote(auth.name)} has no password (auth_type=${authType}).`);
    }
  } else if (object.type === 'registration') {
    const missing = ['server_uri', 'client_uri'].filter((name) => !filled(object, name));
    if (missing.length) out.atHeader('pjsip-registration-without-uri', object.section, `registration ${quote(object.name)} has no ${missing.join(' and no ')}.`);
  } else if (object.type === 'identify') {
    // One issue per identify (both problems share the header's range): say everything that is missing.
    const problems: string[] = [];
    if (!['match', 'match_header', 'match_request_uri'].some((name) => filled(object, name))) problems.push('matches nothing (give it match= with addresses, or match_header=)');
    if (!filled(object, 'endpoint')) problems.push('names no endpoint');
    if (problems.length) out.atHeader('pjsip-identify-incomplete', object.section, `identify ${quote(object.name)} ${problems.join(' and ')}.`);
  }
}

/**
 * Weak passwords, judged as chan_sip's secrets are (features/rules/weakSecret.ts): never equal to the
 * auth's name, its username or the name of an object that uses it. The message says why, never what.
 */
function checkPassword(out: Collector, model: PjsipModel, auth: PjsipObject): void {
  {
    const authType = (valueOf(auth, 'auth_type') ?? 'userpass').trim().toLowerCase();
    if (authType !== 'userpass' && authType !== 'digest') return;
    const line = lastLine(auth.lines, 'password');
    const entry = line?.source.entry;
    // An empty password is pjsip-auth-without-password's (unless password_digest stands in).
    if (!line || !entry || line.value === '') return;
    const users = model.referencesTo(auth);
    const reason = weakSecretReason(line.value, [auth.name, valueOf(auth, 'username') ?? '', ...users.map((reference) => reference.from.name)]);
    if (!reason) return;
    const callers = users.filter((reference) => reference.option === 'auth').map((reference) => quote(reference.from.name));
    const ours = users.filter((reference) => reference.option !== 'auth').map((reference) => quote(reference.from.name));
    const who = callers.length
      ? `can call in as ${callers.join(', ')} and dial whatever its context allows`
      : ours.length
        ? `can use our account at the far end of ${ours.join(', ')}`
        : 'can use it wherever it is used';
    out.atValue(
      'pjsip-weak-password',
      entry,
      `The password of auth ${quote(auth.name)} is weak (${reason}): SIP scanners try such passwords within minutes, and whoever guesses it ${who}. Use a long random password.`,
    );
  }
}

/** `extensions.conf:9` for a dialplan line (1-based, the file's base name). */
function placeOf(uri: string, line: number): string {
  return `${uri.slice(uri.lastIndexOf('/') + 1)}:${line + 1}`;
}

/**
 * An endpoint let in by address without a password is the normal way to take a provider's calls; it is a
 * hole only when its context can dial out (toll fraud from a spoofed or shared address). A match by
 * header is judged the same way, as at least as open (openDoor.ts). With no
 * extensions.conf known nothing is said: a warning on every provider trunk would be noise.
 */
function checkOpenByAddress(out: Collector, endpoint: PjsipObject, direction: ReturnType<typeof endpointDirection>, dialplan: DialplanIndex | undefined): void {
  const door = dialplan && openDoor(direction);
  if (!dialplan || !door) return;
  const context = direction.inbound.context.value;
  const found = dialOutFrom(dialplan, context);
  if (!found) return;
  const { calls, anyone } = openDoorText(door);
  const via = found.via.length ? ` (through include => ${found.via.map(quote).join(' => ')})` : '';
  // The dial string is not quoted: an IAX2/SIP dial string may hold a password.
  out.atHeader(
    'pjsip-open-by-address',
    endpoint.section,
    `${calls} reach endpoint ${quote(endpoint.name)} without a password and land in context ${quote(context)}, which can dial any number out: extension ${found.line.pattern} of ${quote(found.line.context)} at ${placeOf(found.line.uri, found.line.line)} dials it${via}. ${anyone}: give it a context that only reaches your own extensions, or add auth=.`,
  );
}

/**
 * Whether Asterisk refuses the object because of its own lines (an unknown option, a bad or out-of-range
 * value: refused.ts), judged from the object alone so that a check of one object can ask it.
 */
function refusedForItsLines(object: PjsipObject): boolean {
  const scratch = new Collector();
  checkLines(scratch, object.type, '', object.lines);
  return refusalsOf(object, scratch.issues).length > 0;
}

function checkAorReach(out: Collector, model: PjsipModel, aor: PjsipObject): void {
  if (filled(aor, 'contact') || (parseCount(valueOf(aor, 'max_contacts')) ?? 0) > 0 || refusedForItsLines(aor)) return;
  const users = model.referencesTo(aor).map((reference) => reference.from.name);
  out.atHeader(
    'pjsip-aor-unreachable',
    aor.section,
    `aor ${quote(aor.name)} has max_contacts=0 and no contact: no device can register to it and Asterisk has nothing to call${users.length ? ` for ${users.map(quote).join(', ')}` : ''}.`,
  );
}

/** What the registrations tell the endpoint checks: the auths we answer with, and the endpoints we register to. */
interface RegistrationFacts {
  readonly auths: ReadonlyMap<string, string>;
  readonly registeredTo: ReadonlyMap<string, string>;
  /** Both, as text: the endpoint checks cached under other facts are run again. */
  readonly signature: string;
}

function checkRegistrations(out: Collector, model: PjsipModel): RegistrationFacts {
  // Auths we answer with when we register: an endpoint that challenges with one of them is the provider.
  const auths = new Map<string, string>();
  const registeredTo = new Map<string, string>();
  for (const registration of model.ofType('registration')) {
    for (const name of (valueOf(registration, 'outbound_auth') ?? '').split(',').map((part) => part.trim()).filter(Boolean)) auths.set(name, registration.name);
    const direction = registrationDirection(model, registration);
    const endpoint = direction.callsLandAt && model.get('endpoint', direction.callsLandAt.endpoint);
    if (endpoint) registeredTo.set(endpoint.name, registration.name);
    if (direction.serverUri && !direction.callsLandAt) {
      out.atHeader(
        'pjsip-registration-calls-unmatched',
        registration.section,
        `Calls the server of registration ${quote(registration.name)} sends back match no endpoint: no identify matches the host of its server_uri, and it has no line=yes with endpoint=. Asterisk rejects them (or gives them to an anonymous endpoint).`,
      );
    }
  }
  return { auths, registeredTo, signature: JSON.stringify([[...auths], [...registeredTo]]) };
}

function checkAuthBothWays(out: Collector, model: PjsipModel, auth: PjsipObject): void {
  let inbound: PjsipReference | undefined;
  let outbound: PjsipReference | undefined;
  for (const reference of model.referencesTo(auth)) {
    if (reference.option === 'auth') inbound = reference;
    else outbound = reference;
  }
  if (!inbound || !outbound) return;
  out.atHeader(
    'pjsip-auth-both-ways',
    auth.section,
    `auth ${quote(auth.name)} challenges callers (auth= of ${inbound.from.type} ${quote(inbound.from.name)}) and answers challenges (outbound_auth= of ${outbound.from.type} ${quote(outbound.from.name)}). Use two auth objects, one per direction.`,
  );
}

function checkEndpoint(out: Collector, model: PjsipModel, endpoint: PjsipObject, registrations: RegistrationFacts, dialplan: DialplanIndex | undefined): void {
  const direction = endpointDirection(model, endpoint);
  if (!filled(endpoint, 'aors')) {
    out.atHeader('pjsip-endpoint-without-aors', endpoint.section, `endpoint ${quote(endpoint.name)} has no aors: it can call us, but Asterisk can never call it.`);
  }
  const authLine = lastLine(endpoint.lines, 'auth');
  const authEntry = authLine?.source.entry;
  if (authEntry && !filled(endpoint, 'outbound_auth')) {
    const names = direction.inbound.challengedWith.map((auth) => auth.name);
    const viaRegistration = names.map((name) => registrations.auths.get(name)).find(Boolean) ?? registrations.registeredTo.get(endpoint.name);
    if (viaRegistration) {
      out.atKey(
        'pjsip-auth-instead-of-outbound-auth',
        authEntry,
        `We register to ${quote(endpoint.name)} (registration ${quote(viaRegistration)}), so it is the one that challenges us: auth= makes Asterisk challenge its calls instead, and nothing answers its challenges. Write outbound_auth=.`,
      );
    }
  }
  checkOpenByAddress(out, endpoint, direction, dialplan);
}

/** `address:port` of a bind value, with Asterisk's default port 5060 when none is written. */
function bindOf(value: string): { host: string; port: string } | undefined {
  const trimmed = value.trim();
  const match = /^(\[[^\]]+\]|[^:]+)(?::(\d+))?$/.exec(trimmed);
  return match ? { host: match[1].toLowerCase(), port: match[2] ?? '5060' } : undefined;
}

const WILDCARDS = new Set(['0.0.0.0', '[::]']);
const isIpv6 = (host: string): boolean => host.startsWith('[') || host.includes(':');

/**
 * Observed in Asterisk 22: a UDP transport whose port an earlier UDP transport binds on the same
 * address, or with either on the wildcard address of the same family, is not started ("Address already
 * in use") and not created (0.0.0.0 and [::] on one port both start); the earlier one in the file wins.
 * TCP and TLS transports on one port both started, so only UDP is checked.
 */
function checkTransports(out: Collector, model: PjsipModel): void {
  const bound: { transport: PjsipObject; host: string; port: string }[] = [];
  for (const transport of model.ofType('transport')) {
    if ((valueOf(transport, 'protocol') ?? 'udp').trim().toLowerCase() !== 'udp') continue;
    const bind = bindOf(valueOf(transport, 'bind') ?? '');
    if (!bind) continue;
    // A wildcard covers only its own address family: 0.0.0.0 and [::] on one port both start (observed).
    const earlier = bound.find((other) => other.port === bind.port && isIpv6(other.host) === isIpv6(bind.host) && (other.host === bind.host || WILDCARDS.has(other.host) || WILDCARDS.has(bind.host)));
    if (earlier) {
      out.atHeader(
        'pjsip-transport-bind-conflict',
        transport.section,
        `transport ${quote(transport.name)} binds UDP ${bind.host}:${bind.port}, which transport ${quote(earlier.transport.name)} already binds: Asterisk cannot start it.`,
      );
      continue;
    }
    bound.push({ transport, ...bind });
  }
}


/**
 * A check run per unit (an object, a template, a section that makes no object). `pure`: it reads only the
 * unit, so its result stands while the unit object does; otherwise it also reads the objects the unit
 * names or is named by, and runs again when one of them changed (PjsipPatch.dirty).
 */
interface UnitPhase {
  readonly units: (model: PjsipModel) => readonly Unit[];
  /** Whether an object is one of the phase's units (only objects are ever run again). */
  readonly accepts: (object: PjsipObject) => boolean;
  /** Where a unit comes in the phase's order (ascending): the rank of its kind, then its section's order. */
  readonly rank: (unit: Unit, model: PjsipModel) => number;
  readonly pure: boolean;
  /** It reads the registrations' facts too: when those changed, every unit runs again. */
  readonly readsRegistrations?: boolean;
  readonly check: (out: Collector, unit: Unit, run: RunContext) => void;
}

interface RunContext {
  readonly model: PjsipModel;
  readonly dialplan: DialplanIndex | undefined;
  readonly registrations: RegistrationFacts;
}

type Unit = PjsipObject | PjsipTemplate | UntypedSection;

const REQUIRED_RANK: Partial<Record<PjsipObjectType, number>> = { auth: 0, registration: 1, identify: 2 };
const ownerText = (object: PjsipObject): string => `${object.type} ${quote(object.name)}`;
const asObject = (unit: Unit): PjsipObject => unit as PjsipObject;
const none = (): boolean => false;
const first = (): number => 0;
const ofType =
  (...types: PjsipObjectType[]) =>
  (object: PjsipObject): boolean =>
    types.includes(object.type);

/** The checks in the order a from-scratch run reports them; 'transports' and 'registrations' read every such object and run each time. */
const PHASES: readonly (UnitPhase | 'transports' | 'registrations')[] = [
  { units: (model) => model.untyped, accepts: none, rank: first, pure: true, check: (out, unit) => checkUntyped(out, unit as UntypedSection) },
  { units: (model) => model.duplicates, accepts: none, rank: first, pure: true, check: (out, unit) => checkDuplicate(out, asObject(unit)) },
  {
    units: (model) => [...model.objects, ...model.duplicates],
    accepts: () => true,
    // The objects first, then the duplicates.
    rank: (unit, model) => (model.get(asObject(unit).type, asObject(unit).name) === unit ? 0 : 1),
    pure: true,
    check: (out, unit) => checkLines(out, asObject(unit).type, ownerText(asObject(unit)), unit.lines),
  },
  {
    units: (model) => model.templates,
    accepts: none,
    rank: first,
    pure: true,
    check: (out, unit) => {
      const template = unit as PjsipTemplate;
      if (template.type) checkLines(out, template.type, `template ${quote(template.section.name)}`, template.lines);
    },
  },
  {
    units: (model) => model.ofType('endpoint'),
    accepts: ofType('endpoint'),
    rank: first,
    pure: true,
    check: (out, unit) => {
      for (const pair of endpointPairProblems(unit.lines)) {
        const entry = pair.line.source.entry;
        if (entry) out.atValue('pjsip-value-out-of-range', entry, `${pair.text} (endpoint ${quote(asObject(unit).name)})`);
      }
    },
  },
  // Whether a name exists, and as which types, changes only with a rebuild: per object.
  { units: (model) => model.objects, accepts: () => true, rank: first, pure: true, check: (out, unit, run) => {
    for (const reference of run.model.referencesFrom(asObject(unit))) checkReference(out, run.model, reference);
  } },
  {
    units: (model) => [...model.ofType('auth'), ...model.ofType('registration'), ...model.ofType('identify')],
    accepts: ofType('auth', 'registration', 'identify'),
    rank: (unit) => REQUIRED_RANK[asObject(unit).type] ?? 0,
    pure: true,
    check: (out, unit) => checkRequired(out, asObject(unit)),
  },
  { units: (model) => model.ofType('auth'), accepts: ofType('auth'), rank: first, pure: false, check: (out, unit, run) => checkPassword(out, run.model, asObject(unit)) },
  'transports',
  {
    units: (model) => model.ofType('system'),
    accepts: ofType('system'),
    rank: first,
    pure: true,
    check: (out, unit) => {
      for (const problem of systemTimerProblems(asObject(unit))) if (problem.line.source.entry) out.atValue('pjsip-timer-too-low', problem.line.source.entry, problem.text);
    },
  },
  { units: (model) => model.ofType('aor'), accepts: ofType('aor'), rank: first, pure: false, check: (out, unit, run) => checkAorReach(out, run.model, asObject(unit)) },
  'registrations',
  { units: (model) => model.ofType('auth'), accepts: ofType('auth'), rank: first, pure: false, check: (out, unit, run) => checkAuthBothWays(out, run.model, asObject(unit)) },
  {
    units: (model) => model.ofType('endpoint'),
    accepts: ofType('endpoint'),
    rank: first,
    pure: false,
    readsRegistrations: true,
    check: (out, unit, run) => checkEndpoint(out, run.model, asObject(unit), run.registrations, run.dialplan),
  },
];

/** A unit with issues, in its phase's order. */
interface Found {
  readonly unit: Unit;
  readonly rank: number;
  readonly order: number;
  readonly issues: readonly PjsipIssue[];
}

/** What one validation of a model left for the next version's. */
interface CheckState {
  readonly dialplan: DialplanIndex | undefined;
  /** The include tree's documents and their shiftCounts: the cached issues name lines of that version. */
  readonly documents: readonly { readonly uri: string; readonly document: ConfigDocument; readonly shiftCount: number }[];
  /** Per unit phase, the units with issues in order. */
  readonly found: readonly (readonly Found[])[];
  readonly registrations: string;
  readonly issues: readonly PjsipIssue[];
}

/** What changed between an earlier validated version and this one. */
interface Since {
  readonly state: CheckState;
  readonly dirty: ReadonlySet<string>;
  readonly gone: ReadonlySet<Unit>;
  readonly came: readonly PjsipObject[];
  /** The line-moving edits since, per file (Enter, a line deleted): the kept issues move with their lines. */
  readonly moves: ReadonlyMap<string, readonly LineDelta[]>;
}

const states = new WeakMap<PjsipModel, CheckState>();
/** How far back a version may be for its lists to be taken over. */
const MAX_CHAIN = 32;

function documentsOf(model: PjsipModel): CheckState['documents'] {
  return model.base.files.map((file) => ({ uri: file.uri, document: file.document, shiftCount: file.document.shiftCount }));
}

/** The line moves since `state` in each file, when the files are the same; undefined: not known. */
function movesSince(state: CheckState, model: PjsipModel): Map<string, readonly LineDelta[]> | undefined {
  const files = model.base.files;
  if (files.length !== state.documents.length) return undefined;
  const moves = new Map<string, readonly LineDelta[]>();
  for (let index = 0; index < files.length; index++) {
    const then = state.documents[index];
    if (files[index].document !== then.document || files[index].uri !== then.uri) return undefined;
    const shifts = then.document.shiftsSince(then.shiftCount);
    if (!shifts) return undefined;
    if (shifts.length) moves.set(then.uri, shifts);
  }
  return moves;
}

/** The state of an earlier version this model was patched from, with what changed since (undefined: start over). */
function earlierState(model: PjsipModel, dialplan: DialplanIndex | undefined): Since | undefined {
  const dirty = new Set<string>();
  const gone = new Set<Unit>();
  const came: PjsipObject[] = [];
  let current = model;
  for (let depth = 0; depth < MAX_CHAIN; depth++) {
    const patch = pjsipPatchOf(current);
    if (!patch) return undefined;
    for (const key of patch.dirty) dirty.add(key);
    for (const [old, object] of patch.replaced) {
      gone.add(old);
      came.push(object);
    }
    current = patch.previous;
    const state = states.get(current);
    if (!state) continue;
    const moves = state.dialplan === dialplan ? movesSince(state, model) : undefined;
    return moves ? { state, dirty, gone, came, moves } : undefined;
  }
  return undefined;
}

/**
 * Every pjsip issue of the model, in a stable order (by check, then file order). `dialplan`: the
 * extensions.conf of the same folder, for the checks that ask what a context can dial.
 *
 * Incremental: a model patched from a validated one (patchPjsip.ts) takes over its per-unit results
 * (moved with their lines when lines came or went) and runs again only the units of the rebuilt objects,
 * and of the objects they name or are named by for the checks that read those; the checks over every
 * registration or transport run each time. The result is the same as a run from scratch (a property test
 * holds it).
 */
export function validatePjsip(model: PjsipModel, dialplan?: DialplanIndex): PjsipIssue[] {
  const own = states.get(model);
  if (own && own.dialplan === dialplan && movesSince(own, model)?.size === 0) return own.issues.slice();
  const since = own ? undefined : earlierState(model, dialplan);
  return (since && validateFrom(model, dialplan, since)) ?? validateFrom(model, dialplan, undefined)!;
}

/** The validation taking over `since` (undefined: from scratch); undefined when a kept issue's line is gone. */
function validateFrom(model: PjsipModel, dialplan: DialplanIndex | undefined, since: Since | undefined): PjsipIssue[] | undefined {
  const transports = new Collector();
  checkTransports(transports, model);
  const everyRegistration = new Collector();
  const registrations = checkRegistrations(everyRegistration, model);
  const run: RunContext = { model, dialplan, registrations };
  const found: (readonly Found[])[] = [];
  const lists: (readonly PjsipIssue[])[] = [];
  for (const entry of PHASES) {
    if (entry === 'transports' || entry === 'registrations') {
      lists.push(entry === 'transports' ? transports.issues : everyRegistration.issues);
      continue;
    }
    const before = since?.state.found[found.length];
    const rerunAll = !!since && entry.readsRegistrations === true && registrations.signature !== since.state.registrations;
    const list = before && since && !rerunAll ? updatePhase(entry, before, since, run) : freshPhase(entry, run);
    if (!list) return undefined;
    found.push(list);
    for (const item of list) lists.push(item.issues);
  }
  // Repeats (a template line every heir reports) are reported once, where first found.
  const seen = new Set<string>();
  const issues: PjsipIssue[] = [];
  for (const list of lists) {
    for (const issue of list) {
      const key = `${issue.rule}\u0000${issue.uri}\u0000${issue.line}\u0000${issue.span.start}`;
      if (seen.has(key)) continue;
      seen.add(key);
      issues.push(issue);
    }
  }
  states.set(model, { dialplan, documents: documentsOf(model), found, registrations: registrations.signature, issues });
  return issues.slice();
}

/** `found` with its issues moved along `moves`; undefined when one sat on a line that is gone. */
function moved(found: readonly Found[], moves: ReadonlyMap<string, readonly LineDelta[]>): Found[] | undefined {
  const result: Found[] = [];
  for (const item of found) {
    let issues: PjsipIssue[] | undefined;
    for (let index = 0; index < item.issues.length; index++) {
      const issue = item.issues[index];
      const shifts = moves.get(issue.uri);
      const line = shifts ? mapLine(issue.line, shifts) : issue.line;
      if (line === undefined) return undefined;
      if (line === issue.line && !issues) continue;
      issues ??= item.issues.slice(0, index);
      issues.push(line === issue.line ? issue : { ...issue, line });
    }
    result.push(issues ? { ...item, issues } : item);
  }
  return result;
}

function runUnit(entry: UnitPhase, unit: Unit, run: RunContext): Found | undefined {
  const out = new Collector();
  entry.check(out, unit, run);
  return out.issues.length ? { unit, rank: entry.rank(unit, run.model), order: unit.section.order, issues: out.issues } : undefined;
}

function freshPhase(entry: UnitPhase, run: RunContext): Found[] {
  const list: Found[] = [];
  for (const unit of entry.units(run.model)) {
    const item = runUnit(entry, unit, run);
    if (item) list.push(item);
  }
  return list;
}

/** The earlier list without the units that changed (or read what changed), with theirs run again, in order; undefined: start over. */
function updatePhase(entry: UnitPhase, before: readonly Found[], since: Since, run: RunContext): readonly Found[] | undefined {
  const rerun = new Set<PjsipObject>();
  for (const object of since.came) if (run.model.get(object.type, object.name) === object && entry.accepts(object)) rerun.add(object);
  if (!entry.pure) {
    for (const key of since.dirty) {
      const { type, name } = keyParts(key);
      const object = run.model.get(type, name);
      if (object && entry.accepts(object)) rerun.add(object);
    }
  }
  const added: Found[] = [];
  for (const unit of rerun) {
    const item = runUnit(entry, unit, run);
    if (item) added.push(item);
  }
  const left = before.filter((item) => !since.gone.has(item.unit) && !rerun.has(item.unit as PjsipObject));
  const kept = since.moves.size ? moved(left, since.moves) : left;
  if (!kept) return undefined;
  if (!added.length) return kept.length === before.length && !since.moves.size ? before : kept;
  // Units of one phase are ordered by rank, then file order: the merge keeps the earlier list's order.
  return [...kept, ...added].sort((a, b) => a.rank - b.rank || a.order - b.order);
}
