/**
 * When a password is weak: the one judgement behind chan_sip / chan_iax2's `weak-secret`
 * (securityRules.ts) and pjsip.conf's `pjsip-weak-password` (dialects/pjsip/rules.ts). Pure and free of
 * imports, so both rule sets can use it. The reasons never quote the password.
 */
export const MIN_SECRET_LENGTH = 8;

/** Passwords that dictionary attacks on SIP servers try first (a small, well-known list). */
const COMMON_SECRETS: ReadonlySet<string> = new Set(
  (
    'password passw0rd password1 secret secret123 123456 12345678 123456789 1234567890 qwerty qwerty123 qwertyuiop abc123 ' +
    'abcd1234 letmein welcome welcome1 admin admin123 administrator asterisk asterisk1 voip voip1234 sip12345 changeme ' +
    'default iloveyou monkey dragon master trustno1 football baseball 11111111 00000000 88888888 1q2w3e4r test1234'
  ).split(' '),
);

/** Why a secret is weak, or undefined. `names` are the user / section names it must not equal. */
export function weakSecretReason(secret: string, names: readonly string[]): string | undefined {
  const lower = secret.toLowerCase();
  // Saying which field it equals would tell the password to whoever reads the message (issue #19).
  if (names.some((name) => name && name.toLowerCase() === lower)) return 'it matches another field';
  if (COMMON_SECRETS.has(lower)) return 'it is one of the most common passwords';
  if (secret.length < MIN_SECRET_LENGTH) return `it is shorter than ${MIN_SECRET_LENGTH} characters`;
  if (/^\d+$/.test(secret)) return 'it is only digits';
  return undefined;
}

