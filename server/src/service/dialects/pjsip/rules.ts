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
import type { Severity, Span } from '../../parser/nodes';
import { dialOutFrom, type DialplanIndex } from '../../model/dialplan';
import type { Entry, Section } from '../../model/types';
import { chanSipAdvice, chanSipTypeValues } from './chanSipKeys';
import { endpointDirection, registrationDirection } from './direction';
import { lastLine, valueOf, type PjsipLine, type PjsipModel, type PjsipObject, type PjsipReference } from './model';
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

class Collector {
  readonly issues: PjsipIssue[] = [];
  private readonly seen = new Set<string>();

  add(id: PjsipRuleId, uri: string, line: number, span: Span, text: string, candidates?: readonly string[]): void {
    const key = `${id}\u0000${uri}\u0000${line}\u0000${span.start}`;
    if (this.seen.has(key)) return;
    this.seen.add(key);
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

function checkTypes(out: Collector, model: PjsipModel): void {
  const typeNames = pjsipObjectTypes.filter((type) => type.fromFile).map((type) => type.name);
  for (const untyped of model.untyped) {
    const { section, typeLine } = untyped;
    if (untyped.reason === 'missing') {
      out.atHeader('pjsip-missing-type', section, `[${section.name}] has no type=: Asterisk makes no object of it and says nothing. Add type=endpoint, aor, auth, identify ...`);
      continue;
    }
    const entry = typeLine?.source.entry;
    if (!typeLine || !entry) continue;
    const value = typeLine.value.trim();
    if (untyped.reason === 'not-from-file') {
      out.atValue('pjsip-type-not-from-file', entry, `Asterisk keeps ${value} objects itself and does not load [${section.name}] from pjsip.conf.`);
      continue;
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
  for (const duplicate of model.duplicates) {
    out.atHeader(
      'pjsip-duplicate-object',
      duplicate.section,
      `A second ${duplicate.type} named ${quote(duplicate.name)}: Asterisk then loads no ${duplicate.type} at all from pjsip.conf. Rename it, or use [${duplicate.name}](+) to add to the first.`,
    );
  }
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

function checkRequired(out: Collector, model: PjsipModel): void {
  for (const auth of model.ofType('auth')) {
    const authType = (valueOf(auth, 'auth_type') ?? 'userpass').trim().toLowerCase();
    if (authType === 'google_oauth') continue;
    if (!filled(auth, 'username')) out.atHeader('pjsip-auth-without-username', auth.section, `auth ${quote(auth.name)} has no username.`);
    if (authType === 'md5' && !filled(auth, 'md5_cred')) out.atHeader('pjsip-auth-without-password', auth.section, `auth ${quote(auth.name)} has auth_type=md5 but no md5_cred.`);
    if ((authType === 'userpass' || authType === 'digest') && !filled(auth, 'password') && !filled(auth, 'password_digest')) {
      out.atHeader('pjsip-auth-without-password', auth.section, `auth ${quote(auth.name)} has no password (auth_type=${authType}).`);
    }
  }
  for (const registration of model.ofType('registration')) {
    const missing = ['server_uri', 'client_uri'].filter((name) => !filled(registration, name));
    if (missing.length) out.atHeader('pjsip-registration-without-uri', registration.section, `registration ${quote(registration.name)} has no ${missing.join(' and no ')}.`);
  }
  for (const identify of model.ofType('identify')) {
    // One issue per identify (both problems share the header's range): say everything that is missing.
    const problems: string[] = [];
    if (!['match', 'match_header', 'match_request_uri'].some((name) => filled(identify, name))) problems.push('matches nothing (give it match= with addresses, or match_header=)');
    if (!filled(identify, 'endpoint')) problems.push('names no endpoint');
    if (problems.length) out.atHeader('pjsip-identify-incomplete', identify.section, `identify ${quote(identify.name)} ${problems.join(' and ')}.`);
  }
}

/**
 * Weak passwords, judged as chan_sip's secrets are (features/rules/weakSecret.ts): never equal to the
 * auth's name, its username or the name of an object that uses it. The message says why, never what.
 */
function checkPasswords(out: Collector, model: PjsipModel): void {
  for (const auth of model.ofType('auth')) {
    const authType = (valueOf(auth, 'auth_type') ?? 'userpass').trim().toLowerCase();
    if (authType !== 'userpass' && authType !== 'digest') continue;
    const line = lastLine(auth.lines, 'password');
    const entry = line?.source.entry;
    // An empty password is pjsip-auth-without-password's (unless password_digest stands in).
    if (!line || !entry || line.value === '') continue;
    const users = model.referencesTo(auth);
    const reason = weakSecretReason(line.value, [auth.name, valueOf(auth, 'username') ?? '', ...users.map((reference) => reference.from.name)]);
    if (!reason) continue;
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

function checkDirections(out: Collector, model: PjsipModel, dialplan: DialplanIndex | undefined): void {
  const unreachable = (name: string): boolean => {
    const aor = model.get('aor', name);
    return !!aor && !filled(aor, 'contact') && !((parseCount(valueOf(aor, 'max_contacts')) ?? 0) > 0);
  };
  for (const aor of model.ofType('aor')) {
    if (!unreachable(aor.name) || refusedForItsLines(aor)) continue;
    const users = model.referencesTo(aor).map((reference) => reference.from.name);
    out.atHeader(
      'pjsip-aor-unreachable',
      aor.section,
      `aor ${quote(aor.name)} has max_contacts=0 and no contact: no device can register to it and Asterisk has nothing to call${users.length ? ` for ${users.map(quote).join(', ')}` : ''}.`,
    );
  }
  // Auths we answer with when we register: an endpoint that challenges with one of them is the provider.
  const registrationAuths = new Map<string, string>();
  const registeredTo = new Map<PjsipObject, string>();
  for (const registration of model.ofType('registration')) {
    for (const name of (valueOf(registration, 'outbound_auth') ?? '').split(',').map((part) => part.trim()).filter(Boolean)) registrationAuths.set(name, registration.name);
    const direction = registrationDirection(model, registration);
    const endpoint = direction.callsLandAt && model.get('endpoint', direction.callsLandAt.endpoint);
    if (endpoint) registeredTo.set(endpoint, registration.name);
    if (direction.serverUri && !direction.callsLandAt) {
      out.atHeader(
        'pjsip-registration-calls-unmatched',
        registration.section,
        `Calls the server of registration ${quote(registration.name)} sends back match no endpoint: no identify matches the host of its server_uri, and it has no line=yes with endpoint=. Asterisk rejects them (or gives them to an anonymous endpoint).`,
      );
    }
  }
  const inbound = new Map<string, PjsipReference>();
  const outbound = new Map<string, PjsipReference>();
  for (const reference of model.references) {
    if (reference.targetType !== 'auth' || !reference.target) continue;
    (reference.option === 'auth' ? inbound : outbound).set(reference.name, reference);
  }
  for (const [name, reference] of inbound) {
    const other = outbound.get(name);
    if (!other || !reference.target) continue;
    out.atHeader(
      'pjsip-auth-both-ways',
      reference.target.section,
      `auth ${quote(name)} challenges callers (auth= of ${reference.from.type} ${quote(reference.from.name)}) and answers challenges (outbound_auth= of ${other.from.type} ${quote(other.from.name)}). Use two auth objects, one per direction.`,
    );
  }
  for (const endpoint of model.ofType('endpoint')) {
    const direction = endpointDirection(model, endpoint);
    if (!filled(endpoint, 'aors')) {
      out.atHeader('pjsip-endpoint-without-aors', endpoint.section, `endpoint ${quote(endpoint.name)} has no aors: it can call us, but Asterisk can never call it.`);
    }
    const authLine = lastLine(endpoint.lines, 'auth');
    const authEntry = authLine?.source.entry;
    if (authEntry && !filled(endpoint, 'outbound_auth')) {
      const names = direction.inbound.challengedWith.map((auth) => auth.name);
      const viaRegistration = names.map((name) => registrationAuths.get(name)).find(Boolean) ?? registeredTo.get(endpoint);
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
 * Every pjsip issue of the model, in a stable order (by rule group, then file order). `dialplan`: the
 * extensions.conf of the same folder, for the checks that ask what a context can dial.
 */
export function validatePjsip(model: PjsipModel, dialplan?: DialplanIndex): PjsipIssue[] {
  const out = new Collector();
  checkTypes(out, model);
  for (const object of [...model.objects, ...model.duplicates]) checkLines(out, object.type, `${object.type} ${quote(object.name)}`, object.lines);
  for (const template of model.templates) if (template.type) checkLines(out, template.type, `template ${quote(template.section.name)}`, template.lines);
  for (const endpoint of model.ofType('endpoint')) {
    for (const pair of endpointPairProblems(endpoint.lines)) {
      const entry = pair.line.source.entry;
      if (entry) out.atValue('pjsip-value-out-of-range', entry, `${pair.text} (endpoint ${quote(endpoint.name)})`);
    }
  }
  for (const reference of model.references) checkReference(out, model, reference);
  checkRequired(out, model);
  checkPasswords(out, model);
  checkTransports(out, model);
  for (const system of model.ofType('system')) for (const problem of systemTimerProblems(system)) if (problem.line.source.entry) out.atValue('pjsip-timer-too-low', problem.line.source.entry, problem.text);
  checkDirections(out, model, dialplan);
  return out.issues;
}

