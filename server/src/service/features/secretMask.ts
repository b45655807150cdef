/**
 * The one place that decides what of a value may be shown (hover, outline, completion, messages, quick
 * fix titles, the CLI): every surface that shows a value, or text that may hold one, goes through here.
 * - Secret options (`secret`, `md5secret`, `remotesecret`, `dbsecret`) and unknown keys within two edits
 *   of one (a typo'd `sceret=` still holds the password its writer meant) are masked whole.
 * - `register`, `auth` and `mwi` lose their password part, found by the role each part plays in what
 *   Asterisk reads and in what the writer evidently meant (registerStatement.ts `hiddenRanges`).
 * - Free text that may carry `key=value` pieces (a header's trailing text) has those values masked.
 * - pjsip.conf: the catalog's secret options (auth `password`, `md5_cred`, `oauth_secret`, `refresh_token`
 *   ..., dialects/pjsip/options.ts `isPjsipSecret`), their near misses, and chan_sip's secrets written there;
 *   `auth=` there names auth objects and is shown.
 */
import type { FileDialect } from '../dialect';
import { isPjsipSecret } from '../dialects/pjsip/options';
import { dialectCore } from '../dialects/cores';
import { CHANNEL_SECRETS, type DialectSecrets } from '../dialects/secrets';
import type { PjsipObjectType } from '../dialects/pjsip/types';
import { parseAuthEntry } from '../model/authEntry';
import { REGISTER_SECRET_MASK } from '../model/registerStatement';
import { channelProfile, profileOf } from '../dialects/channel';
import { editDistance } from './rules/optionRules';

export const SECRET_MASK = REGISTER_SECRET_MASK;

/** What holds a password in the files of `dialect`, as its core states it. */
function secretsOf(dialect: FileDialect): DialectSecrets {
  return dialectCore(dialect).secrets ?? CHANNEL_SECRETS;
}

/** A key whose whole value is hidden: a secret option, or a near miss of one (edit distance 2 or less). */
export function isSecretOption(name: string, dialect: FileDialect = 'sip'): boolean {
  const key = name.trim().toLowerCase();
  return secretsOf(dialect).options.some((option) => key === option || editDistance(key, option, 2) <= 2);
}

/**
 * A pjsip.conf value as it may be shown (hover, outline, completion, the CLI): masked when the option is a
 * secret of its object type (`isPjsipSecret`) or, the type aside, when its key is or nearly is a secret
 * option name (a misspelt `pasword=` still holds the password). `objectType` undefined: a section of no
 * known type. `revealSecrets` only for what the user asked to show (`asterisk.hover.revealSecrets`).
 */
export function displayPjsipValue(objectType: PjsipObjectType | undefined, name: string, value: string, revealSecrets = false): string {
  if (revealSecrets || value === '') return value;
  if (objectType !== undefined && isPjsipSecret(objectType, name)) return SECRET_MASK;
  return displayValue(name, value, false, 'pjsip');
}

/** The secret of a register value; a SIP line Asterisk drops (or cuts) is hidden whole. */
function maskRegister(dialect: FileDialect, value: string): string {
  // A register line outside sip.conf and iax.conf is read with SIP's grammar.
  return (channelProfile(dialect) ?? profileOf('sip')).maskRegister(value);
}

function maskAuth(value: string): string {
  const entry = parseAuthEntry(value);
  // An entry Asterisk cannot read has no part that can be told apart from the secret.
  if (!entry.accepted) return SECRET_MASK;
  const hidden = entry.secret ?? entry.md5secret;
  return hidden ? value.slice(0, hidden.span.start) + SECRET_MASK + value.slice(hidden.span.end) : value;
}

/** user[:secret[:authuser]]@host[:port]/mailbox: chan_sip splits at the last '@', then at ':'. */
function maskMwi(value: string): string {
  const at = value.lastIndexOf('@');
  const userPart = at >= 0 ? at : value.length;
  const colon = value.indexOf(':');
  if (colon < 0 || colon >= userPart) return value;
  const next = value.indexOf(':', colon + 1);
  const end = next >= 0 && next < userPart ? next : userPart;
  return value.slice(0, colon + 1) + SECRET_MASK + value.slice(end);
}

/**
 * The value as it may be shown anywhere (hover, outline, CLI): secret options masked, and the
 * password inside `auth`, `mwi` and `register` values too. `revealSecrets` only for hovers that the
 * user asked to show them (`asterisk.hover.revealSecrets`).
 */
export function displayValue(name: string, value: string, revealSecrets = false, dialect: FileDialect = 'sip'): string {
  if (revealSecrets || value === '') return value;
  const key = name.trim().toLowerCase();
  if (isSecretOption(key, dialect)) return SECRET_MASK;
  if (key === 'register') return maskRegister(dialect, value);
  // pjsip.conf's auth= names auth objects: no credential in it.
  if (key === 'auth' && secretsOf(dialect).authNamesObjects) return value;
  // iax.conf's auth= lists methods (md5, rsa, plaintext); anything else there is a SIP-style credential.
  if (key === 'auth') return channelProfile(dialect)?.authNamesMethods(value) ? value : maskAuth(value);
  if (key === 'mwi') return maskMwi(value);
  return value;
}

/** `value` of the line `key = value`, safe to show. */
export function maskSecretsInValue(dialect: FileDialect, key: string, value: string): string {
  return displayValue(key, value, false, dialect);
}

/** True when showing `value` of `key` could show a password: messages then do not quote it. */
export function holdsSecret(dialect: FileDialect, key: string, value: string): boolean {
  return maskSecretsInValue(dialect, key, value) !== value;
}

/** Keys whose values may carry a password, whatever a given value looks like (glued `+=` pieces). */
export function bearsSecrets(key: string, dialect: FileDialect = 'sip'): boolean {
  const lower = key.trim().toLowerCase();
  return isSecretOption(lower, dialect) || lower === 'register' || lower === 'auth' || lower === 'mwi';
}

/**
 * Free text that is not one key/value line but may contain some (a section header's trailing text, a
 * header option list): every `key=value` piece in it, cut at `,` `(` and `)`, is masked as its own line.
 */
export function maskSecretsInText(dialect: FileDialect, text: string): string {
  // The lookbehind starts a key only at the start of a word: linear on a long run of word characters.
  return text.replace(/(?<![A-Za-z0-9_-])([A-Za-z0-9_-]+)(\s*=>?\s*)([^,()]*)/g, (whole: string, key: string, equals: string, value: string) => {
    const shown = maskSecretsInValue(dialect, key, value);
    return shown === value ? whole : `${key}${equals}${shown}`;
  });
}

/**
 * A SIP URI as it may be shown: the password of `sip:user:password@host` (RFC 3261 allows one in the user
 * part) masked. pjsip's `server_uri`, `client_uri`, `contact` and `outbound_proxy` are such URIs.
 */
export function maskUriPassword(uri: string): string {
  return uri.replace(/^(\s*<?\s*(?:sips?|tel):[^:@;<>\s]*:)([^@]*)(@)/i, (whole: string, head: string, password: string, at: string) => (password ? `${head}${SECRET_MASK}${at}` : whole));
}
