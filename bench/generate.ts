/**
 * Deterministic, realistic benchmark inputs: a FreePBX-scale sip.conf (templates, comments, register
 * lines, N endpoints of ~9 lines each), an iax.conf and an extensions.conf with the contexts they use.
 *   node out/bench/generate.js [endpoints...]   → bench/generated/
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';

/** Small seeded PRNG (mulberry32): the same input on every machine. */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const CONTEXTS = ['from-internal', 'from-sales', 'from-support', 'from-lobby', 'from-trunk'];

export function generateSip(endpoints: number, seed = 1): string {
  const next = random(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)];
  const secret = (): string => Array.from({ length: 16 }, () => 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789'[Math.floor(next() * 56)]).join('');
  const out: string[] = [];
  out.push('; Generated benchmark sip.conf', '[general]', 'context=from-unknown', 'allowguest=no', 'alwaysauthreject=yes');
  out.push('udpbindaddr=0.0.0.0:5060', 'transport=udp,tcp', 'tcpenable=yes', 'srvlookup=yes', 'disallow=all', 'allow=ulaw,alaw,g722');
  out.push('defaultexpiry=120', 'maxexpiry=3600', 'rtptimeout=60', 'useragent=PBX', 'language=en');
  for (let i = 0; i < 20; i++) out.push(`register => trunk${i}:${secret()}@sip${i}.provider.example/${7000 + i}`);
  out.push('', ';-- Templates shared by every phone', '   (edit here, not in each phone) --;');
  out.push('[phone](!)', 'type=friend', 'host=dynamic', 'dtmfmode=rfc2833', 'nat=force_rport,comedia', 'qualify=yes', 'directmedia=no', '');
  out.push('[desk](!,phone)', 'allow=!all,ulaw,g722', 'callcounter=yes', '');
  out.push('[soft](!,phone)', 'transport=tcp,udp', 'encryption=no', '');
  for (let i = 0; i < 20; i++) {
    out.push(`[provider${i}]`, 'type=peer', `host=sip${i}.provider.example`, `defaultuser=trunk${i}`, `remotesecret=${secret()}`, 'insecure=port,invite', 'context=from-trunk', '');
  }
  for (let i = 0; i < endpoints; i++) {
    const extension = 1000 + i;
    out.push(`; extension ${extension}`);
    out.push(`[${extension}](${pick(['desk', 'soft', 'phone'])})`);
    out.push(`secret=${secret()}`);
    out.push(`callerid="User ${extension}" <${extension}>`);
    out.push(`context=${pick(CONTEXTS)}`);
    out.push(`mailbox=${extension}@default`);
    out.push(`accountcode=${pick(['sales', 'support', 'ops'])}`);
    out.push(next() < 0.3 ? 'call-limit=2' : `pickupgroup=${Math.floor(next() * 10)}`);
    out.push('');
  }
  return out.join('\n');
}

export function generateIax(peers: number, seed = 2): string {
  const next = random(seed);
  const out = ['[general]', 'bindport=4569', 'bandwidth=high', 'disallow=all', 'allow=ulaw', 'jitterbuffer=yes'];
  for (let i = 0; i < Math.min(peers, 50); i++) out.push(`register => box${i}:pw${Math.floor(next() * 1e6)}@branch${i}.example.org`);
  for (let i = 0; i < peers; i++) {
    out.push('', `[branch${i}-in]`, 'type=user', `secret=s${Math.floor(next() * 1e9)}x`, 'context=from-trunk', 'auth=md5');
    out.push('', `[branch${i}-out]`, 'type=peer', `host=branch${i}.example.org`, `username=box${i}`, `secret=s${Math.floor(next() * 1e9)}y`, 'qualify=yes');
  }
  return out.join('\n');
}

export function generateExtensions(): string {
  const out = ['[general]', 'static=yes', '', '[globals]', ''];
  for (const context of [...CONTEXTS, 'from-unknown', 'default']) out.push(`[${context}]`, 'exten => _X.,1,NoOp()', ' same => n,Hangup()', '');
  return out.join('\n');
}

export const SIZES = [1000, 10000, 20000];

if (require.main === module) {
  const folder = path.join(__dirname, '../../bench/generated');
  mkdirSync(folder, { recursive: true });
  const sizes = process.argv.slice(2).map(Number).filter((n) => n > 0);
  for (const size of sizes.length ? sizes : SIZES) {
    const text = generateSip(size);
    writeFileSync(path.join(folder, `sip-${size}.conf`), text);
    console.log(`sip-${size}.conf: ${text.split('\n').length} lines, ${(text.length / 1e6).toFixed(2)} MB`);
  }
  writeFileSync(path.join(folder, 'iax.conf'), generateIax(500));
  writeFileSync(path.join(folder, 'extensions.conf'), generateExtensions());
}
