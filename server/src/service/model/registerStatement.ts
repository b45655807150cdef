/**
 * The `register =>` statement of sip.conf and iax.conf, read the way Asterisk reads it.
 *
 * The two drivers share the keyword and little else:
 * - chan_sip (`sip_parse_register_line`, channels/sip/config_parser.c) splits at the LAST `@`, then
 *   cuts each side with `AST_NONSTANDARD_RAW_ARGS` (quote/bracket aware) and strips quotes from every field:
 *   `[peer?][transport://]user[@domain][:secret[:authuser]]@host[:port][/extension][~expiry]`.
 * - chan_iax2 (`iax2_register`) uses plain `strsep`: split at the FIRST `@`, then the first `:` on each
 *   side, and silently drops whatever follows a second `@` or `:`: `user[:secret]@host[:port]`.
 *
 * Both functions are pure and never throw. Every offset is relative to the start of the value string
 * given, end exclusive, so the caller adds the value's column (or maps through `valueColumns`).
 */
import { quote as quoteClipped } from '../quote';

/** Offsets into the value string, end exclusive (same shape as the parser's `Span`). */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/** One field of a register statement: `text` is what Asterisk stores, `span` covers the field as written. */
export interface RegisterPart {
  /** The field after Asterisk's whitespace trim and `"…"` stripping (SIP); the raw text (IAX). */
  readonly text: string;
  /** The written field including its quotes, without surrounding blanks. */
  readonly span: Span;
}

export type RegisterProblemCode =
  | 'register-too-long'
  | 'register-missing-at'
  | 'register-empty-user'
  | 'register-empty-host'
  | 'register-peer-without-user'
  | 'register-bad-transport'
  | 'register-transport-needs-empty-field'
  | 'register-bad-port'
  | 'register-port-trailing-text'
  | 'register-bad-domain-port'
  | 'register-bad-expiry'
  | 'register-iax-sip-syntax'
  | 'register-iax-dropped-text'
  | 'register-iax-ipv6'
  | 'register-iax-keyname-unclosed';

export interface RegisterProblem {
  readonly code: RegisterProblemCode;
  readonly span: Span;
  /** Says what is wrong and what Asterisk will do about it. */
  readonly message: string;
}

export type RegisterTransport = 'udp' | 'tcp' | 'tls';

export interface SipRegister {
  readonly dialect: 'sip';
  readonly peer?: RegisterPart;
  readonly transport?: RegisterPart;
  readonly user?: RegisterPart;
  readonly domain?: RegisterPart;
  readonly domainPort?: RegisterPart;
  readonly secret?: RegisterPart;
  readonly authUser?: RegisterPart;
  readonly host?: RegisterPart;
  readonly port?: RegisterPart;
  readonly extension?: RegisterPart;
  readonly expiry?: RegisterPart;
  /** False when Asterisk rejects the line (no registration is created); no parts are filled then. */
  readonly accepted: boolean;
  /** What Asterisk ends up using once defaults are applied (meaningful when accepted). */
  readonly effective: {
    readonly transport: RegisterTransport;
    /** 5060, or 5061 for tls, when no valid port is given. */
    readonly port: number;
    /** 0 when there is no valid domain port (Asterisk then puts none in the From/To URI). */
    readonly domainPort: number;
    /** `s` when no extension is given. */
    readonly extension: string;
    /** Undefined when no `~expiry` is given: [general] `defaultexpiry` as read so far then applies. */
    readonly expiry?: number;
  };
  readonly problems: readonly RegisterProblem[];
  /** The ranges of the value that hold a password, or may: never shown (see `hiddenRanges`). */
  readonly hidden: readonly Span[];
}

export interface IaxRegister {
  readonly dialect: 'iax';
  readonly user?: RegisterPart;
  readonly secret?: RegisterPart;
  /** The secret is written `[keyname]`: Asterisk authenticates with that RSA private key. */
  readonly secretIsKeyName: boolean;
  /** The key name Asterisk derives from a `[keyname]` secret (first and last character removed). */
  readonly keyName?: RegisterPart;
  readonly host?: RegisterPart;
  readonly port?: RegisterPart;
  /** The first piece of text IAX silently drops (after a 2nd `@`, or a 2nd `:` in the user or host part). */
  readonly ignored?: RegisterPart;
  /** Every dropped piece, in order (each starts with the `@` or `:` that cut it off). */
  readonly dropped: readonly RegisterPart[];
  readonly accepted: boolean;
  /** 4569 when no port is given. */
  readonly effectivePort: number;
  readonly problems: readonly RegisterProblem[];
  /** The ranges of the value that hold a password, or may: never shown (see `hiddenRanges`). */
  readonly hidden: readonly Span[];
}

/** Asterisk copies the value into `char buf[256]`: 255 bytes survive. */
export const REGISTER_MAX_BYTES = 255;
const SIP_FORMAT = '[peer?][transport://]user[@domain][:secret[:authuser]]@host[:port][/extension][~expiry]';
const IAX_FORMAT = 'user[:secret]@host[:port]';

/**
 * Asterisk's `__ast_app_separate_args` with `remove_chars = 0` (the `AST_NONSTANDARD_RAW_ARGS` macro) over
 * `text[from, to)`: a delimiter counts only outside `"…"`, `(…)`, `[…]` and not right after a backslash; the
 * nesting counters are shared by all fields (an unbalanced `[` protects the rest of the string); at most
 * `maxFields` fields, the last one receives the remainder. A trailing delimiter yields a final empty field;
 * an empty range yields no field at all (Asterisk's NULL, as opposed to an empty string).
 */
export function separateRawArgs(text: string, delimiter: string, maxFields: number, from = 0, to = text.length): Span[] {
  const fields: Span[] = [];
  let scan = from;
  let paren = 0;
  let bracket = 0;
  let quote = false;
  let lastDelimiter = -1;
  while (scan < to && fields.length < maxFields - 1) {
    const fieldStart = scan;
    let fieldEnd = -1;
    for (; scan < to; scan++) {
      const c = text[scan];
      if (c === '(') {
        paren++;
      } else if (c === ')') {
        if (paren > 0) paren--;
      } else if (c === '[') {
        bracket++;
      } else if (c === ']') {
        if (bracket > 0) bracket--;
      } else if (c === '"' && delimiter !== '"') {
        quote = !quote;
      } else if (c === '\\') {
        scan++; // the escaped character is never a delimiter
      } else if (c === delimiter && paren === 0 && bracket === 0 && !quote) {
        fieldEnd = scan;
        lastDelimiter = scan;
        scan++;
        break;
      }
    }
    // A backslash as last character steps past the end in C (undefined behaviour); stop at the end here.
    if (scan > to) scan = to;
    fields.push({ start: fieldStart, end: fieldEnd < 0 ? scan : fieldEnd });
  }
  if (scan < to || (scan > from && scan - 1 === lastDelimiter)) {
    fields.push({ start: scan, end: to });
  }
  return fields;
}

/** JS index where the first `maxBytes` UTF-8 bytes of `value` end (never inside a character). */
export function utf8TruncationIndex(value: string, maxBytes = REGISTER_MAX_BYTES): number {
  let bytes = 0;
  let index = 0;
  for (const ch of value) {
    const cp = ch.codePointAt(0) ?? 0;
    const size = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
    if (bytes + size > maxBytes) return index;
    bytes += size;
    index += ch.length;
  }
  return value.length;
}

// ---------------------------------------------------------------------------------------------------------
// Small C-library equivalents: they decide what Asterisk does with odd text, so they are ported exactly.

function isCSpace(c: string | undefined): boolean {
  return c === ' ' || c === '\t' || c === '\n' || c === '\v' || c === '\f' || c === '\r';
}

/** `ast_strip_quoted(s, "\"", "\"")`: trim blanks, then drop a leading `"` when the last char is also `"`. */
function stripQuoted(text: string, field: Span): RegisterPart {
  let start = field.start;
  let end = field.end;
  while (start < end && isCSpace(text[start])) start++;
  while (end > start && isCSpace(text[end - 1])) end--;
  let stripped = text.slice(start, end);
  if (stripped.startsWith('"') && stripped.endsWith('"')) stripped = stripped.slice(1, -1);
  return { text: stripped, span: { start, end } };
}

interface LeadingNumber {
  /** The number C reads, undefined when there are no digits. */
  readonly value?: number;
  /** Index (relative to the text) just after what C consumed. */
  readonly consumed: number;
}

/** Like `atoi` / `sscanf("%<width>d")`: blanks, an optional sign, digits (at most `width` chars after blanks). */
function leadingNumber(text: string, width = Infinity): LeadingNumber {
  let i = 0;
  while (isCSpace(text[i])) i++;
  const numberStart = i;
  let sign = 1;
  if (text[i] === '+' || text[i] === '-') {
    if (text[i] === '-') sign = -1;
    i++;
  }
  const digitsStart = i;
  while (i < text.length && i - numberStart < width && text[i] >= '0' && text[i] <= '9') i++;
  if (i === digitsStart) return { consumed: 0 };
  return { value: sign * Number(text.slice(digitsStart, i)), consumed: i };
}

/** chan_sip's `port_str2int(pt, 0)`: `sscanf("%30d")` then 1..65535, else 0. */
function sipPortNumber(text: string): number {
  const n = leadingNumber(text, 30).value;
  return n !== undefined && n >= 1 && n <= 65535 ? n : 0;
}

function quote(text: string): string {
  return quoteClipped(text);
}

/**
 * Where the password is, by the role each part plays: the secret as Asterisk reads it, and the secret as
 * the writer evidently meant it (after the first `:` that does not start `://`, up to the next `:` in
 * SIP — the authuser follows it — or to the last `@`). The two differ exactly on the lines the parser
 * warns about: `1002:pa?ss@host` is peer `1002:pa` and user `ss` to chan_sip, `udp://u:pw@h` is user `udp`,
 * secret `//u` and a dropped `:pw` to chan_iax2. Sorted, merged, never empty.
 */
export function hiddenRanges(value: string, secretEndsAtColon: boolean, secret: RegisterPart | undefined, readsAsWritten = false): Span[] {
  const ranges: Span[] = [];
  if (secret && secret.span.end > secret.span.start) ranges.push(secret.span);
  // Asterisk's reading is the writer's: an IAX `[keyname]` (a key file's name, no password) or SIP's
  // `user@domain:port:secret:authuser`, where the first `:` starts the domain port.
  if (readsAsWritten) return ranges;
  const at = value.lastIndexOf('@');
  const end = at < 0 ? value.length : at;
  let colon = value.indexOf(':');
  while (colon >= 0 && colon < end && value.startsWith('//', colon + 1)) colon = value.indexOf(':', colon + 1);
  if (colon >= 0 && colon < end) {
    const next = secretEndsAtColon ? value.indexOf(':', colon + 1) : -1;
    const intended = { start: colon + 1, end: next >= 0 && next < end ? next : end };
    if (intended.end > intended.start) ranges.push(intended);
  }
  ranges.sort((a, b) => a.start - b.start);
  const merged: Span[] = [];
  for (const range of ranges) {
    const last = merged[merged.length - 1];
    if (last && range.start <= last.end) merged[merged.length - 1] = { start: last.start, end: Math.max(last.end, range.end) };
    else merged.push(range);
  }
  return merged;
}

/** `text`, found at `start` in the value, with every hidden range in it replaced by the mask. */
export function maskHidden(text: string, start: number, hidden: readonly Span[], mask: string): string {
  let shown = '';
  let index = 0;
  for (const range of hidden) {
    const from = Math.max(range.start - start, index);
    const to = Math.min(range.end - start, text.length);
    if (to <= from) continue;
    shown += text.slice(index, from) + mask;
    index = to;
  }
  return index === 0 ? text : shown + text.slice(index);
}

/** What a part may show: its text with the hidden ranges masked (a SIP part's text may have lost its quotes). */
export function shownPart(part: RegisterPart, hidden: readonly Span[], mask: string): string {
  const quoted = part.text.length !== part.span.end - part.span.start;
  return maskHidden(part.text, part.span.start + (quoted ? 1 : 0), hidden, mask);
}

/** The mask messages use: a message never quotes a password, whatever the settings. */
export const REGISTER_SECRET_MASK = '••••••';

/** Quotes text found at `start` in the value, hidden ranges masked. */
type Quoter = (text: string, start: number) => string;

function quoterFor(hidden: readonly Span[]): Quoter {
  return (text, start) => quote(maskHidden(text, start, hidden, REGISTER_SECRET_MASK));
}

function isEmptyField(field: Span | undefined): boolean {
  return field === undefined || field.end === field.start;
}

// ---------------------------------------------------------------------------------------------------------
// SIP

/** Both drivers copy the value into a 256-byte buffer: what Asterisk reads, with a problem when cut. */
function truncateRegister(value: string, problems: RegisterProblem[]): string {
  const limit = utf8TruncationIndex(value);
  if (limit < value.length) {
    problems.push({
      code: 'register-too-long',
      span: { start: limit, end: value.length },
      message: `The register line is longer than ${REGISTER_MAX_BYTES} bytes: Asterisk cuts it off here and reads only what comes before.`,
    });
  }
  return value.slice(0, limit);
}

/** Reads a sip.conf `register =>` value exactly as chan_sip's `sip_parse_register_line` does. */
export function parseSipRegister(value: string): SipRegister {
  // Read once to find the secret, then again so that no message quotes it.
  const first = readSipRegister(value, quoterFor([]));
  const hidden = hiddenRanges(value, true, first.secret, first.domainPort !== undefined && first.secret !== undefined);
  return { ...(hidden.length ? readSipRegister(value, quoterFor(hidden)) : first), hidden };
}

function readSipRegister(value: string, q: Quoter): Omit<SipRegister, 'hidden'> {
  const problems: RegisterProblem[] = [];
  const buf = truncateRegister(value, problems);
  const rejected = (): Omit<SipRegister, 'hidden'> => ({
    dialect: 'sip',
    accepted: false,
    effective: { transport: 'udp', port: 5060, domainPort: 0, extension: 's' },
    problems,
  });

  // 1. Host part after the LAST '@' (plain strrchr, not quote-aware).
  const at = buf.lastIndexOf('@');
  if (at < 0) {
    problems.push({
      code: 'register-missing-at',
      span: { start: 0, end: value.length },
      message: `No '@' separates the user from the host: Asterisk drops this registration. Format: ${SIP_FORMAT}.`,
    });
    return rejected();
  }
  if (at === 0 || at === buf.length - 1) {
    if (at === 0) {
      problems.push({
        code: 'register-empty-user',
        span: { start: 0, end: 1 },
        message: 'Nothing comes before the last \'@\': Asterisk drops this registration (a user name is required).',
      });
    }
    if (at === buf.length - 1) {
      problems.push({
        code: 'register-empty-host',
        span: { start: at, end: at + 1 },
        message: 'Nothing comes after the last \'@\': Asterisk drops this registration (a host is required).',
      });
    }
    return rejected();
  }
  const hostStart = at + 1;

  // 2. [peer?]
  const pre1 = separateRawArgs(buf, '?', 2, 0, at);
  let peerField: Span | undefined;
  let restField: Span | undefined = pre1[0];
  if (pre1.length === 2 && !isEmptyField(pre1[1])) {
    peerField = pre1[0];
    restField = pre1[1];
  } else if (pre1.length === 2) {
    const peerText = buf.slice(pre1[0].start, pre1[0].end);
    problems.push({
      code: 'register-peer-without-user',
      span: { start: pre1[0].start, end: pre1[1].start },
      message: `Nothing follows '?': Asterisk does not read ${q(peerText, pre1[0].start)} as a peer name but as the user part.`,
    });
  }

  // 3. [transport://] — split on '/', the middle field must be empty.
  const pre2 = restField ? separateRawArgs(buf, '/', 3, restField.start, restField.end) : [];
  let transportField: Span | undefined;
  let userInfo: Span | undefined = pre2[0];
  if (pre2.length === 3 && !isEmptyField(pre2[2])) {
    transportField = { start: pre2[0].start, end: Math.max(pre2[0].start, pre2[0].end - 1) };
    userInfo = pre2[2];
  } else if (pre2.length === 3 && isEmptyField(pre2[1])) {
    problems.push({
      code: 'register-empty-user',
      span: { start: pre2[0].start, end: pre2[2].end },
      message: `Nothing follows ${q(buf.slice(pre2[0].start, pre2[2].end), pre2[0].start)}: Asterisk reads ${q(buf.slice(pre2[0].start, pre2[0].end), pre2[0].start)} as the user part instead of a transport.`,
    });
  }
  if (pre2.length >= 2 && !isEmptyField(pre2[1])) {
    const first = pre2[0];
    const looksLikeTransport = first.end > first.start && buf[first.end - 1] === ':';
    problems.push({
      code: 'register-transport-needs-empty-field',
      span: { start: first.end, end: pre2[1].end },
      message: looksLikeTransport
        ? `A transport must be followed by '://' (as in tcp://user@host): Asterisk drops this registration.`
        : `'/' before the last '@' is read as the transport separator: Asterisk drops this registration. To put '/' in the user or secret, start the line with udp:// (or tcp://, tls://).`,
    });
    return rejected();
  }

  // 4.-7. user[@domain][:secret[:authuser]] and host[:port][/extension][~expiry]
  const user1 = userInfo ? separateRawArgs(buf, ':', 3, userInfo.start, userInfo.end) : [];
  const host1 = separateRawArgs(buf, '~', 2, hostStart, buf.length);
  const host2 = host1[0] ? separateRawArgs(buf, '/', 2, host1[0].start, host1[0].end) : [];
  const host3 = host2[0] ? separateRawArgs(buf, ':', 2, host2[0].start, host2[0].end) : [];
  const user2 = user1[0] ? separateRawArgs(buf, '@', 2, user1[0].start, user1[0].end) : [];
  const user3 = user1[2] ? separateRawArgs(buf, ':', 2, user1[2].start, user1[2].end) : [];
  let secretField = user1[1];
  let authUserField = user3[0];
  let domainPortField = user3[1];
  if (user3.length === 2) {
    // Written user@domain:domainport:secret:authuser but cut as secret:authuser:rest — Asterisk re-orders.
    domainPortField = user1[1];
    secretField = user3[0];
    authUserField = user3[1];
  }

  const part = (field: Span | undefined): RegisterPart | undefined => (field ? stripQuoted(buf, field) : undefined);
  const peer = part(peerField);
  const user = part(user2[0]);
  const domain = part(user2[1]);
  const secret = part(secretField);
  const authUser = part(authUserField);
  const domainPort = part(domainPortField);
  const host = part(host3[0]);
  const port = part(host3[1]);
  const extension = part(host2[1]);
  const expiry = part(host1[1]);
  const transport: RegisterPart | undefined = transportField
    ? { text: buf.slice(transportField.start, transportField.end), span: transportField }
    : undefined;

  // Transport: only the first three letters are compared, case-insensitively.
  let transportUsed: RegisterTransport = 'udp';
  if (transport && transportField) {
    const prefix = transport.text.slice(0, 3).toLowerCase();
    const written = buf.slice(pre2[0].start, pre2[0].end);
    if (prefix === 'tcp' || prefix === 'tls' || prefix === 'udp') {
      transportUsed = prefix;
      if (transport.text.length !== 3) {
        problems.push({
          code: 'register-bad-transport',
          span: transport.span,
          message: `${q(transport.text, transport.span.start)} is not a transport name: Asterisk compares only the first three letters and uses ${prefix}.`,
        });
      }
    } else {
      problems.push({
        code: 'register-bad-transport',
        span: transport.span,
        message: !written.endsWith(':')
          ? `${q(written, pre2[0].start)} before '//' is read as a transport (its last character is removed, giving ${q(transport.text, transport.span.start)}), which is not udp, tcp or tls: Asterisk uses udp.`
          : `${q(transport.text, transport.span.start)} is not a register transport (udp, tcp or tls): Asterisk uses udp.`,
      });
    }
  }

  // Port: host[:port]
  let portUsed = 0;
  if (port && host3[1]) {
    const raw = buf.slice(host3[1].start, host3[1].end);
    portUsed = sipPortNumber(raw);
    const fallback = transportUsed === 'tls' ? 5061 : 5060;
    if (portUsed === 0) {
      const ipv6Hint = raw.includes(':') ? ' An IPv6 address must be written in brackets: [2001:db8::1]:5060.' : '';
      problems.push({
        code: 'register-bad-port',
        span: port.span.end > port.span.start ? port.span : { start: host3[1].start - 1, end: host3[1].start },
        message: `${q(raw, host3[1].start)} is not a valid port number (1-65535): Asterisk uses the default port ${fallback}.${ipv6Hint}`,
      });
    } else {
      const consumed = leadingNumber(raw, 30).consumed;
      if (raw.slice(consumed).trim() !== '') {
        problems.push({
          code: 'register-port-trailing-text',
          span: { start: host3[1].start + consumed, end: host3[1].end },
          message: `Asterisk reads port ${portUsed} and ignores ${q(raw.slice(consumed), host3[1].start + consumed)}.`,
        });
      }
    }
  }
  if (portUsed === 0) portUsed = transportUsed === 'tls' ? 5061 : 5060;

  // Domain port: user@domain:domainport:secret:authuser
  let domainPortUsed = 0;
  if (domainPort && domainPortField) {
    const raw = buf.slice(domainPortField.start, domainPortField.end);
    domainPortUsed = sipPortNumber(raw);
    if (domainPortUsed === 0) {
      problems.push({
        code: 'register-bad-domain-port',
        span: domainPort.span.end > domainPort.span.start ? domainPort.span : { start: domainPortField.start - 1, end: domainPortField.start },
        message: `With three ':' in the user part Asterisk reads user@domain:domainport:secret:authuser, and ${q(raw, domainPortField.start)} is not a valid domain port: Asterisk puts no port in the registration's domain.`,
      });
    }
  }

  // Expiry: atoi() of the text after '~'.
  let expiryUsed: number | undefined;
  if (expiry) {
    const n = leadingNumber(expiry.text).value ?? 0;
    expiryUsed = n;
    if (!/^[0-9]+$/.test(expiry.text) || n <= 0) {
      problems.push({
        code: 'register-bad-expiry',
        span: expiry.span.end > expiry.span.start ? expiry.span : { start: expiry.span.start - 1, end: expiry.span.start },
        message: n > 0
          ? `${q(expiry.text, expiry.span.start + (expiry.text.length === expiry.span.end - expiry.span.start ? 0 : 1))} is not a plain number of seconds: Asterisk reads ${n} and ignores the rest.`
          : `${q(expiry.text, expiry.span.start + (expiry.text.length === expiry.span.end - expiry.span.start ? 0 : 1))} is not a positive number of seconds: Asterisk reads it as ${n}, which is no usable registration interval.`,
      });
    }
  }

  if (!user || user.text === '') {
    const at0 = user?.span.start ?? userInfo?.start ?? 0;
    problems.push({
      code: 'register-empty-user',
      span: user ? user.span : { start: at0, end: at0 },
      message: 'The user name is empty: Asterisk keeps the registration but sends REGISTER without a user.',
    });
  }
  if (!host || host.text === '') {
    problems.push({
      code: 'register-empty-host',
      span: host ? host.span : { start: hostStart, end: hostStart },
      message: 'The host is empty: Asterisk keeps the registration but has nowhere to send REGISTER.',
    });
  }

  return {
    dialect: 'sip',
    ...(peer && { peer }),
    ...(transport && { transport }),
    ...(user && { user }),
    ...(domain && { domain }),
    ...(domainPort && { domainPort }),
    ...(secret && { secret }),
    ...(authUser && { authUser }),
    ...(host && { host }),
    ...(port && { port }),
    ...(extension && { extension }),
    ...(expiry && { expiry }),
    accepted: true,
    effective: {
      transport: transportUsed,
      port: portUsed,
      domainPort: domainPortUsed,
      extension: extension && extension.text !== '' ? extension.text : 's',
      ...(expiryUsed !== undefined && { expiry: expiryUsed }),
    },
    problems,
  };
}

// ---------------------------------------------------------------------------------------------------------
// IAX

interface StrsepPieces {
  readonly first: Span;
  readonly second?: Span;
  /** From the second separator (included) to the end: what strsep leaves unread. */
  readonly rest?: Span;
}

/** Two `strsep` calls on `text[from, to)`: the first piece, the piece up to the next separator, the remainder. */
function strsepTwice(text: string, separator: string, from: number, to: number): StrsepPieces {
  const s1 = text.indexOf(separator, from);
  if (s1 < 0 || s1 >= to) return { first: { start: from, end: to } };
  const s2 = text.indexOf(separator, s1 + 1);
  if (s2 < 0 || s2 >= to) return { first: { start: from, end: s1 }, second: { start: s1 + 1, end: to } };
  return { first: { start: from, end: s1 }, second: { start: s1 + 1, end: s2 }, rest: { start: s2, end: to } };
}

function rawPart(text: string, span: Span): RegisterPart {
  return { text: text.slice(span.start, span.end), span };
}

function contains(outer: Span | undefined, offset: number): boolean {
  return outer !== undefined && offset >= outer.start && offset < outer.end;
}

/** Reads an iax.conf `register =>` value exactly as chan_iax2's `iax2_register` does. */
export function parseIaxRegister(value: string): IaxRegister {
  // Read once to find the secret, then again so that no message quotes it.
  const first = readIaxRegister(value, quoterFor([]));
  const hidden = first.secretIsKeyName ? [] : hiddenRanges(value, false, first.secret);
  return { ...(hidden.length ? readIaxRegister(value, quoterFor(hidden)) : first), hidden };
}

function readIaxRegister(value: string, q: Quoter): Omit<IaxRegister, 'hidden'> {
  const problems: RegisterProblem[] = [];
  const buf = truncateRegister(value, problems);

  const at = buf.indexOf('@');
  if (at < 0) {
    problems.push({
      code: 'register-missing-at',
      span: { start: 0, end: value.length },
      message: `No '@' separates the user from the host: Asterisk drops this registration. Format: ${IAX_FORMAT}.`,
    });
    return { dialect: 'iax', secretIsKeyName: false, dropped: [], accepted: false, effectivePort: 4569, problems };
  }
  const secondAt = buf.indexOf('@', at + 1);
  const hostEnd = secondAt < 0 ? buf.length : secondAt;
  const userPieces = strsepTwice(buf, ':', 0, at);
  const hostPieces = strsepTwice(buf, ':', at + 1, hostEnd);

  const user = rawPart(buf, userPieces.first);
  const secret = userPieces.second && rawPart(buf, userPieces.second);
  const host = rawPart(buf, hostPieces.first);
  const port = hostPieces.second && rawPart(buf, hostPieces.second);
  const dropped: RegisterPart[] = [];
  if (userPieces.rest) dropped.push(rawPart(buf, userPieces.rest));
  if (hostPieces.rest) dropped.push(rawPart(buf, hostPieces.rest));
  if (secondAt >= 0) dropped.push(rawPart(buf, { start: secondAt, end: buf.length }));

  let accepted = true;
  const covered: Span[] = [];
  const hostSegment: Span = { start: at + 1, end: hostEnd };

  // What a stray piece of SIP syntax turns into under IAX's simpler split.
  const fate = (offset: number): string => {
    if (contains(hostPieces.first, offset)) return `it becomes part of the host name ${q(host.text, host.span.start)}, which will not resolve`;
    if (port && contains(port.span, offset)) {
      const n = leadingNumber(port.text).value ?? 0;
      return n === 0
        ? `it ends up in the port ${q(port.text, port.span.start)}, which is not a number, so Asterisk drops this registration`
        : `it ends up in the port ${q(port.text, port.span.start)}, of which Asterisk reads only ${leadingNumber(port.text, 5).value ?? 0}`;
    }
    if (secret && contains(secret.span, offset)) return `it ends up in the secret ${q(secret.text, secret.span.start)}`;
    if (contains(userPieces.first, offset)) return `it becomes part of the user name ${q(user.text, user.span.start)}`;
    return 'Asterisk silently drops it';
  };

  // SIP-only syntax: peer?, transport://, /extension, ~expiry.
  const question = buf.indexOf('?');
  if (question >= 0 && question < userPieces.first.end) {
    const span = { start: 0, end: question + 1 };
    covered.push(span);
    problems.push({
      code: 'register-iax-sip-syntax',
      span,
      message: `IAX has no 'peer?' prefix (that is sip.conf syntax): ${fate(question)}.`,
    });
  }
  const transportMatch = /^(?:[^?@]*\?)?([A-Za-z0-9]*):\/\//.exec(buf.slice(0, at));
  if (transportMatch) {
    const start = transportMatch[0].length - transportMatch[1].length - 3;
    const span = { start, end: transportMatch[0].length };
    covered.push(span);
    problems.push({
      code: 'register-iax-sip-syntax',
      span,
      message: `IAX has no transport prefix (that is sip.conf syntax): Asterisk reads the user name as ${q(user.text, user.span.start)}` +
        (secret ? ` and the secret as ${q(secret.text, secret.span.start)}.` : '.'),
    });
  }
  for (const marker of ['/', '~']) {
    const offset = buf.indexOf(marker, hostSegment.start);
    if (offset < 0 || offset >= hostSegment.end) continue;
    let end = hostSegment.end;
    const other = buf.indexOf(marker === '/' ? '~' : '/', offset + 1);
    if (other >= 0 && other < end) end = other;
    const span = { start: offset, end };
    covered.push(span);
    const what = marker === '/' ? 'no /extension' : 'no ~expiry (IAX re-registers every 60 seconds)';
    problems.push({
      code: 'register-iax-sip-syntax',
      span,
      message: `IAX register has ${what}; that is sip.conf syntax: ${fate(offset)}.`,
    });
  }
  const isCovered = (span: Span): boolean => covered.some((c) => span.start < c.end && c.start < span.end);

  // IPv6 literals cannot be written: the first ':' always splits host from port.
  const hostText = buf.slice(hostSegment.start, hostSegment.end);
  const hostAddress = hostText.replace(/[/~].*$/s, '');
  const ipv6 = hostAddress.startsWith('[') || hostAddress.includes('::') ||
    (/^[0-9A-Fa-f:.]+$/.test(hostAddress) && (hostAddress.match(/:/g)?.length ?? 0) >= 3);
  if (ipv6) {
    problems.push({
      code: 'register-iax-ipv6',
      span: hostSegment,
      message: `IAX register cannot take an IPv6 address: Asterisk splits at the first ':' and reads host ${q(host.text, host.span.start)}` +
        (port ? ` and port ${q(port.text, port.span.start)}.` : '.'),
    });
  }

  if (user.text === '') {
    problems.push({
      code: 'register-empty-user',
      span: { start: 0, end: user.span.end + 1 },
      message: 'The user name is empty: Asterisk registers without a user name, which no server accepts.',
    });
  }
  if (host.text === '') {
    accepted = false;
    problems.push({
      code: 'register-empty-host',
      span: { start: at, end: at + 1 },
      message: 'The host is empty: Asterisk cannot look it up and drops this registration.',
    });
  }

  // Port: rejected when atoi() gives 0, then read with sscanf("%5d").
  let effectivePort = 4569;
  if (port) {
    const atoiValue = leadingNumber(port.text).value ?? 0;
    const scanned = leadingNumber(port.text, 5);
    const portSpan = port.span.end > port.span.start ? port.span : { start: port.span.start - 1, end: port.span.start };
    if (atoiValue === 0) {
      accepted = false;
      if (!ipv6) {
        problems.push({
          code: 'register-bad-port',
          span: portSpan,
          message: `${q(port.text, port.span.start)} is not a valid port number: Asterisk drops this registration.`,
        });
      }
    } else {
      effectivePort = scanned.value ?? 0;
      if (effectivePort < 1 || effectivePort > 65535) {
        problems.push({
          code: 'register-bad-port',
          span: portSpan,
          message: `${q(port.text, port.span.start)} is not a port number (1-65535): Asterisk keeps the registration with port ${effectivePort}, which cannot work.`,
        });
      } else if (port.text.slice(scanned.consumed) !== '') {
        const trailing = { start: port.span.start + scanned.consumed, end: port.span.end };
        if (!isCovered(trailing) && !ipv6) {
          problems.push({
            code: 'register-port-trailing-text',
            span: trailing,
            message: `Asterisk reads port ${effectivePort} and ignores ${q(port.text.slice(scanned.consumed), port.span.start + scanned.consumed)}.`,
          });
        }
      }
    }
  }

  for (const piece of dropped) {
    if (isCovered(piece.span) || (ipv6 && piece.span.start < hostSegment.end && piece.span.start >= hostSegment.start)) continue;
    const why = piece.text.startsWith('@')
      ? 'IAX splits at the first \'@\' (unlike SIP, which splits at the last)'
      : 'IAX reads only one \':\' after the user and one after the host';
    problems.push({
      code: 'register-iax-dropped-text',
      span: piece.span,
      message: `${why}: Asterisk silently drops ${q(piece.text, piece.span.start)}.`,
    });
  }

  // `[keyname]`: Asterisk removes the first and last characters, whatever the last one is.
  const secretIsKeyName = secret !== undefined && secret.text.startsWith('[');
  let keyName: RegisterPart | undefined;
  if (secret && secretIsKeyName) {
    const inner = { start: secret.span.start + 1, end: Math.max(secret.span.start + 1, secret.span.end - 1) };
    keyName = rawPart(buf, inner);
    if (!secret.text.endsWith(']') || secret.text.length < 2) {
      problems.push({
        code: 'register-iax-keyname-unclosed',
        span: secret.span,
        message: `A key name secret is written [keyname]: Asterisk removes the last character anyway and looks for the key ${q(keyName.text, keyName.span.start)}.`,
      });
    }
  }

  return {
    dialect: 'iax',
    user,
    ...(secret && { secret }),
    secretIsKeyName,
    ...(keyName && { keyName }),
    host,
    ...(port && { port }),
    ...(dropped.length > 0 && { ignored: dropped[0] }),
    dropped,
    accepted,
    effectivePort,
    problems,
  };
}
