/**
 * sip.conf as chan_sip reads it (dialects/channel.ts `ChannelProfile`): what the shared model, rules and
 * features ask instead of testing for sip. The texts say what chan_sip does, in our own words; the log
 * lines are quoted as Asterisk 20 writes them.
 */
import type { OptionEntry, SectionScope } from '../../data/catalogTypes';
import { sipDeviceOptions } from '../../data/sipDeviceOptions';
import { sipGeneralOptions } from '../../data/sipGeneralOptions';
import { maskHidden, parseSipRegister, REGISTER_SECRET_MASK } from '../../model/registerStatement';
import type { Entry, InboundAuth, OutboundAuth, Section } from '../../model/types';
import { clip } from '../../quote';
import type { ChannelProfile } from '../channel';
import { SIP_CONSEQUENCES } from './invalidValues';
import { SIP_REGISTER_SNIPPET, SIP_SKELETONS } from './snippets';

/**
 * chan_sip parses the same options for every type, so its catalog cannot say which ones need the PEER
 * bit. These only make sense for a device we call or that registers to us: on a type=user (never
 * called, never registered, §2.2) they do nothing.
 */
const PEER_ONLY: ReadonlySet<string> = new Set([
  'host',
  'defaultip',
  'port',
  'callbackextension',
  'remotesecret',
  'defaultuser',
  'username',
  'fromuser',
  'fromdomain',
  'qualify',
  'qualifyfreq',
  'keepalive',
  'outboundproxy',
]);

/** chan_sip deletes a device whose ACL line it cannot read; a bad localnet or [general] contact ACL has its own line. */
function aclConsequence(section: Section, entry: Entry, option: OptionEntry): string {
  const line = entry.line + 1;
  const value = entry.node.value.trim();
  const lost = 'the entries after it on this line are lost too';
  if (option.name === 'localnet') {
    return `then chan_sip logs ERROR "Bad localnet configuration value line ${line} : ${value}": this network (${lost}) is not treated as local`;
  }
  if (option.name.startsWith('contact') && section.kind === 'general') {
    return `then chan_sip logs ERROR "Bad ACL entry in configuration line ${line} : ${value}. Failing to load chan_sip.so" and the configuration is not loaded`;
  }
  const kind = option.name.startsWith('directmedia') ? 'directmedia ACL entry' : 'ACL entry';
  return `then chan_sip logs ERROR "Bad ${kind} in configuration line ${line} : ${value}. Deleting peer": the device is not created at all`;
}

function addressConsequence(entry: Entry, option: OptionEntry): string {
  const value = entry.node.value.trim();
  const key = entry.node.key;
  const line = entry.line + 1;
  switch (option.name) {
    case 'externaddr':
      return `chan_sip logs WARNING "Invalid address for externaddr keyword: ${value}" and sets no external address from this line, so messages leaving through the NAT carry the private address`;
    case 'bindaddr':
      return `chan_sip logs WARNING "Invalid address: ${value}" and keeps listening where it did before this line (every interface, unless an earlier line set an address)`;
    case 'tcpbindaddr':
      return `chan_sip logs WARNING "Invalid tcpbindaddr '${clip(value)}' at line ${line} of sip.conf" and keeps the TCP listener where it was`;
    case 'tlsbindaddr':
      return `Asterisk logs ERROR "Invalid ${key} '${clip(value)}'" and keeps the TLS listener where it was`;
    default:
      return `chan_sip logs WARNING "Invalid address for ${option.name} keyword: ${value}" and ignores the line`;
  }
}

function deprecatedValueLog(_section: Section, entry: Entry, option: OptionEntry): string | undefined {
  if (option.name === 'nat') return 'WARNING "nat=yes is deprecated, use nat=force_rport,comedia instead"';
  if (option.name === 'insecure') return `WARNING "Unknown insecure mode '${clip(entry.node.value)}' on line ${entry.line + 1}" and ignores the word`;
  return undefined;
}

function noEffectReason(name: string, section: Section): string | undefined {
  if (name === 'tlsverifyclient' && section.kind === 'general') {
    return 'chan_sip does not support tlsverifyclient: it logs WARNING "Ignoring unsupported option \'tlsverifyclient\'" and skips the line, so client certificates are never required.';
  }
  if (name === 'template') return "chan_sip never reads 'template' (it only appears in the sample's option list): to inherit, write [name](template-name).";
  return undefined;
}

const NO_SCOPES: readonly SectionScope[] = [];

export const sipProfile: ChannelProfile = {
  id: 'sip',
  driver: 'chan_sip',
  technology: 'SIP',
  options: () => [...sipGeneralOptions, ...sipDeviceOptions],
  specialSections: new Map([['authentication', 'authentication']]),
  splitsDeviceScopes: false,
  specialScopes: (kind) => (kind === 'authentication' ? ['authentication'] : NO_SCOPES),
  deviceScopes: () => ['device'],
  parseRegister: (value) => parseSipRegister(value),
  registerFormat: '`[peer?][transport://]user[@domain][:secret[:authuser]]@host[:port][/extension][~expiry]`',
  registerSnippet: SIP_REGISTER_SNIPPET,
  skeletons: SIP_SKELETONS,
  maskRegister: (value) => {
    const parsed = parseSipRegister(value);
    // A line over 255 bytes is cut by Asterisk at a place that may fall inside the secret: hide a dropped or cut line whole.
    if (!parsed.accepted || parsed.problems.some((problem) => problem.code === 'register-too-long')) return REGISTER_SECRET_MASK;
    return maskHidden(value, 0, parsed.hidden, REGISTER_SECRET_MASK);
  },
  // sip.conf's auth= is a credential (user:secret@realm).
  authNamesMethods: () => false,
  // The host follows the last '@' (the user part may hold one: user@domain).
  registerHostAt: (value, offset) => value.slice(0, offset).lastIndexOf('@'),
  device: {
    typeLines: 'all',
    contextLine: 'last',
    generalContext: true,
    readsInsecure: true,
    peersMatchedByAddress: true,
    inboundSecrets: (has) => {
      const secrets: InboundAuth[] = [];
      if (has('md5secret')) secrets.push('md5secret');
      if (has('secret')) secrets.push('secret');
      return secrets;
    },
    // remotesecret, else secret, else md5secret: the first set is what answers a challenge.
    outboundSecrets: (has) => {
      const secrets: OutboundAuth[] = [];
      if (has('remotesecret')) secrets.push('remotesecret');
      else if (has('secret')) secrets.push('secret');
      else if (has('md5secret')) secrets.push('md5secret');
      return secrets;
    },
    signInAs: ['defaultuser', 'username'],
    peerOnlyOptions: PEER_ONLY,
  },
  direction: {
    registerRequest: 'REGISTER',
    registerMessage: 'REGISTER',
    noInbound: (name) => `Asterisk does not accept calls from ${name} by name (type=peer: only users and friends are matched by name)`,
    registrationSecrets: 'secret or md5secret',
    addressMatched: true,
    remotesecretAnswers: true,
    md5secretPrecedes: true,
  },
  generalText:
    'Global settings of chan_sip: transports, NAT, registration (`register =>` lines: us registering to others), and the defaults of every device option: a user, peer or friend takes a value from here unless it sets its own.',
  invalidValues: SIP_CONSEQUENCES,
  deprecatedValueLog,
  listSeparator: () => /,/,
  aclConsequence,
  addressConsequence,
  codecErrorLine: (entry) => ` and chan_sip adds WARNING "Codec configuration errors found in line ${entry.line + 1} : ${entry.node.key} = ${entry.node.value.trim()}"`,
  noEffectReason,
  validatedTypeLine: () => 'first',
  // Every line is read and the last one kept, but the type bits of all of them are combined.
  typeLineWinner: () => 'last',
  typeLinesWhy: () => 'chan_sip validates the first type line and combines them all (user + peer = friend)',
  duplicateRegister: 'chan_sip keeps only the first identical line, so this one does nothing',
  registerMatcher: 'a peer with this host (calls from a provider are matched by its address)',
  externhostTwin: true,
  checks: { security: true, againstGeneral: true, removedSince: 21, oneWayEncryption: false },
  convertsToPjsip: true,
  everyLineCounts: () => false,
};
