/**
 * sip.conf options that chan_sip reads only in [general] (reload_config's chain, not build_peer).
 * Written in one of a device section they are silently ignored, which is why they live apart from the
 * device options (sipDeviceOptions). Ground truth: asterisk-facts.md §2 and sip-options.json.
 */

import type { OptionEntry } from './catalogTypes';

export const sipGeneralOptions: readonly OptionEntry[] = [
  // ---- Authentication and guests: how we treat requests that come to us ----
  {
    name: 'allowguest',
    sections: ['general'],
    kind: 'bool',
    default: 'yes',
    direction: 'inbound',
    description:
      'Accepts calls from senders that match no configured device and sends them into the [general] context. ' +
      'On a box reachable from the Internet either turn it off or make sure that context offers nothing you would not give to strangers.',
  },
  {
    name: 'alwaysauthreject',
    sections: ['general'],
    kind: 'bool',
    default: 'yes',
    direction: 'inbound',
    description:
      'Every refusal of an INVITE or REGISTER sent to us looks like a wrong password for an existing name, ' +
      'so a scanner cannot learn which device names are valid.',
  },
  {
    name: 'auth_options_requests',
    sections: ['general'],
    kind: 'bool',
    default: 'no',
    direction: 'inbound',
    description:
      'Challenges incoming OPTIONS requests for credentials the same way INVITEs are challenged. Only a true value changes anything.',
  },
  {
    name: 'auth_message_requests',
    sections: ['general'],
    kind: 'bool',
    default: 'yes',
    direction: 'inbound',
    description:
      'Challenges incoming MESSAGE requests for credentials. Turning it off saves the digest exchange when the message body carries its own end-to-end security.',
  },
  {
    name: 'accept_outofcall_message',
    sections: ['general'],
    kind: 'bool',
    default: 'yes',
    direction: 'inbound',
    description:
      'Hands MESSAGE requests that arrive outside any call to the dialplan. Set it to no to refuse them all.',
  },
  {
    name: 'authfailureevents',
    sections: ['general'],
    kind: 'bool',
    default: 'no',
    direction: 'inbound',
    description:
      'Raises a manager (AMI) PeerStatus event with status Rejected whenever a device fails to authenticate to us; useful to feed an intrusion blocker.',
  },
  {
    name: 'match_auth_username',
    sections: ['general'],
    kind: 'bool',
    default: 'no',
    direction: 'inbound',
    description:
      "Finds the device for an incoming request by the username in its Authorization header, when present, instead of the user part of the From header.",
  },
  {
    name: 'realm',
    sections: ['general'],
    kind: 'text',
    default: 'asterisk',
    direction: 'inbound',
    description:
      'The realm named in the digest challenges we send. Without it Asterisk uses the systemname from asterisk.conf, or "asterisk". ' +
      'RFC 3261 wants it globally unique (use your domain). Changing it invalidates every md5secret, since that hash includes the realm.',
  },
  {
    name: 'domainsasrealm',
    sections: ['general'],
    kind: 'bool',
    default: 'no',
    direction: 'inbound',
    description:
      'Picks the challenge realm from the domain of the request (From/To) when it matches one of the domain= entries, so one box can serve several realms; otherwise realm= is used.',
  },
  {
    name: 'autocreatepeer',
    sections: ['general'],
    kind: 'enum',
    values: [
      { value: 'no', description: 'Only configured devices may register.' },
      {
        value: 'yes',
        description: 'Any client that registers gets a device created on the fly, without authentication; these devices vanish on reload.',
      },
      { value: 'persist', description: 'Like yes, but the created devices survive a reload.' },
    ],
    default: 'no',
    direction: 'inbound',
    description:
      'Creates a device for any client that REGISTERs although it is not configured, with no password check at all. ' +
      'A serious security hole outside a trusted network.',
  },
  {
    name: 'dynamic_exclude_static',
    deprecatedAliases: { dynamic_excludes_static: 'dynamic_exclude_static' },
    aliases: ['dynamic_excludes_static'],
    sections: ['general'],
    kind: 'bool',
    default: 'no',
    direction: 'inbound',
    description:
      'Refuses a registration from a host=dynamic device when its address is one used by a device with a fixed host, ' +
      'so that a phone cannot register from, say, your provider\'s address. The misspelling dynamic_excludes_static is read too.',
  },
  {
    name: 'tcpauthtimeout',
    sections: ['general'],
    kind: 'int',
    min: 1,
    max: 2147483647,
    unit: 's',
    default: '30',
    direction: 'inbound',
    description:
      'How long a client that opened a TCP or TLS connection to us has to authenticate before we drop the connection.',
  },
  {
    name: 'tcpauthlimit',
    sections: ['general'],
    kind: 'int',
    min: 1,
    max: 2147483647,
    default: '100',
    direction: 'inbound',
    description:
      'The most TCP or TLS connections that may be open to us at the same time while still unauthenticated; further ones are refused.',
  },

  // ---- Registrations that come to us, and subscriptions ----
  {
    name: 'maxexpiry',
    deprecatedAliases: { maxexpirey: 'maxexpiry' },
    aliases: ['maxexpirey'],
    sections: ['general'],
    kind: 'int',
    unit: 's',
    default: '3600',
    direction: 'inbound',
    description:
      'The longest registration period we grant to a device that registers to us; longer requests are cut down to this. The misspelling maxexpirey is read too.',
  },
  {
    name: 'minexpiry',
    deprecatedAliases: { minexpirey: 'minexpiry' },
    aliases: ['minexpirey'],
    sections: ['general'],
    kind: 'int',
    unit: 's',
    default: '60',
    direction: 'inbound',
    description:
      'The shortest registration period we accept from a device registering to us; a shorter request is answered with 423 Interval Too Brief. The misspelling minexpirey is read too.',
  },
  {
    name: 'defaultexpiry',
    deprecatedAliases: { defaultexpirey: 'defaultexpiry' },
    aliases: ['defaultexpirey'],
    sections: ['general'],
    kind: 'int',
    unit: 's',
    default: '120',
    direction: 'both',
    description:
      'The registration period used when an incoming REGISTER names none, and the period of our own register lines that have no ~expiry. ' +
      'Order matters: a register line only sees a defaultexpiry written above it, so put this option first. The misspelling defaultexpirey is read too.',
  },
  {
    name: 'submaxexpiry',
    deprecatedAliases: { submaxexpirey: 'submaxexpiry' },
    aliases: ['submaxexpirey'],
    sections: ['general'],
    kind: 'int',
    unit: 's',
    direction: 'inbound',
    description:
      'The longest subscription period granted to a SUBSCRIBE that comes to us (presence, MWI). Defaults to the value of maxexpiry. The misspelling submaxexpirey is read too.',
  },
  {
    name: 'subminexpiry',
    deprecatedAliases: { subminexpirey: 'subminexpiry' },
    aliases: ['subminexpirey'],
    sections: ['general'],
    kind: 'int',
    unit: 's',
    direction: 'inbound',
    description:
      'The shortest subscription period accepted from a SUBSCRIBE that comes to us. Defaults to the value of minexpiry. The misspelling subminexpirey is read too.',
  },
  {
    name: 'regcontext',
    sections: ['general'],
    kind: 'text',
    direction: 'inbound',
    description:
      'A dialplan context (or several joined with &) where Asterisk adds an extension, with a NoOp priority, for every device that registers to us and removes it when the registration lapses; ' +
      'the extension is the device\'s regexten, or its name. Asterisk creates the context itself, so it need not exist in extensions.conf.',
  },
  {
    name: 'regextenonqualify',
    sections: ['general'],
    kind: 'bool',
    default: 'no',
    direction: 'inbound',
    description:
      'Also removes a device\'s regcontext extension while qualify reports the device unreachable, and restores it when the device answers again.',
  },
  {
    name: 'ignoreregexpire',
    sections: ['general'],
    kind: 'bool',
    default: 'no',
    direction: 'inbound',
    description:
      'Keeps the last known contact of a device whose registration has expired (in memory, astdb or the realtime table), so calls still try that address instead of failing at once.',
  },
  {
    name: 'notifyringing',
    sections: ['general'],
    kind: 'enum',
    values: [
      { value: 'yes', description: 'Always report the ringing state to subscribers.' },
      { value: 'no', description: 'Never report ringing; subscribers only see in use and idle.' },
      {
        value: 'notinuse',
        description: 'Report ringing only for extensions that are not otherwise busy, so a lamp shows who is free to pick up.',
      },
    ],
    default: 'yes',
    direction: 'inbound',
    description:
      'Whether the dialog-state notifications we send to devices that subscribed to an extension (BLF lamps) include the ringing state.',
  },
  {
    name: 'notifyhold',
    sections: ['general'],
    kind: 'bool',
    default: 'no',
    direction: 'inbound',
    description:
      'Reports the on-hold state to devices subscribed to an extension. With realtime, this and notifyringing cost extra database traffic.',
  },
  {
    name: 'notifycid',
    sections: ['general'],
    kind: 'enum',
    values: [
      { value: 'no', description: 'Send no caller ID in the notifications.' },
      {
        value: 'yes',
        description: 'Include the ringing caller\'s ID; only works when the call uses the same extension and context as the hint.',
      },
      {
        value: 'ignore-context',
        description: 'Include the caller ID while ignoring the called context when searching for the ringing channel; pickups through the NOTIFY then use the PICKUPMARK context.',
      },
    ],
    default: 'no',
    direction: 'inbound',
    description:
      'Adds the caller ID of a ringing call to dialog-info notifications sent to subscribed phones (snom and similar show it on the BLF key). Only one caller is reported even if several calls ring.',
  },
  {
    name: 'notifymimetype',
    sections: ['general'],
    kind: 'text',
    default: 'application/simple-message-summary',
    direction: 'outbound',
    description: 'The Content-Type we put on the message-waiting (MWI) NOTIFY requests we send to phones.',
  },

  // ---- Our registrations and subscriptions to other servers ----
  {
    name: 'register',
    sections: ['general'],
    kind: 'register',
    repeatable: true,
    direction: 'outbound',
    description:
      'Us authenticating to a remote server (a provider or another PBX) and telling it where it can reach us; the remote side must know us as a host=dynamic peer. ' +
      'Grammar: [peer?][transport://]user[@domain][:secret[:authuser]]@host[:port][/extension][~expiry]. ' +
      'Calls the remote sends back arrive at extension (default s); peer? names the device whose settings apply to them. ' +
      'The host is what follows the last @. Without ~expiry the defaultexpiry written above this line is used. Usually written register =>; one line per registration.',
  },
  {
    name: 'registertimeout',
    sections: ['general'],
    kind: 'int',
    unit: 's',
    default: '20',
    direction: 'outbound',
    description: 'How long we wait for an answer to one of our REGISTER requests before trying again.',
  },
  {
    name: 'registerattempts',
    sections: ['general'],
    kind: 'int',
    min: 0,
    default: '0',
    direction: 'outbound',
    description:
      'How many times we retry a registration that fails before giving up; 0 means keep trying forever.',
  },
  {
    name: 'register_retry_403',
    sections: ['general'],
    kind: 'bool',
    default: 'no',
    direction: 'outbound',
    description:
      'Handles a 403 Forbidden answer to our REGISTER like a 401 challenge and keeps retrying on the normal schedule, instead of abandoning the registration.',
  },
  {
    name: 'mwi',
    sections: ['general'],
    kind: 'text',
    repeatable: true,
    direction: 'outbound',
    description:
      'Subscribes us to message-waiting notifications for a mailbox on a remote server, with the grammar user[:secret[:authuser]]@host[:port]/mailbox (mailbox required). ' +
      'The state received is made available inside Asterisk under that mailbox name. UDP only; usually written mwi =>, one line per subscription.',
  },
  {
    name: 'mwiexpiry',
    deprecatedAliases: { mwiexpirey: 'mwiexpiry' },
    aliases: ['mwiexpirey'],
    sections: ['general'],
    kind: 'int',
    unit: 's',
    default: '3600',
    direction: 'outbound',
    description: 'The period we request for our own outgoing MWI subscriptions (mwi lines). The misspelling mwiexpirey is read too.',
  },
  {
    name: 'srvlookup',
    sections: ['general'],
    kind: 'bool',
    default: 'yes',
    direction: 'outbound',
    description:
      'Looks up DNS SRV records when we call or register to a host name. Only the first SRV target is used; a port given for the peer or in the dial string skips the lookup.',
  },
  {
    name: 'qualifygap',
    sections: ['general'],
    kind: 'int',
    unit: 'ms',
    default: '100',
    direction: 'outbound',
    description: 'The pause between two groups of peers being qualified (OPTIONS pings), spreading the load of checking many peers.',
  },
  {
    name: 'qualifypeers',
    sections: ['general'],
    kind: 'int',
    default: '1',
    direction: 'outbound',
    description: 'How many peers are qualified together in one group before waiting qualifygap.',
  },
  {
    name: 'subscribe_network_change_event',
    sections: ['general'],
    kind: 'bool',
    default: 'yes',
    direction: 'outbound',
    description:
      'Listens for the network-change event of res_stun_monitor and then renews all our outbound registrations so the remote servers learn the new address.',
  },
  {
    name: 'send_diversion',
    sections: ['general'],
    kind: 'bool',
    default: 'yes',
    direction: 'outbound',
    description:
      'Adds a Diversion header describing the redirection to the INVITEs of forwarded calls we place. With no, none is sent unless the dialplan adds one.',
  },
  {
    name: 'refer_addheaders',
    sections: ['general'],
    kind: 'bool',
    default: 'yes',
    direction: 'outbound',
    description:
      'Copies the headers the dialplan added with SIPAddHeader onto the REFER sent by Transfer(). A compatibility switch for setups that relied on the older behaviour without them.',
  },

  // ---- Identity and SIP message handling ----
  {
    name: 'useragent',
    sections: ['general'],
    kind: 'text',
    default: 'Asterisk PBX <version>',
    direction: 'both',
    description:
      'The text we send in the User-Agent header of our requests and the Server header of our responses. Hiding the version gives scanners less to go on.',
  },
  {
    name: 'sdpsession',
    sections: ['general'],
    kind: 'text',
    default: 'Asterisk PBX <version>',
    direction: 'none',
    description: 'The session name (the s= line) in the SDP bodies we send.',
  },
  {
    name: 'sdpowner',
    sections: ['general'],
    kind: 'text',
    default: 'root',
    direction: 'none',
    description:
      'The user name in the o= (owner) line of the SDP bodies we send. It must not contain spaces: such a value is rejected with a warning and the default is kept.',
  },
  {
    name: 'compactheaders',
    sections: ['general'],
    kind: 'bool',
    default: 'no',
    direction: 'none',
    description:
      'Writes the one-letter short forms of SIP header names in the messages we send, making them smaller (e.g. to stay under the UDP MTU).',
  },
  {
    name: 'pedantic',
    sections: ['general'],
    kind: 'bool',
    default: 'yes',
    direction: 'inbound',
    description:
      'Strict RFC handling of the SIP messages we receive: checks dialog tags, decodes escaped characters in URIs and accepts headers folded over several lines.',
  },
  {
    name: 'legacy_useroption_parsing',
    sections: ['general'],
    kind: 'bool',
    default: 'no',
    direction: 'inbound',
    description:
      'Cuts the user part of incoming SIP URIs at the first semicolon, as Asterisk 1.6.2 did, for devices that put user options there. ' +
      'A semicolon then cannot appear in device names or dialled extensions.',
  },
  {
    name: 'shrinkcallerid',
    sections: ['general'],
    kind: 'bool',
    default: 'yes',
    direction: 'inbound',
    description:
      'Strips formatting from received caller ID numbers (parentheses, spaces, dashes and dots that are not at the end, outside square brackets), so 555.5555 becomes 5555555. ' +
      'Turn it off when the number must stay exactly as sent.',
  },
  {
    name: 'storesipcause',
    sections: ['general'],
    kind: 'bool',
    default: 'no',
    deprecatedBy: 'HANGUPCAUSE() dialplan function',
    direction: 'none',
    description:
      'Stores the SIP response code of a failed call in the channel variable SIP_CAUSE. Deprecated and costly: a true value logs a warning; read the cause with HANGUPCAUSE() instead.',
  },
  {
    name: 'sipdebug',
    sections: ['general'],
    kind: 'bool',
    default: 'no',
    direction: 'none',
    description: 'Turns SIP message debugging on from the start, as the CLI command sip set debug on does.',
  },
  {
    name: 'recordhistory',
    sections: ['general'],
    kind: 'bool',
    default: 'no',
    direction: 'none',
    description: 'Keeps a short per-dialog history of SIP events, viewable with sip show history. Meant for debugging; it costs memory.',
  },
  {
    name: 'dumphistory',
    sections: ['general'],
    kind: 'bool',
    default: 'no',
    direction: 'none',
    description: 'Writes the recorded history of each dialog to the log when the dialog ends. Useful only together with recordhistory.',
  },

  // ---- Media behaviour ----
  {
    name: 'prematuremedia',
    sections: ['general'],
    kind: 'bool',
    default: 'yes',
    direction: 'none',
    description:
      'Holds back audio that arrives before the far end reports ringing or progress (some ISDN gateways send empty frames early), ' +
      'so we do not answer with a 183 carrying silence that would hide the ringback tone from the caller.',
  },
  {
    name: 'relaxdtmf',
    sections: ['general'],
    kind: 'bool',
    default: 'no',
    direction: 'none',
    description:
      'Makes the inband DTMF detector more tolerant, which helps with poor audio at the risk of hearing digits that were never pressed.',
  },
  {
    name: 'directrtpsetup',
    sections: ['general'],
    kind: 'bool',
    default: 'no',
    direction: 'none',
    description:
      'Experimental: lets the two endpoints exchange media directly from the first INVITE, without re-INVITEs later. ' +
      'Breaks with video, when the callee answers with payloads or fmtp that differ from the offer, and with NATed devices that have directmedia on.',
  },

  // ---- Realtime ----
  {
    name: 'rtcachefriends',
    sections: ['general'],
    kind: 'bool',
    default: 'no',
    direction: 'none',
    description:
      'Keeps devices loaded from the realtime database in memory once they are first needed, as if they came from the file. Without it qualify is switched off for realtime devices.',
  },
  {
    name: 'rtsavesysname',
    sections: ['general'],
    kind: 'bool',
    default: 'no',
    direction: 'inbound',
    description: 'Writes the systemname from asterisk.conf into the realtime table when a realtime device registers, recording which server took the registration.',
  },
  {
    name: 'rtsavepath',
    sections: ['general'],
    kind: 'bool',
    default: 'no',
    direction: 'inbound',
    description: 'Stores the Path headers of a realtime device\'s registration in the database.',
  },
  {
    name: 'rtupdate',
    sections: ['general'],
    kind: 'bool',
    default: 'yes',
    direction: 'inbound',
    description:
      'Writes a realtime device\'s registration (address, port, expiry, user agent, contact) back to the database when it registers.',
  },
  {
    name: 'rtautoclear',
    sections: ['general'],
    // yes, no or a number of seconds: `text` so that a number is not rejected, while the two keywords
    // still feed completion and hover (the same choice as iax's yes-no-or-number options).
    kind: 'text',
    values: [
      { value: 'yes', description: 'Expire cached devices after 120 seconds.' },
      { value: 'no', description: 'Keep cached devices in memory until the next reload.' },
    ],
    default: 'no',
    direction: 'none',
    description:
      'Drops a cached realtime device from memory when its registration expires, until it is needed again. Accepts yes, no, or a number of seconds after which cached devices expire (yes means 120). Only matters with rtcachefriends=yes.',
  },

  // ---- Timers ----
  {
    name: 't1min',
    sections: ['general'],
    kind: 'int',
    unit: 'ms',
    default: '100',
    direction: 'none',
    description:
      'The lower bound of the T1 retransmission timer, including when T1 is derived from the round trip that qualify measures to a host.',
  },

  // ---- Transports and addresses ----
  {
    name: 'bindaddr',
    aliases: ['udpbindaddr'],
    sections: ['general'],
    kind: 'addr',
    default: '0.0.0.0:5060',
    direction: 'none',
    description:
      'The IPv4 or IPv6 address, optionally with a port, where chan_sip listens for UDP. 0.0.0.0 (or [::] for both families) means every interface. udpbindaddr is another name for it.',
  },
  {
    name: 'bindport',
    sections: ['general'],
    kind: 'port',
    default: '5060',
    direction: 'none',
    description:
      'The UDP port to listen on. It is applied after the whole section is read, and if bindaddr also carries a port, Asterisk warns and uses this one; prefer writing the port in bindaddr.',
  },
  {
    name: 'tcpenable',
    sections: ['general'],
    kind: 'bool',
    default: 'no',
    direction: 'none',
    description:
      'Enables SIP over TCP (listener and outgoing connections). Unlike most booleans, any value that is not a "no" word turns it on. Devices may use transport=tcp only when this is on.',
  },
  {
    name: 'tcpbindaddr',
    sections: ['general'],
    kind: 'addr',
    direction: 'none',
    description: 'Address and optional port for the TCP listener (port 5060 unless given). Defaults to the UDP bind address.',
  },
  {
    name: 'websocket_enabled',
    sections: ['general'],
    kind: 'bool',
    default: 'yes',
    direction: 'none',
    description:
      'Lets chan_sip accept SIP over WebSocket through the HTTP server. Turn it off when res_pjsip_transport_websocket runs on the same system, since only one can own the WebSocket.',
  },
  {
    name: 'websocket_write_timeout',
    sections: ['general'],
    kind: 'int',
    unit: 'ms',
    default: '100',
    direction: 'none',
    description: 'Write timeout for WebSocket connections; raise it for slow clients that must receive large amounts of data.',
  },
  {
    name: 'rtpbindaddr',
    sections: ['general'],
    kind: 'addr',
    direction: 'none',
    description: 'The local address RTP sockets are bound to. Unset, the UDP SIP bind address is used.',
  },
  {
    name: 'media_address',
    sections: ['general'],
    kind: 'addr',
    direction: 'none',
    description:
      'The address we announce in SDP for our media, for when RTP must be reached at an address other than the signalling one.',
  },
  {
    name: 'localnet',
    sections: ['general'],
    kind: 'acl',
    repeatable: true,
    direction: 'none',
    description:
      'A network (address/mask or address/prefix length) that is local, i.e. not behind our NAT. Messages to addresses outside every localnet get the externaddr/externhost address; ' +
      'write one line per network.',
  },
  {
    name: 'externaddr',
    deprecatedAliases: { externip: 'externaddr' },
    aliases: ['externip'],
    sections: ['general'],
    kind: 'addr',
    direction: 'none',
    description:
      'Our public IP address[:port] when Asterisk sits behind a static NAT: written into the SIP headers and SDP of messages to addresses outside localnet. ' +
      'It must be numeric: a host name is logged as invalid and not applied. For a name, or a public address that changes, use externhost instead. The old name externip is still read but deprecated.',
  },
  {
    name: 'externhost',
    sections: ['general'],
    kind: 'hostPort',
    direction: 'none',
    description:
      'Like externaddr, but a host name (for a dynamic public IP) that is looked up again every externrefresh seconds. If the DNS lookup fails, calls through the NAT suffer.',
  },
  {
    name: 'externrefresh',
    sections: ['general'],
    kind: 'int',
    unit: 's',
    default: '10',
    direction: 'none',
    description: 'How often the externhost name is resolved again.',
  },
  {
    name: 'externtcpport',
    sections: ['general'],
    kind: 'port',
    default: '0',
    direction: 'none',
    description: 'The public TCP port the NAT maps to our TCP listener. When unset (0), the port of externaddr/externhost is used.',
  },
  {
    name: 'externtlsport',
    sections: ['general'],
    kind: 'port',
    default: '0',
    direction: 'none',
    description: 'The public TLS port the NAT maps to our TLS listener. When unset (0), the standard 5061 is assumed.',
  },
  {
    name: 'matchexternaddrlocally',
    deprecatedAliases: { matchexterniplocally: 'matchexternaddrlocally' },
    aliases: ['matchexterniplocally'],
    sections: ['general'],
    kind: 'bool',
    default: 'no',
    direction: 'none',
    description:
      'Applies externaddr/externhost only when the address we send to is itself inside a localnet; for unusual topologies only. The old name matchexterniplocally is still read but deprecated.',
  },

  // ---- Domains ----
  {
    name: 'domain',
    sections: ['general'],
    kind: 'text',
    repeatable: true,
    direction: 'inbound',
    description:
      'Declares a domain this server is responsible for, as domain[,context]; calls to that domain from guests (callers matching no device) go to the given context. One line per domain. ' +
      'The list also drives allowexternaldomains and domainsasrealm.',
  },
  {
    name: 'autodomain',
    sections: ['general'],
    kind: 'bool',
    default: 'no',
    direction: 'inbound',
    description: 'Adds our own host name and IP address (and externaddr/externhost) to the domain list automatically.',
  },
  {
    name: 'allowexternaldomains',
    sections: ['general'],
    kind: 'bool',
    default: 'yes',
    direction: 'inbound',
    description:
      'Accepts INVITE and REFER requests addressed to domains that are not in our domain list. Setting no with an empty domain list is refused with a warning and yes is used.',
  },

  // ---- QoS ----
  {
    name: 'tos_sip',
    sections: ['general'],
    kind: 'tos',
    default: '0',
    direction: 'none',
    description: 'IP TOS/DSCP marking of SIP signalling packets: a number or a class name CS0-CS7, AF11-AF43 or EF (cs3 is usual).',
  },
  {
    name: 'tos_audio',
    sections: ['general'],
    kind: 'tos',
    default: '0',
    direction: 'none',
    description: 'IP TOS/DSCP marking of RTP audio packets: a number or a class name CS0-CS7, AF11-AF43 or EF (ef is usual).',
  },
  {
    name: 'tos_video',
    sections: ['general'],
    kind: 'tos',
    default: '0',
    direction: 'none',
    description: 'IP TOS/DSCP marking of RTP video packets: a number or a class name CS0-CS7, AF11-AF43 or EF (af41 is usual).',
  },
  {
    name: 'tos_text',
    sections: ['general'],
    kind: 'tos',
    default: '0',
    direction: 'none',
    description: 'IP TOS/DSCP marking of real-time text (T.140) packets: a number or a class name CS0-CS7, AF11-AF43 or EF.',
  },
  {
    name: 'cos_sip',
    sections: ['general'],
    kind: 'cos',
    default: '4',
    direction: 'none',
    description: 'The 802.1p priority (0-7) of SIP signalling frames; only effective on Linux with VLAN tagging.',
  },
  {
    name: 'cos_audio',
    sections: ['general'],
    kind: 'cos',
    default: '5',
    direction: 'none',
    description: 'The 802.1p priority (0-7) of RTP audio frames; only effective on Linux with VLAN tagging.',
  },
  {
    name: 'cos_video',
    sections: ['general'],
    kind: 'cos',
    default: '6',
    direction: 'none',
    description: 'The 802.1p priority (0-7) of RTP video frames; only effective on Linux with VLAN tagging.',
  },
  {
    name: 'cos_text',
    sections: ['general'],
    kind: 'cos',
    default: '5',
    direction: 'none',
    description: 'The 802.1p priority (0-7) of real-time text frames; only effective on Linux with VLAN tagging.',
  },

  // ---- TLS ----
  {
    name: 'tlsenable',
    deprecatedAliases: { sslenable: 'tlsenable' },
    aliases: ['sslenable'],
    sections: ['general'],
    kind: 'bool',
    default: 'no',
    direction: 'none',
    description:
      'Enables SIP over TLS (listener and outgoing connections). Devices may use transport=tls only when this is on. The old name sslenable is still read but deprecated.',
  },
  {
    name: 'tlsbindaddr',
    deprecatedAliases: { sslbindaddr: 'tlsbindaddr' },
    aliases: ['sslbindaddr'],
    sections: ['general'],
    kind: 'addr',
    direction: 'none',
    description:
      'Address and optional port of the TLS listener (port 5061 unless given). Bind one address only: it has to match the name in the certificate. The old name sslbindaddr is still read but deprecated.',
  },
  {
    name: 'tlscertfile',
    deprecatedAliases: { sslcert: 'tlscertfile' },
    aliases: ['tlscert', 'sslcert'],
    sections: ['general'],
    kind: 'path',
    default: 'asterisk.pem',
    direction: 'none',
    description:
      'The certificate (PEM) the TLS side presents; it may also hold the private key. tlscert is another name; the old name sslcert is still read but deprecated.',
  },
  {
    name: 'tlsprivatekey',
    deprecatedAliases: { sslprivatekey: 'tlsprivatekey' },
    aliases: ['sslprivatekey'],
    sections: ['general'],
    kind: 'path',
    direction: 'none',
    description:
      'The private key file for tlscertfile; unset, the key is expected inside the certificate file. The old name sslprivatekey is still read but deprecated.',
  },
  {
    name: 'tlscipher',
    deprecatedAliases: { sslcipher: 'tlscipher' },
    aliases: ['sslcipher'],
    sections: ['general'],
    kind: 'text',
    direction: 'none',
    description:
      'The allowed TLS ciphers, as an OpenSSL cipher list string (e.g. ALL or HIGH:!aNULL). The old name sslcipher is still read but deprecated.',
  },
  {
    name: 'tlscafile',
    sections: ['general'],
    kind: 'path',
    direction: 'none',
    description: 'A file of CA certificates used to verify the certificates of the other side.',
  },
  {
    name: 'tlscapath',
    aliases: ['tlscadir'],
    sections: ['general'],
    kind: 'path',
    direction: 'none',
    description: 'A directory of CA certificates (hashed names, as OpenSSL expects) used to verify the other side. tlscadir is another name for it.',
  },
  {
    name: 'tlsdontverifyserver',
    sections: ['general'],
    kind: 'bool',
    default: 'no',
    direction: 'outbound',
    description:
      'When we connect to a server over TLS, skip checking its certificate. Convenient for tests, but it opens the door to man-in-the-middle attacks.',
  },
  {
    name: 'tlsclientmethod',
    deprecatedAliases: { sslclientmethod: 'tlsclientmethod' },
    aliases: ['sslclientmethod'],
    sections: ['general'],
    kind: 'enum',
    values: [
      { value: 'tlsv1', description: 'Use TLS 1.0 only.' },
      { value: 'sslv3', description: 'Use SSL 3.0, an insecure protocol most libraries refuse.' },
      { value: 'sslv2', description: 'Use SSL 2.0, long broken and unsupported by modern OpenSSL.' },
    ],
    direction: 'outbound',
    description:
      'Pins the protocol we use when connecting to a server over TLS. Unset (or any other value), the highest version both sides support is negotiated, which is usually best. ' +
      'The old name sslclientmethod is still read but deprecated.',
  },
  {
    name: 'tlsverifyclient',
    sections: ['general'],
    kind: 'bool',
    direction: 'none',
    description:
      'Not supported by chan_sip: the line is ignored with a warning, and client certificates are never required.',
  },
  {
    name: 'tlsservercipherorder',
    sections: ['general'],
    kind: 'bool',
    default: 'no',
    direction: 'none',
    description: 'When we act as TLS server, choose the cipher by our own tlscipher order rather than the client\'s preference.',
  },
  {
    name: 'tlsdisablev1',
    sections: ['general'],
    kind: 'bool',
    default: 'no',
    direction: 'none',
    description: 'Refuses TLS 1.0 connections.',
  },
  {
    name: 'tlsdisablev11',
    sections: ['general'],
    kind: 'bool',
    default: 'no',
    direction: 'none',
    description: 'Refuses TLS 1.1 connections.',
  },
  {
    name: 'tlsdisablev12',
    sections: ['general'],
    kind: 'bool',
    default: 'no',
    direction: 'none',
    description: 'Refuses TLS 1.2 connections.',
  },

  // ---- Jitter buffer (shared ast_jb settings) ----
  {
    name: 'jbenable',
    sections: ['general'],
    kind: 'bool',
    default: 'no',
    direction: 'none',
    description:
      'Enables a jitter buffer on the receiving side of SIP channels. It is used only when the bridged channel cannot absorb jitter itself, unless jbforce is set.',
  },
  {
    name: 'jbforce',
    sections: ['general'],
    kind: 'bool',
    default: 'no',
    direction: 'none',
    description: 'Uses the jitter buffer on every SIP channel, even when the other side of the bridge could handle jitter itself. Needs jbenable.',
  },
  {
    name: 'jbmaxsize',
    sections: ['general'],
    kind: 'int',
    unit: 'ms',
    default: '200',
    direction: 'none',
    description: 'The most audio the jitter buffer may hold.',
  },
  {
    name: 'jbresyncthreshold',
    sections: ['general'],
    kind: 'int',
    unit: 'ms',
    default: '1000',
    direction: 'none',
    description:
      'A jump in timestamps larger than this makes the jitter buffer resynchronise instead of treating it as jitter; -1 disables resynchronisation.',
  },
  {
    name: 'jbimpl',
    sections: ['general'],
    kind: 'enum',
    values: [
      { value: 'fixed', description: 'A buffer of constant size (jbmaxsize).' },
      { value: 'adaptive', description: 'A buffer that grows and shrinks with the measured jitter, up to jbmaxsize.' },
    ],
    default: 'fixed',
    direction: 'none',
    description: 'Which jitter buffer implementation is used.',
  },
  {
    name: 'jbtargetextra',
    sections: ['general'],
    kind: 'int',
    unit: 'ms',
    default: '40',
    direction: 'none',
    description: 'Extra delay the adaptive jitter buffer keeps on top of the measured jitter, as a safety margin.',
  },
  {
    name: 'jblog',
    sections: ['general'],
    kind: 'bool',
    default: 'no',
    direction: 'none',
    description: 'Logs the jitter buffer\'s frame handling to files, for debugging.',
  },
  {
    name: 'jbsyncvideo',
    sections: ['general'],
    kind: 'bool',
    default: 'no',
    direction: 'none',
    description: 'Lets the jitter buffer keep video in step with the buffered audio.',
  },
];
