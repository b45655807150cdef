/**
 * The migration against real Asterisk (STYLE.md rule 12): each fixture of test/fixtures/migrate-oracle
 * is loaded as sip.conf into Asterisk 20 (chan_sip) and, migrated, as pjsip.conf into Asterisk 22. What
 * chan_sip lists must be carried by what res_pjsip lists: the same endpoints; every user/friend with a
 * secret challenged (InAuth); every peer reachable (a contact at its host, or max_contacts for a dynamic
 * one); every register line a registration to the same server as the same user; every insecure=invite
 * peer matched by an identify and not challenged. The includes fixture is read with its #include files. And Asterisk 22 logs no res_pjsip / sorcery complaint.
 * Skips with one line where Asterisk cannot run here (no ../shared, not root).
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { parseConfig } from '../../../server/src/service/parser/configDocument';
import { buildModel } from '../../../server/src/service/model/buildModel';
import { FileIncludeHost } from '../../../server/src/node/fileIncludeHost';
import { migrateSipConf } from '../../../server/src/service/migrate/sipToPjsip';
import { splitLayout } from '../../../server/src/service/migrate/splitLayout';
import { buildPjsipModel } from '../../../server/src/service/dialects/pjsip/model';
import { validatePjsip } from '../../../server/src/service/dialects/pjsip/rules';
import { asNetwork, parseEndpoints, pjsipComplaints, runAsterisk, skipOracle } from '../../support/asteriskOracle';

const fixtures = path.resolve(__dirname, '../../../../test/fixtures/migrate-oracle');

/** `sip show peers|users` rows: the name (before `/username`) and the second column (a peer's host). */
function sipRows(text: string, header: RegExp): { name: string; second: string }[] {
  return text
    .split('\n')
    .filter((line) => line.trim() && !header.test(line) && !/^\d+ sip peers/.test(line))
    .map((line) => {
      const [first, second = ''] = line.trim().split(/\s+/);
      return { name: first.split('/')[0], second };
    });
}

const sorted = (list: Iterable<string>): string[] => [...list].sort();

for (const fixture of ['office', 'trunks', 'includes', 'features', 'iax-beside']) {
  describe(`migration oracle: ${fixture} (chan_sip on Asterisk 20 → res_pjsip on Asterisk 22)`, { skip: skipOracle }, () => {
    const sipPath = path.join(fixtures, fixture, 'sip.conf');
    const host = new FileIncludeHost();
    const sipModel = buildModel({ uri: `file://${sipPath}`, document: parseConfig(readFileSync(sipPath, 'utf8')) }, 'sip', { host });
    const migrated = migrateSipConf(sipModel);
    const pjsip = buildPjsipModel({ uri: 'file:///etc/asterisk/pjsip.conf', document: parseConfig(migrated.text) });
    const registrations = pjsip.ofType('registration').map((registration) => registration.name);
    let sipSide = new Map<string, string>();
    let pjsipSide = new Map<string, string>();
    let splitSide = new Map<string, string>();
    if (!skipOracle) {
      const folder = mkdtempSync(path.join(tmpdir(), `migrate-${fixture}-`));
      try {
        copyFileSync(path.join(fixtures, fixture, 'extensions.conf'), path.join(folder, 'extensions.conf'));
        const peerNames = sipModel.endpoints.filter((endpoint) => endpoint.bits.peer).map((endpoint) => endpoint.section.name);
        sipSide = runAsterisk('20', path.join(fixtures, fixture), ['sip show peers', 'sip show users', 'sip show registry', ...peerNames.map((peer) => `sip show peer ${peer}`)]);
        writeFileSync(path.join(folder, 'pjsip.conf'), migrated.text);
        const endpointNames = pjsip.ofType('endpoint').map((endpoint) => endpoint.name);
        pjsipSide = runAsterisk('22', folder, [
          'pjsip show endpoints',
          ...endpointNames.map((endpoint) => `pjsip show endpoint ${endpoint}`),
          ...registrations.map((name) => `pjsip show registration ${name}`),
        ]);
        // The same migration in migrate --split's layout, loaded on its own.
        const splitFolder = path.join(folder, 'split');
        mkdirSync(splitFolder);
        copyFileSync(path.join(fixtures, fixture, 'extensions.conf'), path.join(splitFolder, 'extensions.conf'));
        for (const file of splitLayout(migrated)) writeFileSync(path.join(splitFolder, file.name), file.text);
        splitSide = runAsterisk('22', splitFolder, ['pjsip show endpoints', 'pjsip show registrations']);
      } finally {
        rmSync(folder, { recursive: true, force: true });
      }
    }
    const shown = parseEndpoints(pjsipSide.get('pjsip show endpoints') ?? '');
    const peers = sipRows(sipSide.get('sip show peers') ?? '', /^Name\/username/);
    const users = sipRows(sipSide.get('sip show users') ?? '', /^Username/);

    it('Asterisk 22 logs no res_pjsip/sorcery complaint, and validatePjsip reports no error', () => {
      assert.deepEqual(pjsipComplaints(pjsipSide.get('log') ?? ''), []);
      assert.deepEqual(validatePjsip(pjsip).filter((issue) => issue.severity === 'error'), []);
    });

    it("res_pjsip's endpoints are chan_sip's peers and users, by the same names", () => {
      assert.ok(peers.length + users.length > 0, 'chan_sip listed nothing');
      assert.deepEqual(sorted(shown.keys()), sorted(new Set([...peers, ...users].map((row) => row.name))));
    });

    it('every user/friend with a secret is challenged (InAuth), unless insecure=invite lets it in', () => {
      for (const user of users) {
        const endpoint = sipModel.endpointsByKey.get(user.name.toLowerCase())!;
        const by = endpoint.direction.inbound?.authenticatedBy ?? [];
        const challenged = (by.includes('secret') || by.includes('md5secret')) && !by.includes('ip-match');
        assert.deepEqual(shown.get(user.name)!.inAuth.map((auth) => auth.split('/')[1]), challenged ? [user.name] : [], user.name);
      }
    });

    it('every peer is reachable: a contact at its host, or max_contacts for a dynamic one', () => {
      for (const peer of peers) {
        const theirs = shown.get(peer.name)!;
        if (peer.second === '(Unspecified)') assert.match(theirs.aors.join(), /^\S+ [1-9]\d*$/, peer.name);
        else assert.ok(theirs.contacts.some((contact) => contact.includes(`@${peer.second}`) || contact.includes(`:${peer.second}`)), `${peer.name}: ${theirs.contacts.join()}`);
      }
    });

    it("every peer's codecs, in order, are the endpoint's allow list", () => {
      for (const peer of peers) {
        const codecs = /^\s*Codecs\s*:\s*(\S+)/m.exec(sipSide.get(`sip show peer ${peer.name}`) ?? '')?.[1];
        const allow = /^\s*allow\s*:\s*(\S+)/m.exec(pjsipSide.get(`pjsip show endpoint ${peer.name}`) ?? '')?.[1];
        assert.ok(codecs, peer.name);
        assert.equal(allow, codecs, peer.name);
      }
    });

    it('every insecure=invite peer is matched by an identify at its address (and port, without insecure=port) and not challenged', () => {
      const insecure = sipModel.endpoints.filter((endpoint) => endpoint.direction.inbound?.insecure.includes('invite'));
      for (const endpoint of insecure) {
        const theirs = shown.get(endpoint.section.name)!;
        const sipPeer = sipSide.get(`sip show peer ${endpoint.section.name}`) ?? '';
        const [address, port] = (/^\s*Addr->IP\s*:\s*(\S+)/m.exec(sipPeer)?.[1] ?? '').split(/:(?=\d+$)/);
        const anyPort = /^\s*Insecure\s*:.*\bport\b/m.test(sipPeer);
        assert.deepEqual(theirs.matches, [anyPort ? asNetwork(address) : `${address}:${port}/32`], endpoint.section.name);
        assert.deepEqual(theirs.inAuth, []);
      }
    });

    it('every register line is a registration to the same server, as the same user, with an outbound auth', () => {
      const registry = (sipSide.get('sip show registry') ?? '')
        .split('\n')
        .map((line) => /^(\S+):(\d+)\s+[YN]\s+(\S+)/.exec(line))
        .filter((match): match is RegExpExecArray => match !== null)
        .map((match) => `${match[1]}:${match[2]} ${match[3]}`);
      assert.equal(registry.length, sipModel.registers.length);
      const ours = registrations.map((name) => {
        const detail = pjsipSide.get(`pjsip show registration ${name}`) ?? '';
        const server = /^\s*server_uri\s*:\s*sips?:([^;:\s]+)(?::(\d+))?/m.exec(detail);
        const client = /^\s*client_uri\s*:\s*sips?:([^@\s]+)@/m.exec(detail);
        assert.match(detail, /^\s*outbound_auth\s*:\s*\S+/m, name);
        return `${server?.[1]}:${server?.[2] ?? '5060'} ${client?.[1]}`;
      });
      assert.deepEqual(sorted(ours), sorted(registry));
    });

    // Compared parsed (auths, aors, contacts, identifies), not as text: the State column depends on qualify timing.
    it('the --split layout loads with the same `pjsip show endpoints` and registrations, and no complaint', () => {
      assert.deepEqual(pjsipComplaints(splitSide.get('log') ?? ''), []);
      assert.ok(shown.size > 0);
      assert.deepEqual(parseEndpoints(splitSide.get('pjsip show endpoints') ?? ''), shown);
      const registrationNames = (text: string): string[] => sorted(registrations.filter((name) => text.includes(name)));
      assert.deepEqual(registrationNames(splitSide.get('pjsip show registrations') ?? ''), sorted(registrations));
    });
  });
}

/** `name : value` of a `pjsip show <object>` listing (a list printed one line per item: joined by commas). */
function parameter(shown: string, name: string): string | undefined {
  const values = [...shown.matchAll(new RegExp(`^ ${name}\\s+: (.*)$`, 'gm'))].map((match) => match[1].trim());
  return values.length ? values.join(',') : undefined;
}

describe('migration oracle: what the features fixture maps, as Asterisk 22 reads it', { skip: skipOracle }, () => {
  const sipPath = path.join(fixtures, 'features', 'sip.conf');
  const migrated = migrateSipConf(buildModel({ uri: `file://${sipPath}`, document: parseConfig(readFileSync(sipPath, 'utf8')) }, 'sip', { host: new FileIncludeHost() }));
  let shown = new Map<string, string>();
  if (!skipOracle) {
    const folder = mkdtempSync(path.join(tmpdir(), 'migrate-features-'));
    try {
      copyFileSync(path.join(fixtures, 'features', 'extensions.conf'), path.join(folder, 'extensions.conf'));
      writeFileSync(path.join(folder, 'pjsip.conf'), migrated.text);
      shown = runAsterisk('22', folder, [
        ...['fax', 'laptop', 'browser', 'carrier'].map((name) => `pjsip show endpoint ${name}`),
        'pjsip show aor laptop',
        'pjsip show auth realm-voip.example.net',
        'pjsip show auth carrier-realm-carrier.example.net',
        'pjsip show registration reg-192.0.2.30',
      ]);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  }
  const endpoint = (name: string, option: string): string | undefined => parameter(shown.get(`pjsip show endpoint ${name}`) ?? '', option);

  it('t38pt_udptl=yes,redundancy,maxdatagram=400: T.38 on, redundancy, datagram 400', () => {
    assert.deepEqual(['t38_udptl', 't38_udptl_ec', 't38_udptl_maxdatagram'].map((option) => endpoint('fax', option)), ['true', 'redundancy', '400']);
  });

  it('encryption=yes with taglen 32 is SDES with 32-bit tags; dtlsenable=yes is DTLS with its options', () => {
    assert.deepEqual([endpoint('laptop', 'media_encryption'), endpoint('laptop', 'srtp_tag_32')], ['sdes', 'true']);
    assert.deepEqual(
      ['media_encryption', 'dtls_auto_generate_cert', 'dtls_verify', 'dtls_setup', 'use_avpf', 'ice_support'].map((option) => endpoint('browser', option)),
      ['dtls', 'Yes', 'Fingerprint', 'actpass', 'true', 'true'],
    );
  });

  it('subscribemwi=yes puts the mailbox on the aor; [general] min/max/defaultexpiry become its expirations', () => {
    const aor = shown.get('pjsip show aor laptop') ?? '';
    assert.deepEqual(['mailboxes', 'minimum_expiration', 'maximum_expiration', 'default_expiration'].map((option) => parameter(aor, option)), ['300@default', '90', '1800', '300']);
    assert.equal(endpoint('laptop', 'mailboxes'), '');
  });

  it('realm credentials: auths with their realm, in the outbound_auth of the provider and the registration', () => {
    assert.equal(parameter(shown.get('pjsip show auth realm-voip.example.net') ?? '', 'realm'), 'voip.example.net');
    assert.equal(parameter(shown.get('pjsip show auth carrier-realm-carrier.example.net') ?? '', 'realm'), 'carrier.example.net');
    assert.equal(endpoint('carrier', 'outbound_auth'), 'carrier-realm-carrier.example.net,carrier-outauth,realm-voip.example.net');
    assert.equal(parameter(shown.get('pjsip show registration reg-192.0.2.30') ?? '', 'outbound_auth'), 'reg-192.0.2.30-outauth,realm-voip.example.net');
  });

  it('outboundproxy becomes a loose-routing outbound_proxy', () => {
    assert.equal(endpoint('carrier', 'outbound_proxy'), 'sip:192.0.2.31:5060;lr');
  });
});

describe('migration oracle: iax.conf beside sip.conf is left alone', { skip: skipOracle }, () => {
  const folder = path.join(fixtures, 'iax-beside');
  const sipPath = path.join(folder, 'sip.conf');
  const migrated = migrateSipConf(buildModel({ uri: `file://${sipPath}`, document: parseConfig(readFileSync(sipPath, 'utf8')) }, 'sip', { host: new FileIncludeHost() }));
  let before = new Map<string, string>();
  let after = new Map<string, string>();
  if (!skipOracle) {
    const confDir = mkdtempSync(path.join(tmpdir(), 'migrate-iax-beside-'));
    try {
      for (const file of ['extensions.conf', 'iax.conf']) copyFileSync(path.join(folder, file), path.join(confDir, file));
      writeFileSync(path.join(confDir, 'pjsip.conf'), migrated.text);
      before = runAsterisk('20', folder, ['iax2 show peers', 'iax2 show users']);
      after = runAsterisk('22', confDir, ['iax2 show peers', 'iax2 show users', 'pjsip show endpoints']);
    } finally {
      rmSync(confDir, { recursive: true, force: true });
    }
  }

  it('the migration holds the included phones and nothing of iax.conf', () => {
    assert.deepEqual(migrated.endpoints, ['401', '402']);
    assert.doesNotMatch(migrated.text, /branch|Br4nchIaxK3y9/);
  });

  it('the same iax.conf beside the migrated pjsip.conf: Asterisk 22 lists the same IAX2 peers and users as Asterisk 20', () => {
    assert.match(before.get('iax2 show peers') ?? '', /^branch\s/m);
    assert.equal(after.get('iax2 show peers'), before.get('iax2 show peers'));
    assert.equal(after.get('iax2 show users'), before.get('iax2 show users'));
    assert.deepEqual(sorted(parseEndpoints(after.get('pjsip show endpoints') ?? '').keys()), ['401', '402']);
  });
});

/** Asterisk's own sip.conf.sample, read where ../shared holds it (never copied into the repository). */
const samplePath = path.resolve(fixtures, '../../../../shared/reference/asterisk-samples/sip.conf.sample');
const sampleSkip = skipOracle || (existsSync(samplePath) ? false : `no sip.conf.sample at ${samplePath}`);

describe("migration oracle: Asterisk's sip.conf.sample", { skip: sampleSkip }, () => {
  const migrated = sampleSkip
    ? undefined
    : migrateSipConf(buildModel({ uri: `file://${samplePath}`, document: parseConfig(readFileSync(samplePath, 'utf8')) }, 'sip', { host: new FileIncludeHost() }));
  let shown = new Map<string, string>();
  if (migrated) {
    const confDir = mkdtempSync(path.join(tmpdir(), 'migrate-sample-'));
    try {
      writeFileSync(path.join(confDir, 'extensions.conf'), '[default]\nexten => s,1,Hangup()\n');
      writeFileSync(path.join(confDir, 'pjsip.conf'), migrated.text);
      shown = runAsterisk('22', confDir, ['pjsip show transports']);
    } finally {
      rmSync(confDir, { recursive: true, force: true });
    }
  }

  it('loads into Asterisk 22 with no ERROR or WARNING from res_pjsip / sorcery, and its transport is up', () => {
    assert.ok(migrated);
    assert.deepEqual(pjsipComplaints(shown.get('log') ?? ''), []);
    assert.deepEqual((shown.get('log') ?? '').split('\n').filter((line) => /^ERROR (res_pjsip|res_sorcery|config)/.test(line)), []);
    assert.match(shown.get('pjsip show transports') ?? '', /transport-udp\s+udp/);
    assert.deepEqual(validatePjsip(buildPjsipModel({ uri: 'file:///etc/asterisk/pjsip.conf', document: parseConfig(migrated.text) })).filter((issue) => issue.severity === 'error'), []);
  });
});
