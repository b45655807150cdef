/**
 * What chan_iax2 does with a value it cannot read, per option (issue #15 B3): the line it logs, quoted as
 * Asterisk 20 writes it (channels/chan_iax2.c, abstract_jb.c), and the value it uses instead. Options not
 * listed here are never reported as invalid values. Documentation is data (STYLE.md rule 6): the value
 * rules render these texts.
 */
import { atoi, atoiReading, silentWord, atoiSilently, qos, type Consequence } from '../consequences';

const IAX = 'chan_iax2';

const iaxThreads =
  (min: number, lowLog: string, highLog: string): Consequence =>
  ({ value }) => {
    const number = atoi(value);
    if (number > 256) return `${IAX} logs NOTICE "${highLog}" and uses 256 (at start-up; a reload ignores changes).`;
    if (number < min) return `${IAX} ${atoiReading(value)}${lowLog ? `, logs NOTICE "${lowLog}"` : ''} and uses ${min} (at start-up).`;
    return `${IAX} ${atoiReading(value)} without a warning.`;
  };

export const IAX_CONSEQUENCES: Readonly<Record<string, Consequence>> = {
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
