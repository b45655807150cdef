/**
 * What each channel driver does with a value it cannot read, per option (issue #15 B3): the line it
 * logs, quoted as Asterisk 20 writes it (channels/chan_sip.c, chan_iax2.c, main/tcptls.c, ccss.c,
 * abstract_jb.c, rtp_engine.c), and the value it uses instead. Options not listed here are never
 * reported as invalid values (their kind is free text or checked elsewhere). Documentation is data
 * (STYLE.md rule 6): the value rules render these texts; nobody keeps a second copy.
 */
import type { Dialect } from './catalogTypes';

export interface InvalidValueFacts {
  /** The value as written (for list options: the one item). */
  readonly value: string;
  /** The whole value of the line (what Asterisk prints when it logs the line, not the item). */
  readonly whole: string;
  /** 1-based line in its own file, as Asterisk counts it. */
  readonly line: number;
  /** The section the line is in. */
  readonly section: string;
  readonly inGeneral: boolean;
}

type Consequence = (facts: InvalidValueFacts) => string;

/** C's atoi: leading blanks, a sign, the digits; 0 when there are none. */
export function atoi(text: string): number {
  const match = /^\s*([+-]?\d+)/.exec(text);
  return match ? Number(match[1]) : 0;
}

/** The value an atoi reading gives, in words. */
function atoiReading(value: string): string {
  const number = atoi(value);
  return /^\s*[+-]?\d/.test(value) ? `reads the leading number ${number}` : 'reads 0';
}

const silentWord = (driver: string, result: string): Consequence => () => `${driver} reads any other word as ${result}, without a warning.`;

/** atoi without a warning; `floor`: the value below which the fallback applies (exclusive), with the fallback. */
const atoiSilently =
  (driver: string, floor?: { readonly below: number; readonly fallback: string }): Consequence =>
  ({ value }) => {
    const number = atoi(value);
    const fallback = floor && number < floor.below ? `, and below ${floor.below} it uses ${floor.fallback}` : '';
    return `${driver} ${atoiReading(value)} without a warning${fallback}.`;
  };

const logsAndUses =
  (driver: string, log: (facts: InvalidValueFacts) => string, instead: string | ((facts: InvalidValueFacts) => string)): Consequence =>
  (facts) =>
    `${driver} logs ${log(facts)} and ${typeof instead === 'string' ? instead : instead(facts)}.`;

const SIP = 'chan_sip';
const IAX = 'chan_iax2';

const generalOr = (general: string, device: string) => (facts: InvalidValueFacts) => (facts.inGeneral ? general : device);

const qos = (name: string, driver: string): Consequence =>
  logsAndUses(driver, ({ line }) => `WARNING "Invalid ${name} value at line ${line}, refer to QoS documentation"`, 'keeps the value it had');

const SIP_CONSEQUENCES: Readonly<Record<string, Consequence>> = {
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

const iaxThreads =
  (min: number, lowLog: string, highLog: string): Consequence =>
  ({ value }) => {
    const number = atoi(value);
    if (number > 256) return `${IAX} logs NOTICE "${highLog}" and uses 256 (at start-up; a reload ignores changes).`;
    if (number < min) return `${IAX} ${atoiReading(value)}${lowLog ? `, logs NOTICE "${lowLog}"` : ''} and uses ${min} (at start-up).`;
    return `${IAX} ${atoiReading(value)} without a warning.`;
  };

const IAX_CONSEQUENCES: Readonly<Record<string, Consequence>> = {
  bindport: () => `${IAX} uses 4569 instead, without a warning (it takes 1024 to 65535 only).`,
  iaxthreadcount: iaxThreads(1, 'iaxthreadcount must be at least 1.', 'limiting iaxthreadcount to 256'),
  iaxmaxthreadcount: iaxThreads(0, 'iaxmaxthreadcount must be at least 0.', 'Limiting iaxmaxthreadcount to 256'),
  pingtime: atoiSilently(IAX),
  lagrqtime: atoiSilently(IAX),
  maxjitterbuffer: atoiSilently(IAX),
  resyncthreshold: atoiSilently(IAX),
  maxjitterinterps: atoiSilently(IAX),
  jittertargetextra: atoiSilently(IAX),
  maxregexpire: atoiSilently(IAX),
  minregexpire: atoiSilently(IAX),
  rtautoclear: () => `${IAX} reads a number above 0 as seconds, a yes word as on, and anything else as no, without a warning.`,
  trunkfreq: ({ value }) =>
    atoi(value) > 1000
      ? `${IAX} logs NOTICE "trunkfreq must be between 10ms and 1000ms, using 1000ms instead." and uses 1000.`
      : `${IAX} logs NOTICE "trunkfreq must be between 10ms and 1000ms, using 10ms instead." and uses 10.`,
  trunkmtu: ({ value, line }) => `${IAX} logs NOTICE "trunkmtu value out of bounds (${atoi(value)}) at line ${line}" and keeps the MTU it had.`,
  trunkmaxsize: atoiSilently(IAX, { below: 1, fallback: 'the built-in maximum' }),
  autokill: ({ value, line }) =>
    /^\s*-\d/.test(value)
      ? `${IAX} logs NOTICE "Nice try, but autokill has to be >0 or 'yes' or 'no' at line ${line}" and keeps the value it had.`
      : `${IAX} reads any other word as no, without a warning.`,
  bandwidth: () => `${IAX} logs WARNING "bandwidth must be either low, medium, or high" and keeps the codec set it had.`,
  codecpriority: () => `${IAX} ignores any other word without a warning and keeps the priority it had.`,
  tos: qos('tos', IAX),
  cos: qos('cos', IAX),
  calltokenexpiration: ({ value }) => `${IAX} logs WARNING "Invalid calltokenexpiration value ${value}. Should be integer greater than 0." and keeps 10.`,
  maxcallnumbers: ({ value, line, inGeneral }) =>
    inGeneral
      ? `${IAX} logs WARNING "maxcallnumbers must be set to a valid number.  ${value} is not valid at line ${line}" and keeps 2048.`
      : `${IAX} logs WARNING "maxcallnumbers must be set to a valid number. ${value} is not valid at line ${line}." and keeps [general]'s limit.`,
  maxcallnumbers_nonvalidated: ({ value, line }) =>
    `${IAX} logs WARNING "maxcallnumbers_nonvalidated must be set to a valid number.  ${value} is not valid at line ${line}." and keeps 8192.`,
  requirecalltoken: ({ line }) => `${IAX} logs WARNING "requirecalltoken must be set to a valid value. at line ${line}" and keeps the default (required).`,
  auth: () => `${IAX} looks only for the words rsa, md5 and plaintext in the value and ignores anything else, without a warning.`,
  encryption: () => `${IAX} reads any other word as no, without a warning (and no cannot undo an earlier yes).`,
  forceencryption: () => `${IAX} reads any other word as "force, but with no method", without a warning: neither encryption nor forcing is turned on by this line.`,
  maxauthreq: atoiSilently(IAX, { below: 0, fallback: '0' }),
  port: () => `${IAX} uses 4569 instead, without a warning.`,
  qualify: ({ section, line }) =>
    `${IAX} logs WARNING "Qualification of peer '${section}' should be 'yes', 'no', or a number of milliseconds at line ${line} of iax.conf" and turns qualify off.`,
  qualifyfreqok: ({ section, line }) =>
    `${IAX} logs WARNING "Qualification testing frequency of peer '${section}' when OK should a number of milliseconds at line ${line} of iax.conf" and keeps 60000.`,
  qualifyfreqnotok: ({ section, line }) =>
    `${IAX} logs WARNING "Qualification testing frequency of peer '${section}' when NOT OK should be a number of milliseconds at line ${line} of iax.conf" and keeps 10000.`,
  transfer: silentWord(IAX, 'no'),
  connectedline: silentWord(IAX, 'no'),
  amaflags: ({ value, line }) => `${IAX} logs WARNING "Invalid AMA Flags: ${value} at line ${line}" and keeps the default.`,
};

/** What the driver does with a value of `option` it cannot read; undefined when the table has no entry. */
export function invalidValueConsequence(dialect: Dialect, option: string, facts: InvalidValueFacts): string | undefined {
  const table = dialect === 'sip' ? SIP_CONSEQUENCES : IAX_CONSEQUENCES;
  return Object.prototype.hasOwnProperty.call(table, option) ? table[option](facts) : undefined;
}

/** Every option the table describes, per dialect (the catalog test checks each is a real option). */
export function describedOptions(dialect: Dialect): readonly string[] {
  return Object.keys(dialect === 'sip' ? SIP_CONSEQUENCES : IAX_CONSEQUENCES);
}
