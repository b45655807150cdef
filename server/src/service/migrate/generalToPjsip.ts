/**
 * sip.conf's [general] section in pjsip.conf terms: the transports chan_sip listened on, and every
 * `register =>` line as a registration with its outbound auth. What [general] sets as a default for
 * every device is applied per endpoint by sipToPjsip.ts, as chan_sip applies it.
 */
import { lookupOption } from '../data/catalog';
import type { ConfigModel, Endpoint, Section } from '../model/types';
import { generalSections } from '../model/general';
import type { SipRegister } from '../model/registerStatement';
import { sipRegisterOf } from '../dialects/sip/register';
import { NamePool, PjsipBlock, pieceOf, uriHost, type MigrationPiece, type UnmappedItem } from './pjsipWriter';

/** [general] keys this file carries over (canonical sip names). */
const TRANSPORT_KEYS = new Set(['bindaddr', 'bindport', 'tcpenable', 'tcpbindaddr', 'tlsenable', 'tlsbindaddr', 'tlscertfile', 'tlsprivatekey', 'tlscafile', 'externaddr', 'localnet']);
const REGISTER_KEYS = new Set(['register', 'registertimeout', 'registerattempts', 'defaultexpiry', 'minexpiry', 'maxexpiry']);
/** [general] settings of chan_sip as a whole → res_pjsip's one `type=global` / `type=system` object (sip name → pjsip name). */
const GLOBAL_KEYS: ReadonlyMap<string, string> = new Map([
  ['useragent', 'user_agent'],
  ['sipdebug', 'debug'],
  ['legacy_useroption_parsing', 'ignore_uri_user_options'],
]);
const SYSTEM_KEYS: ReadonlyMap<string, string> = new Map([
  ['timert1', 'timer_t1'],
  ['timerb', 'timer_b'],
  ['compactheaders', 'compact_headers'],
]);
/** [general] keys that every transport carries (the signalling's own TOS/CoS, the ports we are seen at from outside). */
const TRANSPORT_EXTRA_KEYS = new Set(['tos_sip', 'cos_sip', 'externtcpport', 'externtlsport', 'externhost']);
/** [general] TLS keys read for the TLS transport. */
const TLS_EXTRA_KEYS = new Set(['tlscipher', 'tlscapath', 'tlsverifyclient', 'tlsdontverifyserver', 'tlsclientmethod']);
/** The TLS methods both chan_sip's tlsclientmethod and res_pjsip's method know. */
const TLS_METHODS = new Set(['tlsv1', 'tlsv1_1', 'tlsv1_2', 'tlsv1_3', 'sslv2', 'sslv3', 'sslv23']);
/**
 * chan_sip settings that only [general] sets and that apply to every call, where res_pjsip has them per
 * endpoint: written on every endpoint (sip name → endpoint option).
 */
export const GENERAL_TO_ENDPOINT: ReadonlyMap<string, string> = new Map([
  ['tos_audio', 'tos_audio'],
  ['tos_video', 'tos_video'],
  ['cos_audio', 'cos_audio'],
  ['cos_video', 'cos_video'],
  ['sdpowner', 'sdp_owner'],
  ['sdpsession', 'sdp_session'],
  ['subminexpiry', 'sub_min_expiry'],
  ['send_diversion', 'send_diversion'],
]);

/** chan_sip's defaults for what a registration needs (DEFAULT_DEFAULT_EXPIRY, DEFAULT_REGISTRATION_TIMEOUT). */
const CHAN_SIP_DEFAULT_EXPIRY = '120';
const CHAN_SIP_REGISTER_TIMEOUT = '20';
/** chan_sip's registerattempts=0 retries forever; pjsip's max_retries has no "forever". */
const FOREVER_RETRIES = '10000';

export interface GeneralResult {
  readonly blocks: MigrationPiece[];
  /** Transport names by protocol, for endpoints and registrations that ask for one. */
  readonly transports: ReadonlyMap<string, string>;
  /** Canonical [general] keys handled here. */
  readonly handled: ReadonlySet<string>;
}

/** `generals`: [general] and its `[general](+)` sections (generalSections), which chan_sip read as one. */
export function lastGeneral(generals: readonly Section[], name: string): string | undefined {
  let value: string | undefined;
  for (const general of generals) for (const entry of general.entries) if (canonical(entry.node.key) === name) value = entry.node.value.trim();
  return value;
}

export function canonical(key: string): string {
  return lookupOption('sip', key)?.name ?? key.trim().toLowerCase();
}

const truthy = (value: string | undefined): boolean => /^(yes|true|y|t|1|on)$/i.test(value ?? '');

/** `addr[:port]` (IPv6 in brackets) with `port` when the address names none. */
function bindAddress(value: string | undefined, port: string): string {
  const address = (value ?? '').trim() || '0.0.0.0';
  if (/^\[.*\]:\d+$/.test(address) || /^[^:]+:\d+$/.test(address)) return address;
  return `${uriHost(address)}:${port}`;
}

export function migrateGeneral(model: ConfigModel, pool: NamePool): GeneralResult {
  const general = generalSections(model);
  const blocks: MigrationPiece[] = [];
  const transports = new Map<string, string>();
  // externhost is a name chan_sip looked up again and again; res_pjsip looks an external address up too.
  const externaddr = lastGeneral(general, 'externaddr') || lastGeneral(general, 'externhost');
  const localnets = general.flatMap((section) => section.entries).filter((entry) => canonical(entry.node.key) === 'localnet').map((entry) => entry.node.value.trim());
  const tos = lastGeneral(general, 'tos_sip');
  const cos = lastGeneral(general, 'cos_sip');
  const addNat = (block: PjsipBlock, externalPort?: string): void => {
    if (externaddr) block.set('external_media_address', externaddr).set('external_signaling_address', externaddr);
    if (externaddr && externalPort) block.set('external_signaling_port', externalPort);
    for (const net of localnets) block.set('local_net', net);
    if (tos) block.set('tos', tos);
    if (cos) block.set('cos', cos);
  };

  const udpBind = bindAddress(lastGeneral(general, 'bindaddr'), lastGeneral(general, 'bindport') || '5060');
  const udp = new PjsipBlock(pool.take('transport', 'transport-udp'), 'transport').set('protocol', 'udp').set('bind', udpBind);
  addNat(udp);
  transports.set('udp', udp.name);
  blocks.push({ file: 'transports', text: `; chan_sip listened for UDP on ${udpBind} ([general] bindaddr/bindport).\n${udp.render()}` });
  if (truthy(lastGeneral(general, 'tcpenable'))) {
    const tcp = new PjsipBlock(pool.take('transport', 'transport-tcp'), 'transport').set('protocol', 'tcp').set('bind', bindAddress(lastGeneral(general, 'tcpbindaddr'), '5060'));
    addNat(tcp, lastGeneral(general, 'externtcpport'));
    transports.set('tcp', tcp.name);
    blocks.push({ file: 'transports', text: `; [general] tcpenable=yes: chan_sip also took SIP over TCP.\n${tcp.render()}` });
  }
  if (truthy(lastGeneral(general, 'tlsenable'))) {
    const tls = new PjsipBlock(pool.take('transport', 'transport-tls'), 'transport').set('protocol', 'tls').set('bind', bindAddress(lastGeneral(general, 'tlsbindaddr'), '5061'));
    const cert = lastGeneral(general, 'tlscertfile');
    if (cert) tls.set('cert_file', cert).set('priv_key_file', lastGeneral(general, 'tlsprivatekey') ?? cert);
    const ca = lastGeneral(general, 'tlscafile');
    if (ca) tls.set('ca_list_file', ca);
    const caPath = lastGeneral(general, 'tlscapath');
    if (caPath) tls.set('ca_list_path', caPath);
    const cipher = lastGeneral(general, 'tlscipher');
    // chan_sip's "ALL" means OpenSSL's own list: pjsip's default, so nothing is written for it.
    if (cipher && cipher.toUpperCase() !== 'ALL') tls.set('cipher', cipher);
    const verifyClient = lastGeneral(general, 'tlsverifyclient');
    if (verifyClient) tls.set('verify_client', truthy(verifyClient) ? 'yes' : 'no');
    const dontVerifyServer = lastGeneral(general, 'tlsdontverifyserver');
    if (dontVerifyServer) tls.set('verify_server', truthy(dontVerifyServer) ? 'no' : 'yes');
    const method = lastGeneral(general, 'tlsclientmethod')?.toLowerCase();
    if (method && TLS_METHODS.has(method)) tls.set('method', method);
    addNat(tls, lastGeneral(general, 'externtlsport'));
    transports.set('tls', tls.name);
    blocks.push({ file: 'transports', text: `; [general] tlsenable=yes: chan_sip also took SIP over TLS.\n${tls.render()}` });
  }
  blocks.push(...singletonBlock(general, pool, 'global', GLOBAL_KEYS, "chan_sip's own settings (user agent, debugging, URI user options)"));
  blocks.push(...singletonBlock(general, pool, 'system', SYSTEM_KEYS, 'the SIP stack (timers, compact headers)'));
  return { blocks, transports, handled: new Set([...TRANSPORT_KEYS, ...REGISTER_KEYS, ...TRANSPORT_EXTRA_KEYS, ...TLS_EXTRA_KEYS, ...GENERAL_TO_ENDPOINT.keys(), ...GLOBAL_KEYS.keys(), ...SYSTEM_KEYS.keys()]) };
}

/** res_pjsip's one object of `type` with what [general] sets of `keys`; nothing when [general] sets none of them. */
function singletonBlock(general: readonly Section[], pool: NamePool, type: 'global' | 'system', keys: ReadonlyMap<string, string>, what: string): MigrationPiece[] {
  const block = new PjsipBlock(pool.take(type, type), type);
  const from: string[] = [];
  for (const [sipName, pjsipName] of keys) {
    const value = lastGeneral(general, sipName);
    if (value === undefined || value === '') continue;
    block.set(pjsipName, value);
    from.push(sipName);
  }
  if (from.length === 0) return [];
  // chan_sip's timer B defaults to 64 × T1; res_pjsip keeps its own 32000 ms and, below 64 × T1, logs a
  // WARNING and raises it (Asterisk 22, observed with timert1=600): write chan_sip's value.
  const t1 = Number(lastGeneral(general, 'timert1'));
  if (type === 'system' && !lastGeneral(general, 'timerb') && Number.isInteger(t1) && t1 > 0) block.set('timer_b', String(64 * t1));
  return [{ file: 'main', text: `; [general] ${from.join(', ')}: ${what}, which res_pjsip keeps in its one type=${type} object.\n${block.render()}` }];
}

/** The endpoint that receives calls from the server a register line signs in to, if one can be named. */
function receiverOf(register: SipRegister, endpoints: readonly Endpoint[]): Endpoint | undefined {
  const peerName = register.peer?.text.toLowerCase();
  if (peerName) return endpoints.find((endpoint) => endpoint.section.key === peerName);
  const host = register.host?.text.toLowerCase();
  return endpoints.find((endpoint) => endpoint.direction.outbound?.location.kind === 'static' && endpoint.direction.outbound.location.host.value.trim().toLowerCase() === host);
}

export function migrateRegisters(
  model: ConfigModel,
  pool: NamePool,
  transports: ReadonlyMap<string, string>,
  endpointNames: ReadonlyMap<Endpoint, string>,
  realmNames: readonly string[],
  unmapped: UnmappedItem[],
): MigrationPiece[] {
  const blocks: MigrationPiece[] = [];
  const expiryDefault = lastGeneral(generalSections(model), 'defaultexpiry') || CHAN_SIP_DEFAULT_EXPIRY;
  const retryInterval = lastGeneral(generalSections(model), 'registertimeout') || CHAN_SIP_REGISTER_TIMEOUT;
  const attempts = lastGeneral(generalSections(model), 'registerattempts');
  for (const statement of model.registers) {
    const register = sipRegisterOf(statement.parsed);
    if (!register) continue;
    if (!register.accepted || !register.host || !register.user) {
      unmapped.push({ section: statement.section.name, option: 'register', uri: statement.entry.uri, line: statement.entry.line, reason: 'chan_sip itself rejects this register line' });
      blocks.push({ file: 'registration', text: `; line ${statement.entry.line + 1}: a register line chan_sip rejects; not migrated.` });
      continue;
    }
    const host = register.host.text;
    const name = pool.take('registration', `reg-${host}`);
    const block = new PjsipBlock(name, 'registration');
    const { transport, port, domainPort, extension, expiry } = register.effective;
    const portText = register.port ? `:${port}` : '';
    const uriTransport = transport === 'udp' ? '' : `;transport=${transport}`;
    block.set('server_uri', `sip:${uriHost(host)}${portText}${uriTransport}`);
    const domain = register.domain?.text || host;
    block.set('client_uri', `sip:${register.user.text}@${uriHost(domain)}${domainPort ? `:${domainPort}` : ''}${uriTransport}`);
    block.set('contact_user', extension);
    block.set('expiration', expiry === undefined ? expiryDefault : String(expiry));
    block.set('retry_interval', retryInterval);
    if (!attempts || attempts === '0') block.set('max_retries', FOREVER_RETRIES, "chan_sip's registerattempts=0 retried forever");
    else block.set('max_retries', attempts);
    const transportName = transports.get(transport);
    if (transport !== 'udp' && transportName) block.set('transport', transportName);
    else if (transport !== 'udp') {
      unmapped.push({ section: 'general', option: 'register', uri: statement.entry.uri, line: statement.entry.line, reason: `${transport} is not enabled in [general], so no transport was written for it` });
    }
    let authBlock: PjsipBlock | undefined;
    if (register.secret?.text) {
      authBlock = new PjsipBlock(pool.take('auth', `${name}-outauth`), 'auth').set('auth_type', 'userpass').set('username', register.authUser?.text || register.user.text).set('password', register.secret.text);
    }
    // [authentication]'s realms answer a registrar's challenge for their realm too.
    const outboundAuths = [...(authBlock ? [authBlock.name] : []), ...realmNames];
    if (outboundAuths.length) block.set('outbound_auth', outboundAuths.join(','));
    const receiver = receiverOf(register, model.endpoints);
    const receiverName = receiver && endpointNames.get(receiver);
    if (receiverName && register.peer) block.set('line', 'yes').set('endpoint', receiverName, `calls the server sends back for this registration reach [${receiverName}]`);
    const intro = [`; register => on line ${statement.entry.line + 1}: we sign in to ${host} as ${register.user.text}; the server challenges us and`, ';   outbound_auth answers it.'];
    if (receiverName && !register.peer) intro.push(`; Calls ${host} sends us are matched by address to endpoint [${receiverName}] (its identify).`);
    else if (!receiverName) intro.push(`; No sip.conf section calls or is called at ${host}: the calls it sends match no endpoint here either.`);
    const sections = receiverName ? [receiverName] : [];
    blocks.push({ file: 'registration', text: [...intro, block.render()].join('\n'), sections }, ...(authBlock ? [pieceOf(authBlock, sections)] : []));
  }
  return blocks;
}

/** [general] lines nothing carries over, listed once (not per endpoint). */
export function unmappedGeneral(model: ConfigModel, handledHere: ReadonlySet<string>, mappedPerEndpoint: ReadonlySet<string>, unmapped: UnmappedItem[]): MigrationPiece[] {
  const lines: string[] = [];
  for (const entry of generalSections(model).flatMap((section) => section.entries)) {
    const name = canonical(entry.node.key);
    if (handledHere.has(name) || mappedPerEndpoint.has(name)) continue;
    const reason = 'a [general] setting this migration does not carry over (yet)';
    unmapped.push({ section: 'general', option: entry.node.key, uri: entry.uri, line: entry.line, reason });
    lines.push(`;   ${entry.node.key} (line ${entry.line + 1})`);
  }
  const text = `; [general] settings not carried over (set them by hand on the pjsip global/system/endpoint objects if you need them):\n${lines.join('\n')}`;
  return lines.length ? [{ file: 'main', text }] : [];
}
