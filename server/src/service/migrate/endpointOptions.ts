/**
 * Endpoint options whose sip.conf and pjsip.conf forms correspond line for line: same-meaning renames,
 * codecs in chan_sip's order, DTMF, NAT, direct media, session timers, RPID, per-endpoint ACLs and the
 * outbound proxy URI. The objects around them (auth, aor, identify) are built in sipToPjsip.ts.
 */
import type { ConfigModel, Endpoint } from '../model/types';
import { generalSections } from '../model/general';
import { effectiveLines } from '../model/endpoints';
import { canonical } from './generalToPjsip';
import { last, unmap, words, type Writer } from './endpointWriter';

/** chan_sip's capability when neither [general] nor the peer says allow/disallow. */
const CHAN_SIP_DEFAULT_CODECS = 'ulaw,alaw,gsm,h263';

/** sip option → endpoint option whose values mean the same. */
export const SAME_VALUE: Readonly<Record<string, string>> = {
  context: 'context',
  callerid: 'callerid',
  language: 'language',
  accountcode: 'accountcode',
  fromuser: 'from_user',
  fromdomain: 'from_domain',
  mohsuggest: 'moh_suggest',
  callgroup: 'call_group',
  pickupgroup: 'pickup_group',
  namedcallgroup: 'named_call_group',
  namedpickupgroup: 'named_pickup_group',
  trustrpid: 'trust_id_inbound',
  rtptimeout: 'rtp_timeout',
  tonezone: 'tone_zone',
  subscribecontext: 'subscribe_context',
  allowsubscribe: 'allow_subscribe',
  'session-expires': 'timers_sess_expires',
  'session-minse': 'timers_min_se',
  busylevel: 'device_state_busy_at',
  rtp_engine: 'rtp_engine',
  cid_tag: 'callerid_tag',
  callingpres: 'callerid_privacy',
  mwi_from: 'mwi_from_user',
  allowtransfer: 'allow_transfer',
  autoframing: 'use_ptime',
};

/** Device options whose pjsip form needs its value read (see mapMedia). */
export const READ_VALUE_OPTIONS = ['progressinband', 'recordonfeature', 'recordofffeature'] as const;

/**
 * chan_sip's outboundproxy, `[transport://]host[:port][,force]`, as a pjsip outbound_proxy URI. `;lr`:
 * chan_sip sent requests to the proxy with the peer's own Request-URI, which is loose routing.
 */
export function outboundProxyUri(value: string): string | undefined {
  const match = /^(?:(udp|tcp|tls):\/\/)?([^,\s]+)/i.exec(value.trim());
  if (!match) return undefined;
  const transport = match[1]?.toLowerCase();
  return `sip:${match[2].replace(/^sips?:/i, '')}${transport && transport !== 'udp' ? `;transport=${transport}` : ''};lr`;
}


/** The codecs chan_sip ends up with: [general]'s list, then the peer's allow/disallow lines in order. */
export function codecs(model: ConfigModel, endpoint: Endpoint): string {
  const general = generalSections(model).flatMap((section) => section.entries).map((entry) => ({ name: canonical(entry.node.key), value: entry.node.value }));
  const own = (model.sectionsByKey.get(endpoint.section.key) ?? [endpoint.section])
    .filter((section) => section.kind === 'endpoint')
    .flatMap((section) => effectiveLines(section, 'sip'))
    .map((line) => ({ name: line.canonical, value: line.value }));
  let list: string[] | undefined;
  for (const line of [...general, ...own]) {
    if (line.name !== 'allow' && line.name !== 'disallow') continue;
    list ??= CHAN_SIP_DEFAULT_CODECS.split(',');
    for (const codec of words(line.value)) {
      const name = codec.split(':')[0];
      // Allowing a codec already in the list keeps its place (observed: Asterisk 20, ulaw|alaw|gsm|h263).
      if (line.name === 'allow') list = name === 'all' ? ['all'] : list.includes(name) ? list : [...list, name];
      else list = name === 'all' ? [] : list.filter((existing) => existing !== name);
    }
  }
  return (list ?? CHAN_SIP_DEFAULT_CODECS.split(',')).join(',');
}


export function mapMedia(writer: Writer, endpoint: Endpoint): void {
  const block = writer.endpoint;
  const dtmf = last(endpoint, 'dtmfmode')?.toLowerCase();
  if (dtmf === 'rfc2833') block.set('dtmf_mode', 'rfc4733');
  else if (dtmf === 'inband' || dtmf === 'info' || dtmf === 'auto') block.set('dtmf_mode', dtmf);
  else if (dtmf) unmap(writer, 'dtmfmode', endpoint.options.get('dtmfmode')?.at(-1), 'pjsip has no such DTMF mode');
  const nat = words(last(endpoint, 'nat'));
  if (nat.includes('yes') || nat.includes('force_rport')) block.set('force_rport', 'yes').set('rewrite_contact', 'yes');
  if (nat.includes('yes') || nat.includes('comedia')) block.set('rtp_symmetric', 'yes');
  if (nat.some((word) => word.startsWith('auto_'))) block.note('nat=auto_…: pjsip has no automatic NAT detection; force_rport is on by default in pjsip.');
  const direct = words(last(endpoint, 'directmedia'));
  if (direct.length) {
    const off = direct.some((word) => ['no', 'false', 'n', 'f', '0', 'off'].includes(word));
    block.set('direct_media', off ? 'no' : 'yes');
    if (!off && direct.includes('nonat')) block.set('disable_direct_media_on_nat', 'yes');
    if (!off && direct.includes('update')) block.set('direct_media_method', 'update');
    if (!off && direct.includes('outgoing')) block.set('directed_media_glare_mitigation', 'outgoing');
  }
  const timers = last(endpoint, 'session-timers')?.toLowerCase();
  if (timers) block.set('timers', timers === 'originate' ? 'always' : timers === 'refuse' ? 'no' : 'yes');
  // progressinband=never and =no both leave the ringing to the phone; pjsip has only yes/no.
  const progress = last(endpoint, 'progressinband')?.toLowerCase();
  if (progress) block.set('inband_progress', progress === 'yes' ? 'yes' : 'no');
  const recordOn = last(endpoint, 'recordonfeature');
  const recordOff = last(endpoint, 'recordofffeature');
  if (recordOn) block.set('record_on_feature', recordOn);
  if (recordOff) block.set('record_off_feature', recordOff);
  if (recordOn || recordOff) block.set('one_touch_recording', 'yes', 'chan_sip recorded on these features without a switch; pjsip needs one');
  const rpid = last(endpoint, 'sendrpid')?.toLowerCase();
  if (rpid === 'pai') block.set('send_pai', 'yes');
  else if (rpid === 'yes' || rpid === 'rpid') block.set('send_rpid', 'yes');
}

/** Per-endpoint ACLs in the order chan_sip appends them (permit/deny on the endpoint, not one global acl). */
export function mapAcls(writer: Writer, endpoint: Endpoint): void {
  const pjsipName: Record<string, string> = { permit: 'permit', deny: 'deny', acl: 'acl', contactpermit: 'contact_permit', contactdeny: 'contact_deny', contactacl: 'contact_acl' };
  const lines = Object.keys(pjsipName).flatMap((name) => (endpoint.options.get(name) ?? []).map((value) => ({ name, value })));
  lines.sort((a, b) => (a.value.source.entry?.line ?? 0) - (b.value.source.entry?.line ?? 0));
  for (const line of lines) writer.endpoint.set(pjsipName[line.name], line.value.value.trim());
}
