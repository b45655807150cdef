/**
 * Realm credentials: `auth = user:secret@realm` (or `user#md5secret@realm`) in [authentication], and the
 * same line on one device. chan_sip answers a challenge for that realm with them, before the device's own
 * secret, on every request it sends: calls and registrations. In pjsip each becomes an auth with `realm=`
 * in the outbound_auth list of what it answers for (res_pjsip prefers the auth whose realm matches the
 * challenge over one without a realm, so the order of the list does not decide between them). The realms
 * of [authentication] go to the registrations and to the peers called at a fixed address (providers): a
 * phone that registers never challenges us in a provider's realm.
 *
 * Names: `realm-<realm>` for [authentication], `<endpoint>-realm-<realm>` for a device's own line. Unlike
 * sip_to_pjsip.py, outbound_auth names exactly these objects (the script lists realm names instead).
 */
import type { ConfigModel, Entry } from '../model/types';
import { parseAuthEntry } from '../model/authEntry';
import { canonical } from './generalToPjsip';
import { NamePool, PjsipBlock, type UnmappedItem } from './pjsipWriter';

/** An auth entry as a pjsip auth with its realm; undefined when chan_sip ignores the entry. */
export function realmAuthBlock(value: string, name: string, pool: NamePool): PjsipBlock | undefined {
  const entry = parseAuthEntry(value.trim());
  if (!entry.accepted || !entry.user || !entry.realm) return undefined;
  const block = new PjsipBlock(pool.take('auth', `${name}-${entry.realm.text}`), 'auth');
  if (entry.md5secret) block.set('auth_type', 'md5').set('md5_cred', entry.md5secret.text);
  else block.set('auth_type', 'userpass').set('password', entry.secret?.text ?? '');
  return block.set('username', entry.user.text).set('realm', entry.realm.text);
}

export interface GlobalRealms {
  /** The auths of [authentication], in order. */
  readonly blocks: readonly PjsipBlock[];
  readonly intro: string;
}

function authEntries(model: ConfigModel): Entry[] {
  return model.sections.filter((section) => section.kind === 'authentication').flatMap((section) => section.entries.filter((entry) => canonical(entry.node.key) === 'auth'));
}

/** [authentication]'s auth lines as auths; what chan_sip ignores there is listed. */
export function migrateAuthentication(model: ConfigModel, pool: NamePool, unmapped: UnmappedItem[]): GlobalRealms {
  const blocks: PjsipBlock[] = [];
  for (const entry of authEntries(model)) {
    const block = realmAuthBlock(entry.node.value, 'realm', pool);
    if (block) blocks.push(block);
    else unmapped.push({ section: 'authentication', option: 'auth', uri: entry.uri, line: entry.line, reason: 'chan_sip ignores this auth line (not user[:secret]@realm or user#md5secret@realm)' });
  }
  for (const section of model.sections.filter((candidate) => candidate.kind === 'authentication')) {
    for (const entry of section.entries.filter((candidate) => canonical(candidate.node.key) !== 'auth')) {
      unmapped.push({ section: section.name, option: entry.node.key, uri: entry.uri, line: entry.line, reason: 'chan_sip reads only auth= lines in [authentication]' });
    }
  }
  const intro = `; [authentication]: chan_sip answered a challenge for these realms with these credentials, on every call and\n; registration; each endpoint we call at a fixed address and each registration lists them in outbound_auth.`;
  return { blocks, intro };
}
