/**
 * Plain-words direction of an endpoint or a register statement, always told from Asterisk's side
 * (issue #4). Hover, the direction hints, the document outline and the CLI `explain` command all say
 * the same sentences, so they are written once here, from the model only.
 */
import type { FileDialect } from '../dialect';
import { combineOf, lookupOption } from '../data/catalog';
import { shownPart as maskedPart, type RegisterPart, type Span } from '../model/registerStatement';
import { readRegister, type RegisterPartName, type RegisterShown } from '../dialects/register';
import { displayValue, SECRET_MASK } from './secretMask';
import type { EffectiveValue, Endpoint, Entry, InboundAuth, InboundDirection, OutboundAuth, OutboundDirection, Provenance, RegisterStatement } from '../model/types';
import { isChannelDialect } from '../data/catalogTypes';
import { channelProfile, profileOf, type ChannelProfile, type DirectionWords } from '../dialects/channel';

/**
 * The driver's words for `dialect`. Only sip.conf and iax.conf have endpoints; for any other dialect the
 * sentences are sip.conf's without the remarks that only chan_sip makes, so every function stays total.
 */
function wordsOf(dialect: FileDialect): DirectionWords {
  return channelProfile(dialect)?.direction ?? NO_DRIVER;
}

const NO_DRIVER: DirectionWords = { ...profileOf('sip').direction, addressMatched: false, remotesecretAnswers: false, md5secretPrecedes: false };

// Masking lives in secretMask.ts; these names stay importable from here.
export { displayValue, isSecretOption, SECRET_MASK } from './secretMask';

export type DirectionLabel = '⇐ calls us' | '⇒ we call' | '⇄ both';

/** The at-a-glance label: user ⇐, peer ⇒, friend ⇄; undefined when the type is missing or invalid. */
export function directionLabel(endpoint: Endpoint): DirectionLabel | undefined {
  const { user, peer } = endpoint.bits;
  if (user && peer) return '⇄ both';
  if (user) return '⇐ calls us';
  if (peer) return '⇒ we call';
  return undefined;
}

export interface DescribeOptions {
  /** Show secrets instead of the mask (only hover honours `asterisk.hover.revealSecrets`). */
  readonly revealSecrets?: boolean;
}

export interface EndpointDescription {
  /** The whole direction in one or two sentences. */
  readonly summary: string;
  /** How calls from the endpoint come to us, or why they do not. */
  readonly inbound?: string;
  /** How we reach the endpoint, or why we cannot. */
  readonly outbound?: string;
  readonly label?: DirectionLabel;
  /** Extra remarks (a friend could be split, ...). */
  readonly notes: readonly string[];
}

/** Where an effective value came from, in words: `line 4`, `template [base] line 2`, `[general] line 3 of users.conf`. */
export function describeSource(source: Provenance, currentUri?: string): string {
  const entry = source.entry;
  const line = entry ? `line ${entry.line + 1}` : '';
  const file = entry && currentUri !== undefined && entry.uri !== currentUri ? ` of ${fileName(entry.uri)}` : '';
  switch (source.kind) {
    case 'own':
      return `${line}${file}` || 'this section';
    case 'template':
      return `template [${source.section?.name ?? '?'}]${line ? ` ${line}` : ''}${file}`;
    case 'general':
      return `[general]${line ? ` ${line}` : ''}${file}`;
    case 'default':
      return "Asterisk's default";
  }
}

export function fileName(uri: string): string {
  const slash = uri.lastIndexOf('/');
  return decodeURIComponentSafe(slash >= 0 ? uri.slice(slash + 1) : uri);
}

function decodeURIComponentSafe(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

function lastValue(endpoint: Endpoint, name: string): EffectiveValue | undefined {
  const list = endpoint.options.get(name);
  return list && list.length ? list[list.length - 1] : undefined;
}

function contextPhrase(context: EffectiveValue): string {
  switch (context.source.kind) {
    case 'default':
      return context.source.entry
        ? `context ${context.value} (Asterisk's built-in default: the context= in [general] is not read for devices)`
        : `context ${context.value} (Asterisk's built-in default: no context= is set)`;
    case 'general':
      return `context ${context.value} (from [general])`;
    case 'template':
      return `context ${context.value} (from template [${context.source.section?.name ?? '?'}])`;
    default:
      return `context ${context.value}`;
  }
}

function inboundAuthWord(auth: InboundAuth, endpoint: Endpoint): string {
  switch (auth) {
    case 'inkeys':
      return `RSA key (inkeys=${lastValue(endpoint, 'inkeys')?.value ?? ''})`;
    case 'ip-match':
      return 'source address';
    default:
      return auth;
  }
}

function describeInbound(endpoint: Endpoint, inbound: InboundDirection): string {
  const name = endpoint.section.name;
  const auth = inbound.authenticatedBy;
  const insecureNote = inbound.insecure.length ? `insecure=${inbound.insecure.join(',')}` : '';
  const into = `into ${contextPhrase(inbound.context)}`;
  if (endpoint.bits.user) {
    let how: string;
    if (auth.includes('none')) how = '(no secret is set: nobody is asked for a password)';
    else if (auth.length === 1 && auth[0] === 'ip-match') how = `(${insecureNote}: no password asked)`;
    else how = `(authenticated by ${auth.map((word) => inboundAuthWord(word, endpoint)).join(' or ')})`;
    return `Asterisk accepts calls from ${name} ${how} ${into}`;
  }
  // A sip peer with a static host: its calls are matched by the address they come from.
  const from = inbound.insecure.includes('port') ? "calls from that host's IP (any port)" : "calls from that host's IP and port";
  let how: string;
  if (inbound.insecure.includes('invite')) how = `${insecureNote}: no password asked`;
  else {
    const secrets = auth.filter((word) => word !== 'ip-match' && word !== 'none');
    how = secrets.length ? `then challenged for ${secrets.join(' or ')}` : 'no secret is set: no password asked';
    if (insecureNote) how = `${insecureNote}; ${how}`;
  }
  return `${from} are matched to this peer (${how}) and go ${into}`;
}

function outboundAuthWords(auth: readonly OutboundAuth[], endpoint: Endpoint): string | undefined {
  if (auth.includes('none')) return undefined;
  return auth.map((word) => (word === 'outkey' ? `RSA key outkey=${lastValue(endpoint, 'outkey')?.value ?? ''}` : word)).join(' and ');
}

function describeOutbound(endpoint: Endpoint, outbound: OutboundDirection, dialect: FileDialect): string {
  const name = endpoint.section.name;
  const location = outbound.location;
  if (location.kind === 'missing') {
    return `Asterisk cannot call ${name}: no host= is set (give its address, or host=dynamic to let it register)`;
  }
  const credentials = outboundAuthWords(outbound.authenticatesWith, endpoint);
  let signIn: string;
  if (outbound.signInAs) signIn = `, signing in as ${outbound.signInAs.value} (${credentials ?? 'no secret set to answer its challenges'})`;
  else signIn = credentials ? `, answering its challenges with ${credentials}` : ', with no secret to answer its challenges';
  if (location.kind === 'static') {
    const port = lastValue(endpoint, 'port')?.value;
    return `Asterisk calls ${name} at ${location.host.value}${port ? `:${port}` : ''}${signIn}`;
  }
  const defaultIp = lastValue(endpoint, 'defaultip')?.value;
  const until = defaultIp ? ` (before it registers: defaultip ${defaultIp})` : '';
  const protection = location.protectedBy.length
    ? `${location.protectedBy.join(' or ')} protects that`
    : `nothing protects that: anyone can register as ${name}`;
  const how = wordsOf(dialect).registerRequest;
  return `Asterisk calls ${name} at the address it registered from${until}${signIn}; ${name} must ${how} to us to be reachable; ${protection}`;
}

/** Why there is no inbound / outbound direction. */
function noInbound(endpoint: Endpoint, dialect: FileDialect): string {
  const name = endpoint.section.name;
  return wordsOf(dialect).noInbound(name);
}

function noOutbound(endpoint: Endpoint): string {
  return `Asterisk cannot call ${endpoint.section.name} (type=user has no location)`;
}

/** Lower-cases the leading "Asterisk" of a clause that continues a sentence. */
function continued(clause: string): string {
  return clause.startsWith('Asterisk ') ? `it ${clause.slice('Asterisk '.length)}` : clause;
}

export function describeEndpoint(endpoint: Endpoint, dialect: FileDialect, _options: DescribeOptions = {}): EndpointDescription {
  const name = endpoint.section.name;
  const { inbound, outbound } = endpoint.direction;
  const label = directionLabel(endpoint);
  if (!label) {
    const summary = endpoint.type
      ? `type=${endpoint.type.value} is not user, peer or friend: Asterisk skips [${name}]`
      : `[${name}] has no type=: Asterisk skips it (user, peer or friend is required)`;
    return { summary, notes: [] };
  }
  const inboundText = inbound ? describeInbound(endpoint, inbound) : noInbound(endpoint, dialect);
  const outboundText = outbound ? describeOutbound(endpoint, outbound, dialect) : noOutbound(endpoint);
  // Lead with the side the type is about: a user's calls, a peer's location.
  const first = endpoint.bits.user ? inboundText : outboundText;
  const second = endpoint.bits.user ? outboundText : inboundText;
  const summary = `${first}; ${continued(second)}`;
  const notes: string[] = [];
  if (label === '⇄ both') {
    notes.push('A friend is a user and a peer at once; defining a separate user and peer gives finer control over each direction.');
  }
  return { summary, inbound: inboundText, outbound: outboundText, label, notes };
}

// ---------------------------------------------------------------------------------------------------------
// register =>

export type { RegisterPartName } from '../dialects/register';

export interface RegisterPartDescription {
  readonly name: RegisterPartName;
  /** What to show for the part (secrets masked). */
  readonly text: string;
  /** Offsets into the value string (add through valueColumnAt to get columns). */
  readonly span: { readonly start: number; readonly end: number };
  readonly description: string;
}

export interface RegisterDescription {
  readonly summary: string;
  readonly parts: readonly RegisterPartDescription[];
}

/** A part as shown: the secret masked, and any other part that holds (some of) the password too. */
function shownPart(name: RegisterPartName, part: RegisterPart, hidden: readonly Span[], revealSecrets: boolean): string {
  if (revealSecrets) return part.text;
  if (name === 'secret' && part.text !== '') return SECRET_MASK;
  return maskedPart(part, hidden, SECRET_MASK);
}

/** The parser's reason, as one clause (the summaries carry no final period). */
function rejection(message: string | undefined): string {
  const why = (message ?? 'it cannot be read').replace(/\.+$/, '');
  return /drops this registration/.test(why) ? why : `Asterisk drops this registration: ${why}`;
}

/** The parts and the summary of a register line, in the words of the grammar that parsed it. */
export function describeRegister(register: RegisterStatement, _dialect: FileDialect, options: DescribeOptions = {}): RegisterDescription {
  const reveal = options.revealSecrets === true;
  const { parsed } = register;
  const reading = readRegister(parsed);
  const parts = reading.parts.map(({ name, part }): RegisterPartDescription => ({
    name,
    text: shownPart(name, part, parsed.hidden, reveal),
    span: part.span,
    description: reading.partText(name),
  }));
  const shown: RegisterShown = {
    part: (part) => (part ? shownPart('user', part, parsed.hidden, reveal) : ''),
    secret: (text) => (reveal ? text : SECRET_MASK),
  };
  const description = { summary: parsed.accepted ? reading.summary(shown) : rejection(reading.rejectedBecause), parts };
  // The parser's problem messages may quote any field: never let one carry the secret out.
  const secret = reading.secret;
  if (reveal || !secret) return description;
  return { ...description, summary: description.summary.split(secret).join(SECRET_MASK) };
}

/** The register hint / lens text: `⇒ we register to <host>`. */
export function registerLabel(register: RegisterStatement): string | undefined {
  const { parsed } = register;
  if (!parsed.accepted || !parsed.host?.text) return undefined;
  return `⇒ we register to ${maskedPart(parsed.host, parsed.hidden, SECRET_MASK)}`;
}

// ---------------------------------------------------------------------------------------------------------
// One option, for one endpoint

export interface OptionNoteOptions extends DescribeOptions {
  /** The line being described: lets the note say when a later line overrides it. */
  readonly entry?: Entry;
}

/** The value the driver uses: the last line, except IAX users that keep their first context. */
function effectiveValue(endpoint: Endpoint, name: string, profile: ChannelProfile): EffectiveValue | undefined {
  const list = endpoint.options.get(name);
  if (!list || !list.length) return undefined;
  return name === 'context' && profile.device.contextLine === 'first' ? list[0] : list[list.length - 1];
}

function unusedBecause(endpoint: Endpoint, side: 'inbound' | 'outbound'): string {
  return side === 'outbound'
    ? `type=user: Asterisk never calls [${endpoint.section.name}], so this does nothing here`
    : `type=peer: Asterisk does not take calls from [${endpoint.section.name}] by name, so this does nothing for its calls`;
}

function secretNote(endpoint: Endpoint, name: string, dialect: FileDialect): string[] {
  const n = `[${endpoint.section.name}]`;
  const { inbound, outbound } = endpoint.direction;
  const asAuth = name === 'dbsecret' ? 'secret' : name;
  const said: string[] = [];
  if (inbound && inbound.authenticatedBy.some((auth) => auth === asAuth)) said.push(`inbound: calls from ${n} must prove it`);
  else if (inbound && inbound.authenticatedBy.includes('ip-match') && inbound.insecure.includes('invite')) {
    said.push(`inbound: not asked (insecure=invite skips the password for calls from ${n})`);
  }
  if (outbound?.location.kind === 'dynamic' && outbound.location.protectedBy.some((auth) => auth === asAuth)) {
    said.push(`registrations of ${n} must prove it`);
  }
  if (outbound) {
    if (outbound.authenticatesWith.some((auth) => auth === asAuth)) said.push(`outbound: Asterisk answers ${n}'s challenges with it`);
    else if (wordsOf(dialect).remotesecretAnswers && outbound.authenticatesWith.includes('remotesecret')) said.push('outbound: not used, remotesecret is');
  } else said.push(`outbound: not used (type=user: Asterisk never calls ${n})`);
  if (wordsOf(dialect).md5secretPrecedes && name === 'secret' && lastValue(endpoint, 'md5secret')?.value) said.push('md5secret, also set, takes precedence for checking');
  return said.length ? [`For ${n}: ${said.join('; ')}.`] : [];
}

function hostNote(endpoint: Endpoint, dialect: FileDialect): string[] {
  const n = `[${endpoint.section.name}]`;
  const outbound = endpoint.direction.outbound;
  if (!outbound) return [`For ${n}: ${unusedBecause(endpoint, 'outbound')} (a user cannot register either).`];
  const location = outbound.location;
  if (location.kind === 'dynamic') {
    const protection = location.protectedBy.length
      ? `${location.protectedBy.join(' or ')} protects that: a registration must prove it`
      : `nothing protects that: no secret is set, so anyone can register as ${endpoint.section.name} and receive its calls`;
    return [
      `For ${n} (outbound): host=dynamic means ${n} tells us where it is by registering (${wordsOf(dialect).registerMessage}); ` +
        `until it has, Asterisk cannot call it. Only dynamic peers may register. ${protection[0].toUpperCase()}${protection.slice(1)}.`,
    ];
  }
  if (location.kind === 'static') {
    const matched = wordsOf(dialect).addressMatched ? `; calls from that address are matched to ${n}` : '';
    return [`For ${n} (outbound): Asterisk sends calls for ${n} to ${location.host.value}${matched}.`];
  }
  return [];
}

export function describeOptionForEndpoint(
  endpoint: Endpoint,
  optionName: string,
  dialect: FileDialect,
  options: OptionNoteOptions = {},
): string | undefined {
  const name = optionName.toLowerCase();
  const n = `[${endpoint.section.name}]`;
  const { inbound, outbound } = endpoint.direction;
  const notes: string[] = [];
  switch (name) {
    case 'host':
      notes.push(...hostNote(endpoint, dialect));
      break;
    case 'context': {
      if (inbound) notes.push(`For ${n} (inbound): calls from ${n} enter the dialplan at ${contextPhrase(inbound.context)}.`);
      else notes.push(`For ${n}: ${unusedBecause(endpoint, 'inbound')}, except calls matched to it by address.`);
      break;
    }
    case 'secret':
    case 'md5secret':
    case 'dbsecret':
      notes.push(...secretNote(endpoint, name, dialect));
      break;
    case 'remotesecret':
      notes.push(
        outbound
          ? `For ${n} (outbound only): Asterisk answers ${n}'s challenges with it; calls from ${n} are still checked against secret.`
          : `For ${n}: ${unusedBecause(endpoint, 'outbound')}.`,
      );
      break;
    case 'defaultuser':
    case 'username':
      notes.push(
        outbound
          ? `For ${n} (outbound): the user name Asterisk presents when it calls ${n}${outbound.signInAs ? ` (in effect: ${outbound.signInAs.value})` : ''}.`
          : `For ${n}: ${unusedBecause(endpoint, 'outbound')}.`,
      );
      break;
    case 'auth':
      notes.push(
        outbound
          ? `For ${n} (outbound): when a realm challenges a call Asterisk places to ${n}, these credentials answer it.`
          : `For ${n}: ${unusedBecause(endpoint, 'outbound')}.`,
      );
      break;
    case 'inkeys': {
      const what = [inbound && endpoint.bits.user ? 'calls' : '', outbound?.location.kind === 'dynamic' ? 'registrations' : ''].filter(Boolean).join(' and ');
      notes.push(
        what
          ? `For ${n} (inbound): ${what} from ${n} must be signed with one of these public keys.`
          : `For ${n}: ${unusedBecause(endpoint, 'inbound')}.`,
      );
      break;
    }
    case 'outkey':
      notes.push(
        outbound
          ? `For ${n} (outbound): Asterisk signs the calls it places to ${n} with this private key.`
          : `For ${n}: ${unusedBecause(endpoint, 'outbound')}.`,
      );
      break;
    case 'insecure': {
      const words = inbound?.insecure ?? insecureInEffect(endpoint);
      if (!words.length) notes.push(`For ${n} (inbound): nothing is relaxed: calls are matched by address and port and challenged for the secret.`);
      else {
        const said: string[] = [];
        if (words.includes('port')) said.push('port: calls from its host are matched by IP alone, from any port');
        if (words.includes('invite')) said.push(`invite: INVITEs from ${n} are not challenged for a password`);
        notes.push(`For ${n} (inbound): ${said.join('; ')}.`);
      }
      break;
    }
    default:
      break;
  }
  const override = overrideNote(endpoint, name, dialect, options);
  if (override) notes.push(override);
  return notes.length ? notes.join('\n\n') : undefined;
}

function insecureInEffect(endpoint: Endpoint): string[] {
  const value = lastValue(endpoint, 'insecure')?.value.toLowerCase() ?? '';
  return value.split(',').map((word) => word.trim()).filter((word) => word === 'port' || word === 'invite');
}

function overrideNote(endpoint: Endpoint, name: string, dialect: FileDialect, options: OptionNoteOptions): string | undefined {
  const entry = options.entry;
  if (!entry || !isChannelDialect(dialect)) return undefined;
  const profile = profileOf(dialect);
  const option = lookupOption(dialect, name);
  // Every line of a list or an OR-ed setting is in effect, not only the last one.
  if ((option && combineOf(option) !== 'replace') || profile.everyLineCounts(name)) return undefined;
  const list = endpoint.options.get(name);
  if (!list || !list.some((value) => value.source.entry === entry)) return undefined;
  const used = effectiveValue(endpoint, name, profile);
  if (!used || used.source.entry === entry) return undefined;
  const shown = displayValue(name, used.value, options.revealSecrets === true, dialect);
  return `Not in effect: [${endpoint.section.name}] uses ${name}=${shown} from ${describeSource(used.source, entry.uri)}.`;
}
