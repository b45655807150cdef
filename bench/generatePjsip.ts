/**
 * A FreePBX-scale pjsip.conf for the benchmark (issue #16): transports, templates, 10 provider trunks
 * (registration + auth + endpoint + aor + identify) and N phones of an endpoint, an aor and an auth each
 * (≈ 12 lines per phone: 120k lines at 10k). Deterministic (seeded). `weakPasswords`: every phone's auth has
 * `password=1234`, so every phone has a finding (pjsip-weak-password): 10k diagnostics at 10k phones (issue #18).
 */
import { random } from './generate';

const CONTEXTS = ['from-internal', 'from-sales', 'from-support', 'from-lobby'];

export function generatePjsip(endpoints: number, seed = 1, options: { readonly weakPasswords?: boolean } = {}): string {
  const next = random(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)];
  const secret = (): string => Array.from({ length: 16 }, () => 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789'[Math.floor(next() * 56)]).join('');
  // The random password is drawn either way: the rest of the file stays the same.
  const weak = (password: string): string => (options.weakPasswords ? '1234' : password);
  const out: string[] = ['; Generated benchmark pjsip.conf', '[udp]', 'type=transport', 'protocol=udp', 'bind=0.0.0.0:5060', ''];
  out.push('[tcp]', 'type=transport', 'protocol=tcp', 'bind=0.0.0.0:5060', '');
  out.push(';-- Templates shared by every phone --;');
  out.push('[phone-endpoint](!)', 'type=endpoint', 'transport=udp', 'disallow=all', 'allow=ulaw,alaw,g722', 'direct_media=no', 'rtp_symmetric=yes', 'force_rport=yes', 'rewrite_contact=yes', '');
  out.push('[phone-aor](!)', 'type=aor', 'max_contacts=1', 'remove_existing=yes', 'qualify_frequency=60', '');
  out.push('[phone-auth](!)', 'type=auth', 'auth_type=userpass', '');
  for (let i = 0; i < 10; i++) {
    const name = `trunk${i}`;
    const host = `sip${i}.provider.example`;
    out.push(`[${name}]`, 'type=registration', `server_uri=sip:${host}`, `client_uri=sip:70${i}0@${host}`, `outbound_auth=${name}-out`, 'retry_interval=60', '');
    out.push(`[${name}-out]`, 'type=auth', 'auth_type=userpass', `username=70${i}0`, `password=${secret()}`, '');
    out.push(`[${name}]`, 'type=endpoint', 'context=from-trunk', `aors=${name}`, `outbound_auth=${name}-out`, 'disallow=all', 'allow=ulaw', '');
    out.push(`[${name}]`, 'type=aor', `contact=sip:${host}`, '');
    out.push(`[${name}]`, 'type=identify', `endpoint=${name}`, `match=192.0.2.${i + 1}`, '');
  }
  for (let i = 0; i < endpoints; i++) {
    const extension = 1000 + i;
    out.push(`; extension ${extension}`);
    out.push(`[${extension}](phone-endpoint)`, `context=${pick(CONTEXTS)}`, `auth=${extension}`, `aors=${extension}`, `callerid="User ${extension}" <${extension}>`, `mailboxes=${extension}@default`);
    out.push(`[${extension}](phone-aor)`);
    out.push(`[${extension}](phone-auth)`, `username=${extension}`, `password=${weak(secret())}`, '');
  }
  return out.join('\n');
}
