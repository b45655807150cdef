import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

const CLI = path.resolve(__dirname, '../../../dist/cli.js');
const SIP = '[general]\nsrvlookup=yes\n[alice]\ntype=friend\nhost=dynamic\nsecret=pw\n';

function run(args: string[], cwd: string): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('asterisk-conf migrate (built dist/cli.js as a process)', () => {
  let folder: string;
  before(() => {
    folder = mkdtempSync(path.join(os.tmpdir(), 'asterisk-conf-migrate-'));
    writeFileSync(path.join(folder, 'sip.conf'), SIP);
    writeFileSync(path.join(folder, 'clean.conf'), '[bob]\ntype=user\nsecret=pw\n');
  });
  after(() => rmSync(folder, { recursive: true, force: true }));

  it('writes pjsip.conf to stdout and exits 0 when everything was carried over', () => {
    const result = run(['migrate', 'clean.conf'], folder);
    assert.equal(result.status, 0, result.stderr);
    assert.match(result.stdout, /^\[bob\]\ntype=endpoint$/m);
    assert.equal(result.stderr, '');
  });

  it('exits 1 and lists what was not carried over on stderr, with file:line', () => {
    const result = run(['migrate', 'sip.conf'], folder);
    assert.equal(result.status, 1);
    assert.equal(result.stderr, 'not migrated: [general] srvlookup (sip.conf:2): a [general] setting this migration does not carry over (yet)\n');
    assert.match(result.stdout, /^\[alice\]\ntype=aor\nmax_contacts=1$/m);
  });

  it('--output writes the file and nothing to stdout', () => {
    const result = run(['migrate', '--output', 'pjsip.conf', 'clean.conf'], folder);
    assert.equal(result.status, 0);
    assert.equal(result.stdout, '');
    assert.match(readFileSync(path.join(folder, 'pjsip.conf'), 'utf8'), /^\[bob-auth\]\ntype=auth$/m);
  });

  it('never overwrites the input file (exit 2), and usage / missing files exit 2', () => {
    const result = run(['migrate', 'sip.conf', '--output=./sip.conf'], folder);
    assert.equal(result.status, 2);
    assert.match(result.stderr, /never overwrites its source/);
    assert.equal(readFileSync(path.join(folder, 'sip.conf'), 'utf8'), SIP);
    assert.equal(run(['migrate'], folder).status, 2);
    assert.equal(run(['migrate', 'a.conf', 'b.conf'], folder).status, 2);
    assert.equal(run(['migrate', '--split', 'sip.conf'], folder).status, 2);
    assert.match(run(['migrate', 'missing.conf'], folder).stderr, /Cannot read missing\.conf \(missing\)/);
  });

  it('--split --output DIR writes pjsip.conf and the six files it includes, creating DIR', () => {
    const result = run(['migrate', '--split', '--output', 'out/split', 'sip.conf'], folder);
    assert.equal(result.status, 1, result.stderr);
    assert.equal(result.stdout, '');
    const names = readdirSync(path.join(folder, 'out/split')).sort();
    assert.deepEqual(names, ['pjsip.aor.conf', 'pjsip.auth.conf', 'pjsip.conf', 'pjsip.endpoint.conf', 'pjsip.identify.conf', 'pjsip.registration.conf', 'pjsip.transports.conf']);
    const read = (name: string): string => readFileSync(path.join(folder, 'out/split', name), 'utf8');
    assert.match(read('pjsip.conf'), /^#include pjsip\.endpoint\.conf$/m);
    assert.match(read('pjsip.endpoint.conf'), /^\[alice\]\ntype=endpoint$/m);
    assert.match(read('pjsip.aor.conf'), /^\[alice\]\ntype=aor$/m);
    assert.match(read('pjsip.auth.conf'), /^\[alice-auth\]\ntype=auth$/m);
    // What was not carried over is still listed on stderr, once.
    assert.equal(result.stderr, 'not migrated: [general] srvlookup (sip.conf:2): a [general] setting this migration does not carry over (yet)\n');
  });

  it('--split refuses to overwrite any existing file (exit 2, nothing written) unless --force', () => {
    const target = path.join(folder, 'live');
    mkdirSync(target);
    writeFileSync(path.join(target, 'pjsip.auth.conf'), '; hand-written\n');
    const refused = run(['migrate', '--split', '--output', 'live', 'sip.conf'], folder);
    assert.equal(refused.status, 2);
    assert.match(refused.stderr, /pjsip\.auth\.conf exists: --split never overwrites a file unless --force/);
    assert.deepEqual(readdirSync(target), ['pjsip.auth.conf'], 'nothing written when one file is refused');
    assert.equal(readFileSync(path.join(target, 'pjsip.auth.conf'), 'utf8'), '; hand-written\n');
    const forced = run(['migrate', '--split', '--force', '--output', 'live', 'sip.conf'], folder);
    assert.equal(forced.status, 1, forced.stderr);
    assert.match(readFileSync(path.join(target, 'pjsip.auth.conf'), 'utf8'), /^\[alice-auth\]$/m);
  });

  it('--split needs --output, and --force goes only with --split (exit 2)', () => {
    const noOutput = run(['migrate', '--split', 'sip.conf'], folder);
    assert.equal(noOutput.status, 2);
    assert.match(noOutput.stderr, /--split needs --output DIR/);
    const forceAlone = run(['migrate', '--force', '--output', 'x.conf', 'sip.conf'], folder);
    assert.equal(forceAlone.status, 2);
    assert.equal(existsSync(path.join(folder, 'x.conf')), false);
  });

  it('refuses iax.conf (exit 2, a clear message, nothing written) and pjsip.conf', () => {
    writeFileSync(path.join(folder, 'iax.conf'), '[bob]\ntype=friend\nsecret=Zr8wL1pa44Xe\n');
    const iax = run(['migrate', '--output', 'from-iax.conf', 'iax.conf'], folder);
    assert.equal(iax.status, 2);
    assert.match(iax.stderr, /iax\.conf configures chan_iax2 \(IAX2\), which Asterisk 22 still has: keep it as it is/);
    assert.equal(existsSync(path.join(folder, 'from-iax.conf')), false);
    writeFileSync(path.join(folder, 'pjsip.conf'), '[t]\ntype=transport\n');
    assert.match(run(['migrate', 'pjsip.conf'], folder).stderr, /is a pjsip configuration already/);
  });

  it('--endpoint NAME prints only what that endpoint becomes; an unknown name or a mix with --output exits 2', () => {
    const result = run(['migrate', '--endpoint', 'alice', 'sip.conf'], folder);
    assert.equal(result.status, 0, result.stderr);
    assert.match(result.stdout, /^\[alice\]\ntype=endpoint$/m);
    assert.doesNotMatch(result.stdout, /^\[transport-udp\]$/m);
    assert.equal(result.stderr, '', 'the [general] line not carried over is not about alice');
    const unknown = run(['migrate', '--endpoint', 'nobody', 'sip.conf'], folder);
    assert.equal(unknown.status, 2);
    assert.match(unknown.stderr, /No sip\.conf endpoint \[nobody\]/);
    assert.equal(run(['migrate', '--endpoint', 'alice', '--output', 'x.conf', 'sip.conf'], folder).status, 2);
  });
});
