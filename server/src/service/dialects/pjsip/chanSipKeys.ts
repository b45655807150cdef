/**
 * chan_sip options that people carry into pjsip.conf when they migrate. res_pjsip refuses an object with
 * an option it does not know (observed: `host=` on an endpoint, "Could not find option suitable for
 * category ... named 'host'", and the endpoint is not created), so each entry says, in our words, what
 * the pjsip way is and which pjsip options take over. Ground truth: asterisk-facts.md §6 (sip_to_pjsip
 * mapping, minus its known bugs) and pjsip-facts.md §2-3.
 */
import { lookupPjsipOption } from './options';
import type { PjsipObjectType } from './types';

export interface PjsipReplacement {
  readonly objectType: PjsipObjectType;
  readonly name: string;
}

export interface ChanSipKey {
  /** The chan_sip option name, lower case. */
  readonly name: string;
  /** What to write in pjsip.conf instead, for an administrator. */
  readonly advice: string;
  /** The pjsip options that take over (each exists in the catalog; the tests check it). */
  readonly replacements: readonly PjsipReplacement[];
}

const on = (objectType: PjsipObjectType, ...names: string[]): PjsipReplacement[] => names.map((name) => ({ objectType, name }));

export const chanSipKeys: readonly ChanSipKey[] = [
  {
    name: 'host',
    advice: 'pjsip has no host: where we call goes into an aor (`contact=sip:user@host:port`, or `max_contacts=1` or more so that the device registers), named in the endpoint\'s `aors`; to accept calls from that address, add an identify with `match=`.',
    replacements: [...on('aor', 'contact', 'max_contacts'), ...on('endpoint', 'aors'), ...on('identify', 'match', 'endpoint')],
  },
  {
    name: 'secret',
    advice: 'Passwords live in an auth object (`type=auth`, `username`, `password`). Name it in the endpoint\'s `auth` to challenge the device\'s calls to us, or in `outbound_auth` to answer a provider\'s challenges when we call it.',
    replacements: [...on('auth', 'username', 'password'), ...on('endpoint', 'auth', 'outbound_auth')],
  },
  {
    name: 'md5secret',
    advice: 'Put the hash in an auth object: `auth_type=md5` with `md5_cred`, or `password_digest`; name it in the endpoint\'s `auth`.',
    replacements: [...on('auth', 'md5_cred', 'password_digest', 'auth_type'), ...on('endpoint', 'auth')],
  },
  {
    name: 'remotesecret',
    advice: 'The password we give when the far end challenges us goes into an auth object named in the endpoint\'s `outbound_auth`.',
    replacements: [...on('auth', 'password'), ...on('endpoint', 'outbound_auth')],
  },
  {
    name: 'username',
    advice: 'On an endpoint this is not an option: the user name we present belongs to an auth object (`username`), the From user to `from_user`, the user part of a fixed address to the aor\'s `contact`.',
    replacements: [...on('auth', 'username'), ...on('endpoint', 'from_user'), ...on('aor', 'contact')],
  },
  {
    name: 'defaultuser',
    advice: 'Write the user into the aor\'s `contact=sip:user@host`, and the account name into the auth object\'s `username`.',
    replacements: [...on('aor', 'contact'), ...on('auth', 'username')],
  },
  { name: 'fromuser', advice: 'Spelt `from_user` in pjsip.', replacements: on('endpoint', 'from_user') },
  { name: 'fromdomain', advice: 'Spelt `from_domain` in pjsip.', replacements: on('endpoint', 'from_domain') },
  {
    name: 'insecure',
    advice: 'pjsip does not challenge a caller whose endpoint has no `auth`. To let a provider in by address (chan_sip `insecure=port,invite`), add an identify with `match=` its addresses and leave `auth` off that endpoint.',
    replacements: [...on('identify', 'match', 'endpoint'), ...on('endpoint', 'auth')],
  },
  {
    name: 'canreinvite',
    advice: 'Direct media is `direct_media` (and `direct_media_method`, `disable_direct_media_on_nat`).',
    replacements: on('endpoint', 'direct_media', 'direct_media_method', 'disable_direct_media_on_nat'),
  },
  {
    name: 'directmedia',
    advice: 'Spelt `direct_media` in pjsip (`update` becomes `direct_media_method=update`, `nonat` becomes `disable_direct_media_on_nat=yes`).',
    replacements: on('endpoint', 'direct_media', 'direct_media_method', 'disable_direct_media_on_nat'),
  },
  {
    name: 'nat',
    advice: 'NAT handling is split into `force_rport`, `rewrite_contact` and `rtp_symmetric` on the endpoint (all three for a device behind NAT).',
    replacements: on('endpoint', 'force_rport', 'rewrite_contact', 'rtp_symmetric'),
  },
  {
    name: 'qualify',
    advice: 'Reachability checks are set on the aor: `qualify_frequency` (seconds between checks) and `qualify_timeout`.',
    replacements: on('aor', 'qualify_frequency', 'qualify_timeout'),
  },
  { name: 'qualifyfreq', advice: 'Use `qualify_frequency` on the aor.', replacements: on('aor', 'qualify_frequency') },
  { name: 'dtmfmode', advice: 'Spelt `dtmf_mode`; `rfc2833` is called `rfc4733`.', replacements: on('endpoint', 'dtmf_mode') },
  {
    name: 'mailbox',
    advice: 'Spelt `mailboxes`, on the endpoint (unasked notices) or on the aor (for devices that subscribe).',
    replacements: [...on('endpoint', 'mailboxes'), ...on('aor', 'mailboxes')],
  },
  {
    name: 'port',
    advice: 'The port we call goes into the aor\'s `contact=sip:user@host:port`; the port we listen on is the transport\'s `bind`.',
    replacements: [...on('aor', 'contact'), ...on('transport', 'bind')],
  },
  {
    name: 'defaultip',
    advice: 'There is no fallback address: give the aor a fixed `contact`, or let the device register.',
    replacements: on('aor', 'contact', 'max_contacts'),
  },
  { name: 'outboundproxy', advice: 'Spelt `outbound_proxy` (a SIP URI), on the endpoint, the aor or the registration.', replacements: [...on('endpoint', 'outbound_proxy'), ...on('aor', 'outbound_proxy'), ...on('registration', 'outbound_proxy')] },
  {
    name: 'register',
    advice: 'A `register =>` line becomes a `type=registration` object (`server_uri`, `client_uri`, `contact_user`, `outbound_auth`), plus an endpoint and identify for the calls the provider sends back.',
    replacements: on('registration', 'server_uri', 'client_uri', 'contact_user', 'outbound_auth'),
  },
  { name: 'defaultexpiry', advice: 'Use `default_expiration` on the aor.', replacements: on('aor', 'default_expiration') },
  { name: 'maxexpiry', advice: 'Use `maximum_expiration` on the aor.', replacements: on('aor', 'maximum_expiration') },
  { name: 'minexpiry', advice: 'Use `minimum_expiration` on the aor.', replacements: on('aor', 'minimum_expiration') },
  { name: 'call-limit', advice: 'pjsip has no per-endpoint call limit; `device_state_busy_at` only changes the reported state (limit calls in the dialplan).', replacements: on('endpoint', 'device_state_busy_at') },
  { name: 'busylevel', advice: 'Use `device_state_busy_at`.', replacements: on('endpoint', 'device_state_busy_at') },
  { name: 'callgroup', advice: 'Spelt `call_group`.', replacements: on('endpoint', 'call_group') },
  { name: 'pickupgroup', advice: 'Spelt `pickup_group`.', replacements: on('endpoint', 'pickup_group') },
  { name: 'progressinband', advice: 'Use `inband_progress` (yes/no).', replacements: on('endpoint', 'inband_progress') },
  { name: 'sendrpid', advice: 'Use `send_rpid=yes` for Remote-Party-ID or `send_pai=yes` for P-Asserted-Identity.', replacements: on('endpoint', 'send_rpid', 'send_pai') },
  { name: 'trustrpid', advice: 'Use `trust_id_inbound`.', replacements: on('endpoint', 'trust_id_inbound') },
  { name: 'encryption', advice: 'Use `media_encryption=sdes` (or `dtls`).', replacements: on('endpoint', 'media_encryption') },
  { name: 'avpf', advice: 'Spelt `use_avpf`.', replacements: on('endpoint', 'use_avpf') },
  { name: 'icesupport', advice: 'Spelt `ice_support`.', replacements: on('endpoint', 'ice_support') },
  { name: 'setvar', advice: 'Spelt `set_var`.', replacements: on('endpoint', 'set_var') },
  { name: 'allowtransfer', advice: 'Spelt `allow_transfer`.', replacements: on('endpoint', 'allow_transfer') },
  { name: 'subscribecontext', advice: 'Spelt `subscribe_context`.', replacements: on('endpoint', 'subscribe_context') },
  { name: 'allowsubscribe', advice: 'Spelt `allow_subscribe`.', replacements: on('endpoint', 'allow_subscribe') },
  { name: 'session-timers', advice: 'Use `timers` (`originate` becomes `always`, `refuse` becomes `no`).', replacements: on('endpoint', 'timers') },
  { name: 't38pt_udptl', advice: 'Use `t38_udptl=yes` and `t38_udptl_ec`.', replacements: on('endpoint', 't38_udptl', 't38_udptl_ec') },
  { name: 'rtptimeout', advice: 'Spelt `rtp_timeout`.', replacements: on('endpoint', 'rtp_timeout') },
  { name: 'mohsuggest', advice: 'Spelt `moh_suggest`.', replacements: on('endpoint', 'moh_suggest') },
  { name: 'callingpres', advice: 'Use `callerid_privacy`.', replacements: on('endpoint', 'callerid_privacy') },
  { name: 'useragent', advice: 'Use `user_agent` in the `type=global` object.', replacements: on('global', 'user_agent') },
  { name: 'bindaddr', advice: 'Listening addresses are transports: `type=transport`, `protocol`, `bind=address:port`.', replacements: on('transport', 'bind', 'protocol') },
  { name: 'bindport', advice: 'The port is part of the transport\'s `bind=address:port`.', replacements: on('transport', 'bind') },
  { name: 'externip', advice: 'Use `external_signaling_address` and `external_media_address` on the transport.', replacements: on('transport', 'external_signaling_address', 'external_media_address') },
  { name: 'externaddr', advice: 'Use `external_signaling_address` and `external_media_address` on the transport.', replacements: on('transport', 'external_signaling_address', 'external_media_address') },
  { name: 'localnet', advice: 'Spelt `local_net`, on the transport.', replacements: on('transport', 'local_net') },
  { name: 'contactpermit', advice: 'Spelt `contact_permit`.', replacements: on('endpoint', 'contact_permit') },
  { name: 'contactdeny', advice: 'Spelt `contact_deny`.', replacements: on('endpoint', 'contact_deny') },
];

/** chan_sip's `type=` values, which pjsip does not know (observed: an unknown type makes no object, silently). */
export const chanSipTypeValues: Readonly<Record<'friend' | 'peer' | 'user', string>> = {
  friend:
    'pjsip has no friend: write `type=endpoint` for the call settings, an aor (`contact` or `max_contacts`) named in `aors` so that we can call it, and an auth named in `auth` so that its calls to us are challenged.',
  peer: 'pjsip has no peer: write `type=endpoint` with an aor holding its address (`contact`), `outbound_auth` if it challenges us, and an identify (`match`) if its calls must be recognised by address.',
  user: 'pjsip has no user: write `type=endpoint` with `auth` to challenge its calls and `context` for where they land; without an aor we never call it.',
};

const byName = new Map(chanSipKeys.map((entry) => [entry.name, entry]));

/**
 * The advice for a chan_sip option written in an object of `objectType`, or undefined when the name is
 * not a chan_sip leftover or is a real pjsip option of that type (`username` is fine in an auth).
 */
export function chanSipAdvice(objectType: PjsipObjectType, name: string): ChanSipKey | undefined {
  if (lookupPjsipOption(objectType, name)) return undefined;
  return byName.get(name.trim().toLowerCase());
}
