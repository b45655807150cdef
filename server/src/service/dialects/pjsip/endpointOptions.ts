/**
 * The options of `type=endpoint` objects in pjsip.conf, one entry per option res_pjsip registers.
 *
 * Ground truth: pjsip-options.json (Asterisk 22: names, value kinds, defaults as the code registers them,
 * since-versions) and runs of real Asterisk 22 (`run.sh 22`, `pjsip show endpoint`). Every description is
 * written for this project; none is taken from Asterisk's documentation or sample file.
 * Directions are seen from Asterisk's side: `inbound` acts on what comes to us, `outbound` on what we send.
 */
import type { PjsipOptionEntry } from './types';

export const pjsipEndpointOptions: readonly PjsipOptionEntry[] = [
  // ---- endpoint ----------------------------------------------------------------------------------
  {
    objectType: 'endpoint', name: 'type', kind: 'objectType', since: '12.0.0', direction: 'both',
    description: 'Must be `endpoint` for this section to become an endpoint. A misspelt or differently cased type is dropped by Asterisk without a word.',
  },
  {
    objectType: 'endpoint', name: '100rel', kind: 'enum', default: 'yes', since: '12.2.0', direction: 'none',
    values: [
      { value: 'no', description: 'Never use them.' },
      { value: 'required', description: 'Insist on them; a call from a device that does not support them is refused.' },
      { value: 'peer_supported', description: 'Use them only when the other side asks for them.' },
      { value: 'yes', description: 'Offer them and use them when the other side supports them.' },
    ],
    description: 'Reliable provisional responses (PRACK, RFC 3262) on calls with this endpoint.',
  },
  {
    objectType: 'endpoint', name: 'aggregate_mwi', kind: 'bool', default: 'yes', since: '12.0.0', direction: 'none',
    description: 'With several mailboxes, send one combined message-waiting notice instead of one per mailbox.',
  },
  {
    objectType: 'endpoint', name: 'allow', kind: 'codecList', since: '13.0.0', repeatable: true, direction: 'none',
    description: 'Codecs this endpoint may use, in order of preference, added to what earlier lines allowed; `all` adds every codec.',
  },
  {
    objectType: 'endpoint', name: 'codec_prefs_incoming_offer', kind: 'codecPrefs', default: 'prefer: pending, operation: intersect, keep: all, transcode: allow', since: '18.0.0', direction: 'inbound',
    values: [
      { value: 'pending', description: 'Prefer the codec order of the offer that arrived.' },
      { value: 'configured', description: 'Prefer the codec order of this endpoint\'s `allow`.' },
      { value: 'intersect', description: 'Keep only codecs present on both sides.' },
      { value: 'only_preferred', description: 'Keep only the preferred side\'s codecs.' },
      { value: 'only_nonpreferred', description: 'Keep only the other side\'s codecs.' },
      { value: 'all', description: 'Keep every resulting codec.' },
      { value: 'first', description: 'Keep only the first resulting codec.' },
      { value: 'allow', description: 'Transcoding is allowed.' },
      { value: 'prevent', description: 'Transcoding is not allowed; fail instead.' },
    ],
    description: 'How the codecs of an offer that comes to us are matched against `allow` before the call goes on.',
  },
  {
    objectType: 'endpoint', name: 'codec_prefs_outgoing_offer', kind: 'codecPrefs', default: 'prefer: pending, operation: union, keep: all, transcode: allow', since: '18.0.0', direction: 'outbound',
    values: [
      { value: 'pending', description: 'Prefer the codec order of the call being offered.' },
      { value: 'configured', description: 'Prefer the codec order of this endpoint\'s `allow`.' },
      { value: 'union', description: 'Keep codecs of either side.' },
      { value: 'intersect', description: 'Keep only codecs present on both sides.' },
      { value: 'only_preferred', description: 'Keep only the preferred side\'s codecs.' },
      { value: 'only_nonpreferred', description: 'Keep only the other side\'s codecs.' },
      { value: 'all', description: 'Keep every resulting codec.' },
      { value: 'first', description: 'Keep only the first resulting codec.' },
      { value: 'allow', description: 'Transcoding is allowed.' },
      { value: 'prevent', description: 'Transcoding is not allowed; fail instead.' },
    ],
    description: 'How the codecs of an offer we send to this endpoint are chosen from the call\'s codecs and `allow`.',
  },
  {
    objectType: 'endpoint', name: 'codec_prefs_incoming_answer', kind: 'codecPrefs', default: 'prefer: pending, operation: intersect, keep: all', since: '18.0.0', direction: 'outbound',
    values: [
      { value: 'pending', description: 'Prefer the codec order of the answer.' },
      { value: 'configured', description: 'Prefer the codec order of this endpoint\'s `allow`.' },
      { value: 'union', description: 'Keep codecs of either side.' },
      { value: 'intersect', description: 'Keep only codecs present on both sides.' },
      { value: 'only_preferred', description: 'Keep only the preferred side\'s codecs.' },
      { value: 'only_nonpreferred', description: 'Keep only the other side\'s codecs.' },
      { value: 'all', description: 'Keep every resulting codec.' },
      { value: 'first', description: 'Keep only the first resulting codec.' },
      { value: 'allow', description: 'Transcoding is allowed.' },
      { value: 'prevent', description: 'Transcoding is not allowed; fail instead.' },
    ],
    description: 'How the codecs of an answer that this endpoint sends back to our offer are filtered.',
  },
  {
    objectType: 'endpoint', name: 'codec_prefs_outgoing_answer', kind: 'codecPrefs', default: 'prefer: pending, operation: intersect, keep: all', since: '18.0.0', direction: 'inbound',
    values: [
      { value: 'pending', description: 'Prefer the codec order of the offer being answered.' },
      { value: 'configured', description: 'Prefer the codec order of this endpoint\'s `allow`.' },
      { value: 'union', description: 'Keep codecs of either side.' },
      { value: 'intersect', description: 'Keep only codecs present on both sides.' },
      { value: 'only_preferred', description: 'Keep only the preferred side\'s codecs.' },
      { value: 'only_nonpreferred', description: 'Keep only the other side\'s codecs.' },
      { value: 'all', description: 'Keep every resulting codec.' },
      { value: 'first', description: 'Keep only the first resulting codec.' },
      { value: 'allow', description: 'Transcoding is allowed.' },
      { value: 'prevent', description: 'Transcoding is not allowed; fail instead.' },
    ],
    description: 'How the codecs of the answer we send to this endpoint\'s offer are chosen.',
  },
  {
    objectType: 'endpoint', name: 'allow_overlap', kind: 'bool', default: 'yes', since: '13.15.0', direction: 'inbound',
    description: 'Accept overlap dialling (digits sent in several requests) from this endpoint.',
  },
  {
    objectType: 'endpoint', name: 'overlap_context', kind: 'context', since: '18.17.0', direction: 'inbound',
    description: 'Dialplan context in which overlap-dialled numbers are checked for a match; `context` when empty.',
  },
  {
    objectType: 'endpoint', name: 'aors', kind: 'referenceList', references: 'aor', since: '12.0.0', direction: 'outbound',
    description: 'The aors (comma list) whose contacts Asterisk calls to reach this endpoint. Without an aor the endpoint can call us but can never be called; devices register to an aor of the same name as their user.',
  },
  {
    objectType: 'endpoint', name: 'auth', kind: 'referenceList', references: 'auth', since: '12.2.0', direction: 'inbound',
    description: 'Auth object(s) whose credentials Asterisk demands from this endpoint: calls and registrations coming to us are challenged and must answer with them. Empty: nothing coming from this endpoint is challenged.',
  },
  {
    objectType: 'endpoint', name: 'callerid', kind: 'text', since: '12.2.0', direction: 'inbound',
    description: 'Caller ID given to calls that come from this endpoint, as `"Name" <number>`, in place of the one the device sends.',
  },
  {
    objectType: 'endpoint', name: 'callerid_privacy', kind: 'enum', default: 'allowed_not_screened', since: '12.7.0', direction: 'outbound',
    values: [
      { value: 'allowed_not_screened', description: 'Show it; not screened.' },
      { value: 'allowed_passed_screen', description: 'Show it; screened and passed.' },
      { value: 'allowed_failed_screen', description: 'Show it; screened and failed.' },
      { value: 'allowed', description: 'Show it; the network provided the number.' },
      { value: 'prohib_not_screened', description: 'Hide it; not screened.' },
      { value: 'prohib_passed_screen', description: 'Hide it; screened and passed.' },
      { value: 'prohib_failed_screen', description: 'Hide it; screened and failed.' },
      { value: 'prohib', description: 'Hide it; the network provided the number.' },
      { value: 'unavailable', description: 'The number is not available.' },
    ],
    description: 'Presentation (privacy) of this endpoint\'s caller ID.',
  },
  {
    objectType: 'endpoint', name: 'callerid_tag', kind: 'text', since: '12.2.0', direction: 'inbound',
    description: 'A free label attached to the caller ID of calls from this endpoint, readable in the dialplan.',
  },
  {
    objectType: 'endpoint', name: 'context', kind: 'context', default: 'default', since: '12.0.0', direction: 'inbound',
    description: 'The dialplan context in which calls from this endpoint start. This decides what a caller matched to this endpoint may dial.',
  },
  {
    objectType: 'endpoint', name: 'direct_media_glare_mitigation', kind: 'enum', default: 'none', since: '12.2.0', direction: 'none',
    values: [
      { value: 'none', description: 'Do nothing about it.' },
      { value: 'outgoing', description: 'Mitigate on dialogs Asterisk started (calls we placed to this endpoint).' },
      { value: 'incoming', description: 'Mitigate on dialogs this endpoint started.' },
    ],
    description: 'When both sides may re-invite at once to set up direct media, which direction gives up.',
  },
  {
    objectType: 'endpoint', name: 'direct_media_method', kind: 'enum', default: 'invite', since: '12.2.0', direction: 'none',
    values: [
      { value: 'invite', description: 'A re-INVITE.' },
      { value: 'reinvite', description: 'Same as invite.' },
      { value: 'update', description: 'An UPDATE request.' },
    ],
    description: 'SIP request used to move media between the two devices directly.',
  },
  {
    objectType: 'endpoint', name: 'trust_connected_line', kind: 'bool', default: 'yes', since: '13.24.0', direction: 'inbound',
    description: 'Accept connected-line updates (who the caller is now talking to) from this endpoint.',
  },
  {
    objectType: 'endpoint', name: 'send_connected_line', kind: 'bool', default: 'yes', since: '13.24.0', direction: 'outbound',
    description: 'Send connected-line updates to this endpoint.',
  },
  {
    objectType: 'endpoint', name: 'connected_line_method', kind: 'enum', default: 'invite', since: '12.2.0', direction: 'outbound',
    values: [
      { value: 'invite', description: 'A re-INVITE.' },
      { value: 'reinvite', description: 'Same as invite.' },
      { value: 'update', description: 'An UPDATE request.' },
    ],
    description: 'SIP request used to tell this endpoint about a connected-line change.',
  },
  {
    objectType: 'endpoint', name: 'direct_media', kind: 'bool', default: 'yes', since: '12.0.0', direction: 'none',
    description: 'Let media flow directly between the devices of a bridged call, bypassing Asterisk, when both allow it.',
  },
  {
    objectType: 'endpoint', name: 'disable_direct_media_on_nat', kind: 'bool', default: 'no', since: '12.0.0', direction: 'none',
    description: 'Turn direct media off when this endpoint seems to be behind NAT.',
  },
  {
    objectType: 'endpoint', name: 'disallow', kind: 'codecList', since: '13.0.0', repeatable: true, direction: 'none',
    description: 'Codecs removed from what earlier `allow` lines gave; `all` clears the list before the next `allow`.',
  },
  {
    objectType: 'endpoint', name: 'dtmf_mode', kind: 'enum', default: 'rfc4733', since: '12.2.0', direction: 'none',
    values: [
      { value: 'rfc4733', description: 'As RTP events (RFC 4733, formerly RFC 2833).' },
      { value: 'inband', description: 'As tones in the audio.' },
      { value: 'none', description: 'Not at all.' },
      { value: 'info', description: 'As SIP INFO requests.' },
      { value: 'auto', description: 'RTP events when the other side offers them, tones in the audio otherwise.' },
      { value: 'auto_info', description: 'RTP events when the other side offers them, SIP INFO otherwise.' },
    ],
    description: 'How key presses are carried to and from this endpoint.',
  },
  {
    objectType: 'endpoint', name: 'media_address', kind: 'address', since: '18.22.0', direction: 'none',
    description: 'IP address written in the SDP for media, instead of the one Asterisk would pick.',
  },
  {
    objectType: 'endpoint', name: 'bind_rtp_to_media_address', kind: 'bool', default: 'no', since: '13.8.0', direction: 'none',
    description: 'Open this endpoint\'s RTP sockets on `media_address` only, not on every address.',
  },
  {
    objectType: 'endpoint', name: 'force_rport', kind: 'bool', default: 'yes', since: '12.0.0', direction: 'inbound',
    description: 'Answer to the source port a request came from, as if it had asked for rport (helps devices behind NAT).',
  },
  {
    objectType: 'endpoint', name: 'ice_support', kind: 'bool', default: 'no', since: '12.0.0', direction: 'none',
    description: 'Use ICE to find a media path (needed by WebRTC).',
  },
  {
    objectType: 'endpoint', name: 'identify_by', kind: 'enumList', default: 'username,ip', since: '13.19.0', direction: 'inbound',
    values: [
      { value: 'username', description: 'The user part of the From header equals the endpoint\'s name.' },
      { value: 'auth_username', description: 'The user name in the request\'s credentials equals the username of one of this endpoint\'s auth objects.' },
      { value: 'ip', description: 'The source address matches an identify object that names this endpoint.' },
      { value: 'header', description: 'A header matches an identify object\'s `match_header`.' },
      { value: 'request_uri', description: 'The request URI matches an identify object\'s `match_request_uri`.' },
    ],
    description: 'Which ways a request coming to us may be matched to this endpoint, in order. An identify object naming the endpoint matches by its addresses or header whatever this list says (observed on Asterisk 22).',
  },
  {
    objectType: 'endpoint', name: 'redirect_method', kind: 'enum', default: 'user', since: '12.2.0', direction: 'outbound',
    values: [
      { value: 'user', description: 'Dial the user part of the new address within this endpoint (a local redirect).' },
      { value: 'uri_core', description: 'Let the core dial the new URI itself.' },
      { value: 'uri_pjsip', description: 'Let the SIP stack follow the redirect without telling the core.' },
    ],
    description: 'What Asterisk does when this endpoint answers one of our calls with a redirect (3xx).',
  },
  {
    objectType: 'endpoint', name: 'follow_redirect_methods', kind: 'enumList', since: '20.18.0', direction: 'outbound',
    values: [
      { value: 'message', description: 'Follow redirects answering a MESSAGE request.' },
    ],
    description: 'Methods other than INVITE for which redirects from this endpoint are followed.',
  },
  {
    objectType: 'endpoint', name: 'mailboxes', kind: 'list', since: '12.0.0', direction: 'outbound',
    description: 'Mailboxes (`box@context`, comma list) whose message-waiting state is sent to this endpoint unasked.',
  },
  {
    objectType: 'endpoint', name: 'mwi_subscribe_replaces_unsolicited', kind: 'bool', default: 'no', since: '13.24.0', direction: 'outbound',
    description: 'When the endpoint subscribes to message waiting, stop the unasked notices for those mailboxes.',
  },
  {
    objectType: 'endpoint', name: 'voicemail_extension', kind: 'text', since: '13.9.0', direction: 'outbound',
    description: 'Extension shown to this endpoint as the one to dial for voicemail.',
  },
  {
    objectType: 'endpoint', name: 'moh_suggest', kind: 'text', default: 'default', since: '12.0.0', direction: 'none',
    description: 'Music-on-hold class suggested when this endpoint puts a call on hold.',
  },
  {
    objectType: 'endpoint', name: 'outbound_auth', kind: 'referenceList', references: 'auth', since: '12.2.0', direction: 'outbound',
    description: 'Auth object(s) with the credentials Asterisk answers with when this endpoint (or a provider) challenges requests we send: our calls to it, and our qualify requests. This is not what protects us; that is `auth`.',
  },
  {
    objectType: 'endpoint', name: 'outbound_proxy', kind: 'uri', since: '12.0.0', direction: 'outbound',
    description: 'Send our requests to this endpoint through this proxy (a full SIP URI, add `\\;lr` for loose routing).',
  },
  {
    objectType: 'endpoint', name: 'rewrite_contact', kind: 'bool', default: 'no', since: '12.0.0', direction: 'inbound',
    description: 'Replace the Contact of this endpoint\'s requests with the address they came from, so that we reach it through its NAT.',
  },
  {
    objectType: 'endpoint', name: 'rtp_ipv6', kind: 'bool', default: 'no', since: '12.0.0', direction: 'none',
    description: 'Use IPv6 for RTP with this endpoint.',
  },
  {
    objectType: 'endpoint', name: 'rtp_symmetric', kind: 'bool', default: 'no', since: '12.0.0', direction: 'none',
    description: 'Send media back to the address media arrives from, not the one in the SDP (NAT).',
  },
  {
    objectType: 'endpoint', name: 'send_diversion', kind: 'bool', default: 'yes', since: '12.0.0', direction: 'outbound',
    description: 'Tell this endpoint, with a Diversion header, that a call was forwarded.',
  },
  {
    objectType: 'endpoint', name: 'send_history_info', kind: 'bool', default: 'no', since: '13.38.0', direction: 'outbound',
    description: 'Tell this endpoint about forwarding with a History-Info header.',
  },
  {
    objectType: 'endpoint', name: 'send_pai', kind: 'bool', default: 'no', since: '12.0.0', direction: 'outbound',
    description: 'Send identity to this endpoint in a P-Asserted-Identity header.',
  },
  {
    objectType: 'endpoint', name: 'send_rpid', kind: 'bool', default: 'no', since: '12.0.0', direction: 'outbound',
    description: 'Send identity to this endpoint in a Remote-Party-ID header.',
  },
  {
    objectType: 'endpoint', name: 'rpid_immediate', kind: 'bool', default: 'no', since: '13.4.0', direction: 'outbound',
    description: 'Send connected-line changes to this endpoint at once on calls not yet answered, instead of with the answer.',
  },
  {
    objectType: 'endpoint', name: 'tenantid', kind: 'text', since: '18.25.0', direction: 'none',
    description: 'A tenant identifier copied to the channels of this endpoint.',
  },
  {
    objectType: 'endpoint', name: 'timers_min_se', kind: 'duration', unit: 's', default: '90', since: '12.0.0', direction: 'none',
    description: 'Smallest session-timer interval this endpoint may ask for.',
  },
  {
    objectType: 'endpoint', name: 'timers', kind: 'enum', default: 'yes', since: '12.2.0', direction: 'none',
    values: [
      { value: 'no', description: 'Never use them.' },
      { value: 'yes', description: 'Use them when the other side asks or supports them.' },
      { value: 'required', description: 'Insist on them; refuse a call without them.' },
      { value: 'always', description: 'Use them on every call, whatever the other side says.' },
      { value: 'forced', description: 'Same as always.' },
    ],
    description: 'SIP session timers (RFC 4028), which detect calls that died without a BYE.',
  },
  {
    objectType: 'endpoint', name: 'timers_sess_expires', kind: 'duration', unit: 's', default: '1800', since: '12.0.0', direction: 'none',
    description: 'Session-timer interval Asterisk asks for.',
  },
  {
    objectType: 'endpoint', name: 'transport', kind: 'reference', references: 'transport', since: '12.0.0', direction: 'outbound',
    description: 'The transport object used to send requests to this endpoint. Empty: Asterisk picks one matching the address.',
  },
  {
    objectType: 'endpoint', name: 'trust_id_inbound', kind: 'bool', default: 'no', since: '12.0.0', direction: 'inbound',
    description: 'Believe the identity headers (P-Asserted-Identity, Remote-Party-ID) of requests from this endpoint.',
  },
  {
    objectType: 'endpoint', name: 'trust_id_outbound', kind: 'bool', default: 'no', since: '12.0.0', direction: 'outbound',
    description: 'Send identity headers to this endpoint even when the caller asked for privacy.',
  },
  {
    objectType: 'endpoint', name: 'use_ptime', kind: 'bool', default: 'no', since: '12.0.0', direction: 'none',
    description: 'Follow the packetisation time this endpoint asks for.',
  },
  {
    objectType: 'endpoint', name: 'use_avpf', kind: 'bool', default: 'no', since: '12.0.0', direction: 'none',
    description: 'Use the AVPF RTP profile (WebRTC).',
  },
  {
    objectType: 'endpoint', name: 'force_avp', kind: 'bool', default: 'no', since: '12.4.0', direction: 'none',
    description: 'Write the classic RTP profile names (RTP/AVP, RTP/SAVPF ...) in the SDP even for DTLS media.',
  },
  {
    objectType: 'endpoint', name: 'media_use_received_transport', kind: 'bool', default: 'no', since: '12.4.0', direction: 'none',
    description: 'Answer with the media transport profile the offer used instead of the configured one.',
  },
  {
    objectType: 'endpoint', name: 'media_encryption', kind: 'enum', default: 'no', since: '12.2.0', direction: 'none',
    values: [
      { value: 'no', description: 'None.' },
      { value: 'sdes', description: 'SRTP with keys in the SDP (send it over TLS only).' },
      { value: 'dtls', description: 'DTLS-SRTP (WebRTC).' },
    ],
    description: 'Encryption of this endpoint\'s media.',
  },
  {
    objectType: 'endpoint', name: 'media_encryption_optimistic', kind: 'bool', default: 'no', since: '13.1.0', direction: 'none',
    description: 'Encrypt media when the other side agrees, and fall back to plain media instead of failing.',
  },
  {
    objectType: 'endpoint', name: 'g726_non_standard', kind: 'bool', default: 'no', since: '13.5.0', direction: 'none',
    description: 'Use the AAL2 packing order for G.726 with this endpoint.',
  },
  {
    objectType: 'endpoint', name: 'inband_progress', kind: 'bool', default: 'no', since: '12.0.0', direction: 'outbound',
    description: 'Send ringing or progress to this endpoint as early audio instead of a plain ringing response.',
  },
  {
    objectType: 'endpoint', name: 'call_group', kind: 'group', since: '12.2.0', direction: 'none',
    description: 'Numeric call groups (ranges like `1-4,8`) this endpoint belongs to, for call pickup.',
  },
  {
    objectType: 'endpoint', name: 'pickup_group', kind: 'group', since: '12.2.0', direction: 'none',
    description: 'Numeric call groups whose ringing calls this endpoint may pick up.',
  },
  {
    objectType: 'endpoint', name: 'named_call_group', kind: 'list', since: '12.2.0', direction: 'none',
    description: 'Named call groups this endpoint belongs to.',
  },
  {
    objectType: 'endpoint', name: 'named_pickup_group', kind: 'list', since: '12.2.0', direction: 'none',
    description: 'Named call groups whose ringing calls this endpoint may pick up.',
  },
  {
    objectType: 'endpoint', name: 'device_state_busy_at', kind: 'int', default: '0', since: '12.0.0', direction: 'none',
    description: 'Number of calls at which the device state becomes busy; 0 leaves it unlimited.',
  },
  {
    objectType: 'endpoint', name: 't38_udptl', kind: 'bool', default: 'no', since: '12.0.0', direction: 'none',
    description: 'Allow T.38 fax over UDPTL with this endpoint.',
  },
  {
    objectType: 'endpoint', name: 't38_udptl_ec', kind: 'enum', default: 'none', since: '12.2.0', direction: 'none',
    values: [
      { value: 'none', description: 'None.' },
      { value: 'fec', description: 'Forward error correction.' },
      { value: 'redundancy', description: 'Redundant packets.' },
    ],
    description: 'Error correction for T.38.',
  },
  {
    objectType: 'endpoint', name: 't38_udptl_maxdatagram', kind: 'int', default: '0', since: '12.0.0', direction: 'none',
    description: 'Overrides the largest T.38 datagram size; 0 does not override it.',
  },
  {
    objectType: 'endpoint', name: 'fax_detect', kind: 'bool', default: 'no', since: '12.0.0', direction: 'inbound',
    description: 'Detect fax tones (CNG) on calls from this endpoint and send them to the fax extension.',
  },
  {
    objectType: 'endpoint', name: 'fax_detect_timeout', kind: 'duration', unit: 's', default: '0', since: '13.11.0', direction: 'inbound',
    description: 'How long after answer to listen for fax tones; 0 listens all the call.',
  },
  {
    objectType: 'endpoint', name: 't38_udptl_nat', kind: 'bool', default: 'no', since: '12.0.0', direction: 'none',
    description: 'Send T.38 to the address it arrives from (NAT).',
  },
  {
    objectType: 'endpoint', name: 't38_udptl_ipv6', kind: 'bool', default: 'no', since: '12.0.0', direction: 'none',
    description: 'Use IPv6 for T.38.',
  },
  {
    objectType: 'endpoint', name: 't38_bind_udptl_to_media_address', kind: 'bool', default: 'no', since: '16.22.0', direction: 'none',
    description: 'Open the T.38 socket on `media_address` only.',
  },
  {
    objectType: 'endpoint', name: 'tone_zone', kind: 'text', since: '12.0.0', direction: 'none',
    description: 'Country tone set for in-band tones on this endpoint\'s calls.',
  },
  {
    objectType: 'endpoint', name: 'language', kind: 'text', since: '12.0.0', direction: 'none',
    description: 'Language of prompts for this endpoint\'s calls.',
  },
  {
    objectType: 'endpoint', name: 'one_touch_recording', kind: 'bool', default: 'no', since: '12.0.0', direction: 'none',
    description: 'Let this endpoint start and stop recording with the features below.',
  },
  {
    objectType: 'endpoint', name: 'record_on_feature', kind: 'text', default: 'automixmon', since: '12.0.0', direction: 'none',
    description: 'Feature run to start recording from this endpoint.',
  },
  {
    objectType: 'endpoint', name: 'record_off_feature', kind: 'text', default: 'automixmon', since: '12.0.0', direction: 'none',
    description: 'Feature run to stop recording from this endpoint.',
  },
  {
    objectType: 'endpoint', name: 'rtp_engine', kind: 'text', default: 'asterisk', since: '12.0.0', direction: 'none',
    description: 'RTP implementation used for this endpoint\'s media.',
  },
  {
    objectType: 'endpoint', name: 'allow_transfer', kind: 'bool', default: 'yes', since: '12.0.0', direction: 'inbound',
    description: 'Allow this endpoint to transfer calls (REFER).',
  },
  {
    objectType: 'endpoint', name: 'user_eq_phone', kind: 'bool', default: 'no', since: '13.2.0', direction: 'outbound',
    description: 'Add `;user=phone` to URIs we send when the user part is a phone number.',
  },
  {
    objectType: 'endpoint', name: 'moh_passthrough', kind: 'bool', default: 'no', since: '13.30.0', direction: 'none',
    description: 'Pass hold and unhold on to the other side by re-INVITE instead of playing music on hold.',
  },
  {
    objectType: 'endpoint', name: 'sdp_owner', kind: 'text', default: '-', since: '12.0.0', direction: 'none',
    description: 'User name in the SDP origin line.',
  },
  {
    objectType: 'endpoint', name: 'sdp_session', kind: 'text', default: 'Asterisk', since: '12.0.0', direction: 'none',
    description: 'Session name in the SDP.',
  },
  {
    objectType: 'endpoint', name: 'tos_audio', kind: 'tos', default: '0', since: '12.2.0', direction: 'none',
    description: 'DiffServ marking of this endpoint\'s audio packets.',
  },
  {
    objectType: 'endpoint', name: 'tos_video', kind: 'tos', default: '0', since: '12.2.0', direction: 'none',
    description: 'DiffServ marking of this endpoint\'s video packets.',
  },
  {
    objectType: 'endpoint', name: 'cos_audio', kind: 'cos', default: '0', since: '12.0.0', direction: 'none',
    description: 'Ethernet priority of this endpoint\'s audio packets.',
  },
  {
    objectType: 'endpoint', name: 'cos_video', kind: 'cos', default: '0', since: '12.0.0', direction: 'none',
    description: 'Ethernet priority of this endpoint\'s video packets.',
  },
  {
    objectType: 'endpoint', name: 'allow_subscribe', kind: 'bool', default: 'yes', since: '12.0.0', direction: 'inbound',
    description: 'Let this endpoint subscribe to events (presence, message waiting).',
  },
  {
    objectType: 'endpoint', name: 'sub_min_expiry', kind: 'duration', unit: 's', default: '0', since: '12.0.0', direction: 'inbound',
    description: 'Shortest subscription this endpoint may ask for.',
  },
  {
    objectType: 'endpoint', name: 'from_user', kind: 'text', since: '13.18.0', direction: 'outbound',
    description: 'User part of the From header in requests we send to this endpoint (what a provider may expect as account name).',
  },
  {
    objectType: 'endpoint', name: 'mwi_from_user', kind: 'text', since: '12.0.0', direction: 'outbound',
    description: 'User part of the From header of our message-waiting notices to this endpoint.',
  },
  {
    objectType: 'endpoint', name: 'from_domain', kind: 'text', since: '12.0.0', direction: 'outbound',
    description: 'Domain of the From header in requests we send to this endpoint.',
  },
  {
    objectType: 'endpoint', name: 'dtls_verify', kind: 'enum', default: 'no', since: '12.7.0', direction: 'none',
    values: [
      { value: 'no', description: 'Nothing.' },
      { value: 'fingerprint', description: 'Only the fingerprint given in the SDP.' },
      { value: 'certificate', description: 'Only the certificate chain.' },
      { value: 'yes', description: 'Both.' },
    ],
    description: 'What to check of the far end\'s DTLS certificate.',
  },
  {
    objectType: 'endpoint', name: 'dtls_rekey', kind: 'duration', unit: 's', default: '0', since: '12.7.0', direction: 'none',
    description: 'Renegotiate DTLS keys this often; 0 never.',
  },
  {
    objectType: 'endpoint', name: 'dtls_auto_generate_cert', kind: 'bool', default: 'no', since: '15.2.0', direction: 'none',
    description: 'Create a temporary certificate for DTLS instead of reading one from a file.',
  },
  {
    objectType: 'endpoint', name: 'dtls_cert_file', kind: 'path', since: '12.2.0', direction: 'none',
    description: 'Certificate used for DTLS.',
  },
  {
    objectType: 'endpoint', name: 'dtls_private_key', kind: 'path', since: '12.2.0', direction: 'none',
    description: 'Private key of that certificate.',
  },
  {
    objectType: 'endpoint', name: 'dtls_cipher', kind: 'text', since: '12.2.0', direction: 'none',
    description: 'Ciphers allowed for DTLS (OpenSSL list).',
  },
  {
    objectType: 'endpoint', name: 'dtls_ca_file', kind: 'path', since: '12.2.0', direction: 'none',
    description: 'File of trusted certificate authorities for DTLS.',
  },
  {
    objectType: 'endpoint', name: 'dtls_ca_path', kind: 'path', since: '12.2.0', direction: 'none',
    description: 'Directory of trusted certificate authorities for DTLS.',
  },
  {
    objectType: 'endpoint', name: 'dtls_setup', kind: 'enum', default: 'active', since: '12.2.0', direction: 'none',
    values: [
      { value: 'active', description: 'Asterisk starts it.' },
      { value: 'passive', description: 'The far end starts it.' },
      { value: 'actpass', description: 'Either; let the far end choose.' },
    ],
    description: 'Which side starts the DTLS handshake.',
  },
  {
    objectType: 'endpoint', name: 'dtls_fingerprint', kind: 'enum', default: 'SHA-256', since: '12.7.0', direction: 'none',
    values: [
      { value: 'SHA-256', description: 'SHA-256.' },
      { value: 'SHA-1', description: 'SHA-1 (weak).' },
    ],
    description: 'Hash used for the certificate fingerprint we send.',
  },
  {
    objectType: 'endpoint', name: 'srtp_tag_32', kind: 'bool', default: 'no', since: '12.0.0', direction: 'none',
    description: 'Use a 32-bit SRTP authentication tag instead of 80 bits.',
  },
  {
    objectType: 'endpoint', name: 'set_var', kind: 'variable', since: '12.2.0', repeatable: true, direction: 'inbound',
    description: 'Sets a channel variable (`NAME=value`) on every call of this endpoint; one variable per line.',
  },
  {
    objectType: 'endpoint', name: 'message_context', kind: 'context', since: '13.5.0', direction: 'inbound',
    description: 'Dialplan context for SIP MESSAGE requests from this endpoint; `context` when empty.',
  },
  {
    objectType: 'endpoint', name: 'accountcode', kind: 'text', since: '13.5.0', direction: 'none',
    description: 'Account code for the billing records of this endpoint\'s calls.',
  },
  {
    objectType: 'endpoint', name: 'preferred_codec_only', kind: 'bool', default: 'no', since: '15.0.0', direction: 'none',
    description: 'Answer with only the first codec both sides share.',
  },
  {
    objectType: 'endpoint', name: 'incoming_call_offer_pref', kind: 'enum', default: 'local', since: '18.0.0', direction: 'inbound',
    values: [
      { value: 'local', description: 'Our `allow` list, filtered by what the caller offered.' },
      { value: 'local_first', description: 'Only the first of our codecs that the caller offered.' },
      { value: 'remote', description: 'The caller\'s list, filtered by our `allow`.' },
      { value: 'remote_first', description: 'Only the first of the caller\'s codecs that we allow.' },
    ],
    description: 'Which codec list wins when a call from this endpoint is offered on.',
  },
  {
    objectType: 'endpoint', name: 'outgoing_call_offer_pref', kind: 'enum', default: 'remote_merge', since: '18.0.0', direction: 'outbound',
    values: [
      { value: 'local', description: 'Our `allow` list, filtered by the call\'s codecs.' },
      { value: 'local_merge', description: 'Our `allow` list, then the call\'s other codecs.' },
      { value: 'local_first', description: 'Only the first of our codecs the call has.' },
      { value: 'remote', description: 'The call\'s codecs, filtered by our `allow`.' },
      { value: 'remote_merge', description: 'The call\'s codecs, then our other allowed ones.' },
      { value: 'remote_first', description: 'Only the first of the call\'s codecs that we allow.' },
    ],
    description: 'Which codec list wins when we offer a call to this endpoint.',
  },
  {
    objectType: 'endpoint', name: 'rtp_keepalive', kind: 'duration', unit: 's', default: '0', since: '13.5.0', direction: 'none',
    description: 'Send an empty RTP packet this often when no media flows, to keep NAT bindings open; 0 never.',
  },
  {
    objectType: 'endpoint', name: 'rtp_timeout', kind: 'duration', unit: 's', default: '0', since: '13.5.0', direction: 'none',
    description: 'Hang up when no media arrived for this long on an active call; 0 never.',
  },
  {
    objectType: 'endpoint', name: 'rtp_timeout_hold', kind: 'duration', unit: 's', default: '0', since: '13.5.0', direction: 'none',
    description: 'Hang up when no media arrived for this long on a held call; 0 never.',
  },
  {
    objectType: 'endpoint', name: 'rtp_port_start', kind: 'int', default: '0', since: '20.20.0', direction: 'none',
    description: 'First RTP port for this endpoint, instead of rtp.conf\'s range; needs `rtp_port_end` too.',
  },
  {
    objectType: 'endpoint', name: 'rtp_port_end', kind: 'int', default: '0', since: '20.20.0', direction: 'none',
    description: 'Last RTP port for this endpoint; needs `rtp_port_start` too.',
  },
  {
    objectType: 'endpoint', name: 'acl', kind: 'aclName', since: '13.10.0', repeatable: true, direction: 'inbound',
    description: 'Named ACLs of acl.conf that requests from this endpoint must pass.',
  },
  {
    objectType: 'endpoint', name: 'deny', kind: 'acl', since: '13.10.0', repeatable: true, direction: 'inbound',
    description: 'Addresses or networks from which this endpoint\'s requests are refused.',
  },
  {
    objectType: 'endpoint', name: 'permit', kind: 'acl', since: '13.10.0', repeatable: true, direction: 'inbound',
    description: 'Addresses or networks from which this endpoint\'s requests are let through despite `deny`.',
  },
  {
    objectType: 'endpoint', name: 'contact_acl', kind: 'aclName', since: '13.10.0', repeatable: true, direction: 'inbound',
    description: 'Named ACLs of acl.conf that the addresses this endpoint registers must pass.',
  },
  {
    objectType: 'endpoint', name: 'contact_deny', kind: 'acl', since: '13.10.0', repeatable: true, direction: 'inbound',
    description: 'Networks this endpoint may not register as its contact address.',
  },
  {
    objectType: 'endpoint', name: 'contact_permit', kind: 'acl', since: '13.10.0', repeatable: true, direction: 'inbound',
    description: 'Networks this endpoint may register despite `contact_deny`.',
  },
  {
    objectType: 'endpoint', name: 'subscribe_context', kind: 'context', since: '13.11.0', direction: 'inbound',
    description: 'Dialplan context in which this endpoint\'s subscriptions look up hints.',
  },
  {
    objectType: 'endpoint', name: 'contact_user', kind: 'text', since: '13.12.0', direction: 'outbound',
    description: 'User part of the Contact header in requests we send to this endpoint.',
  },
  {
    objectType: 'endpoint', name: 'asymmetric_rtp_codec', kind: 'bool', default: 'no', since: '13.13.0', direction: 'none',
    description: 'Allow sending in one codec while receiving another.',
  },
  {
    objectType: 'endpoint', name: 'rtcp_mux', kind: 'bool', default: 'no', since: '13.15.0', direction: 'none',
    description: 'Carry RTCP on the RTP port (WebRTC).',
  },
  {
    objectType: 'endpoint', name: 'refer_blind_progress', kind: 'bool', default: 'yes', since: '13.17.0', direction: 'inbound',
    description: 'Report the progress of a blind transfer back to this endpoint.',
  },
  {
    objectType: 'endpoint', name: 'notify_early_inuse_ringing', kind: 'bool', default: 'no', since: '13.17.0', direction: 'outbound',
    description: 'When the device is already in use and another call rings it, tell subscribers it is ringing, not only in use.',
  },
  {
    objectType: 'endpoint', name: 'max_audio_streams', kind: 'int', default: '1', since: '15.0.0', direction: 'none',
    description: 'Most audio streams in one call.',
  },
  {
    objectType: 'endpoint', name: 'max_video_streams', kind: 'int', default: '1', since: '15.0.0', direction: 'none',
    description: 'Most video streams in one call.',
  },
  {
    objectType: 'endpoint', name: 'bundle', kind: 'bool', default: 'no', since: '15.0.0', direction: 'none',
    description: 'Carry all media streams on one transport (WebRTC).',
  },
  {
    objectType: 'endpoint', name: 'webrtc', kind: 'bool', default: 'no', since: '15.0.0', direction: 'none',
    description: 'Set every option a WebRTC client needs (AVPF, ICE, DTLS, rtcp_mux, bundle ...) in one go.',
  },
  {
    objectType: 'endpoint', name: 'incoming_mwi_mailbox', kind: 'text', since: '13.18.0', direction: 'inbound',
    description: 'Mailbox (`box@context`) that takes the message-waiting notices this endpoint sends us.',
  },
  {
    objectType: 'endpoint', name: 'follow_early_media_fork', kind: 'bool', default: 'yes', since: '13.22.0', direction: 'outbound',
    description: 'When our call forks, follow early media from a second branch too.',
  },
  {
    objectType: 'endpoint', name: 'accept_multiple_sdp_answers', kind: 'bool', default: 'no', since: '13.22.0', direction: 'outbound',
    description: 'Accept a changed SDP answer on the same branch of our call.',
  },
  {
    objectType: 'endpoint', name: 'suppress_q850_reason_headers', kind: 'bool', default: 'no', since: '13.23.0', direction: 'outbound',
    description: 'Do not send Reason headers with Q.850 cause codes to this endpoint.',
  },
  {
    objectType: 'endpoint', name: 'ignore_183_without_sdp', kind: 'bool', default: 'no', since: '13.26.0', direction: 'outbound',
    description: 'Do not pass on a 183 progress from this endpoint when it has no SDP.',
  },
  {
    objectType: 'endpoint', name: 'stir_shaken', kind: 'bool', default: 'no', since: '18.22.0', deprecatedBy: 'stir_shaken_profile', direction: 'none',
    description: 'Old switch for STIR/SHAKEN caller attestation; Asterisk 22 warns that it is no longer supported.',
  },
  {
    objectType: 'endpoint', name: 'stir_shaken_profile', kind: 'text', since: '16.26.0', direction: 'none',
    description: 'STIR/SHAKEN profile (from stir_shaken.conf) for attesting or verifying caller identity.',
  },
  {
    objectType: 'endpoint', name: 'allow_unauthenticated_options', kind: 'bool', default: 'no', since: '16.18.0', direction: 'inbound',
    description: 'Answer OPTIONS requests from this endpoint without challenging them, even with `auth` set.',
  },
  {
    objectType: 'endpoint', name: 'security_negotiation', kind: 'enum', default: 'no', since: '21.0.0', direction: 'none',
    values: [
      { value: 'no', description: 'None.' },
      { value: 'mediasec', description: 'The 3GPP mediasec scheme.' },
    ],
    description: 'Security mechanism negotiation (RFC 3329) with this endpoint.',
  },
  {
    objectType: 'endpoint', name: 'security_mechanisms', kind: 'list', since: '21.0.0', direction: 'none',
    description: 'Security mechanisms offered with `security_negotiation`, comma list.',
  },
  {
    objectType: 'endpoint', name: 'geoloc_incoming_call_profile', kind: 'text', since: '16.28.0', direction: 'inbound',
    description: 'Geolocation profile (geolocation.conf) applied to calls from this endpoint.',
  },
  {
    objectType: 'endpoint', name: 'geoloc_outgoing_call_profile', kind: 'text', since: '16.28.0', direction: 'outbound',
    description: 'Geolocation profile applied to calls to this endpoint.',
  },
  {
    objectType: 'endpoint', name: 'send_aoc', kind: 'bool', default: 'no', since: '18.16.0', direction: 'outbound',
    description: 'Send advice-of-charge information to this endpoint.',
  },
  {
    objectType: 'endpoint', name: 'suppress_moh_on_sendonly', kind: 'bool', default: 'no', since: '20.11.0', direction: 'none',
    description: 'Do not play music on hold when the stream is put to send-only.',
  },
];
