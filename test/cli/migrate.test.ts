import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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
});
