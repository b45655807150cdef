/**
 * The sip.conf `auth =` entry (per peer, and in `[authentication]`): credentials Asterisk answers a
 * remote realm's digest challenge with — `user[:secret]@realm` or `user#md5secret@realm`.
 *
 * chan_sip's `add_realm_authentication` splits at the LAST `@` (realm after it), then the user part at
 * the first `:` (secret), or — only when there is no `:` — at the first `#` (md5secret). No quote handling.
 * Pure, never throws; offsets are relative to the start of the value string, end exclusive.
 */
import type { Span } from './registerStatement';
import { clip } from '../quote';

export interface AuthPart {
  readonly text: string;
  readonly span: Span;
}

export type AuthProblemCode =
  | 'auth-bad-format'
  | 'auth-empty-user'
  | 'auth-missing-secret'
  | 'auth-bad-md5secret'
  | 'auth-realm-too-long';

export interface AuthProblem {
  readonly code: AuthProblemCode;
  readonly span: Span;
  /** Says what is wrong and what Asterisk will do about it. */
  readonly message: string;
}

export interface AuthEntry {
  readonly user?: AuthPart;
  readonly secret?: AuthPart;
  /** MD5 of `user:realm:secret`, used as the digest's A1 hash instead of a plain secret. */
  readonly md5secret?: AuthPart;
  readonly realm?: AuthPart;
  /** False when Asterisk ignores the entry. */
  readonly accepted: boolean;
  readonly problems: readonly AuthProblem[];
}

/** `struct sip_auth` keeps the realm in `char realm[AST_MAX_EXTENSION]` (80): 79 bytes survive. */
export const AUTH_REALM_MAX_BYTES = 79;
const AUTH_FORMAT = 'user[:secret]@realm or user#md5secret@realm';

function part(value: string, start: number, end: number): AuthPart {
  return { text: value.slice(start, end), span: { start, end } };
}

function utf8Length(text: string): number {
  let bytes = 0;
  for (const ch of text) {
    const cp = ch.codePointAt(0) ?? 0;
    bytes += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
  }
  return bytes;
}

/** Reads a sip.conf `auth =` value exactly as chan_sip's `add_realm_authentication` does. */
export function parseAuthEntry(value: string): AuthEntry {
  const problems: AuthProblem[] = [];
  if (value === '') {
    problems.push({
      code: 'auth-bad-format',
      span: { start: 0, end: 0 },
      message: `The auth entry is empty: Asterisk ignores it. Format: ${AUTH_FORMAT}.`,
    });
    return { accepted: false, problems };
  }

  const at = value.lastIndexOf('@');
  if (at <= 0 || at === value.length - 1) {
    const reason = at < 0 ? 'No \'@\' separates the credentials from the realm'
      : at === 0 ? 'Nothing comes before the last \'@\''
        : 'No realm follows the last \'@\'';
    problems.push({
      code: 'auth-bad-format',
      span: { start: 0, end: value.length },
      message: `${reason}: Asterisk ignores this entry. Format: ${AUTH_FORMAT}.`,
    });
    return { accepted: false, problems };
  }

  const realm = part(value, at + 1, value.length);
  const colon = value.indexOf(':');
  const hash = value.indexOf('#');
  let user: AuthPart;
  let secret: AuthPart | undefined;
  let md5secret: AuthPart | undefined;
  if (colon >= 0 && colon < at) {
    user = part(value, 0, colon);
    secret = part(value, colon + 1, at);
  } else if (hash >= 0 && hash < at) {
    user = part(value, 0, hash);
    md5secret = part(value, hash + 1, at);
  } else {
    user = part(value, 0, at);
  }

  if (user.text === '') {
    problems.push({
      code: 'auth-empty-user',
      span: { start: 0, end: 1 },
      message: 'The user name is empty: Asterisk keeps the entry and answers the realm\'s challenges with an empty user name.',
    });
  }
  if (!secret && !md5secret) {
    problems.push({
      code: 'auth-missing-secret',
      span: user.span,
      message: `No secret is given (user:secret@realm or user#md5secret@realm): Asterisk answers challenges from ${clip(realm.text)} with an empty password.`,
    });
  }
  if (md5secret && !/^[0-9a-fA-F]{32}$/.test(md5secret.text)) {
    problems.push({
      code: 'auth-bad-md5secret',
      span: md5secret.span.end > md5secret.span.start ? md5secret.span : { start: md5secret.span.start - 1, end: md5secret.span.start },
      message: `An md5secret is the 32 hex digits of MD5("${clip(user.text)}:${clip(realm.text)}:secret"); Asterisk uses ${JSON.stringify(clip(md5secret.text))} as the hash anyway, so authentication will fail.`,
    });
  }
  if (utf8Length(realm.text) > AUTH_REALM_MAX_BYTES) {
    problems.push({
      code: 'auth-realm-too-long',
      span: realm.span,
      message: `The realm is longer than ${AUTH_REALM_MAX_BYTES} bytes: Asterisk truncates it, so it never matches the realm of a challenge.`,
    });
  }

  return {
    user,
    ...(secret && { secret }),
    ...(md5secret && { md5secret }),
    realm,
    accepted: true,
    problems,
  };
}
