/**
 * Which way calls and challenges go for a pjsip endpoint or registration, seen from Asterisk's side
 * (pjsip-facts.md §2): how a call to us is matched and challenged and where it lands; how we call the
 * endpoint and what we answer its challenges with; what a registration signs in as and where the calls
 * that come back land. Structured data plus one plain-text renderer. Names and user names only: no
 * option flagged secret in the catalog is ever read here.
 */
import { linesOf, valueOf, type PjsipModel, type PjsipObject } from './model';
import { refusedForItsLines } from './objectChecks';
import { isPjsipSecret } from './options';
import { parseCount } from './values';
import { escapeProse, inlineCode } from '../../features/markdown';

/** Asterisk's own defaults (code defaults in the catalog; observed in `pjsip show endpoint`). */
const DEFAULT_IDENTIFY_BY = ['username', 'ip'];
const DEFAULT_CONTEXT = 'default';

export type Arrow = '⇐' | '⇒' | '⇄';

export interface AuthUse {
  /** The auth object's name. */
  readonly name: string;
  /** Its `username`, when it exists and has one. */
  readonly username?: string;
  readonly exists: boolean;
  /**
   * It exists in the file, but Asterisk refuses it (an error in its lines): the object naming it loads
   * all the same and finds no auth (observed: test/fixtures/pjsip-oracle/refused-references).
   */
  readonly refused: boolean;
}

export interface AorReach {
  readonly name: string;
  readonly exists: boolean;
  /** It exists in the file, but Asterisk refuses it (an error in its lines): the endpoint loads without it. */
  readonly refused: boolean;
  /** Static `contact=` URIs. */
  readonly contacts: readonly string[];
  /** How many devices may register to it (0: none). */
  readonly maxContacts: number;
}

export interface EndpointDirection {
  readonly endpoint: string;
  readonly arrow?: Arrow;
  readonly inbound: {
    /** `identify_by` in effect, in order. */
    readonly identifyBy: readonly string[];
    /** The endpoint's name when a From user equal to it matches. */
    readonly byUsername?: string;
    /** Auth user names that match with `auth_username`. */
    readonly byAuthUsername: readonly string[];
    /** Registrations with `line=yes` and `endpoint=` this endpoint: the provider's calls come back on that line. */
    readonly byLine: readonly string[];
    /**
     * Identify objects that point at the endpoint: their `match` lines and `match_header` (`header`).
     * Asterisk 22 uses them whatever identify_by says (observed).
     */
    readonly identifies: readonly { readonly name: string; readonly match: readonly string[]; readonly header?: readonly string[] }[];
    /** The auth objects whose credentials Asterisk demands; empty: calls are not challenged. */
    readonly challengedWith: readonly AuthUse[];
    /** Matched by address and not challenged: let in without a password. */
    readonly letInByAddress: boolean;
    readonly context: { readonly value: string; readonly from: 'own' | 'template' | 'default' };
  };
  readonly outbound: {
    readonly aors: readonly AorReach[];
    /** What Asterisk answers the endpoint's challenges with. */
    readonly answersWith: readonly AuthUse[];
    /** Registrations that sign in for this endpoint (`endpoint=` with `line`). */
    readonly registrations: readonly string[];
  };
}

export interface RegistrationDirection {
  readonly registration: string;
  readonly serverUri?: string;
  readonly clientUri?: string;
  readonly answersWith: readonly AuthUse[];
  /** The endpoint that takes the calls coming back, and how it is found. */
  /**
   * `unresolved`: the server is named by a host name we cannot resolve (no DNS in the service); the
   * provider's endpoint (same name, or the same outbound_auth) has an identify by address, taken as the one.
   */
  readonly callsLandAt?: { readonly endpoint: string; readonly by: 'line' | 'identify'; readonly unresolved?: string };
}

function listOf(value: string | undefined): string[] {
  return (value ?? '').split(',').map((part) => part.trim()).filter(Boolean);
}

function authUse(model: PjsipModel, name: string): AuthUse {
  const auth = model.get('auth', name);
  // `username` is not a secret; the guard keeps it that way should the catalog ever say otherwise.
  const username = auth && !isPjsipSecret('auth', 'username') ? valueOf(auth, 'username') : undefined;
  const refused = !!auth && refusedForItsLines(auth);
  return username ? { name, username, exists: !!auth, refused } : { name, exists: !!auth, refused };
}

export function endpointDirection(model: PjsipModel, endpoint: PjsipObject): EndpointDirection {
  const identifyByLine = valueOf(endpoint, 'identify_by');
  const identifyBy = identifyByLine === undefined ? DEFAULT_IDENTIFY_BY : listOf(identifyByLine);
  const inboundAuths = listOf(valueOf(endpoint, 'auth')).map((name) => authUse(model, name));
  // Observed on Asterisk 22 (run.sh 22, a REGISTER sent to itself): an identify's `match` and
  // `match_header` find its endpoint whatever the endpoint's identify_by says (username, ip or header:
  // matched each time), so every identify naming the endpoint counts.
  const identifies = model
    .referencesTo(endpoint)
    .filter((reference) => reference.from.type === 'identify' && reference.option === 'endpoint')
    .map((reference) => {
      const header = linesOf(reference.from, 'match_header').map((line) => line.value.trim()).filter(Boolean);
      const match = linesOf(reference.from, 'match').flatMap((line) => listOf(line.value));
      return header.length ? { name: reference.from.name, match, header } : { name: reference.from.name, match };
    });
  const contextLines = linesOf(endpoint, 'context');
  const contextLine = contextLines[contextLines.length - 1];
  const context = contextLine
    ? { value: contextLine.value, from: contextLine.source.kind === 'template' ? ('template' as const) : ('own' as const) }
    : { value: DEFAULT_CONTEXT, from: 'default' as const };
  const aors: AorReach[] = listOf(valueOf(endpoint, 'aors')).map((name) => {
    const aor = model.get('aor', name);
    const max = aor ? parseCount(valueOf(aor, 'max_contacts')) ?? 0 : 0;
    return {
      name,
      exists: !!aor,
      refused: !!aor && refusedForItsLines(aor),
      contacts: aor ? linesOf(aor, 'contact').flatMap((line) => listOf(line.value)) : [],
      maxContacts: max,
    };
  });
  const registrations = model
    .referencesTo(endpoint)
    .filter((reference) => reference.from.type === 'registration' && reference.option === 'endpoint')
    .map((reference) => reference.from.name);
  // res_pjsip_outbound_registration's `line` identifier runs whatever identify_by says.
  const byLine = registrations.filter((name) => {
    const registration = model.get('registration', name);
    return registration !== undefined && /^(yes|true|y|t|1|on)$/i.test((valueOf(registration, 'line') ?? '').trim());
  });
  const byUsername = identifyBy.includes('username') ? endpoint.name : undefined;
  const byAuthUsername = identifyBy.includes('auth_username') ? inboundAuths.flatMap((auth) => (auth.username ? [auth.username] : [])) : [];
  const reachable = aors.some((aor) => !aor.refused && (aor.contacts.length > 0 || aor.maxContacts > 0));
  // An auth= naming a refused auth: Asterisk answers every request matched to the endpoint with 500
  // (it cannot challenge it), so nothing calls us through it (observed: refused-references).
  const inboundRefused = inboundAuths.some((auth) => auth.refused);
  const matchable = !inboundRefused && (byUsername !== undefined || byAuthUsername.length > 0 || identifies.length > 0 || byLine.length > 0);
  const arrow: Arrow | undefined = reachable && matchable ? '⇄' : reachable ? '⇒' : matchable ? '⇐' : undefined;
  return {
    endpoint: endpoint.name,
    ...(arrow ? { arrow } : {}),
    inbound: {
      identifyBy,
      ...(byUsername !== undefined ? { byUsername } : {}),
      byAuthUsername,
      byLine,
      identifies,
      challengedWith: inboundAuths,
      letInByAddress: identifies.some((identify) => identify.match.length > 0) && inboundAuths.length === 0,
      context,
    },
    outbound: { aors, answersWith: listOf(valueOf(endpoint, 'outbound_auth')).map((name) => authUse(model, name)), registrations },
  };
}

/** The host part of a SIP URI (`sip:user@host:port;params` → host), lower case. */
export function uriHost(uri: string): string | undefined {
  const match = /^\s*<?\s*sips?:(?:[^@;>]*@)?(\[[^\]]+\]|[^:;>\s]+)/i.exec(uri);
  return match ? match[1].replace(/^\[|\]$/g, '').toLowerCase() : undefined;
}

/** Whether an identify `match` entry (address, `addr[:port][/mask]`, host name; `!` excludes) covers `host`. */
function matchCovers(entry: string, host: string): boolean {
  // A port (`192.0.2.1:5070`, `[2001:db8::1]:5070`) narrows the match; the host is what is compared here.
  const withoutPort = entry.replace(/^(!?)(\[[^\]]+\]|[^:/[\]]+):\d+(?=\/|$)/, '$1$2');
  const address = withoutPort.replace(/^!/, '').split('/')[0].replace(/^\[|\]$/g, '').toLowerCase();
  if (entry.startsWith('!')) return false;
  if (address === host) return true;
  const [net, bits] = withoutPort.split('/');
  const hostParts = host.split('.').map(Number);
  const netParts = net.split('.').map(Number);
  if (bits === undefined || hostParts.length !== 4 || netParts.length !== 4 || [...hostParts, ...netParts].some((part) => !Number.isInteger(part))) return false;
  const prefix = Number(bits);
  if (!Number.isInteger(prefix) || prefix < 0 || prefix > 32) return false;
  const toInt = (parts: number[]): number => ((parts[0] << 24) | (parts[1] << 16) | (parts[2] << 8) | parts[3]) >>> 0;
  const mask = prefix === 0 ? 0 : (0xffffffff << (32 - prefix)) >>> 0;
  return (toInt(hostParts) & mask) === (toInt(netParts) & mask);
}

/** The endpoint whose identify covers the host of `uri`, if any (literal addresses and names only: no DNS). */
export function endpointIdentifiedFor(model: PjsipModel, uri: string): PjsipObject | undefined {
  const host = uriHost(uri);
  if (!host) return undefined;
  for (const identify of model.ofType('identify')) {
    const covers = linesOf(identify, 'match').some((line) => listOf(line.value).some((entry) => matchCovers(entry, host)));
    const target = covers ? valueOf(identify, 'endpoint') : undefined;
    const endpoint = target ? model.get('endpoint', target.trim()) : undefined;
    if (endpoint) return endpoint;
  }
  return undefined;
}

const isAddressLiteral = (host: string): boolean => /^\d+\.\d+\.\d+\.\d+$/.test(host) || host.includes(':');

/**
 * The provider endpoint of a registration whose server is a host name: the endpoint of the same name or
 * with one of the registration's outbound_auth, when an identify matches it by address. Whether the name
 * resolves into those addresses is for DNS to say; the usual setup (server_uri by name, identify by the
 * provider's published addresses) is not reported as unmatched.
 */
function providerIdentifiedByAddress(model: PjsipModel, registration: PjsipObject): PjsipObject | undefined {
  const auths = new Set(listOf(valueOf(registration, 'outbound_auth')));
  return model.findOfType('endpoint', (endpoint) => {
    const related = endpoint.name === registration.name || listOf(valueOf(endpoint, 'outbound_auth')).some((name) => auths.has(name));
    return related && endpointDirection(model, endpoint).inbound.identifies.some((identify) => identify.match.length > 0);
  });
}

export function registrationDirection(model: PjsipModel, registration: PjsipObject): RegistrationDirection {
  const serverUri = valueOf(registration, 'server_uri');
  const clientUri = valueOf(registration, 'client_uri');
  const line = /^(yes|true|y|t|1|on)$/i.test((valueOf(registration, 'line') ?? '').trim());
  const lineEndpoint = line ? model.get('endpoint', (valueOf(registration, 'endpoint') ?? '').trim()) : undefined;
  const identified = !lineEndpoint && serverUri ? endpointIdentifiedFor(model, serverUri) : undefined;
  const host = serverUri ? uriHost(serverUri) : undefined;
  const byName = !lineEndpoint && !identified && host && !isAddressLiteral(host) ? providerIdentifiedByAddress(model, registration) : undefined;
  const callsLandAt = lineEndpoint
    ? { endpoint: lineEndpoint.name, by: 'line' as const }
    : identified
      ? { endpoint: identified.name, by: 'identify' as const }
      : byName && host
        ? { endpoint: byName.name, by: 'identify' as const, unresolved: host }
        : undefined;
  return {
    registration: registration.name,
    ...(serverUri ? { serverUri } : {}),
    ...(clientUri ? { clientUri } : {}),
    answersWith: listOf(valueOf(registration, 'outbound_auth')).map((name) => authUse(model, name)),
    ...(callsLandAt ? { callsLandAt } : {}),
  };
}

const ARROW_WORDS: Readonly<Record<Arrow, string>> = { '⇐': '⇐ calls us', '⇒': '⇒ we call', '⇄': '⇄ both' };

function authText(auths: readonly AuthUse[]): string {
  return auths
    .map((auth) => {
      if (!auth.exists) return `auth ${inlineCode(auth.name)} (missing)`;
      if (auth.refused) return `auth ${inlineCode(auth.name)} (refused by Asterisk: an error in it)`;
      return `auth ${inlineCode(auth.name)}${auth.username ? ` (user ${inlineCode(auth.username)})` : ''}`;
    })
    .join(', ');
}

/** The outbound_auth lines: the auths we answer with, then those Asterisk refused (it finds no such auth when challenged). */
function answerLines(auths: readonly AuthUse[], answering: string): string[] {
  const usable = auths.filter((auth) => !auth.refused);
  const refused = auths.filter((auth) => auth.refused);
  const lines = usable.length ? [`⇒ ${answering} ${authText(usable)}`] : [];
  if (refused.length) lines.push(`⇒ ${authText(refused)}: a challenge finds no such auth to answer with`);
  return lines;
}

/** Short markdown lines for a hover or the CLI's explain. */
export function renderEndpointDirection(direction: EndpointDirection): string {
  const { inbound, outbound } = direction;
  const lines = [`**endpoint ${inlineCode(direction.endpoint)}** ${direction.arrow ? ARROW_WORDS[direction.arrow] : '— no way in or out'}`];
  const matched: string[] = [];
  if (inbound.byUsername !== undefined) matched.push(`From user ${inlineCode(inbound.byUsername)}`);
  if (inbound.byAuthUsername.length) matched.push(`auth user ${inbound.byAuthUsername.map(inlineCode).join(', ')}`);
  for (const identify of inbound.identifies) {
    const what = [...identify.match.map(escapeProse), ...(identify.header ?? []).map((header) => `header ${inlineCode(header)}`)];
    matched.push(`identify ${inlineCode(identify.name)} (${what.length ? what.join(', ') : 'no match'})`);
  }
  for (const registration of inbound.byLine) matched.push(`the line of registration ${inlineCode(registration)}`);
  lines.push(`⇐ calls us: matched by ${matched.length ? matched.join(' or ') : 'nothing'}`);
  const refusedAuths = inbound.challengedWith.filter((auth) => auth.refused);
  if (refusedAuths.length) lines.push(`⇐ every request from it is refused (500): Asterisk cannot challenge with ${authText(refusedAuths)}`);
  else if (inbound.challengedWith.length) lines.push(`⇐ challenged: ${authText(inbound.challengedWith)}`);
  else if (inbound.letInByAddress) lines.push('⇐ let in by address, no password asked');
  else if (inbound.byLine.length) lines.push('⇐ let in by its line, no password asked');
  else if (inbound.identifies.some((identify) => identify.header?.length)) lines.push('⇐ let in by a header, no password asked');
  else lines.push('⇐ not challenged (no `auth`)');
  lines.push(`⇐ lands in context ${inlineCode(inbound.context.value)}${inbound.context.from === 'default' ? ' (default)' : inbound.context.from === 'template' ? ' (from a template)' : ''}`);
  if (!outbound.aors.length) lines.push('⇒ we never call it (no `aors`)');
  for (const aor of outbound.aors) {
    if (!aor.exists) lines.push(`⇒ aor ${inlineCode(aor.name)} is missing: nothing to call`);
    else if (aor.refused) lines.push(`⇒ aor ${inlineCode(aor.name)} is refused by Asterisk (an error in it): nothing to call through it`);
    else {
      const ways: string[] = [];
      if (aor.contacts.length) ways.push(`we call ${aor.contacts.map(inlineCode).join(', ')}`);
      if (aor.maxContacts > 0) ways.push(`up to ${aor.maxContacts} registered device${aor.maxContacts === 1 ? '' : 's'}`);
      lines.push(`⇒ aor ${inlineCode(aor.name)}: ${ways.length ? ways.join('; ') : 'no contact and max_contacts=0: never reachable'}`);
    }
  }
  lines.push(...answerLines(outbound.answersWith, 'we answer its challenges with'));
  for (const registration of outbound.registrations) lines.push(`⇒ we register to it: registration ${inlineCode(registration)}`);
  return lines.join('\n');
}

export function renderRegistrationDirection(direction: RegistrationDirection): string {
  const lines = [`**registration ${inlineCode(direction.registration)}** ⇒ we register to ${direction.serverUri ? inlineCode(direction.serverUri) : '(no server_uri)'}`];
  lines.push(`⇒ as ${direction.clientUri ? inlineCode(direction.clientUri) : '(no client_uri)'}`);
  const answers = answerLines(direction.answersWith, 'answering its challenges with');
  lines.push(...(answers.length ? answers : ['⇒ no `outbound_auth`: a challenge fails']));
  if (direction.callsLandAt) {
    const { endpoint, by, unresolved } = direction.callsLandAt;
    const how = by === 'line' ? '`line` + `endpoint`' : unresolved ? `its identify, if ${inlineCode(unresolved)} resolves to an address it matches` : 'its identify';
    lines.push(`⇐ its calls land at endpoint ${inlineCode(endpoint)} (by ${how})`);
  }
  else lines.push('⇐ no endpoint matches the calls it sends back');
  return lines.join('\n');
}
