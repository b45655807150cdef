/**
 * iax.conf as chan_iax2 reads it (dialects/channel.ts `ChannelProfile`): what the shared model, rules and
 * features ask instead of testing for iax. The texts say what chan_iax2 does, in our own words; the log
 * lines are quoted as Asterisk 20 writes them.
 */
import type { OptionEntry, SectionScope } from '../../data/catalogTypes';
import { iaxOptions } from '../../data/iaxOptions';
import { maskHidden, parseIaxRegister, REGISTER_SECRET_MASK } from '../../model/registerStatement';
import type { Entry, InboundAuth, OutboundAuth, Section } from '../../model/types';
import { clip } from '../../quote';
import type { ChannelProfile } from '../channel';
import { IAX_CONSEQUENCES } from './invalidValues';
import { IAX_REGISTER_SNIPPET, IAX_SKELETONS } from './snippets';

/** chan_iax2 keeps a device whose ACL line it cannot read, with the entries read so far; a bad calltokenoptional stops the load. */
function aclConsequence(section: Section, entry: Entry, option: OptionEntry): string {
  const lost = 'the entries after it on this line are lost too';
  if (option.name === 'calltokenoptional') {
    return `then chan_iax2 logs WARNING "Invalid calltokenoptional address range - '${clip(entry.node.value.trim())}' line ${entry.line + 1}" and stops reading iax.conf: at start-up chan_iax2 declines to load, so there is no IAX at all`;
  }
  return `and chan_iax2 keeps the ${section.kind === 'general' ? 'setting' : 'device'} without this entry (${lost}), so it may accept or refuse other addresses than you meant`;
}

function deprecatedValueLog(section: Section, entry: Entry, option: OptionEntry): string | undefined {
  if (option.name !== 'auth') return undefined;
  const line = entry.line + 1;
  return section.kind === 'general'
    ? `WARNING "Default auth method is set to deprecated 'plaintext' at line ${line} of iax.conf"`
    : `WARNING "Auth method for peer/user '${clip(section.name)}' is set to deprecated 'plaintext' at line ${line} of iax.conf"`;
}

function noEffectReason(name: string, _section: Section, version: number): string | undefined {
  if (name === 'keyrotate') return 'chan_iax2 never reads keyrotate (it only appears in the sample file): key rotation cannot be turned off this way.';
  if (name === 'hasvoicemail' && version >= 23) return `hasvoicemail was removed with the users.conf integration in Asterisk 23: Asterisk ${version} ignores it. Use mailbox=.`;
  return undefined;
}

const NO_SCOPES: readonly SectionScope[] = [];
const BOTH_ROLES: readonly SectionScope[] = ['user', 'peer'];

export const iaxProfile: ChannelProfile = {
  id: 'iax',
  driver: 'chan_iax2',
  technology: 'IAX2',
  options: () => iaxOptions,
  specialSections: new Map([['callnumberlimits', 'callnumberlimits']]),
  splitsDeviceScopes: true,
  specialScopes: () => NO_SCOPES,
  // Without a type yet (or in a template), either role may follow: both.
  deviceScopes: (bits) => {
    if (!bits || (!bits.user && !bits.peer)) return BOTH_ROLES;
    return [...(bits.user ? ['user' as const] : []), ...(bits.peer ? ['peer' as const] : [])];
  },
  parseRegister: (value) => parseIaxRegister(value),
  registerFormat: '`user[:secret]@host[:port]`',
  registerSnippet: IAX_REGISTER_SNIPPET,
  skeletons: IAX_SKELETONS,
  maskRegister: (value) => maskHidden(value, 0, parseIaxRegister(value).hidden, REGISTER_SECRET_MASK),
  // iax.conf's auth= lists methods (md5, rsa, plaintext); anything else there is a SIP-style credential.
  authNamesMethods: (value) => /^[\s\w,;]*$/.test(value),
  // The host follows the first '@' (chan_iax2 splits there).
  registerHostAt: (value) => value.indexOf('@'),
  device: {
    typeLines: 'definitions',
    contextLine: 'first',
    generalContext: false,
    readsInsecure: false,
    peersMatchedByAddress: false,
    inboundSecrets: (has) => {
      const secrets: InboundAuth[] = [];
      if (has('secret') || has('dbsecret')) secrets.push('secret');
      if (has('inkeys')) secrets.push('inkeys');
      return secrets;
    },
    outboundSecrets: (has) => {
      const secrets: OutboundAuth[] = [];
      if (has('secret')) secrets.push('secret');
      if (has('outkey')) secrets.push('outkey');
      return secrets;
    },
    signInAs: ['username'],
    peerOnlyOptions: new Set(),
  },
  direction: {
    registerRequest: 'REGISTER (REGREQ)',
    registerMessage: 'REGREQ',
    noInbound: (name) => `Asterisk takes no calls from ${name} (type=peer: only users and friends accept incoming calls)`,
    registrationSecrets: 'secret or inkeys',
    addressMatched: false,
    remotesecretAnswers: false,
    md5secretPrecedes: false,
  },
  generalText:
    'Global settings of chan_iax2: bind address, jitter buffer, trunking, registration (`register =>` lines: us registering to others), and defaults for the user and peer options that may also be written here.',
  invalidValues: IAX_CONSEQUENCES,
  deprecatedValueLog,
  // auth= is searched with strstr: any separator works.
  listSeparator: (option) => (option.name === 'auth' ? /[^A-Za-z0-9]/ : /,/),
  aclConsequence,
  addressConsequence: (entry) => `chan_iax2 logs WARNING "Invalid address '${clip(entry.node.value.trim())}' specified, at line ${entry.line + 1}" and opens no socket for this line`,
  codecErrorLine: () => '',
  noEffectReason,
  // ast_variable_retrieve returns the first match up to Asterisk 22, the last from 23 (asterisk-facts.md §0, §3.2).
  validatedTypeLine: (version) => (version >= 23 ? 'last' : 'first'),
  typeLineWinner: (version) => (version >= 23 ? 'last' : 'first'),
  typeLinesWhy: (version) => (version < 23 ? `chan_iax2 (Asterisk ${version}) reads only the first type line` : 'chan_iax2 (Asterisk 23+) reads only the last type line'),
  duplicateRegister: 'chan_iax2 registers twice to the same host with the same account',
  registerMatcher: 'a user for the calls it sends us and a peer to call it',
  externhostTwin: false,
  checks: { security: false, againstGeneral: false, oneWayEncryption: true },
  convertsToPjsip: false,
  // secret lines add up (each one is a password chan_iax2 accepts).
  everyLineCounts: (name) => name === 'secret',
};
