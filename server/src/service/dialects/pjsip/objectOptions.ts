/**
 * The options of every pjsip.conf object type except the endpoint (endpointOptions.ts): auth, aor,
 * identify, registration, transport, global, system, acl, domain_alias, phoneprov, the publish and
 * resource-list objects, and the two kept by Asterisk itself (contact, subscription_persistence).
 *
 * Ground truth: pjsip-options.json (Asterisk 22) and runs of real Asterisk 22 (`pjsip show auth|aor|
 * identify|registration|transport|settings`). Descriptions are this project's own words.
 * Directions are seen from Asterisk's side: `inbound` acts on what comes to us, `outbound` on what we send.
 */
import type { PjsipOptionEntry } from './types';

export const pjsipObjectOptions: readonly PjsipOptionEntry[] = [
  // ---- auth --------------------------------------------------------------------------------------
  {
    objectType: 'auth', name: 'type', kind: 'objectType', since: '12.0.0', direction: 'both',
    description: 'Must be `auth` for this section to become a set of credentials.',
  },
  {
    objectType: 'auth', name: 'auth_type', kind: 'enum', default: 'userpass', since: '12.0.0', direction: 'both',
    values: [
      { value: 'userpass', description: 'A user name and a plain-text `password` (or a `password_digest`).' },
      { value: 'md5', description: 'A user name and `md5_cred`, the MD5 hash of user:realm:password.' },
      { value: 'google_oauth', description: 'OAuth credentials for Google Voice (`refresh_token`, `oauth_clientid`, `oauth_secret`).' },
      { value: 'digest', description: 'The newer name for credentials given by `password` and/or `password_digest`.' },
    ],
    description: 'Which credentials this object holds.',
  },
  {
    objectType: 'auth', name: 'username', kind: 'text', since: '12.0.0', direction: 'both',
    description: 'User name: what a caller challenged with this auth must give, or what Asterisk gives when it answers a challenge with it.',
  },
  {
    objectType: 'auth', name: 'password', kind: 'secret', since: '12.0.0', secret: true, direction: 'both',
    description: 'Plain-text password, for either direction. Without it (or a digest) an auth of type userpass is rejected at load.',
  },
  {
    objectType: 'auth', name: 'password_digest', kind: 'secret', since: '20.12.0', secret: true, direction: 'both',
    description: 'A pre-hashed password, `<algorithm>:<hash>` (MD5, SHA-256 or SHA-512-256), so the plain password need not be in the file.',
  },
  {
    objectType: 'auth', name: 'md5_cred', kind: 'secret', since: '12.0.0', secret: true, direction: 'both',
    description: 'The MD5 hash of `username:realm:password`, used with `auth_type=md5` instead of a plain password; the realm must be the one used in the challenge.',
  },
  {
    objectType: 'auth', name: 'supported_algorithms_uac', kind: 'enumList', since: '20.12.0', direction: 'outbound',
    values: [
      { value: 'md5', description: 'MD5.' },
      { value: 'sha-256', description: 'SHA-256.' },
      { value: 'sha-512-256', description: 'SHA-512/256.' },
    ],
    description: 'Digest algorithms Asterisk may use when it answers a challenge with this auth.',
  },
  {
    objectType: 'auth', name: 'supported_algorithms_uas', kind: 'enumList', since: '20.12.0', direction: 'inbound',
    values: [
      { value: 'md5', description: 'MD5.' },
      { value: 'sha-256', description: 'SHA-256.' },
      { value: 'sha-512-256', description: 'SHA-512/256.' },
    ],
    description: 'Digest algorithms Asterisk offers when it challenges with this auth.',
  },
  {
    objectType: 'auth', name: 'refresh_token', kind: 'secret', since: '17.0.0', secret: true, direction: 'outbound',
    description: 'OAuth refresh token (Google Voice), a credential.',
  },
  {
    objectType: 'auth', name: 'oauth_clientid', kind: 'text', since: '17.0.0', direction: 'outbound',
    description: 'OAuth client id (Google Voice).',
  },
  {
    objectType: 'auth', name: 'oauth_secret', kind: 'secret', since: '17.0.0', secret: true, direction: 'outbound',
    description: 'OAuth client secret (Google Voice), a credential.',
  },
  {
    objectType: 'auth', name: 'realm', kind: 'text', since: '12.0.0', direction: 'both',
    description: 'Realm. When we challenge: the realm we announce (empty: the global `default_realm`). When we answer: only challenges with this realm are answered (empty: any).',
  },
  {
    objectType: 'auth', name: 'nonce_lifetime', kind: 'duration', unit: 's', default: '32', since: '12.0.0', direction: 'inbound',
    description: 'How long a nonce we hand out in a challenge stays valid.',
  },
  // ---- domain_alias ------------------------------------------------------------------------------
  {
    objectType: 'domain_alias', name: 'type', kind: 'objectType', since: '12.0.0', direction: 'inbound',
    description: 'Must be `domain_alias`; the section\'s name is the alias.',
  },
  {
    objectType: 'domain_alias', name: 'domain', kind: 'text', since: '12.0.0', direction: 'inbound',
    description: 'The domain that the section\'s name stands for.',
  },
  // ---- transport ---------------------------------------------------------------------------------
  {
    objectType: 'transport', name: 'type', kind: 'objectType', since: '13.8.0', direction: 'both',
    description: 'Must be `transport` for this section to become a transport.',
  },
  {
    objectType: 'transport', name: 'async_operations', kind: 'int', default: '1', since: '12.0.0', direction: 'none',
    description: 'Number of simultaneous asynchronous operations on the socket.',
  },
  {
    objectType: 'transport', name: 'bind', kind: 'address', since: '12.2.0', direction: 'both',
    description: 'Address and port to listen on (`0.0.0.0:5060`, `[::]:5061`). Two transports cannot use the same address and protocol.',
  },
  {
    objectType: 'transport', name: 'ca_list_file', kind: 'path', since: '13.8.0', direction: 'both',
    description: 'TLS: file of trusted certificate authorities.',
  },
  {
    objectType: 'transport', name: 'ca_list_path', kind: 'path', since: '13.8.0', direction: 'both',
    description: 'TLS: directory of trusted certificate authorities.',
  },
  {
    objectType: 'transport', name: 'cert_file', kind: 'path', since: '13.8.0', direction: 'both',
    description: 'TLS: our certificate. A transport whose file cannot be read is not created.',
  },
  {
    objectType: 'transport', name: 'cipher', kind: 'list', since: '12.2.0', direction: 'both',
    description: 'TLS: allowed ciphers, comma list of OpenSSL names.',
  },
  {
    objectType: 'transport', name: 'domain', kind: 'text', since: '12.0.0', direction: 'both',
    description: 'Domain name used for this transport.',
  },
  {
    objectType: 'transport', name: 'external_media_address', kind: 'address', since: '12.0.0', direction: 'both',
    description: 'Public address written in the SDP for media sent to addresses outside `local_net` (NAT).',
  },
  {
    objectType: 'transport', name: 'external_signaling_address', kind: 'address', since: '12.0.0', direction: 'both',
    description: 'Public address written in SIP headers for requests to addresses outside `local_net` (NAT).',
  },
  {
    objectType: 'transport', name: 'external_signaling_port', kind: 'int', default: '0', since: '12.0.0', direction: 'both',
    description: 'Public port written with `external_signaling_address`; 0 keeps the bound port.',
  },
  {
    objectType: 'transport', name: 'external_signaling_hostname', kind: 'text', since: '20.21.0', direction: 'both',
    description: 'Public host name written in the Contact and Via of requests outside `local_net`.',
  },
  {
    objectType: 'transport', name: 'method', kind: 'enum', since: '12.2.0', direction: 'both',
    values: [
      { value: 'default', description: 'The library\'s default.' },
      { value: 'unspecified', description: 'Same as default.' },
      { value: 'tlsv1', description: 'TLS 1.0 (obsolete).' },
      { value: 'tlsv1_1', description: 'TLS 1.1 (obsolete).' },
      { value: 'tlsv1_2', description: 'TLS 1.2.' },
      { value: 'tlsv1_3', description: 'TLS 1.3.' },
      { value: 'sslv2', description: 'SSL 2 (insecure, do not use).' },
      { value: 'sslv3', description: 'SSL 3 (insecure, do not use).' },
      { value: 'sslv23', description: 'The highest version both sides support.' },
    ],
    description: 'TLS: protocol version.',
  },
  {
    objectType: 'transport', name: 'local_net', kind: 'acl', since: '12.2.0', repeatable: true, direction: 'both',
    description: 'Networks considered local, reached without the external addresses (several lines or a comma list).',
  },
  {
    objectType: 'transport', name: 'password', kind: 'secret', since: '12.0.0', secret: true, direction: 'both',
    description: 'TLS: password of the private key.',
  },
  {
    objectType: 'transport', name: 'priv_key_file', kind: 'path', since: '13.8.0', direction: 'both',
    description: 'TLS: private key of `cert_file`.',
  },
  {
    objectType: 'transport', name: 'protocol', kind: 'enum', default: 'udp', since: '12.2.0', direction: 'both',
    values: [
      { value: 'udp', description: 'SIP over UDP.' },
      { value: 'tcp', description: 'SIP over TCP.' },
      { value: 'tls', description: 'SIP over TLS (needs `cert_file`, `priv_key_file`).' },
      { value: 'ws', description: 'SIP over WebSocket, served by the HTTP server.' },
      { value: 'wss', description: 'SIP over secure WebSocket, served by the HTTPS server.' },
      { value: 'flow', description: 'Not a socket: reuses whatever connection the other side opened.' },
    ],
    description: 'The protocol of this transport.',
  },
  {
    objectType: 'transport', name: 'require_client_cert', kind: 'bool', default: 'no', since: '12.2.0', direction: 'inbound',
    description: 'TLS: clients connecting to us must present a certificate.',
  },
  {
    objectType: 'transport', name: 'tcp_keepalive_enable', kind: 'bool', default: 'no', since: '18.23.0', direction: 'none',
    description: 'Send TCP keep-alive probes on connections of this transport.',
  },
  {
    objectType: 'transport', name: 'tcp_keepalive_idle_time', kind: 'int', unit: 's', default: '30', since: '18.23.0', direction: 'none',
    description: 'Idle time before the first TCP keep-alive probe.',
  },
  {
    objectType: 'transport', name: 'tcp_keepalive_interval_time', kind: 'int', unit: 's', default: '1', since: '18.23.0', direction: 'none',
    description: 'Time between TCP keep-alive probes.',
  },
  {
    objectType: 'transport', name: 'tcp_keepalive_probe_count', kind: 'int', default: '5', since: '18.23.0', direction: 'none',
    description: 'Unanswered probes before the connection is dropped.',
  },
  {
    objectType: 'transport', name: 'verify_client', kind: 'bool', default: 'no', since: '12.2.0', direction: 'inbound',
    description: 'TLS: check the certificate of clients connecting to us.',
  },
  {
    objectType: 'transport', name: 'verify_server', kind: 'bool', default: 'no', since: '12.2.0', direction: 'outbound',
    description: 'TLS: check the certificate of servers we connect to. Leaving it off accepts any server.',
  },
  {
    objectType: 'transport', name: 'tos', kind: 'tos', default: '0', since: '12.2.0', direction: 'none',
    description: 'DiffServ marking of SIP packets.',
  },
  {
    objectType: 'transport', name: 'cos', kind: 'cos', default: '0', since: '12.0.0', direction: 'none',
    description: 'Ethernet priority of SIP packets.',
  },
  {
    objectType: 'transport', name: 'websocket_write_timeout', kind: 'int', unit: 'ms', default: '100', since: '11.11.0', direction: 'none',
    description: 'How long a write to a WebSocket may block before the connection is dropped.',
  },
  {
    objectType: 'transport', name: 'allow_reload', kind: 'bool', default: 'no', since: '13.8.0', direction: 'none',
    description: 'Let a reload apply changes to this transport (it restarts it; calls on it may be lost).',
  },
  {
    objectType: 'transport', name: 'allow_wildcard_certs', kind: 'bool', default: 'no', since: '16.28.0', direction: 'outbound',
    description: 'TLS: accept a wildcard certificate from a server we connect to.',
  },
  {
    objectType: 'transport', name: 'symmetric_transport', kind: 'bool', default: 'no', since: '13.15.0', direction: 'inbound',
    description: 'Send requests back over the transport the endpoint\'s last request came in on.',
  },
  // ---- contact -----------------------------------------------------------------------------------
  {
    objectType: 'contact', name: 'type', kind: 'objectType', direction: 'outbound',
    description: '`contact`: created by Asterisk, not read from pjsip.conf.',
  },
  {
    objectType: 'contact', name: 'uri', kind: 'uri', direction: 'outbound',
    description: 'The address Asterisk calls.',
  },
  {
    objectType: 'contact', name: 'expiration_time', kind: 'text', direction: 'outbound',
    description: 'When a registered contact expires.',
  },
  {
    objectType: 'contact', name: 'qualify_frequency', kind: 'duration', unit: 's', default: '0', direction: 'outbound',
    description: 'How often Asterisk checks that the contact answers.',
  },
  {
    objectType: 'contact', name: 'qualify_timeout', kind: 'decimal', unit: 's', default: '3.0', direction: 'outbound',
    description: 'How long to wait for the answer to a check.',
  },
  {
    objectType: 'contact', name: 'qualify_2xx_only', kind: 'bool', default: 'no', direction: 'outbound',
    description: 'Count only a 2xx answer to a check as reachable.',
  },
  {
    objectType: 'contact', name: 'authenticate_qualify', kind: 'bool', default: 'no', direction: 'outbound',
    description: 'Answer challenges to our checks.',
  },
  {
    objectType: 'contact', name: 'outbound_proxy', kind: 'uri', direction: 'outbound',
    description: 'Proxy used to reach the contact.',
  },
  {
    objectType: 'contact', name: 'path', kind: 'text', direction: 'outbound',
    description: 'Path headers received when it registered.',
  },
  {
    objectType: 'contact', name: 'user_agent', kind: 'text', direction: 'outbound',
    description: 'User-Agent of the device that registered it.',
  },
  {
    objectType: 'contact', name: 'endpoint', kind: 'reference', references: 'endpoint', direction: 'outbound',
    description: 'The endpoint that registered it.',
  },
  {
    objectType: 'contact', name: 'reg_server', kind: 'text', direction: 'outbound',
    description: 'Name of the Asterisk server that accepted the registration.',
  },
  {
    objectType: 'contact', name: 'via_addr', kind: 'address', direction: 'outbound',
    description: 'Address in the Via of the registration.',
  },
  {
    objectType: 'contact', name: 'via_port', kind: 'int', default: '0', direction: 'outbound',
    description: 'Port in the Via of the registration.',
  },
  {
    objectType: 'contact', name: 'call_id', kind: 'text', direction: 'outbound',
    description: 'Call-ID of the registration.',
  },
  {
    objectType: 'contact', name: 'prune_on_boot', kind: 'bool', default: 'no', direction: 'outbound',
    description: 'Remove this contact when Asterisk restarts.',
  },
  // ---- aor ---------------------------------------------------------------------------------------
  {
    objectType: 'aor', name: 'type', kind: 'objectType', since: '12.0.0', direction: 'both',
    description: 'Must be `aor` for this section to become an address of record.',
  },
  {
    objectType: 'aor', name: 'contact', kind: 'uri', since: '12.2.0', repeatable: true, direction: 'outbound',
    description: 'A fixed address (`sip:user@host[:port]`) where Asterisk calls the endpoints using this aor; several lines or a comma list. This is where we call, not who may call us.',
  },
  {
    objectType: 'aor', name: 'default_expiration', kind: 'duration', unit: 's', default: '3600', since: '12.0.0', direction: 'inbound',
    description: 'Registration lifetime granted when a device does not ask for one.',
  },
  {
    objectType: 'aor', name: 'mailboxes', kind: 'list', since: '12.0.0', direction: 'outbound',
    description: 'Mailboxes (`box@context`) whose message-waiting state is sent to devices that subscribe through this aor.',
  },
  {
    objectType: 'aor', name: 'voicemail_extension', kind: 'text', since: '13.9.0', direction: 'outbound',
    description: 'Extension shown to this aor\'s devices as the one to dial for voicemail.',
  },
  {
    objectType: 'aor', name: 'maximum_expiration', kind: 'duration', unit: 's', default: '7200', since: '12.0.0', direction: 'inbound',
    description: 'Longest registration lifetime granted.',
  },
  {
    objectType: 'aor', name: 'max_contacts', kind: 'int', default: '0', since: '12.0.0', direction: 'inbound',
    description: 'How many devices may register to this aor at once. 0 (the default): nobody can register, so only a fixed `contact` can be called.',
  },
  {
    objectType: 'aor', name: 'minimum_expiration', kind: 'duration', unit: 's', default: '60', since: '12.0.0', direction: 'inbound',
    description: 'Shortest registration lifetime accepted.',
  },
  {
    objectType: 'aor', name: 'remove_existing', kind: 'bool', default: 'no', since: '12.0.0', direction: 'inbound',
    description: 'When `max_contacts` is reached, a new registration replaces the oldest instead of being refused.',
  },
  {
    objectType: 'aor', name: 'remove_unavailable', kind: 'bool', default: 'no', since: '16.22.0', direction: 'inbound',
    description: 'When `max_contacts` is reached, drop contacts that fail their checks first.',
  },
  {
    objectType: 'aor', name: 'qualify_frequency', kind: 'duration', unit: 's', default: '0', since: '12.0.0', direction: 'outbound',
    description: 'How often Asterisk sends OPTIONS to this aor\'s contacts to see if they answer; 0 never.',
  },
  {
    objectType: 'aor', name: 'qualify_timeout', kind: 'decimal', unit: 's', default: '3.0', since: '13.4.0', direction: 'outbound',
    description: 'How long to wait for the answer to a check before the contact counts as unreachable.',
  },
  {
    objectType: 'aor', name: 'qualify_2xx_only', kind: 'bool', default: 'no', since: '20.12.0', direction: 'outbound',
    description: 'Count only a 2xx answer to a check as reachable.',
  },
  {
    objectType: 'aor', name: 'authenticate_qualify', kind: 'bool', default: 'no', since: '12.0.0', direction: 'outbound',
    description: 'When a check is challenged, answer the challenge before deciding whether the contact is reachable.',
  },
  {
    objectType: 'aor', name: 'outbound_proxy', kind: 'uri', since: '12.0.0', direction: 'outbound',
    description: 'Send requests to this aor\'s contacts through this proxy (a SIP URI, not an object name).',
  },
  {
    objectType: 'aor', name: 'support_path', kind: 'bool', default: 'no', since: '12.1.0', direction: 'inbound',
    description: 'Honour Path headers in registrations to this aor and route calls back along them.',
  },
  // ---- system ------------------------------------------------------------------------------------
  {
    objectType: 'system', name: 'type', kind: 'objectType', since: '12.0.0', direction: 'none',
    description: 'Must be `system`. Write only one: Asterisk 22 loaded two without a word but rejected three (observed).',
  },
  {
    objectType: 'system', name: 'timer_t1', kind: 'duration', unit: 'ms', default: '500', since: '12.0.0', direction: 'none',
    description: 'SIP timer T1, the base retransmission interval. Asterisk raises a value below 100 to 100, with a warning (observed).',
  },
  {
    objectType: 'system', name: 'timer_b', kind: 'duration', unit: 'ms', default: '32000', since: '12.0.0', direction: 'none',
    description: 'SIP timer B, how long an INVITE transaction may wait for an answer. Asterisk raises it to 64 × `timer_t1` when set lower, with a warning (observed).',
  },
  {
    objectType: 'system', name: 'compact_headers', kind: 'bool', default: 'no', since: '12.0.0', direction: 'none',
    description: 'Use the short forms of SIP header names.',
  },
  {
    objectType: 'system', name: 'taskpool_minimum_size', kind: 'int', default: '4', since: '23.2.0', direction: 'none',
    description: 'Fewest worker tasks kept in the task pool.',
  },
  {
    objectType: 'system', name: 'taskpool_initial_size', kind: 'int', default: '4', since: '23.2.0', direction: 'none',
    description: 'Worker tasks started with the task pool.',
  },
  {
    objectType: 'system', name: 'taskpool_auto_increment', kind: 'int', default: '1', since: '23.2.0', direction: 'none',
    description: 'Workers added each time the task pool grows.',
  },
  {
    objectType: 'system', name: 'taskpool_idle_timeout', kind: 'duration', unit: 's', default: '60', since: '23.2.0', direction: 'none',
    description: 'Idle time before an extra worker stops.',
  },
  {
    objectType: 'system', name: 'taskpool_max_size', kind: 'int', default: '50', since: '23.2.0', direction: 'none',
    description: 'Most workers in the task pool.',
  },
  {
    objectType: 'system', name: 'threadpool_initial_size', kind: 'int', default: '4', since: '12.0.0', direction: 'none',
    description: 'Threads started with the thread pool.',
  },
  {
    objectType: 'system', name: 'threadpool_auto_increment', kind: 'int', default: '1', since: '12.0.0', direction: 'none',
    description: 'Threads added each time the thread pool grows.',
  },
  {
    objectType: 'system', name: 'threadpool_idle_timeout', kind: 'duration', unit: 's', default: '60', since: '12.0.0', direction: 'none',
    description: 'Idle time before an extra thread stops.',
  },
  {
    objectType: 'system', name: 'threadpool_max_size', kind: 'int', default: '50', since: '13.7.0', direction: 'none',
    description: 'Most threads in the thread pool.',
  },
  {
    objectType: 'system', name: 'disable_tcp_switch', kind: 'bool', default: 'yes', since: '13.1.0', direction: 'none',
    description: 'Never move a large UDP request to TCP.',
  },
  {
    objectType: 'system', name: 'follow_early_media_fork', kind: 'bool', default: 'yes', since: '13.22.0', direction: 'outbound',
    description: 'Default for endpoints: follow early media from every branch of a forked call.',
  },
  {
    objectType: 'system', name: 'accept_multiple_sdp_answers', kind: 'bool', default: 'no', since: '13.22.0', direction: 'outbound',
    description: 'Default for endpoints: accept a changed SDP answer on the same branch.',
  },
  {
    objectType: 'system', name: 'disable_rport', kind: 'bool', default: 'no', since: '13.35.0', direction: 'outbound',
    description: 'Do not ask for rport in the Via of requests we send.',
  },
  // ---- global ------------------------------------------------------------------------------------
  {
    objectType: 'global', name: 'type', kind: 'objectType', since: '12.0.0', direction: 'none',
    description: 'Must be `global`. More than one global object is an error (observed).',
  },
  {
    objectType: 'global', name: 'max_forwards', kind: 'int', default: '70', since: '13.3.0', direction: 'outbound',
    description: 'Max-Forwards of requests we send.',
  },
  {
    objectType: 'global', name: 'keep_alive_interval', kind: 'duration', unit: 's', default: '90', since: '13.3.0', direction: 'outbound',
    description: 'Send a keep-alive on connection-oriented transports this often; 0 never.',
  },
  {
    objectType: 'global', name: 'contact_expiration_check_interval', kind: 'duration', unit: 's', default: '30', since: '13.9.0', direction: 'none',
    description: 'How often expired contacts are removed.',
  },
  {
    objectType: 'global', name: 'disable_multi_domain', kind: 'bool', default: 'no', since: '13.12.0', direction: 'inbound',
    description: 'Treat every request as coming to one domain (faster matching when you use no domains).',
  },
  {
    objectType: 'global', name: 'max_initial_qualify_time', kind: 'duration', unit: 's', default: '0', since: '13.4.0', direction: 'outbound',
    description: 'Spread the first checks of all contacts over this time after start; 0 does them at once.',
  },
  {
    objectType: 'global', name: 'unidentified_request_period', kind: 'duration', unit: 's', default: '5', since: '13.10.0', direction: 'inbound',
    description: 'Window in which requests that match no endpoint are counted per address.',
  },
  {
    objectType: 'global', name: 'unidentified_request_count', kind: 'int', default: '5', since: '13.10.0', direction: 'inbound',
    description: 'Unmatched requests from one address in that window that trigger a security event.',
  },
  {
    objectType: 'global', name: 'unidentified_request_prune_interval', kind: 'duration', unit: 's', default: '30', since: '13.10.0', direction: 'inbound',
    description: 'How often the counts of unmatched requests are cleared.',
  },
  {
    objectType: 'global', name: 'user_agent', kind: 'text', since: '12.0.0', direction: 'outbound',
    description: 'User-Agent and Server header we send.',
  },
  {
    objectType: 'global', name: 'regcontext', kind: 'context', since: '13.8.0', direction: 'inbound',
    description: 'Dialplan context in which an extension is added for each registered endpoint (and removed when it leaves).',
  },
  {
    objectType: 'global', name: 'default_outbound_endpoint', kind: 'reference', references: 'endpoint', default: 'default_outbound_endpoint', since: '13.3.0', direction: 'outbound',
    description: 'Endpoint whose settings are used for requests we send that belong to no endpoint.',
  },
  {
    objectType: 'global', name: 'default_voicemail_extension', kind: 'text', since: '13.9.0', direction: 'outbound',
    description: 'Voicemail extension told to endpoints that have none.',
  },
  {
    objectType: 'global', name: 'debug', kind: 'text', default: 'no', since: '13.3.0', direction: 'none',
    description: 'SIP packet logging: `yes`, `no`, or a host name or address to log only traffic with it.',
  },
  {
    objectType: 'global', name: 'endpoint_identifier_order', kind: 'list', default: 'ip,username,anonymous', since: '13.3.0', direction: 'inbound',
    description: 'Order in which the ways of matching a request to an endpoint are tried (`ip`, `username`, `anonymous`, `header`, `auth_username`, `request_uri`).',
  },
  {
    objectType: 'global', name: 'default_from_user', kind: 'text', default: 'asterisk', since: '13.6.0', direction: 'outbound',
    description: 'From user of requests we send that have no other one.',
  },
  {
    objectType: 'global', name: 'default_realm', kind: 'text', default: 'asterisk', since: '13.10.0', direction: 'inbound',
    description: 'Realm of our challenges when the auth object has none.',
  },
  {
    objectType: 'global', name: 'mwi_tps_queue_high', kind: 'int', default: '500', since: '13.12.0', direction: 'none',
    description: 'Queue length of a message-waiting task at which an alert is raised.',
  },
  {
    objectType: 'global', name: 'mwi_tps_queue_low', kind: 'int', default: '-1', since: '13.12.0', direction: 'none',
    description: 'Queue length at which the alert ends; -1 lets Asterisk derive it from the high mark.',
  },
  {
    objectType: 'global', name: 'mwi_disable_initial_unsolicited', kind: 'bool', default: 'no', since: '13.12.0', direction: 'outbound',
    description: 'Do not send the first unasked message-waiting notices at start.',
  },
  {
    objectType: 'global', name: 'ignore_uri_user_options', kind: 'bool', default: 'no', since: '13.12.0', direction: 'inbound',
    description: 'Ignore `;param` options in the user part of incoming URIs when matching.',
  },
  {
    objectType: 'global', name: 'use_callerid_contact', kind: 'bool', default: 'no', since: '13.24.0', direction: 'outbound',
    description: 'Put the caller ID\'s user part into the Contact of requests we send.',
  },
  {
    objectType: 'global', name: 'send_contact_status_on_update_registration', kind: 'bool', default: 'no', since: '16.2.0', direction: 'none',
    description: 'Raise a contact status event when a registration is only refreshed.',
  },
  {
    objectType: 'global', name: 'taskprocessor_overload_trigger', kind: 'enum', default: 'global', since: '13.26.0', direction: 'inbound',
    values: [
      { value: 'global', description: 'Any task queue of Asterisk.' },
      { value: 'pjsip_only', description: 'Only the SIP stack\'s own queues.' },
      { value: 'none', description: 'Never refuse because of queues.' },
    ],
    description: 'Which task queues, when overloaded, make the SIP stack refuse new requests.',
  },
  {
    objectType: 'global', name: 'norefersub', kind: 'bool', default: 'yes', since: '13.27.0', direction: 'outbound',
    description: 'Tell the other side we can do REFER without a subscription.',
  },
  {
    objectType: 'global', name: 'allow_sending_180_after_183', kind: 'bool', default: 'no', since: '16.26.0', direction: 'outbound',
    description: 'Allow a 180 ringing after a 183 progress.',
  },
  {
    objectType: 'global', name: 'all_codecs_on_empty_reinvite', kind: 'bool', default: 'no', since: '16.30.0', direction: 'outbound',
    description: 'Offer every allowed codec in answer to a re-INVITE without SDP.',
  },
  {
    objectType: 'global', name: 'default_auth_algorithms_uas', kind: 'enumList', default: 'md5', since: '20.12.0', direction: 'inbound',
    values: [
      { value: 'md5', description: 'MD5.' },
      { value: 'sha-256', description: 'SHA-256.' },
      { value: 'sha-512-256', description: 'SHA-512/256.' },
    ],
    description: 'Digest algorithms offered in our challenges when the auth object lists none.',
  },
  {
    objectType: 'global', name: 'default_auth_algorithms_uac', kind: 'enumList', default: 'md5', since: '20.12.0', direction: 'outbound',
    values: [
      { value: 'md5', description: 'MD5.' },
      { value: 'sha-256', description: 'SHA-256.' },
      { value: 'sha-512-256', description: 'SHA-512/256.' },
    ],
    description: 'Digest algorithms we may use to answer challenges when the auth object lists none.',
  },
  // ---- acl ---------------------------------------------------------------------------------------
  {
    objectType: 'acl', name: 'type', kind: 'objectType', since: '12.0.0', direction: 'inbound',
    description: 'Must be `acl`; the filter applies to every endpoint.',
  },
  {
    objectType: 'acl', name: 'acl', kind: 'aclName', since: '12.2.0', repeatable: true, direction: 'inbound',
    description: 'Named ACLs of acl.conf that every request to us must pass.',
  },
  {
    objectType: 'acl', name: 'contact_acl', kind: 'aclName', since: '12.2.0', repeatable: true, direction: 'inbound',
    description: 'Named ACLs of acl.conf that every registered contact address must pass.',
  },
  {
    objectType: 'acl', name: 'contact_deny', kind: 'acl', since: '12.2.0', repeatable: true, direction: 'inbound',
    description: 'Networks no device may register as its contact address.',
  },
  {
    objectType: 'acl', name: 'contact_permit', kind: 'acl', since: '12.2.0', repeatable: true, direction: 'inbound',
    description: 'Networks devices may register despite `contact_deny`.',
  },
  {
    objectType: 'acl', name: 'deny', kind: 'acl', since: '12.2.0', repeatable: true, direction: 'inbound',
    description: 'Addresses or networks whose requests are refused.',
  },
  {
    objectType: 'acl', name: 'permit', kind: 'acl', since: '12.2.0', repeatable: true, direction: 'inbound',
    description: 'Addresses or networks let through despite `deny`.',
  },
  // ---- identify ----------------------------------------------------------------------------------
  {
    objectType: 'identify', name: 'type', kind: 'objectType', since: '12.0.0', direction: 'inbound',
    description: 'Must be `identify` for this section to match callers by address.',
  },
  {
    objectType: 'identify', name: 'endpoint', kind: 'reference', references: 'endpoint', since: '12.0.0', direction: 'inbound',
    description: 'The endpoint that matching requests are given to.',
  },
  {
    objectType: 'identify', name: 'match', kind: 'addressList', since: '12.2.0', repeatable: true, direction: 'inbound',
    description: 'Source addresses, networks (`addr/mask`) or host names whose requests go to `endpoint`. Host names are resolved at load.',
  },
  {
    objectType: 'identify', name: 'srv_lookups', kind: 'bool', default: 'yes', since: '13.14.0', direction: 'inbound',
    description: 'Also resolve SRV records of host names in `match`.',
  },
  {
    objectType: 'identify', name: 'match_header', kind: 'text', since: '13.15.0', direction: 'inbound',
    description: 'A header (`Name: value`, the value may be a `/regex/`) whose presence makes the request go to `endpoint`.',
  },
  {
    objectType: 'identify', name: 'match_request_uri', kind: 'text', since: '18.23.0', direction: 'inbound',
    description: 'A request URI (or a `/regex/`) that makes the request go to `endpoint`.',
  },
  // ---- outbound-publish --------------------------------------------------------------------------
  {
    objectType: 'outbound-publish', name: 'type', kind: 'objectType', since: '13.0.0', direction: 'outbound',
    description: 'Must be `outbound-publish`.',
  },
  {
    objectType: 'outbound-publish', name: 'expiration', kind: 'duration', unit: 's', default: '3600', since: '13.0.0', direction: 'outbound',
    description: 'Lifetime asked for the publication.',
  },
  {
    objectType: 'outbound-publish', name: 'outbound_auth', kind: 'referenceList', references: 'auth', since: '13.0.0', direction: 'outbound',
    description: 'Auth object(s) whose credentials answer the server\'s challenges to our PUBLISH.',
  },
  {
    objectType: 'outbound-publish', name: 'outbound_proxy', kind: 'uri', since: '13.0.0', direction: 'outbound',
    description: 'Send the PUBLISH through this proxy (a SIP URI).',
  },
  {
    objectType: 'outbound-publish', name: 'server_uri', kind: 'uri', since: '13.0.0', direction: 'outbound',
    description: 'Where the PUBLISH goes; required, else the object is not created.',
  },
  {
    objectType: 'outbound-publish', name: 'from_uri', kind: 'uri', since: '13.0.0', direction: 'outbound',
    description: 'From header of the PUBLISH; `server_uri` when empty.',
  },
  {
    objectType: 'outbound-publish', name: 'to_uri', kind: 'uri', since: '13.0.0', direction: 'outbound',
    description: 'To header of the PUBLISH; `server_uri` when empty.',
  },
  {
    objectType: 'outbound-publish', name: 'event', kind: 'text', since: '13.0.0', direction: 'outbound',
    description: 'Event package that is published (`presence`, `asterisk-devicestate` ...).',
  },
  {
    objectType: 'outbound-publish', name: 'max_auth_attempts', kind: 'int', default: '5', since: '13.0.0', direction: 'outbound',
    description: 'Challenges answered in a row before giving up.',
  },
  {
    objectType: 'outbound-publish', name: 'transport', kind: 'reference', references: 'transport', since: '13.9.0', direction: 'outbound',
    description: 'Transport object used to send the PUBLISH.',
  },
  {
    objectType: 'outbound-publish', name: 'multi_user', kind: 'bool', default: 'no', since: '14.0.0', direction: 'outbound',
    description: 'Publish for several users through this one object.',
  },
  // ---- registration ------------------------------------------------------------------------------
  {
    objectType: 'registration', name: 'type', kind: 'objectType', since: '12.0.0', direction: 'outbound',
    description: 'Must be `registration` for this section to sign Asterisk in to a server.',
  },
  {
    objectType: 'registration', name: 'auth_rejection_permanent', kind: 'bool', default: 'yes', since: '12.0.0', direction: 'outbound',
    description: 'Stop trying when the server rejects our credentials.',
  },
  {
    objectType: 'registration', name: 'client_uri', kind: 'uri', since: '12.0.0', direction: 'outbound',
    description: 'The account we register as (`sip:user@domain`), the To and From of our REGISTER.',
  },
  {
    objectType: 'registration', name: 'contact_user', kind: 'text', since: '12.0.0', direction: 'outbound',
    description: 'User part of the Contact we register; the server sends calls for us to it.',
  },
  {
    objectType: 'registration', name: 'contact_header_params', kind: 'text', since: '17.0.0', direction: 'outbound',
    description: 'Extra parameters added to the Contact we register.',
  },
  {
    objectType: 'registration', name: 'expiration', kind: 'duration', unit: 's', default: '3600', since: '12.0.0', direction: 'outbound',
    description: 'Registration lifetime we ask for.',
  },
  {
    objectType: 'registration', name: 'max_retries', kind: 'int', default: '10', since: '12.0.0', direction: 'outbound',
    description: 'Attempts after a temporary failure before giving up.',
  },
  {
    objectType: 'registration', name: 'security_negotiation', kind: 'enum', default: 'no', since: '21.0.0', direction: 'outbound',
    values: [
      { value: 'no', description: 'None.' },
      { value: 'mediasec', description: 'The 3GPP mediasec scheme.' },
    ],
    description: 'Security mechanism negotiation (RFC 3329) with the server.',
  },
  {
    objectType: 'registration', name: 'security_mechanisms', kind: 'list', since: '21.0.0', direction: 'outbound',
    description: 'Security mechanisms to offer to the server.',
  },
  {
    objectType: 'registration', name: 'outbound_auth', kind: 'referenceList', references: 'auth', since: '12.2.0', direction: 'outbound',
    description: 'Auth object(s) whose credentials answer the server\'s challenge to our REGISTER.',
  },
  {
    objectType: 'registration', name: 'outbound_proxy', kind: 'uri', since: '12.0.0', direction: 'outbound',
    description: 'Send the REGISTER through this proxy (a SIP URI).',
  },
  {
    objectType: 'registration', name: 'max_random_initial_delay', kind: 'duration', unit: 's', default: '10', since: '16.27.0', direction: 'outbound',
    description: 'Wait a random time up to this before the first REGISTER, so that many registrations do not start together.',
  },
  {
    objectType: 'registration', name: 'retry_interval', kind: 'duration', unit: 's', default: '60', since: '12.0.0', direction: 'outbound',
    description: 'Wait before retrying after a temporary failure.',
  },
  {
    objectType: 'registration', name: 'forbidden_retry_interval', kind: 'duration', unit: 's', default: '0', since: '11.7.0', direction: 'outbound',
    description: 'Wait before retrying after a 403; 0 stops trying.',
  },
  {
    objectType: 'registration', name: 'fatal_retry_interval', kind: 'duration', unit: 's', default: '0', since: '13.7.0', direction: 'outbound',
    description: 'Wait before retrying after a fatal answer; 0 stops trying.',
  },
  {
    objectType: 'registration', name: 'server_uri', kind: 'uri', since: '12.0.0', direction: 'outbound',
    description: 'The registrar we sign in to (`sip:host[:port]`). Required: a registration without it is not created.',
  },
  {
    objectType: 'registration', name: 'transport', kind: 'reference', references: 'transport', since: '12.0.0', direction: 'outbound',
    description: 'Transport object used to send the REGISTER.',
  },
  {
    objectType: 'registration', name: 'line', kind: 'bool', default: 'no', since: '13.4.0', direction: 'inbound',
    description: 'Add a line parameter to our Contact so that calls the server sends back are matched to `endpoint`.',
  },
  {
    objectType: 'registration', name: 'endpoint', kind: 'reference', references: 'endpoint', since: '13.4.0', direction: 'inbound',
    description: 'Endpoint given the calls that come back through this registration (with `line`).',
  },
  {
    objectType: 'registration', name: 'support_path', kind: 'bool', default: 'no', since: '12.1.0', direction: 'outbound',
    description: 'Ask the server to honour Path headers.',
  },
  {
    objectType: 'registration', name: 'support_outbound', kind: 'bool', default: 'no', since: '17.0.0', direction: 'outbound',
    description: 'Ask for SIP outbound (RFC 5626) support.',
  },
  {
    objectType: 'registration', name: 'user_agent', kind: 'text', since: '21.2.0', direction: 'outbound',
    description: 'User-Agent of our REGISTER, instead of the global one.',
  },
  // ---- phoneprov ---------------------------------------------------------------------------------
  {
    objectType: 'phoneprov', name: 'type', kind: 'objectType', since: '13.2.0', direction: 'none',
    description: 'Must be `phoneprov`.',
  },
  {
    objectType: 'phoneprov', name: 'endpoint', kind: 'reference', references: 'endpoint', direction: 'none',
    description: 'Endpoint whose user name, password and caller ID are given to the provisioning templates.',
  },
  {
    objectType: 'phoneprov', name: 'mac', kind: 'text', direction: 'none',
    description: 'MAC address of the phone to provision.',
  },
  {
    objectType: 'phoneprov', name: 'profile', kind: 'text', direction: 'none',
    description: 'Profile of phoneprov.conf to use.',
  },
  // ---- asterisk-publication ----------------------------------------------------------------------
  {
    objectType: 'asterisk-publication', name: 'devicestate_publish', kind: 'reference', references: 'outbound-publish', since: '13.0.0', direction: 'outbound',
    description: 'Outbound-publish object through which our device state goes out.',
  },
  {
    objectType: 'asterisk-publication', name: 'mailboxstate_publish', kind: 'reference', references: 'outbound-publish', since: '13.0.0', direction: 'outbound',
    description: 'Outbound-publish object through which our mailbox state goes out.',
  },
  {
    objectType: 'asterisk-publication', name: 'device_state', kind: 'bool', default: 'no', since: '13.0.0', direction: 'inbound',
    description: 'Accept device state published to us.',
  },
  {
    objectType: 'asterisk-publication', name: 'device_state_filter', kind: 'text', since: '13.0.0', direction: 'inbound',
    description: 'Regular expression: accept only the devices that match.',
  },
  {
    objectType: 'asterisk-publication', name: 'mailbox_state', kind: 'bool', default: 'no', since: '13.0.0', direction: 'inbound',
    description: 'Accept mailbox state published to us.',
  },
  {
    objectType: 'asterisk-publication', name: 'mailbox_state_filter', kind: 'text', since: '13.0.0', direction: 'inbound',
    description: 'Regular expression: accept only the mailboxes that match.',
  },
  {
    objectType: 'asterisk-publication', name: 'type', kind: 'objectType', since: '13.0.0', direction: 'both',
    description: 'Must be `asterisk-publication`.',
  },
  // ---- subscription_persistence ------------------------------------------------------------------
  {
    objectType: 'subscription_persistence', name: 'packet', kind: 'text', direction: 'none',
    description: 'The saved SUBSCRIBE request.',
  },
  {
    objectType: 'subscription_persistence', name: 'src_name', kind: 'address', direction: 'none',
    description: 'Address it came from.',
  },
  {
    objectType: 'subscription_persistence', name: 'src_port', kind: 'int', default: '0', direction: 'none',
    description: 'Port it came from.',
  },
  {
    objectType: 'subscription_persistence', name: 'transport_key', kind: 'text', default: '0', direction: 'none',
    description: 'Transport it came on.',
  },
  {
    objectType: 'subscription_persistence', name: 'local_name', kind: 'address', direction: 'none',
    description: 'Our address it was sent to.',
  },
  {
    objectType: 'subscription_persistence', name: 'local_port', kind: 'int', default: '0', direction: 'none',
    description: 'Our port it was sent to.',
  },
  {
    objectType: 'subscription_persistence', name: 'cseq', kind: 'int', default: '0', direction: 'none',
    description: 'Its sequence number.',
  },
  {
    objectType: 'subscription_persistence', name: 'tag', kind: 'text', direction: 'none',
    description: 'Its dialog tag.',
  },
  {
    objectType: 'subscription_persistence', name: 'endpoint', kind: 'reference', references: 'endpoint', direction: 'none',
    description: 'Endpoint that subscribed.',
  },
  {
    objectType: 'subscription_persistence', name: 'expires', kind: 'text', direction: 'none',
    description: 'When it expires.',
  },
  {
    objectType: 'subscription_persistence', name: 'contact_uri', kind: 'uri', direction: 'none',
    description: 'Contact of the subscriber.',
  },
  {
    objectType: 'subscription_persistence', name: 'prune_on_boot', kind: 'bool', default: 'no', direction: 'none',
    description: 'Drop it when Asterisk restarts.',
  },
  {
    objectType: 'subscription_persistence', name: 'generator_data', kind: 'text', direction: 'none',
    description: 'Data of the body generator.',
  },
  // ---- resource_list -----------------------------------------------------------------------------
  {
    objectType: 'resource_list', name: 'type', kind: 'objectType', since: '13.0.0', direction: 'inbound',
    description: 'Must be `resource_list`.',
  },
  {
    objectType: 'resource_list', name: 'event', kind: 'enum', since: '13.0.0', direction: 'inbound',
    values: [
      { value: 'presence', description: 'Presence of dialplan hints.' },
      { value: 'dialog', description: 'Dialog state of dialplan hints.' },
      { value: 'message-summary', description: 'Message-waiting state of mailboxes.' },
    ],
    description: 'Event package of the list; every item must belong to it. Required.',
  },
  {
    objectType: 'resource_list', name: 'list_item', kind: 'list', since: '13.0.0', repeatable: true, direction: 'inbound',
    description: 'Resources in the list (hints as `exten@context` for presence, mailboxes for message-summary, or other lists), comma list or one per line.',
  },
  {
    objectType: 'resource_list', name: 'full_state', kind: 'bool', default: 'no', since: '13.0.0', direction: 'inbound',
    description: 'Send the state of every item on each change, not only of the changed ones.',
  },
  {
    objectType: 'resource_list', name: 'notification_batch_interval', kind: 'duration', unit: 'ms', default: '0', since: '13.0.0', direction: 'inbound',
    description: 'Collect changes for this long before notifying; 0 at once.',
  },
  {
    objectType: 'resource_list', name: 'resource_display_name', kind: 'bool', default: 'no', since: '16.25.0', direction: 'inbound',
    description: 'Report items by their display name instead of their resource name.',
  },
  // ---- inbound-publication -----------------------------------------------------------------------
  {
    objectType: 'inbound-publication', name: 'endpoint', kind: 'reference', references: 'endpoint', since: '13.0.0', direction: 'inbound',
    description: 'The only endpoint allowed to publish to this resource.',
  },
  {
    objectType: 'inbound-publication', name: 'type', kind: 'objectType', since: '13.0.0', direction: 'inbound',
    description: 'Must be `inbound-publication`.',
  },
];
