/**
 * sip.conf → pjsip.conf (issue #17, the core): reads OUR sip model — templates, includes, `(+)` and
 * [general] defaults already resolved the way chan_sip resolves them, type bits and directions derived —
 * and writes one block per endpoint in source order, each introduced by what the section was from
 * Asterisk's side and which pjsip object carries each direction.
 *
 * Names: the endpoint keeps the section's name (the dialplan dials PJSIP/<same name>); `<name>` is its
 * aor, `<name>-auth` the auth that challenges its calls, `<name>-outauth` the one that answers its
 * challenges, `<name>-identify` matches it by address; `reg-<host>` / `reg-<host>-outauth` for a
 * register line. A name already taken within a type gets `-2`, `-3`, ...
 *
 * Pure: no fs. Whatever has no pjsip equivalent is written as a comment with the reason and listed.
 */
import { lookupOption } from '../data/catalog';
import type { ConfigModel, Endpoint } from '../model/types';
import { generalSections } from '../model/general';
import { GENERAL_TO_ENDPOINT, lastGeneral, migrateGeneral, migrateRegisters, unmappedGeneral } from './generalToPjsip';
import { shareTemplates, type MigratedEndpoint } from './endpointTemplates';
import { isFalse, isTrue, last, unmap, words, type Writer } from './endpointWriter';
import { codecs, mapAcls, mapMedia, outboundProxyUri, READ_VALUE_OPTIONS, SAME_VALUE } from './endpointOptions';
import { mapMediaSecurity, MEDIA_SECURITY_OPTIONS } from './mediaSecurity';
import { migrateAuthentication, realmAuthBlock } from './realmAuth';
import { NamePool, PjsipBlock, pieceOf, uriHost, type MigrationPiece, type UnmappedItem } from './pjsipWriter';

export type { MigrationPiece, UnmappedItem } from './pjsipWriter';

export interface MigrationResult {
  readonly text: string;
  /** The sip.conf sections that became endpoints (their names are kept), in source order. */
  readonly endpoints: readonly string[];
  readonly unmapped: readonly UnmappedItem[];
  /** `text` in pieces, each with the file of the split layout it belongs to (text = pieces joined by blank lines). */
  readonly pieces: readonly MigrationPiece[];
}

const CHAN_SIP_QUALIFY_FREQUENCY = '60';

/** Options read elsewhere in this file (the rest become commented, unmapped lines). */
const HANDLED = new Set([
  ...Object.keys(SAME_VALUE),
  ...READ_VALUE_OPTIONS,
  'type', 'host', 'port', 'secret', 'md5secret', 'remotesecret', 'defaultuser', 'username', 'insecure',
  'allow', 'disallow', 'dtmfmode', 'nat', 'directmedia', 'qualify', 'qualifyfreq', 'permit', 'deny', 'acl',
  'contactpermit', 'contactdeny', 'contactacl', 'setvar', 'session-timers', 'transport', 'sendrpid',
  'mailbox', 'subscribemwi', 'outboundproxy', 'auth', 'defaultip', ...MEDIA_SECURITY_OPTIONS,
]);

/** Device options pjsip has no equivalent for, and why (the line stays as a comment with this reason). */
const NO_EQUIVALENT: Readonly<Record<string, string>> = {
  'call-limit': 'pjsip has no per-endpoint call limit: count calls in the dialplan (GROUP() / GROUP_COUNT())',
  callbackextension: 'write a registration with contact_user= for it (chan_sip built the register line itself)',
  useclientcode: 'pjsip has no client code',
};

/** pjsip aor expiration options for chan_sip's [general] minexpiry / maxexpiry / defaultexpiry (dynamic peers). */
const EXPIRY_OPTIONS: readonly (readonly [string, string])[] = [
  ['minexpiry', 'minimum_expiration'],
  ['maxexpiry', 'maximum_expiration'],
  ['defaultexpiry', 'default_expiration'],
];

function describe(endpoint: Endpoint): string[] {
  const { user, peer } = endpoint.bits;
  const what = user && peer ? 'friend: it calls us and we call it' : user ? 'user: it only calls us (not callable)' : 'peer: we call it';
  return [`; [${endpoint.section.name}] was type=${endpoint.type?.value.trim() ?? '?'} (${what}).`];
}

interface EndpointObjects extends MigratedEndpoint {
  /** The comments that introduce the endpoint. */
  readonly notes: readonly string[];
  /** Its aor, auths and identify. */
  readonly extra: readonly PjsipBlock[];
}

function migrateEndpoint(
  model: ConfigModel,
  endpoint: Endpoint,
  pool: NamePool,
  transports: ReadonlyMap<string, string>,
  globalRealms: readonly string[],
  unmapped: UnmappedItem[],
): EndpointObjects {
  const name = endpoint.section.name;
  const writer: Writer = { endpoint: new PjsipBlock(name, 'endpoint'), notes: describe(endpoint), unmapped, name };
  const extra: PjsipBlock[] = [];
  const { inbound, outbound } = endpoint.direction;
  const block = writer.endpoint;

  const transport = words(last(endpoint, 'transport'))[0];
  if (transport && transport !== 'udp') {
    if (transports.has(transport)) block.set('transport', transports.get(transport)!);
    else unmap(writer, 'transport', endpoint.options.get('transport')?.at(-1), `${transport} is not enabled in [general]`);
  }
  block.set('context', inbound?.context.value.trim() || last(endpoint, 'context') || 'default');
  block.set('disallow', 'all').set('allow', codecs(model, endpoint));

  // Inbound: the auth that challenges its calls (and its REGISTERs).
  const secret = last(endpoint, 'secret');
  const md5 = last(endpoint, 'md5secret');
  // A dynamic peer's REGISTERs are challenged even with insecure=invite; pjsip cannot exempt calls only.
  const registersWithSecret = outbound?.location.kind === 'dynamic' && (secret || md5) !== undefined;
  const challenged = (inbound && inbound.authenticatedBy.some((auth) => auth === 'secret' || auth === 'md5secret')) || registersWithSecret;
  if (registersWithSecret && inbound?.insecure.includes('invite')) {
    unmap(writer, 'insecure', endpoint.options.get('insecure')?.at(-1), 'pjsip cannot let calls in unchallenged while still challenging REGISTERs: its calls are challenged too');
  }
  if (challenged && (secret || md5)) {
    const auth = new PjsipBlock(pool.take('auth', `${name}-auth`), 'auth').set('username', name);
    if (md5) auth.set('auth_type', 'md5').set('md5_cred', md5);
    else auth.set('auth_type', 'userpass').set('password', secret!);
    block.set('auth', auth.name);
    extra.push(auth);
    writer.notes.push(`; Calls from it are challenged: auth=${auth.name} (username ${name}).`);
  } else if (inbound?.authenticatedBy.includes('ip-match')) {
    writer.notes.push('; Calls from its address are let in without a password (insecure=invite, or no secret): identify, no auth.');
  } else if (inbound) writer.notes.push('; It has no secret: chan_sip let its calls in without a password, and so does this endpoint.');

  // Its own realm credentials (auth= on the device) answer that realm's challenges first.
  const outboundAuths: string[] = [];
  for (const line of endpoint.options.get('auth') ?? []) {
    const realmAuth = realmAuthBlock(line.value, `${name}-realm`, pool);
    if (!realmAuth) unmap(writer, 'auth', line, 'chan_sip ignores this auth line (not user[:secret]@realm or user#md5secret@realm)');
    else if (!outbound) unmap(writer, 'auth', line, 'a user is never called: chan_sip never answered a challenge with it');
    else {
      extra.push(realmAuth);
      outboundAuths.push(realmAuth.name);
    }
  }

  // Outbound: where we reach it, and the auth that answers its challenges.
  if (outbound) {
    const aor = new PjsipBlock(pool.take('aor', name), 'aor');
    const location = outbound.location;
    const qualify = last(endpoint, 'qualify')?.toLowerCase();
    if (location.kind === 'dynamic') {
      aor.set('max_contacts', '1').set('remove_existing', 'yes');
      writer.notes.push(`; We call it where it registers: aor ${aor.name} (max_contacts=1, a new registration replaces the old one).`);
    } else if (location.kind === 'static') {
      const user = last(endpoint, 'defaultuser') ?? last(endpoint, 'username');
      const port = last(endpoint, 'port');
      aor.set('contact', `sip:${user ? `${user}@` : ''}${uriHost(location.host.value.trim())}${port ? `:${port}` : ''}`);
      writer.notes.push(`; We call it at its fixed address: aor ${aor.name} with a contact.`);
    } else writer.notes.push('; It has no host=: chan_sip could not call it; the aor has no contact.');
    if (location.kind === 'dynamic') {
      for (const [sip, pjsip] of EXPIRY_OPTIONS) {
        const value = lastGeneral(generalSections(model), sip);
        if (value && /^\d+$/.test(value)) aor.set(pjsip, value, `[general] ${sip}`);
      }
    }
    if (qualify && !isFalse(qualify)) {
      aor.set('qualify_frequency', last(endpoint, 'qualifyfreq') ?? CHAN_SIP_QUALIFY_FREQUENCY);
      if (/^\d+$/.test(qualify)) aor.set('qualify_timeout', String(Number(qualify) / 1000));
    }
    block.set('aors', aor.name);
    extra.push(aor);
    const password = last(endpoint, 'remotesecret') ?? (location.kind === 'static' ? secret : undefined);
    if (password) {
      const username = last(endpoint, 'defaultuser') ?? last(endpoint, 'username') ?? name;
      const outauth = new PjsipBlock(pool.take('auth', `${name}-outauth`), 'auth').set('auth_type', 'userpass').set('username', username).set('password', password);
      outboundAuths.push(outauth.name);
      extra.push(outauth);
      writer.notes.push(`; When it challenges our calls, outbound_auth=${outauth.name} answers (username ${username}).`);
    } else if (secret && location.kind === 'dynamic') {
      writer.notes.push(`; chan_sip would also answer its challenges with the secret; phones rarely challenge, so no outbound_auth is written.`);
    }
    if (location.kind === 'static' && !endpoint.bits.user) {
      writer.notes.push('; chan_sip matched its calls by source address: identify.');
    }
    // A dynamic peer's defaultip is its address until it registers: chan_sip matched its calls from there.
    const defaultIp = location.kind === 'dynamic' ? endpoint.options.get('defaultip')?.at(-1) : undefined;
    if (defaultIp?.value.trim()) {
      unmap(writer, 'defaultip', defaultIp, 'pjsip cannot call an aor at an address before it registers; only its calls from there are matched (identify)');
    }
    const matchHost = location.kind === 'static' ? location.host.value.trim() : defaultIp?.value.trim();
    if (matchHost) {
      // Over UDP without insecure=port, chan_sip matched the source port too (5060 unless port= says).
      const byPort = !inbound?.insecure.includes('port') && (!transport || transport === 'udp');
      const host = matchHost;
      const match = byPort ? `${uriHost(host)}:${last(endpoint, 'port') ?? '5060'}` : host;
      const identify = new PjsipBlock(pool.take('identify', `${name}-identify`), 'identify').set('endpoint', name).set('match', match);
      if (byPort) identify.note('chan_sip matched this peer by address and port (no insecure=port).');
      extra.push(identify);
    }
    // [authentication]'s realms for the peers we call at a fixed address (providers); a phone does not
    // challenge us in a provider's realm.
    if (location.kind === 'static') outboundAuths.push(...globalRealms);
    if (outboundAuths.length) block.set('outbound_auth', outboundAuths.join(','));
    const proxy = last(endpoint, 'outboundproxy');
    const proxyUri = proxy && outboundProxyUri(proxy);
    if (proxyUri) {
      block.set('outbound_proxy', proxyUri);
      aor.set('outbound_proxy', proxyUri, 'qualify goes through the proxy too');
    } else if (proxy) unmap(writer, 'outboundproxy', endpoint.options.get('outboundproxy')?.at(-1), 'not [transport://]host[:port]');
    // subscribemwi=yes: it subscribes for its mailbox (aor mailboxes); else we notify it unasked (endpoint).
    const mailbox = last(endpoint, 'mailbox');
    if (mailbox && isTrue(last(endpoint, 'subscribemwi'))) aor.set('mailboxes', mailbox, 'subscribemwi=yes: it subscribes for them');
    else if (mailbox) block.set('mailboxes', mailbox);
  } else if (last(endpoint, 'mailbox')) block.set('mailboxes', last(endpoint, 'mailbox')!);

  for (const [sip, pjsip] of Object.entries(SAME_VALUE)) {
    if (sip === 'context') continue;
    const value = last(endpoint, sip);
    if (value) block.set(pjsip, value);
  }
  for (const [sip, pjsip] of GENERAL_TO_ENDPOINT) {
    const value = lastGeneral(generalSections(model), sip);
    if (value) block.set(pjsip, value, `[general] ${sip}: chan_sip used it for every call`);
  }
  for (const setvar of endpoint.options.get('setvar') ?? []) block.set('set_var', setvar.value.trim());
  mapMedia(writer, endpoint);
  mapMediaSecurity(writer, endpoint);
  mapAcls(writer, endpoint);

  for (const [option, values] of endpoint.options) {
    const value = values[values.length - 1];
    if (HANDLED.has(option) || value.source.kind === 'general') continue;
    const generalOnly = lookupOption('sip', option)?.sections.includes('device') === false;
    const reason = generalOnly ? 'chan_sip reads it only in [general]: in a device section it did nothing' : 'no pjsip mapping in this migration (yet)';
    unmap(writer, option, value, NO_EQUIVALENT[option] ?? reason);
  }
  return { endpoint, block, notes: writer.notes, extra };
}

export interface MigrationOptions {
  /** Write a sip template several endpoints share as a pjsip template (default true; see endpointTemplates.ts). */
  readonly templates?: boolean;
}

export function migrateSipConf(model: ConfigModel, options: MigrationOptions = {}): MigrationResult {
  const unmapped: UnmappedItem[] = [];
  const pool = new NamePool();
  const endpoints = model.endpoints.filter((endpoint) => endpoint.bits.user || endpoint.bits.peer);
  const endpointNames = new Map<Endpoint, string>();
  for (const endpoint of endpoints) {
    pool.reserve('endpoint', endpoint.section.name);
    endpointNames.set(endpoint, endpoint.section.name);
  }
  const general = migrateGeneral(model, pool);
  const blocks: MigrationPiece[] = [
    {
      file: 'main',
      text: [
      '; pjsip.conf migrated from sip.conf by asterisk-conf (preview). Review before use.',
      '; Endpoints keep their sip.conf names; <name> is the aor, <name>-auth challenges its calls,',
      '; <name>-outauth answers its challenges, <name>-identify matches it by address.',
      ].join('\n'),
    },
    ...general.blocks,
  ];
  const realms = migrateAuthentication(model, pool, unmapped);
  // The realms answer for the peers called at a fixed address (see realmAuth.ts).
  const realmUsers = endpoints.filter((endpoint) => endpoint.direction.outbound?.location.kind === 'static').map((endpoint) => endpoint.section.name);
  realms.blocks.forEach((block, index) => blocks.push({ file: 'auth', text: index === 0 ? `${realms.intro}\n${block.render()}` : block.render(), sections: realmUsers }));
  const realmNames = realms.blocks.map((block) => block.name);
  const inOrder: (MigrationPiece | EndpointObjects)[] = [];
  for (const endpoint of model.endpoints) {
    if (!endpointNames.has(endpoint)) {
      unmapped.push({ section: endpoint.section.name, option: 'type', uri: endpoint.section.uri, line: endpoint.section.headerLine, reason: 'no type=user|peer|friend: chan_sip ignores the section' });
      inOrder.push({ file: 'endpoint', text: `; [${endpoint.section.name}] has no type=user, peer or friend: chan_sip ignored it, so it is not migrated.` });
      continue;
    }
    inOrder.push(migrateEndpoint(model, endpoint, pool, general.transports, realmNames, unmapped));
  }
  const migrated = inOrder.filter((item): item is EndpointObjects => 'block' in item);
  const templates = options.templates === false ? new Map() : shareTemplates(migrated, pool);
  for (const item of inOrder) {
    if (!('block' in item)) {
      blocks.push(item);
      continue;
    }
    const template = templates.get(item);
    if (template) blocks.push({ file: 'endpoint', text: `${template.intro}\n${template.block.render()}`, sections: template.heirs });
    const sections = [item.endpoint.section.name];
    blocks.push({ file: 'endpoint', text: [...item.notes, item.block.render()].join('\n'), sections }, ...item.extra.map((block) => pieceOf(block, sections)));
  }
  blocks.push(...migrateRegisters(model, pool, general.transports, endpointNames, realmNames, unmapped));
  blocks.push(...unmappedGeneral(model, general.handled, HANDLED, unmapped));
  const seen = new Set<string>();
  const unique = unmapped.filter((item) => {
    const key = `${item.section}\u0000${item.option}\u0000${item.uri}\u0000${item.line ?? ''}`;
    return seen.has(key) ? false : (seen.add(key), true);
  });
  return { text: `${blocks.map((piece) => piece.text).join('\n\n')}\n`, endpoints: [...endpointNames.values()], unmapped: unique, pieces: blocks };
}
