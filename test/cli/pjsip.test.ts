/**
 * The CLI on pjsip.conf (issue #16): `check` finds pjsip.conf in a folder and reads its FreePBX-style
 * includes (pjsip.*.conf, pjsip_*.conf) in its context, in every output format; `explain` describes its
 * endpoints and registrations from Asterisk's side with every secret masked.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

const CLI = path.resolve(__dirname, '../../../dist/cli.js');
const PASSWORD = 'Qw7-secret-Lp3';
const PROVIDER_PASSWORD = 'Tr4-provider-Zz8';

function run(args: string[], cwd: string): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('asterisk-conf CLI on pjsip.conf', () => {
  let folder: string;
  before(() => {
    folder = mkdtempSync(path.join(os.tmpdir(), 'asterisk-conf-cli-pjsip-'));
    const conf = path.join(folder, 'etc', 'asterisk');
    mkdirSync(conf, { recursive: true });
    writeFileSync(path.join(conf, 'pjsip.conf'), '#include pjsip.transports.conf\n#include pjsip.endpoint.conf\n#include pjsip.registration.conf\n#tryinclude pjsip_custom.conf\n');
    writeFileSync(path.join(conf, 'pjsip.transports.conf'), '[udp]\ntype=transport\nprotocol=udp\nbind=0.0.0.0\n');
    writeFileSync(
      path.join(conf, 'pjsip.endpoint.conf'),
      `[alice]\ntype=endpoint\ncontext=phones\naors=alice\nauth=alice\n\n[alice]\ntype=aor\nmax_contacts=1\n\n[alice]\ntype=auth\nusername=alice\npassword=${PASSWORD}\n\n` +
        `[provider]\ntype=endpoint\ncontext=from-provider\naors=provider\noutbound_auth=provider\n\n[provider]\ntype=aor\ncontact=sip:sip.example.net\n\n` +
        `[provider]\ntype=auth\nusername=4711\npassword=${PROVIDER_PASSWORD}\n\n[provider]\ntype=identify\nendpoint=provider\nmatch=sip.example.net\n`,
    );
    writeFileSync(
      path.join(conf, 'pjsip.registration.conf'),
      `[provider]\ntype=registration\nserver_uri=sip:sip.example.net\nclient_uri=sip:4711:${PROVIDER_PASSWORD}@sip.example.net\noutbound_auth=provider\n`,
    );
    writeFileSync(path.join(conf, 'pjsip_custom.conf'), '[bob]\ntype=endpoint\naors=bob\nhost=dynamic\n\n[bob]\ntype=aor\nmax_contacts=1\n');
    // from-provider reaches the phones' context, which dials any number out through the provider.
    writeFileSync(
      path.join(conf, 'extensions.conf'),
      '[phones]\nexten => 100,1,Answer()\nexten => _0.,1,Dial(PJSIP/${EXTEN:1}@provider)\n[from-provider]\nexten => s,1,Answer()\ninclude => phones\n',
    );
  });
  after(() => rmSync(folder, { recursive: true, force: true }));

  it('check finds pjsip.conf in a folder and checks every file it includes, in its context', () => {
    const result = run(['check', '.', '--format', 'json'], folder);
    assert.equal(result.status, 1, result.stderr);
    const files = JSON.parse(result.stdout) as { filePath: string; messages: { ruleId: string; line: number }[] }[];
    assert.deepEqual(
      files.map((file) => [path.basename(file.filePath), file.messages.map((m) => `${m.ruleId}:${m.line}`)]),
      [
        ['pjsip.conf', []],
        ['pjsip.transports.conf', []],
        // The provider comes in by address without a password into a context that can dial out.
        ['pjsip.endpoint.conf', ['pjsip-open-by-address:16']],
        ['pjsip.registration.conf', []],
        ['pjsip_custom.conf', ['pjsip-chan-sip-option:4']],
      ],
    );
  });

  it('check prints text and SARIF with the pjsip rule, and never a password', () => {
    const text = run(['check', 'etc/asterisk/pjsip.conf'], folder);
    assert.equal(text.status, 1);
    assert.match(text.stdout, /pjsip_custom\.conf\n\s+4:1\s+error\s+.*pjsip-chan-sip-option/);
    const sarif = run(['check', 'etc/asterisk', '--format', 'sarif'], folder);
    const log = JSON.parse(sarif.stdout) as { runs: { tool: { driver: { rules: { id: string }[] } }; results: { ruleId: string }[] }[] };
    assert.ok(log.runs[0].tool.driver.rules.some((rule) => rule.id === 'pjsip-open-by-address'), 'the pjsip rules are described');
    assert.deepEqual(
      log.runs[0].results.map((result) => result.ruleId),
      ['pjsip-open-by-address', 'pjsip-chan-sip-option'],
    );
    for (const output of [text.stdout, sarif.stdout]) {
      assert.ok(!output.includes(PASSWORD) && !output.includes(PROVIDER_PASSWORD));
    }
  });

  it('explain describes each endpoint and registration from Asterisk’s side, secrets masked', () => {
    const result = run(['explain', 'etc/asterisk/pjsip.conf'], folder);
    assert.equal(result.status, 0, result.stderr);
    assert.match(result.stdout, /^pjsip\.conf — seen from Asterisk's side/);
    assert.match(result.stdout, /^alice\s+⇄ both$/m);
    assert.match(result.stdout, /\[alice\]\n {2}⇐ calls us: matched by From user alice\n {2}⇐ challenged: auth alice \(user alice\)\n {2}⇐ lands in context phones/);
    assert.match(result.stdout, /\[provider\]\n(?: {2}.*\n)*? {2}⇒ we answer its challenges with auth provider \(user 4711\)/);
    assert.match(result.stdout, /Registrations \(we sign in to a remote server\):\n\n\[provider\]\n {2}⇒ we register to sip:sip\.example\.net\n {2}⇒ as sip:4711:••••••@sip\.example\.net/);
    assert.match(result.stdout, /⇐ its calls land at endpoint provider \(by its identify\)/);
    assert.ok(!result.stdout.includes(PASSWORD) && !result.stdout.includes(PROVIDER_PASSWORD), result.stdout);
  });

  it('explain of one name shows the objects of that name; an unknown name exits 2', () => {
    const one = run(['explain', 'etc/asterisk/pjsip.conf', 'bob'], folder);
    assert.equal(one.status, 0, one.stderr);
    assert.match(one.stdout, /\[bob\]/);
    assert.doesNotMatch(one.stdout, /\[alice\]/);
    const none = run(['explain', 'etc/asterisk/pjsip.conf', 'nobody'], folder);
    assert.equal(none.status, 2);
    assert.match(none.stderr, /No endpoint or registration \[nobody\]/);
  });

  it('explain says which errors make Asterisk refuse an object', () => {
    const result = run(['explain', 'etc/asterisk/pjsip_custom.conf'], folder);
    assert.equal(result.status, 0, result.stderr);
    assert.match(result.stdout, /\[bob\]\n(?: {2}.*\n)* {2}note: .*\(pjsip-chan-sip-option, pjsip_custom\.conf line 4\)/);
  });

  it('explain gives an endpoint or registration Asterisk refuses no direction: not created (regression: bob was "⇄ both" above the note)', () => {
    const result = run(['explain', 'etc/asterisk/pjsip.conf'], folder);
    assert.equal(result.status, 0, result.stderr);
    assert.match(result.stdout, /^bob\s+not created \(Asterisk refuses it\)$/m);
    assert.match(result.stdout, /\[bob\]\n {2}Asterisk does not create this endpoint: no request is matched to it and it calls nothing\.\n {2}note: /);
    assert.doesNotMatch(result.stdout, /\[bob\]\n {2}⇐/);
    const folder2 = mkdtempSync(path.join(os.tmpdir(), 'asterisk-conf-cli-pjsip-refused-'));
    try {
      writeFileSync(path.join(folder2, 'pjsip.conf'), '[r]\ntype=registration\nserver_uri=sip:192.0.2.1\nclient_uri=sip:u@192.0.2.1\nexpiration=soon\n');
      const registration = run(['explain', 'pjsip.conf'], folder2);
      assert.equal(registration.status, 0, registration.stderr);
      assert.match(registration.stdout, /\[r\]\n {2}not created \(Asterisk refuses it\): Asterisk never sends its REGISTER\.\n {2}note: .*\(pjsip-invalid-value, line 5\)/);
      assert.doesNotMatch(registration.stdout, /we register to/);
    } finally {
      rmSync(folder2, { recursive: true, force: true });
    }
  });

  it('explain notes only the errors that make Asterisk refuse the object, not every error (regression: a missing aor was a "refusal")', () => {
    const folder2 = mkdtempSync(path.join(os.tmpdir(), 'asterisk-conf-cli-pjsip-notes-'));
    try {
      // carol: two errors Asterisk loads silently (no such aor, a transport= naming an aor); dave: a bad value, refused.
      writeFileSync(path.join(folder2, 'pjsip.conf'), '[carol]\ntype=endpoint\naors=nowhere\ntransport=carol\n\n[carol]\ntype=aor\nmax_contacts=1\n\n[dave]\ntype=endpoint\naors=carol\ndtmf_mode=loud\n');
      const check = run(['check', 'pjsip.conf', '--format', 'json'], folder2);
      assert.match(check.stdout, /pjsip-missing-reference/);
      assert.match(check.stdout, /pjsip-wrong-reference-type/);
      const result = run(['explain', 'pjsip.conf'], folder2);
      assert.equal(result.status, 0, result.stderr);
      const notes = result.stdout.split('\n').filter((line) => line.startsWith('  note: '));
      assert.deepEqual(notes.map((line) => /\((pjsip-[a-z-]+), line (\d+)\)$/.exec(line)?.slice(1).join(' ')), ['pjsip-invalid-value 13']);
      assert.match(result.stdout, /\[dave\]\n(?: {2}.*\n)* {2}note: /);
    } finally {
      rmSync(folder2, { recursive: true, force: true });
    }
  });
});
