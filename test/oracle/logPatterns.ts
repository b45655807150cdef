/**
 * What Asterisk logs about a config, and which of our rules must say so on the line it is about.
 *
 * Every WARNING / ERROR line of an oracle run must match one entry here: either a config message (then a
 * diagnostic with one of `rules` must sit on a line `locate` names), or something about the sandbox or
 * the minimal build (`ENVIRONMENT`). A line that matches nothing fails the test: add its pattern here
 * (with the rule that reports it, or `rules: []` while no rule does — that fixture fails until one does).
 */

/** Where in the config a log line points. */
export type LogLocation =
  /** A line number Asterisk printed, in the file it named (or any file of the tree when it named none). */
  | { readonly kind: 'line'; readonly line: number; readonly file?: string }
  /** The header and the lines of every section of this name. */
  | { readonly kind: 'section'; readonly section: string; readonly keys?: readonly string[] }
  /** Lines whose key is one of `keys` and whose value contains `text`. */
  | { readonly kind: 'value'; readonly keys: readonly string[]; readonly text: string }
  /** `#include` lines naming this file. */
  | { readonly kind: 'include'; readonly file: string };

export interface LogPattern {
  readonly pattern: RegExp;
  /** Our rules, any of which may report it; [] while none does. */
  readonly rules: readonly string[];
  readonly locate: (match: RegExpExecArray) => LogLocation;
}

const ACL_KEYS = ['permit', 'deny', 'localnet', 'calltokenoptional', 'contactpermit', 'contactdeny', 'directmediapermit', 'directmediadeny'];
const CODEC_KEYS = ['allow', 'disallow'];
const ADDRESS_KEYS = ['bindaddr', 'udpbindaddr', 'tcpbindaddr', 'tlsbindaddr', 'externaddr', 'externip', 'rtpbindaddr', 'media_address'];

export const LOG_PATTERNS: readonly LogPattern[] = [
  // main/config.c while reading the file
  { pattern: /^WARNING config\.c: parse error: No category context for line (\d+) of (.+)$/, rules: ['key-before-section'], locate: (m) => ({ kind: 'line', line: Number(m[1]), file: m[2] }) },
  { pattern: /^WARNING config\.c: No '=' \(equal sign\) in line (\d+) of (.+)$/, rules: ['missing-equals'], locate: (m) => ({ kind: 'line', line: Number(m[1]), file: m[2] }) },
  {
    pattern: /^WARNING config\.c: Inheritance requested, but category '(.+)' does not exist, line (\d+) of (.+)$/,
    rules: ['unknown-template'],
    locate: (m) => ({ kind: 'line', line: Number(m[2]), file: m[3] }),
  },
  { pattern: /^ERROR config\.c: The file '(.+)' was listed as a #include but it does not exist\.$/, rules: ['include-problem'], locate: (m) => ({ kind: 'include', file: m[1] }) },
  // the channel drivers, section by section
  { pattern: /^WARNING chan_(?:sip|iax2)\.c: Section '(.+)' lacks type$/, rules: ['missing-type'], locate: (m) => ({ kind: 'section', section: m[1] }) },
  { pattern: /^WARNING chan_(?:sip|iax2)\.c: Unknown type '.*' for '(.+)' in \S+$/, rules: ['unknown-type'], locate: (m) => ({ kind: 'section', section: m[1], keys: ['type'] }) },
  {
    pattern: /^ERROR chan_sip\.c: Bad ACL entry in configuration line (\d+) : (.+)\. Deleting (?:peer|user)$/,
    rules: ['bad-acl'],
    locate: (m) => ({ kind: 'line', line: Number(m[1]) }),
  },
  { pattern: /^WARNING acl\.c: Invalid IP address: (.+)$/, rules: ['bad-acl'], locate: (m) => ({ kind: 'value', keys: ACL_KEYS, text: m[1] }) },
  { pattern: /^WARNING format_cap\.c: Cannot (?:allow|disallow) unknown format '(.+)'$/, rules: ['unknown-codec'], locate: (m) => ({ kind: 'value', keys: CODEC_KEYS, text: m[1] }) },
  {
    pattern: /^WARNING chan_sip\.c: Codec configuration errors found in line (\d+) : (\S+) = (.*)$/,
    rules: ['unknown-codec'],
    locate: (m) => ({ kind: 'value', keys: [m[2].toLowerCase()], text: m[3] }),
  },
  // Asterisk's security warning about a per-device nat (five lines; this one names the section).
  {
    pattern: /^WARNING chan_sip\.c: !!! \(config category='(.+)' global force_rport='.*' peer\/user force_rport='.*'\)$/,
    rules: ['nat-differs-from-general'],
    locate: (m) => ({ kind: 'section', section: m[1], keys: ['nat'] }),
  },
  // chan_iax2 refuses to load over a bad calltokenoptional (issue #15 B3 says our text should say so).
  { pattern: /^WARNING chan_iax2\.c: Error \d+ creating calltokenoptional entry (.+)$/, rules: ['bad-acl'], locate: (m) => ({ kind: 'value', keys: ['calltokenoptional'], text: m[1] }) },
  {
    pattern: /^WARNING chan_iax2\.c: Invalid calltokenoptional address range - '(.+)' line (\d+)$/,
    rules: ['bad-acl'],
    locate: (m) => ({ kind: 'value', keys: ['calltokenoptional'], text: m[1] }),
  },
  // Transports and addresses (issue #15 B4, B5)
  { pattern: /^WARNING chan_sip\.c: '(\w+)' is not a valid transport type when/, rules: ['transport-not-enabled'], locate: (m) => ({ kind: 'value', keys: ['transport'], text: m[1] }) },
  { pattern: /^WARNING chan_sip\.c: Invalid address for (\S+) keyword: (.*)$/, rules: ['address-not-numeric'], locate: (m) => ({ kind: 'value', keys: [m[1].toLowerCase()], text: m[2] }) },
  { pattern: /^WARNING chan_sip\.c: Invalid address: (.+)$/, rules: ['address-not-numeric'], locate: (m) => ({ kind: 'value', keys: ADDRESS_KEYS, text: m[1] }) },
  { pattern: /^WARNING chan_sip\.c: Invalid tcpbindaddr '(.+)' at line (\d+) of sip\.conf$/, rules: ['address-not-numeric'], locate: (m) => ({ kind: 'line', line: Number(m[2]) }) },
  { pattern: /^ERROR tcptls\.c: Invalid tlsbindaddr '(.+)'$/, rules: ['address-not-numeric'], locate: (m) => ({ kind: 'value', keys: ['tlsbindaddr'], text: m[1] }) },
  { pattern: /^WARNING chan_iax2\.c: Invalid address '(.+)' specified, at line (\d+)$/, rules: ['address-not-numeric'], locate: (m) => ({ kind: 'line', line: Number(m[2]) }) },
  { pattern: /^WARNING chan_sip\.c: Ignoring unsupported option '(.+)'$/, rules: ['no-effect-option'], locate: (m) => ({ kind: 'value', keys: [m[1].toLowerCase()], text: '' }) },
  // Deprecations Asterisk logs (issue #15 B6)
  { pattern: /^WARNING sip\/config_parser\.c: nat=yes is deprecated/, rules: ['deprecated-value'], locate: () => ({ kind: 'value', keys: ['nat'], text: 'yes' }) },
  { pattern: /^WARNING chan_sip\.c: Unknown insecure mode '(.+)' on line (\d+)$/, rules: ['deprecated-value'], locate: (m) => ({ kind: 'line', line: Number(m[2]) }) },
];

/** The verdict lines (checked by the whole-file test, not as line diagnostics). */
export const SIP_REFUSED = /^ERROR chan_sip\.c: Contents of sip\.conf are invalid and cannot be parsed$/;
export const IAX_REFUSED = /^ERROR chan_iax2\.c: Config file iax\.conf is in an invalid format\.\s+Aborting\.$/;

/** Lines about the sandbox (no DNS, no network), the minimal build or files a fixture does not have. */
export const ENVIRONMENT: readonly RegExp[] = [
  SIP_REFUSED,
  IAX_REFUSED,
  /^(?:WARNING|ERROR) loader\.c: /,
  /^WARNING chan_sip\.c: (?:chan_sip has no official maintainer|chan_pjsip is recommended|https:\/\/wiki\.asterisk\.org)/,
  // the other four lines of the nat warning above
  /^WARNING chan_sip\.c: !!! (?!\(config category)/,
  /^(?:NOTICE|ERROR) chan_(?:sip|iax2)\.c: Unable to load config (?:sip|iax)\.conf$/,
  /^ERROR netsock2\.c: (?:getaddrinfo|Unknown address family)/,
  /^WARNING acl\.c: (?:Unable to lookup|Cannot connect to)/,
  /^WARNING chan_sip\.c: sip_xmit of /,
];
