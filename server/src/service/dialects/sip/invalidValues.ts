/**
 * What chan_sip does with a value it cannot read, per option (issue #15 B3): the line it logs, quoted as
 * Asterisk 20 writes it (channels/chan_sip.c, main/tcptls.c, ccss.c, abstract_jb.c, rtp_engine.c), and
 * the value it uses instead. Options not listed here are never reported as invalid values. Documentation
 * is data (STYLE.md rule 6): the value rules render these texts.
 */
import { atoiReading, silentWord, atoiSilently, logsAndUses, generalOr, qos, type Consequence } from '../consequences';

const SIP = 'chan_sip';

export const SIP_CONSEQUENCES: Readonly<Record<string, Consequence>> = {
  autocreatepeer: silentWord(SIP, 'no (autocreatepeer stays off)'),
  tcpauthtimeout: logsAndUses(SIP, ({ value, line }) => `WARNING "Invalid tcpauthtimeout '${value}' at line ${line} of sip.conf"`, 'uses 30'),
  tcpauthlimit: logsAndUses(SIP, ({ value, line }) => `WARNING "Invalid tcpauthlimit '${value}' at line ${line} of sip.conf"`, 'uses 100'),
  maxexpiry: atoiSilently(SIP, { below: 1, fallback: '3600' }),
  minexpiry: atoiSilently(SIP, { below: 1, fallback: '60' }),
  defaultexpiry: atoiSilently(SIP, { below: 1, fallback: '120' }),
  submaxexpiry: atoiSilently(SIP, { below: 1, fallback: '3600' }),
  subminexpiry: atoiSilently(SIP, { below: 1, fallback: '60' }),
  mwiexpiry: atoiSilently(SIP, { below: 1, fallback: '3600' }),
  registertimeout: atoiSilently(SIP, { below: 1, fallback: '20' }),
  registerattempts: atoiSilently(SIP),
  notifyringing: silentWord(SIP, 'no'),
  notifycid: silentWord(SIP, 'no'),
  qualifygap: logsAndUses(SIP, ({ value, line }) => `WARNING "Invalid qualifygap '${value}' at line ${line} of sip.conf"`, 'uses 100'),
  qualifypeers: logsAndUses(SIP, ({ value, line }) => `WARNING "Invalid pokepeers '${value}' at line ${line} of sip.conf"`, 'uses 1'),
  rtautoclear: () => `${SIP} reads a number above 0 as seconds, a yes word as on, and anything else as no, without a warning.`,
  t1min: atoiSilently(SIP),
  bindport: ({ value, line }) =>
    /^\s*[+-]?\d/.test(value)
      ? `${SIP} takes the number without a warning, but it is not a usable port.`
      : `${SIP} logs WARNING "Invalid port number '${value}' at line ${line} of sip.conf" and keeps the port it had (5060 unless set before).`,
  websocket_write_timeout: logsAndUses(SIP, ({ value, line }) => `WARNING "'${value}' is not a valid websocket_write_timeout value at line ${line}. Using default '100'."`, 'uses 100'),
  externrefresh: logsAndUses(SIP, ({ value, line }) => `WARNING "Invalid externrefresh value '${value}', must be an integer >0 at line ${line}"`, 'uses 10'),
  externtcpport: logsAndUses(SIP, ({ line }) => `WARNING "Invalid externtcpport value, must be a positive integer between 1 and 65535 at line ${line}"`, 'announces no external TCP port'),
  externtlsport: logsAndUses(SIP, ({ line }) => `WARNING "Invalid externtlsport value, must be a positive integer between 1 and 65535 at line ${line}"`, 'announces no external TLS port'),
  tos_sip: qos('tos_sip', SIP),
  tos_audio: qos('tos_audio', SIP),
  tos_video: qos('tos_video', SIP),
  tos_text: qos('tos_text', SIP),
  cos_sip: qos('cos_sip', SIP),
  cos_audio: qos('cos_audio', SIP),
  cos_video: qos('cos_video', SIP),
  cos_text: qos('cos_text', SIP),
  tlsclientmethod: () => 'Asterisk ignores any other word without a warning and keeps the client method it had.',
  jbmaxsize: () => 'Asterisk ignores a value that is not a number above 0, without a warning, and keeps 200.',
  jbresyncthreshold: () => 'Asterisk ignores a value that is not a number above 0, without a warning, and keeps 1000.',
  jbtargetextra: () => 'Asterisk ignores a value that is not a number, without a warning, and keeps 40.',
  jbimpl: ({ value }) => `Asterisk keeps the word; when a call sets up its jitterbuffer it logs WARNING "Unknown Jitterbuffer type ${value}. Failed to create jitterbuffer." and the call has none.`,
  port: logsAndUses(SIP, ({ value, line }) => `WARNING "Invalid peer port configuration at line ${line} : ${value}"`, 'keeps the default port'),
  callingpres: ({ value }) => `${SIP} ${atoiReading(value)} as the presentation number, without a warning.`,
  sendrpid: silentWord(SIP, 'no (no identity header from this line)'),
  trust_id_outbound: logsAndUses(SIP, ({ value, line }) => `WARNING "Unknown trust_id_outbound mode '${value}' on line ${line}, using legacy"`, 'uses legacy'),
  qualify: logsAndUses(
    SIP,
    ({ section, line, inGeneral }) =>
      inGeneral
        ? `WARNING "Qualification default should be 'yes', 'no', or a number of milliseconds at line ${line} of sip.conf"`
        : `WARNING "Qualification of peer '${section}' should be 'yes', 'no', or a number of milliseconds at line ${line} of sip.conf"`,
    'turns qualify off',
  ),
  qualifyfreq: logsAndUses(SIP, ({ value, line }) => `WARNING "Invalid qualifyfreq number '${value}' at line ${line} of sip.conf"`, generalOr('uses 60 seconds', "uses [general]'s qualifyfreq")),
  keepalive: logsAndUses(
    SIP,
    ({ section, line, inGeneral }) =>
      inGeneral
        ? `WARNING "Keep alive default should be 'yes', 'no', or a number of milliseconds at line ${line} of sip.conf"`
        : `WARNING "Keep alive of peer '${section}' should be 'yes', 'no', or a number of milliseconds at line ${line} of sip.conf"`,
    'turns keepalive off',
  ),
  directmedia: logsAndUses(SIP, ({ whole, line }) => `WARNING "Unknown directmedia mode '${whole}' on line ${line}"`, 'ignores the word'),
  rtptimeout: logsAndUses(SIP, ({ value, line }) => `WARNING "'${value}' is not a valid RTP hold time at line ${line}.  Using default."`, generalOr('uses 0 (off)', "uses [general]'s rtptimeout")),
  rtpholdtimeout: logsAndUses(SIP, ({ value, line }) => `WARNING "'${value}' is not a valid RTP hold time at line ${line}.  Using default."`, generalOr('uses 0 (off)', "uses [general]'s rtpholdtimeout")),
  rtpkeepalive: logsAndUses(SIP, ({ value, line }) => `WARNING "'${value}' is not a valid RTP keepalive time at line ${line}.  Using default."`, generalOr('uses 0 (off)', "uses [general]'s rtpkeepalive")),
  dtmfmode: logsAndUses(SIP, ({ value, line }) => `WARNING "Unknown dtmf mode '${value}' on line ${line}, using rfc2833"`, 'uses rfc2833'),
  progressinband: silentWord(SIP, 'no'),
  videosupport: silentWord(SIP, 'no'),
  maxcallbitrate: atoiSilently(SIP, { below: 0, fallback: '384' }),
  faxdetect: logsAndUses(SIP, ({ value, line }) => `WARNING "Unknown faxdetect mode '${value}' on line ${line}."`, 'ignores the word'),
  t38pt_udptl: () => `${SIP} ignores a word it does not know, without a warning (a bad maxdatagram= number logs "Invalid maxdatagram").`,
  allowoverlap: silentWord(SIP, 'no'),
  busylevel: atoiSilently(SIP, { below: 0, fallback: '0' }),
  'call-limit': atoiSilently(SIP, { below: 0, fallback: '0' }),
  maxforwards: logsAndUses(SIP, ({ value, line }) => `WARNING "'${value}' is not a valid maxforwards value at line ${line}.  Using default."`, generalOr('uses 70', "uses [general]'s maxforwards")),
  amaflags: logsAndUses(SIP, ({ value, line }) => `WARNING "Invalid AMA Flags for peer: ${value} at line ${line}"`, 'keeps the default'),
  'session-timers': logsAndUses(SIP, ({ value, line }) => `WARNING "Invalid session-timers '${value}' at line ${line} of sip.conf"`, generalOr('uses accept', "uses [general]'s session-timers")),
  'session-expires': logsAndUses(SIP, ({ value, line }) => `WARNING "Invalid session-expires '${value}' at line ${line} of sip.conf"`, generalOr('uses 1800', "uses [general]'s session-expires")),
  'session-minse': ({ value, line, inGeneral }) =>
    /^\s*[+-]?\d/.test(value)
      ? `${SIP} logs WARNING "session-minse '${value}' at line ${line} of sip.conf is not allowed to be < 90 secs" and uses ${inGeneral ? '90' : "[general]'s session-minse"}.`
      : `${SIP} logs WARNING "Invalid session-minse '${value}' at line ${line} of sip.conf" and uses ${inGeneral ? '90' : "[general]'s session-minse"}.`,
  'session-refresher': logsAndUses(SIP, ({ value, line }) => `WARNING "Invalid session-refresher '${value}' at line ${line} of sip.conf"`, generalOr('uses uas', "uses [general]'s session-refresher")),
  timert1: ({ value, line, inGeneral }) =>
    inGeneral ? `${SIP} ${atoiReading(value)} without a warning.` : `${SIP} logs WARNING "'${value}' is not a valid T1 time at line ${line}.  Using default." and uses t1min.`,
  timerb: ({ value, line, inGeneral }) =>
    inGeneral
      ? `${SIP} logs WARNING "Invalid value for timerb ('${value}').  Setting to default ('<64 × timert1>')." when it reads below 500 (and never stores a [general] timerb anyway).`
      : `${SIP} logs WARNING "'${value}' is not a valid Timer B time at line ${line}.  Using default." and uses [general]'s timer B.`,
  encryption_taglen: silentWord(SIP, '80'),
  dtlsverify: () => 'Asterisk ignores any other word without a warning and keeps the setting it had.',
  dtlsrekey: () => 'Asterisk ignores a value that is not a number, without a warning, and keeps the setting it had.',
  dtlssetup: () => 'Asterisk ignores any other word without a warning and keeps the setting it had.',
  dtlsfingerprint: () => 'Asterisk ignores any other word without a warning and keeps sha-256.',
  cc_agent_policy: ({ value }) => `Asterisk logs WARNING "${value} is an invalid value for cc_agent_policy. Switching to 'never'" and uses never.`,
  cc_monitor_policy: ({ value }) => `Asterisk logs WARNING "${value} is an invalid value for cc_monitor_policy. Switching to 'never'" and uses never.`,
  cc_offer_timer: () => 'Asterisk ignores a value that is not a number, without a warning, and keeps the default.',
  ccnr_available_timer: () => 'Asterisk ignores a value that is not a number, without a warning, and keeps the default.',
  ccbs_available_timer: () => 'Asterisk ignores a value that is not a number, without a warning, and keeps the default.',
  cc_recall_timer: () => 'Asterisk ignores a value that is not a number, without a warning, and keeps the default.',
  cc_max_agents: () => 'Asterisk ignores a value that is not a number, without a warning, and keeps the default.',
  cc_max_monitors: () => 'Asterisk ignores a value that is not a number, without a warning, and keeps the default.',
  insecure: ({ whole, line }) => `${SIP} logs WARNING "Unknown insecure mode '${whole}' on line ${line}" and ignores the word.`,
  nat: () =>
    `${SIP} ignores a word it does not know, without a warning; when no other word of this section's nat lines applies, NAT handling is off (as nat=no), not the default auto_force_rport.`,
  transport: ({ value, inGeneral }) =>
    inGeneral
      ? `${SIP} logs NOTICE "'${value}' is not a valid transport type. if no other is specified, udp will be used." and drops it.`
      : `${SIP} logs NOTICE "'${value}' is not a valid transport type. if no other is specified, the defaults from general will be used." and drops it.`,
};
