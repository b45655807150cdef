/**
 * The iax.conf option catalog (chan_iax2, Asterisk 20). One record per name that chan_iax2 parses, plus
 * the sample-only `keyrotate`. Facts come from asterisk-facts.md §3 and iax-options.json; every
 * description is written in our own words.
 *
 * Scopes: iax builds a `user` (someone who calls us) and a `peer` (someone we call) as separate
 * objects; `type=friend` feeds the same lines to both builders, so a friend is never a scope of its own.
 * Direction is always seen from Asterisk's side.
 */

import type { EnumValue, OptionEntry } from './catalogTypes';

const GENERAL = ['general'] as const;
const EVERYWHERE = ['general', 'user', 'peer'] as const;
const GENERAL_AND_USER = ['general', 'user'] as const;
const ENDPOINT = ['user', 'peer'] as const;
const USER = ['user'] as const;
const PEER = ['peer'] as const;

/**
 * Values offered for options that take yes, no or a number (qualify, autokill, rtautoclear). These
 * options use kind `text` on purpose: an `enum` would make the validator reject a valid
 * `qualify=1500`, and an `int` would reject `qualify=yes`. `text` is never complained about, while the
 * listed values still feed completion and hover.
 */
function yesNoOrNumber(yes: string, no: string): readonly EnumValue[] {
  return [
    { value: 'yes', description: yes },
    { value: 'no', description: no },
  ];
}

/** encryption and forceencryption share one value parser (get_encrypt_methods). */
const ENCRYPTION_VALUES: readonly EnumValue[] = [
  { value: 'yes', description: 'Offer AES-128 encryption with key rotation.' },
  {
    value: 'no',
    description:
      'Adds nothing. In a user or peer it cannot switch off encryption that [general] turned on, because the values are OR-ed together.',
  },
  { value: 'aes128', description: 'Same as yes: AES-128 with key rotation, the only cipher IAX2 has.' },
];

export const iaxOptions: readonly OptionEntry[] = [
  // ---------------------------------------------------------------- [general]: sockets and threads
  {
    name: 'bindport',
    sections: GENERAL,
    kind: 'port',
    min: 1024,
    default: '4569',
    direction: 'none',
    description:
      'UDP port for the IAX2 listener (1024-65535 expected). Order matters: it only applies to bindaddr lines written after it and to the fallback socket, so put it first; a reload does not change it.',
  },
  {
    name: 'bindaddr',
    sections: GENERAL,
    kind: 'addr',
    default: '0.0.0.0:4569',
    repeatable: true,
    direction: 'none',
    description:
      'Local address to listen on, IPv6 in brackets, optionally with :port. Each line opens another socket and the first becomes the default; without a port the bindport value seen so far is used. Ignored on reload.',
  },
  {
    name: 'iaxthreadcount',
    sections: GENERAL,
    kind: 'int',
    min: 1,
    max: 256,
    default: '10',
    direction: 'none',
    description:
      'Number of helper threads started for network I/O; values outside 1-256 are clamped. Only read at module load, a reload keeps the old number.',
  },
  {
    name: 'iaxmaxthreadcount',
    sections: GENERAL,
    kind: 'int',
    min: 0,
    max: 256,
    default: '100',
    direction: 'none',
    description: 'Upper limit on extra threads created on demand when all helper threads are busy (0-256).',
  },
  {
    name: 'nochecksums',
    sections: GENERAL,
    kind: 'bool',
    default: 'no',
    direction: 'none',
    description:
      'Turn off UDP checksums on the IAX2 sockets where the operating system supports it; elsewhere yes only produces a warning.',
  },
  {
    name: 'pingtime',
    sections: GENERAL,
    kind: 'int',
    unit: 's',
    default: '21',
    direction: 'none',
    description: 'Seconds between PING frames sent on an established call. Parsed by the code but not shown in the sample file.',
  },
  {
    name: 'lagrqtime',
    sections: GENERAL,
    kind: 'int',
    unit: 's',
    default: '10',
    direction: 'none',
    description:
      'Seconds between LAGRQ frames used to measure lag on a call. Parsed by the code but not shown in the sample file.',
  },

  // ---------------------------------------------------------------- [general]: jitter buffer
  {
    name: 'jitterbuffer',
    sections: EVERYWHERE,
    kind: 'bool',
    default: 'no',
    direction: 'none',
    description:
      'Use a jitter buffer on the audio we receive (the far end dejitters what we send). Set it in [general] as the default and override it per user or peer.',
  },
  {
    name: 'maxjitterbuffer',
    sections: GENERAL,
    kind: 'int',
    unit: 'ms',
    default: '1000',
    direction: 'none',
    description: 'Largest size the jitter buffer may grow to, which caps the delay it can add under bad network conditions.',
  },
  {
    name: 'resyncthreshold',
    sections: GENERAL,
    kind: 'int',
    min: -1,
    unit: 'ms',
    default: '1000',
    direction: 'none',
    description:
      'How large a lasting jump in delay must be (on top of twice the measured jitter) before the jitter buffer resynchronises. -1 disables resynchronisation.',
  },
  {
    name: 'maxjitterinterps',
    sections: GENERAL,
    kind: 'int',
    min: 0,
    default: '10',
    direction: 'none',
    description:
      'How many interpolated frames the jitter buffer produces in a row before treating the gap as silence, for senders that do not signal silence.',
  },
  {
    name: 'jittertargetextra',
    sections: GENERAL,
    kind: 'int',
    unit: 'ms',
    default: '40',
    direction: 'none',
    description: 'Padding added on top of the measured jitter when sizing the buffer; raise it for networks with occasional spikes.',
  },

  // ---------------------------------------------------------------- [general]: registration and realtime
  {
    name: 'register',
    sections: GENERAL,
    kind: 'register',
    repeatable: true,
    direction: 'outbound',
    description:
      'Outbound: we sign in to a remote IAX2 server and tell it our current address; the remote must define us with host=dynamic. Grammar user[:secret]@host[:port], split at the first @; the secret may be [keyname] to use an RSA key. Unlike SIP there is no transport prefix, no /extension and no ~expiry (refreshed every 60 s).',
  },
  {
    name: 'maxregexpire',
    sections: GENERAL,
    kind: 'int',
    unit: 's',
    default: '60',
    direction: 'inbound',
    description: 'Longest registration lifetime we grant to a peer that registers with us.',
  },
  {
    name: 'minregexpire',
    sections: GENERAL,
    kind: 'int',
    unit: 's',
    default: '60',
    direction: 'inbound',
    description:
      'Shortest registration lifetime we grant to a peer that registers with us. If it exceeds maxregexpire, Asterisk warns and lowers it to that value.',
  },
  {
    name: 'regcontext',
    sections: GENERAL,
    kind: 'context',
    direction: 'inbound',
    description:
      'Dialplan context in which Asterisk adds a NoOp extension while a peer is registered with us and removes it when the registration ends. The extension is the peer\'s regexten, or its name. The context is created if missing.',
  },
  {
    name: 'rtcachefriends',
    sections: GENERAL,
    kind: 'bool',
    default: 'no',
    direction: 'none',
    description: 'Keep users and peers loaded from realtime in memory, as if they had been written in this file.',
  },
  {
    name: 'rtignoreregexpire',
    sections: GENERAL,
    kind: 'bool',
    default: 'no',
    direction: 'outbound',
    description: 'When a realtime peer\'s stored registration has expired, still use the stored address to reach it.',
  },
  {
    name: 'rtupdate',
    sections: GENERAL,
    kind: 'bool',
    default: 'yes',
    direction: 'inbound',
    description:
      'Write the address, port, lifetime and user name of a peer that registers with us back to the realtime database.',
  },
  {
    name: 'rtsavesysname',
    sections: GENERAL,
    kind: 'bool',
    default: 'no',
    direction: 'inbound',
    description: 'Also store this system\'s name in the realtime database when a peer registers with us.',
  },
  {
    name: 'rtautoclear',
    sections: GENERAL,
    kind: 'text',
    values: yesNoOrNumber(
      'Drop cached realtime friends when their registration would expire (120 s when no number is given).',
      'Keep cached realtime friends.',
    ),
    default: 'no',
    direction: 'none',
    description:
      'Forget realtime friends cached by rtcachefriends after a while. Takes yes, no, or a number of seconds to use instead of the registration lifetime.',
  },

  // ---------------------------------------------------------------- [general]: trunking
  {
    name: 'trunktimestamps',
    sections: GENERAL,
    kind: 'bool',
    default: 'no',
    direction: 'none',
    description:
      'Send a timestamp with each sub-frame inside trunk frames so timing survives end to end, at a small bandwidth cost per call.',
  },
  {
    name: 'trunkfreq',
    sections: GENERAL,
    kind: 'int',
    min: 10,
    max: 1000,
    unit: 'ms',
    default: '20',
    direction: 'none',
    description:
      'Interval at which queued trunk data is sent; out-of-range values are clamped. A trunk frame that reaches trunkmtu leaves earlier.',
  },
  {
    name: 'trunkmtu',
    sections: GENERAL,
    kind: 'int',
    min: 172,
    max: 3999,
    alsoAllowed: [0],
    unit: 'bytes',
    default: '1240',
    direction: 'none',
    description:
      'Largest trunk message before it is split, to avoid IP fragmentation. 0 leaves splitting to the OS; any other value must be 172-3999, otherwise a notice is logged and the old value stays.',
  },
  {
    name: 'trunkmaxsize',
    sections: GENERAL,
    kind: 'int',
    min: 0,
    unit: 'bytes',
    default: '128000',
    direction: 'none',
    description:
      'Most trunk payload that may be buffered at once; beyond it calls lose audio. The default suits roughly 800 ulaw calls at 20 ms frames; 0 restores the default.',
  },

  // ---------------------------------------------------------------- [general]: calls and codecs
  {
    name: 'autokill',
    sections: GENERAL,
    kind: 'text',
    values: yesNoOrNumber('Give up after 2000 ms.', 'Wait for the acknowledgement as long as it takes.'),
    default: 'no',
    direction: 'outbound',
    description:
      'Abandon a call we place when the far end does not acknowledge our NEW in time. Takes yes (2000 ms), no, or a number of milliseconds; see qualify for a per-peer check.',
  },
  {
    name: 'bandwidth',
    sections: GENERAL,
    kind: 'enum',
    values: [
      { value: 'low', description: 'Only codecs suited to slow links.' },
      { value: 'medium', description: 'Excludes the codecs with the highest bit rates.' },
      { value: 'high', description: 'Every codec may be used.' },
    ],
    default: 'high',
    direction: 'none',
    description:
      'Preselects the codec set by bandwidth class. It replaces the set built so far, so write it before allow and disallow or it undoes them.',
  },
  {
    name: 'allow',
    sections: EVERYWHERE,
    kind: 'codecList',
    repeatable: true,
    direction: 'none',
    description:
      'Codecs to add to the permitted set, separated by commas (or |); all means every codec. Lines accumulate in order together with disallow, and the order also sets codec preference.',
  },
  {
    name: 'disallow',
    sections: EVERYWHERE,
    kind: 'codecList',
    repeatable: true,
    direction: 'none',
    description:
      'Codecs to remove from the permitted set, usually disallow=all before a list of allow lines. Names must be real format names (g723, not g723.1).',
  },
  {
    name: 'codecpriority',
    sections: GENERAL_AND_USER,
    kind: 'enum',
    values: [
      { value: 'caller', description: 'The caller\'s codec preference order wins over ours.' },
      {
        value: 'host',
        description:
          'Meant as "our order wins" and documented as the default, but the parser has no branch for it: it changes nothing, so it cannot undo caller, disabled or reqonly set in [general].',
      },
      { value: 'disabled', description: 'Ignore preference order altogether (the behaviour before preferences existed).' },
      {
        value: 'reqonly',
        description: 'Like disabled, and accept the call only if the exact requested format is available.',
      },
    ],
    default: 'host',
    direction: 'inbound',
    description:
      'How codecs are chosen for calls that come to us. Set in [general] it is inherited by every user and can be overridden per user.',
  },
  {
    name: 'iaxcompat',
    sections: GENERAL,
    kind: 'bool',
    default: 'no',
    direction: 'inbound',
    description:
      'Answer incoming dialplan requests (DPREQ) from a separate thread instead of blocking, for setups where dialplan lookups are slow. Costs a little performance.',
  },
  {
    name: 'srvlookup',
    sections: GENERAL,
    kind: 'bool',
    default: 'no',
    direction: 'outbound',
    description: 'Resolve peer hosts and register targets through DNS SRV records (_iax._udp) before plain address lookup.',
  },
  {
    name: 'shrinkcallerid',
    sections: GENERAL,
    kind: 'bool',
    default: 'yes',
    direction: 'inbound',
    description:
      'Strip punctuation such as parentheses, spaces, dots and dashes from caller ID numbers. Turn it off when the number must be kept exactly as sent. Only valid in [general].',
  },
  {
    name: 'subscribe_network_change_event',
    sections: GENERAL,
    kind: 'bool',
    default: 'yes',
    direction: 'outbound',
    description:
      'When res_stun_monitor reports that our public address changed, send all our outbound registrations again. Has no effect until that module is set up.',
  },
  {
    name: 'tos',
    sections: GENERAL,
    kind: 'tos',
    default: '0',
    direction: 'none',
    description:
      'IP TOS / DSCP marking of IAX2 packets: a number or a name such as ef, cs3 or af41. Read before the other lines, so it applies to every socket wherever it is written.',
  },
  {
    name: 'cos',
    sections: GENERAL,
    kind: 'cos',
    default: '0',
    direction: 'none',
    description: 'Ethernet 802.1p priority (0-7) for IAX2 packets.',
  },

  // ---------------------------------------------------------------- [general]: security and call tokens
  {
    name: 'authdebug',
    sections: GENERAL,
    kind: 'bool',
    default: 'no',
    direction: 'inbound',
    description: 'Log extra detail about authentication of incoming calls and registrations.',
  },
  {
    name: 'delayreject',
    sections: GENERAL,
    kind: 'bool',
    default: 'no',
    direction: 'inbound',
    description:
      'Wait before answering a failed password check on a call or registration, which slows down password-guessing attacks.',
  },
  {
    name: 'allowfwdownload',
    sections: GENERAL,
    kind: 'bool',
    default: 'no',
    direction: 'inbound',
    description:
      'Serve firmware to IAXy devices that ask for it. The mechanism can be abused for traffic amplification, so leave it off outside a trusted network.',
  },
  {
    name: 'calltokenoptional',
    sections: GENERAL,
    kind: 'acl',
    repeatable: true,
    direction: 'inbound',
    description:
      'One address[/mask] range per line from which calls and registrations may skip call-token validation, for old IAX2 devices. An invalid range stops Asterisk from loading the rest of iax.conf.',
  },
  {
    name: 'calltokenexpiration',
    sections: GENERAL,
    kind: 'int',
    min: 1,
    unit: 's',
    default: '10',
    direction: 'inbound',
    description: 'How long an issued call token stays valid; raise it on slow or lossy networks.',
  },
  {
    name: 'maxcallnumbers',
    sections: ['general', 'peer'],
    kind: 'int',
    min: 0,
    max: 65535,
    default: '2048',
    direction: 'inbound',
    description:
      'Most call numbers one remote IP address may hold at a time. In a peer it overrides [general] and [callnumberlimits], and for a dynamic peer it only applies once the peer has registered.',
  },
  {
    name: 'maxcallnumbers_nonvalidated',
    sections: GENERAL,
    kind: 'int',
    min: 0,
    max: 65535,
    default: '8192',
    direction: 'inbound',
    description:
      'Total call numbers, summed over all addresses, that may be used by connections that skipped call-token validation.',
  },
  {
    name: 'requirecalltoken',
    sections: ENDPOINT,
    kind: 'enum',
    values: [
      { value: 'yes', description: 'Always demand a call token from this user or peer.' },
      { value: 'no', description: 'Accept calls and registrations without a call token.' },
      {
        value: 'auto',
        description: 'Optional until the other side once authenticates with a token; required from then on.',
      },
    ],
    default: 'yes',
    direction: 'inbound',
    description:
      'Whether calls and registrations from this user or peer must carry a call token (unless calltokenoptional covers its address). Not accepted in [general], where it is silently ignored.',
  },

  // ---------------------------------------------------------------- authentication
  {
    name: 'auth',
    sections: EVERYWHERE,
    kind: 'enumList',
    values: [
      { value: 'md5', description: 'Challenge/response with an MD5 digest; both ends must know the secret.' },
      {
        value: 'rsa',
        description: 'Public/private key signatures: inkeys check the other side, outkey signs for us.',
      },
      {
        value: 'plaintext',
        description: 'Sends the secret unencrypted; Asterisk warns that it is deprecated.',
        deprecatedBy: 'md5',
      },
    ],
    default: 'md5',
    direction: 'both',
    description:
      'Both directions: the methods we accept from a user that calls us and the methods we may use toward a peer, e.g. md5,rsa (any separator works). Left unset, a user accepts md5 (plus rsa when inkeys is set) and a peer uses md5.',
  },
  {
    name: 'secret',
    sections: ENDPOINT,
    kind: 'secret',
    repeatable: true,
    direction: 'both',
    description:
      'Both directions: in a user, the password a caller must prove (every secret line is kept and each is accepted); in a peer, the password we present when calling it or check when it registers, where only the last line counts.',
  },
  {
    name: 'dbsecret',
    sections: ENDPOINT,
    kind: 'secret',
    direction: 'both',
    description: 'Take the secret from the Asterisk database instead of this file, written as family/key.',
  },
  {
    name: 'inkeys',
    sections: ENDPOINT,
    kind: 'text',
    direction: 'inbound',
    description:
      'Inbound: names of public keys (keys/<name>.pub) that may prove the identity of a user calling us or a peer registering with us, separated by colons. Only one line counts, so list every key on it.',
  },
  {
    name: 'outkey',
    sections: PEER,
    kind: 'text',
    direction: 'outbound',
    description:
      'Outbound: name of our private key (keys/<name>.key) used to sign in with RSA when we call this peer. Not given as an example line in the sample file.',
  },
  {
    name: 'username',
    sections: PEER,
    kind: 'text',
    direction: 'outbound',
    description:
      'Outbound: the name we sign in with when we call this peer, i.e. the user section the remote box must have for us. Not deprecated in IAX, unlike in sip.conf.',
  },
  {
    name: 'encryption',
    sections: EVERYWHERE,
    kind: 'enum',
    values: ENCRYPTION_VALUES,
    default: 'no',
    accumulates: {
      resetBy: [],
      note: 'chan_iax2 ORs every encryption line into what is already set: a later encryption=no does not turn off an earlier yes or aes128.',
    },
    direction: 'both',
    description:
      'Allow AES-128 media encryption on calls in both directions, without forcing it (md5 or rsa auth and a secret are needed). The value is OR-ed with [general], so encryption=no in a user or peer cannot undo it; a reload does not clear the [general] value either.',
  },
  {
    name: 'forceencryption',
    sections: EVERYWHERE,
    kind: 'enum',
    values: ENCRYPTION_VALUES,
    default: 'no',
    direction: 'both',
    description:
      'Refuse calls that cannot be encrypted; any value except no also turns encryption on. no only clears the force flag.',
  },
  {
    name: 'keyrotate',
    sections: ENDPOINT,
    kind: 'text',
    direction: 'both',
    description:
      'Appears in the sample file but chan_iax2 never reads it, so any value has no effect. Key rotation always comes with encryption=yes or aes128.',
  },
  {
    name: 'maxauthreq',
    sections: GENERAL_AND_USER,
    kind: 'int',
    min: 0,
    default: '3',
    direction: 'inbound',
    description:
      'How many authentication challenges may wait for an answer at once; further attempts are refused until one completes or expires.',
  },

  // ---------------------------------------------------------------- users and peers: identity and routing
  {
    name: 'type',
    sections: ENDPOINT,
    kind: 'enum',
    values: [
      { value: 'user', description: 'Inbound only: it calls us and is authenticated by its section name; we cannot call it.' },
      { value: 'peer', description: 'Outbound only: we call it (or it registers with us); it cannot place calls to us.' },
      { value: 'friend', description: 'Both directions: Asterisk builds a user and a peer from the same lines.' },
    ],
    direction: 'both',
    description:
      'Picks the direction of the section: user is inbound (it calls us), peer is outbound (we call it), friend is both. Required everywhere except [general] and [callnumberlimits]; up to Asterisk 22 the first type line wins (a template\'s included), from 23 the last.',
  },
  {
    name: 'context',
    sections: ENDPOINT,
    kind: 'context',
    repeatable: true,
    direction: 'inbound',
    description:
      'Inbound: the dialplan context where calls from this user start. A user may list several lines; all are allowed and the first is the default. In a peer it only names the local channel context of calls we place to it; the context asked of the remote side is peercontext.',
  },
  {
    name: 'host',
    sections: PEER,
    kind: 'host',
    direction: 'outbound',
    description:
      'Outbound: where we send calls for this peer, as a hostname or IP address. dynamic means the peer registers with us to say where it is; a name that does not resolve means the peer is not created.',
  },
  {
    name: 'defaultip',
    sections: PEER,
    kind: 'host',
    direction: 'outbound',
    description:
      'Address used to call a host=dynamic peer while it is not registered. If it does not resolve, the peer is not created.',
  },
  {
    name: 'port',
    sections: PEER,
    kind: 'port',
    default: '4569',
    direction: 'outbound',
    description:
      'UDP port of the peer. Order-dependent: after host=dynamic it sets the port of defaultip, otherwise the port of host.',
  },
  {
    name: 'sourceaddress',
    sections: PEER,
    kind: 'addr',
    direction: 'outbound',
    description:
      'Local address[:port] our packets to this peer come from; it must be one we listen on (bindaddr), otherwise Asterisk warns and uses the default socket.',
  },
  {
    name: 'mask',
    sections: PEER,
    kind: 'addr',
    default: '255.255.255.255',
    direction: 'outbound',
    description: 'Netmask applied to the peer\'s address. Rarely needed; the default matches exactly one host.',
  },
  {
    name: 'peercontext',
    sections: PEER,
    kind: 'context',
    direction: 'outbound',
    description: 'Context on the remote side that we request when we call this peer and the dial string names no context.',
  },
  {
    name: 'regexten',
    sections: PEER,
    kind: 'text',
    direction: 'outbound',
    description:
      'Extension(s) created in regcontext while this peer is registered with us, several joined by &; defaults to the peer\'s name. Lets the dialplan see whether the peer is reachable.',
  },
  {
    name: 'sendani',
    sections: PEER,
    kind: 'bool',
    default: 'no',
    direction: 'outbound',
    description: 'Send the ANI (the calling number) as a separate element on calls we place to this peer.',
  },
  {
    name: 'trunk',
    sections: ENDPOINT,
    kind: 'bool',
    default: 'no',
    direction: 'both',
    description:
      'Bundle the media of all calls with this user or peer into shared trunk frames to save bandwidth. Needs a timing source; without one Asterisk warns and turns it off.',
  },
  {
    name: 'qualify',
    sections: PEER,
    kind: 'text',
    values: yesNoOrNumber('Check the peer; it counts as lagged above 2000 ms.', 'Do not check the peer.'),
    default: 'no',
    direction: 'outbound',
    description:
      'Outbound: poke the peer periodically and mark it unreachable or lagged when it answers slowly. Takes yes (2000 ms), no, or the largest acceptable reply time in milliseconds.',
  },
  {
    name: 'qualifysmoothing',
    sections: PEER,
    kind: 'bool',
    default: 'no',
    direction: 'outbound',
    description: 'Average the last two reply times before judging the peer, to avoid false lagged states.',
  },
  {
    name: 'qualifyfreqok',
    sections: PEER,
    kind: 'int',
    unit: 'ms',
    default: '60000',
    direction: 'outbound',
    description: 'Interval between qualify pokes while the peer answers normally.',
  },
  {
    name: 'qualifyfreqnotok',
    sections: PEER,
    kind: 'int',
    unit: 'ms',
    default: '10000',
    direction: 'outbound',
    description: 'Interval between qualify pokes while the peer is lagged or unreachable.',
  },
  {
    name: 'timezone',
    sections: PEER,
    kind: 'text',
    direction: 'outbound',
    description: 'Time zone name, e.g. America/New_York, used for the date and time we send to this peer.',
  },
  {
    name: 'description',
    sections: PEER,
    kind: 'text',
    direction: 'none',
    description: 'Free text shown next to the peer in the CLI peer list.',
  },

  // ---------------------------------------------------------------- users and peers: caller ID and channel settings
  {
    name: 'callerid',
    sections: ENDPOINT,
    kind: 'text',
    direction: 'both',
    description:
      'Caller ID as "Name" <number>. In a user it replaces what the caller sends (asreceived or empty keeps the caller\'s own); in a peer it is the identity suggested for that peer.',
  },
  {
    name: 'fullname',
    sections: ENDPOINT,
    kind: 'text',
    direction: 'both',
    description: 'Sets only the name part of callerid. Parsed by the code but not documented in the sample file.',
  },
  {
    name: 'cid_number',
    sections: ENDPOINT,
    kind: 'text',
    direction: 'both',
    description: 'Sets only the number part of callerid. Parsed by the code but not documented in the sample file.',
  },
  {
    name: 'permit',
    sections: ENDPOINT,
    kind: 'acl',
    repeatable: true,
    direction: 'inbound',
    description:
      'Address ranges (addr[/mask], comma separated, ! negates) allowed to call in as this user or to register as this peer. Combined in order with deny; bad entries are skipped silently.',
  },
  {
    name: 'deny',
    sections: ENDPOINT,
    kind: 'acl',
    repeatable: true,
    direction: 'inbound',
    description:
      'Address ranges refused as this user or as a registering peer, usually deny=0.0.0.0/0.0.0.0 followed by permit lines.',
  },
  {
    name: 'acl',
    sections: ENDPOINT,
    kind: 'aclName',
    repeatable: true,
    direction: 'inbound',
    description: 'Applies a named access list from acl.conf to calls from this user or registrations of this peer.',
  },
  {
    name: 'setvar',
    sections: USER,
    kind: 'text',
    repeatable: true,
    direction: 'inbound',
    description: 'Sets a channel variable (NAME=value) on every call from this user; each line adds one.',
  },
  {
    name: 'immediate',
    sections: USER,
    kind: 'bool',
    default: 'no',
    direction: 'inbound',
    description:
      'Hot-line: calls from this user go straight to the s extension of its context without dialled digits, e.g. for lift phones. Give it a secret.',
  },
  {
    name: 'transfer',
    sections: EVERYWHERE,
    kind: 'enum',
    values: [
      { value: 'yes', description: 'Allow native transfers that take Asterisk out of the call.' },
      { value: 'no', description: 'Keep all call traffic flowing through Asterisk.' },
      { value: 'mediaonly', description: 'Transfer only the media stream; signalling stays with Asterisk.' },
    ],
    default: 'yes',
    direction: 'none',
    description: 'Whether IAX2 native transfer may connect the two endpoints directly.',
  },
  {
    name: 'connectedline',
    sections: EVERYWHERE,
    kind: 'enum',
    values: [
      { value: 'yes', description: 'Send and accept updates.' },
      { value: 'no', description: 'Neither send nor accept updates.' },
      { value: 'send', description: 'Only send our updates.' },
      { value: 'receive', description: 'Only act on updates we receive.' },
    ],
    default: 'no',
    direction: 'both',
    description:
      'Exchange connected-line and redirecting updates with the other Asterisk. Keep it no toward Asterisk 1.4, which is incompatible and drops such calls.',
  },
  {
    name: 'adsi',
    sections: EVERYWHERE,
    kind: 'bool',
    default: 'no',
    direction: 'none',
    description: 'Mark the device as capable of ADSI (Analog Display Services Interface).',
  },
  {
    name: 'mohinterpret',
    sections: EVERYWHERE,
    kind: 'text',
    direction: 'none',
    description:
      'Music-on-hold class we play when the other side puts this channel on hold and no class was set or suggested. passthrough forwards the hold as signalling instead.',
  },
  {
    name: 'mohsuggest',
    sections: EVERYWHERE,
    kind: 'text',
    direction: 'none',
    description: 'Music-on-hold class we suggest to the other side when this channel puts it on hold.',
  },
  {
    name: 'parkinglot',
    sections: GENERAL_AND_USER,
    kind: 'text',
    direction: 'inbound',
    description: 'Parking lot (defined in features.conf) used by calls from this user.',
  },
  {
    name: 'accountcode',
    sections: GENERAL_AND_USER,
    kind: 'text',
    direction: 'inbound',
    description: 'Account code written into the call records of calls from this user.',
  },
  {
    name: 'amaflags',
    sections: GENERAL_AND_USER,
    kind: 'enum',
    values: [
      { value: 'default', description: 'The system default, which is documentation.' },
      { value: 'omit', description: 'Leave the call out of billing.' },
      { value: 'billing', description: 'Mark the call for billing.' },
      { value: 'documentation', description: 'Record the call for documentation only.' },
    ],
    direction: 'inbound',
    description:
      'AMA flag stored in the call records of calls from this user. An unknown word is not reported; it quietly leaves the flag unset.',
  },
  {
    name: 'language',
    sections: GENERAL_AND_USER,
    kind: 'text',
    direction: 'inbound',
    description: 'Language tag such as en or de for prompts on calls from this user.',
  },
  {
    name: 'mailbox',
    sections: PEER,
    kind: 'text',
    direction: 'outbound',
    description: 'Voicemail box(es) whose message-waiting state we report to this peer, as mailbox@context, comma separated.',
  },
  {
    name: 'hasvoicemail',
    sections: PEER,
    kind: 'bool',
    default: 'no',
    direction: 'outbound',
    description:
      'Left over from users.conf integration: gives the peer a mailbox named after itself. Removed in Asterisk 23 with users.conf support.',
  },
];

/**
 * [callnumberlimits] holds no options: each line is `address[/mask] = limit`, so it is described here
 * instead of as an OptionEntry (a key that is an address range would never match by name).
 */
export const callNumberLimitsDescription =
  'Each line sets how many call numbers every single address in a range may use, written address[/mask] = limit ' +
  '(a number, 0 or more). These limits beat maxcallnumbers in [general] but lose to maxcallnumbers in a peer. ' +
  'The section needs no type=; a bad range is logged as an error and that line is skipped.';
