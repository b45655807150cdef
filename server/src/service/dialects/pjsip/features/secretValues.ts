/**
 * What of a pjsip.conf value may be shown (hover, outline, completion): the catalog's secrets
 * (`password`, `password_digest`, `md5_cred`, `oauth_secret`, `refresh_token`, a transport's TLS key
 * `password`) masked whole, and so are the keys that evidently hold one although Asterisk does not
 * know them — chan_sip's `secret` / `md5secret` / `remotesecret` carried into pjsip.conf, and a typo
 * within two edits of a secret's name (`pasword=` still holds the password its writer meant).
 * `revealSecrets` only for hovers the user asked to show them (`asterisk.hover.revealSecrets`).
 */
import { editDistance } from '../../../features/codeActionEdits';
import { isSecretOption, SECRET_MASK } from '../../../features/secretMask';
import { isKnownPjsipOption, isPjsipSecret, pjsipOptions } from '../options';
import type { PjsipObjectType } from '../types';

const SECRET_NAMES: readonly string[] = [...new Set(pjsipOptions.filter((option) => option.secret).map((option) => option.name))];

/** True when the value of `key` in an object of `type` (undefined: not known yet) may be a credential. */
export function isPjsipSecretKey(type: PjsipObjectType | undefined, key: string): boolean {
  const name = key.trim().toLowerCase();
  if (type && isPjsipSecret(type, name)) return true;
  if (type && isKnownPjsipOption(type, name)) return false;
  return isSecretOption(name) || SECRET_NAMES.some((secret) => editDistance(name, secret) <= 2);
}

/** `value` of `key = value` in an object of `type`, as it may be shown. */
export function pjsipDisplayValue(type: PjsipObjectType | undefined, key: string, value: string, revealSecrets = false): string {
  if (revealSecrets || value === '') return value;
  return isPjsipSecretKey(type, key) ? SECRET_MASK : value;
}
