import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync, mkdirSync, chmodSync, symlinkSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

const CLI = path.resolve(__dirname, '../../../dist/cli.js');
const SECRET = 'Zq9-secret-Wx2';

function run(args: string[], cwd: string): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('asterisk-conf CLI (built dist/cli.js as a process)', () => {
  let folder: string;
  before(() => {
    folder = mkdtempSync(path.join(os.tmpdir(), 'asterisk-conf-cli-'));
    mkdirSync(path.join(folder, 'clean'));
    writeFileSync(path.join(folder, 'clean', 'sip.conf'), `[general]\ncontext=public\nallowguest=no\n\n[alice]\ntype=friend\nhost=dynamic\nsecret=${SECRET}\ncontext=public\n`);
    writeFileSync(path.join(folder, 'clean', 'extensions.conf'), '[public]\nexten => 100,1,Answer()\n');
    mkdirSync(path.join(folder, 'broken'));
    writeFileSync(path.join(folder, 'broken', 'sip.conf'), 'port=5060\n[general\n[x](nope)\n');
    mkdirSync(path.join(folder, 'binary'));
    writeFileSync(path.join(folder, 'binary', 'sip.conf'), Buffer.from([0, 1, 2, 255, 254, 10, 91, 0, 93, 10, 0xc3, 0x28]));
  });
  after(() => rmSync(folder, { recursive: true, force: true }));

  it('--version and --help exit 0', () => {
    assert.match(run(['--version'], folder).stdout, /^\d+\.\d+\.\d+\n$/);
    const help = run(['--help'], folder);
    assert.equal(help.status, 0);
    assert.match(help.stdout, /check \[paths\.\.\.\]/);
  });

  it('check on a clean folder exits 0', () => {
    const result = run(['check', 'clean'], folder);
    assert.equal(result.status, 0, result.stdout + result.stderr);
    assert.match(result.stdout, /No problems found/);
  });

  it('check reports errors with file, line:col, severity and rule id, and exits 1', () => {
    const result = run(['check', 'broken'], folder);
    assert.equal(result.status, 1);
    assert.match(result.stdout, /broken[\\/]sip\.conf/);
    assert.match(result.stdout, /1:1\s+error\s+.*key-before-section/);
    assert.match(result.stdout, /2:1\s+error\s+.*unclosed-section/);
    assert.match(result.stdout, /✖ \d+ problems? \(\d+ errors?/);
  });

  it('--format json lists messages per file', () => {
    const result = run(['check', 'broken', '--format', 'json'], folder);
    const files = JSON.parse(result.stdout) as { filePath: string; errorCount: number; messages: { ruleId: string; line: number; column: number }[] }[];
    assert.equal(files.length, 1);
    assert.ok(files[0].errorCount >= 2);
    assert.deepEqual(files[0].messages[0], { ...files[0].messages[0], ruleId: 'key-before-section', line: 1, column: 1 });
  });

  it('--format sarif produces a SARIF 2.1.0 log with rules and regions', () => {
    const result = run(['check', 'broken', '--format=sarif'], folder);
    const log = JSON.parse(result.stdout) as {
      version: string;
      runs: { tool: { driver: { name: string; rules: { id: string; shortDescription: { text: string } }[] } }; results: { ruleId: string; ruleIndex: number; level: string; message: { text: string }; locations: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number; startColumn: number } } }[] }[] }[];
    };
    assert.equal(log.version, '2.1.0');
    const run0 = log.runs[0];
    assert.equal(run0.tool.driver.name, 'asterisk-conf');
    assert.ok(run0.results.length >= 2);
    for (const result0 of run0.results) {
      assert.ok(['error', 'warning', 'note'].includes(result0.level));
      assert.equal(run0.tool.driver.rules[result0.ruleIndex].id, result0.ruleId);
      assert.ok(result0.message.text.length > 0);
      assert.match(result0.locations[0].physicalLocation.artifactLocation.uri, /^file:\/\//);
      assert.ok(result0.locations[0].physicalLocation.region.startLine >= 1);
    }
  });

  it('--rule turns a rule off; --quiet keeps errors only', () => {
    const ignored = run(['check', 'broken', '--format', 'json', '--rule', 'key-before-section=ignore'], folder);
    const files = JSON.parse(ignored.stdout) as { messages: { ruleId: string; severity: string }[] }[];
    assert.ok(!files[0].messages.some((m) => m.ruleId === 'key-before-section'));
    assert.ok(files[0].messages.some((m) => m.ruleId === 'unclosed-section'));
    writeFileSync(path.join(folder, 'mixed.conf'), '[general]\nnoequals\n[x\n');
    const loud = JSON.parse(run(['check', 'mixed.conf', '--dialect', 'sip', '--format', 'json'], folder).stdout) as typeof files;
    assert.ok(loud[0].messages.some((m) => m.ruleId === 'missing-equals' && m.severity === 'warning'));
    const quiet = JSON.parse(run(['check', 'mixed.conf', '--dialect', 'sip', '--format', 'json', '--quiet'], folder).stdout) as typeof files;
    assert.ok(quiet[0].messages.some((m) => m.ruleId === 'unclosed-section'));
    assert.ok(quiet[0].messages.every((m) => m.severity === 'error'));
  });

  it('--max-warnings decides the exit code for warnings', () => {
    writeFileSync(path.join(folder, 'warn.conf'), '[general]\nnoequals\n');
    assert.equal(run(['check', 'warn.conf', '--dialect', 'sip'], folder).status, 0);
    assert.equal(run(['check', 'warn.conf', '--dialect', 'sip', '--max-warnings', '0'], folder).status, 1);
  });

  it('names a missing file and exits 2; rejects unknown options', () => {
    const missing = run(['check', 'nope/sip.conf'], folder);
    assert.equal(missing.status, 2);
    assert.match(missing.stderr, /nope[\\/]sip\.conf/);
    assert.equal(run(['check', '--frobnicate'], folder).status, 2);
    assert.equal(run(['check', '--format', 'xml'], folder).status, 2);
    assert.equal(run([], folder).status, 2);
  });

  it('check and explain print no terminal escape written in the config (issue #19)', () => {
    mkdirSync(path.join(folder, 'escapes'));
    writeFileSync(path.join(folder, 'escapes', 'sip.conf'), '[general]\ncontext=public\nallowguest=no\n[al\u001b[2Jice]\ntype=friend\nhost=dynamic\nsecret=Xk9-Long-Pass\ncontext=public\nab\u001b]0\\;TITLE\u0007cd=1\n');
    const controls = (text: string): string[] => [...text].filter((char) => char.charCodeAt(0) < 0x20 && char !== '\n');
    for (const args of [['check', 'escapes'], ['explain', 'escapes/sip.conf']]) {
      const result = run(args, folder);
      assert.ok(result.status !== null && result.status <= 1, result.stderr);
      assert.ok(result.stdout.includes(args[0] === 'check' ? 'ab\\x1b]0;TITLE\\x07cd' : 'al\\x1b[2Jice'), result.stdout);
      assert.deepEqual(controls(result.stdout), [], args.join(' '));
    }
  });

  it('never crashes on a binary file: it is no config, so it is refused like an unreadable one (exit 2), quoting none of it', () => {
    const result = run(['check', 'binary'], folder);
    assert.equal(result.status, 2, result.stderr);
    assert.match(result.stderr, /Cannot read .*sip\.conf: not-a-config \(.*: binary content \(NUL bytes\)\)/);
    assert.doesNotMatch(result.stderr, /internal error/);
    assert.equal(result.stdout, '');
  });

  it('reports an unreadable file as an I/O error (exit 2) when permissions apply', () => {
    const locked = path.join(folder, 'locked');
    mkdirSync(locked);
    writeFileSync(path.join(locked, 'sip.conf'), '[general]\n');
    chmodSync(path.join(locked, 'sip.conf'), 0o000);
    const result = run(['check', path.join(locked, 'sip.conf')], folder);
    // root reads anything: then the file is simply checked.
    if (process.getuid?.() === 0) assert.equal(result.status, 0);
    else {
      assert.equal(result.status, 2);
      assert.match(result.stderr, /locked[\\/]sip\.conf/);
    }
  });

  it('explain shows who calls whom, with secrets masked', () => {
    const result = run(['explain', 'clean/sip.conf'], folder);
    assert.equal(result.status, 0, result.stderr);
    assert.match(result.stdout, /alice\s+friend\s+⇄ both/);
    assert.match(result.stdout, /must REGISTER/);
    assert.ok(!result.stdout.includes(SECRET), 'the secret never appears');
    assert.equal(run(['explain', 'clean/sip.conf', 'nobody'], folder).status, 2);
  });

  it('regression: .asterisk-conf.json is read like an include: a device or FIFO is refused unread, and an invalid file is not quoted (a link to /dev/zero grew to 16 GB, to /etc/shadow printed its first bytes)', () => {
    const config = mkdtempSync(path.join(os.tmpdir(), 'asterisk-conf-config-'));
    try {
      writeFileSync(path.join(config, 'sip.conf'), '[general]\nallowguest=no\n');
      symlinkSync('/dev/zero', path.join(config, '.asterisk-conf.json'));
      const device = run(['check', '.'], config);
      assert.equal(device.status, 2);
      assert.match(device.stderr, /Cannot read config file \.asterisk-conf\.json: not a regular file/);
      rmSync(path.join(config, '.asterisk-conf.json'));
      writeFileSync(path.join(config, 'private.txt'), `root:${SECRET}:19000:0:99999:7:::\n`);
      symlinkSync(path.join(config, 'private.txt'), path.join(config, '.asterisk-conf.json'));
      const invalid = run(['check', '.'], config);
      assert.equal(invalid.status, 2);
      assert.match(invalid.stderr, /not valid JSON/);
      assert.equal(invalid.stderr.includes(SECRET) || invalid.stderr.includes('root:'), false, invalid.stderr);
    } finally {
      rmSync(config, { recursive: true, force: true });
    }
  });

  it('regression: a folder with symbolic link loops is walked once by real path (six `lN -> .` links overflowed the stack, three gave 9841 reports)', () => {
    const looped = mkdtempSync(path.join(os.tmpdir(), 'asterisk-conf-loops-'));
    try {
      writeFileSync(path.join(looped, 'sip.conf'), '[general]\nallowguest=no\nbogus=1\n');
      for (let index = 1; index <= 6; index++) symlinkSync('.', path.join(looped, `l${index}`));
      const result = run(['check', '.', '--format', 'json'], looped);
      assert.equal(result.status, 0, result.stderr);
      const files = JSON.parse(result.stdout) as { filePath: string }[];
      assert.deepEqual(files.map((file) => path.basename(file.filePath)), ['sip.conf']);
    } finally {
      rmSync(looped, { recursive: true, force: true });
    }
  });

  it('check of one included file reads it inside the sip.conf that includes it, like the editor (regression: 15 errors)', () => {
    mkdirSync(path.join(folder, 'split'));
    writeFileSync(path.join(folder, 'split', 'sip.conf'), '[general]\n#include sip_general_custom.conf\n');
    writeFileSync(path.join(folder, 'split', 'sip_general_custom.conf'), 'allowguest=no\nalwaysauthreject=yes\n');
    const result = run(['check', 'split/sip_general_custom.conf'], folder);
    assert.equal(result.status, 0, result.stdout);
    assert.match(result.stdout, /No problems found/);
  });

  it('check of a fragment nobody includes gives one information note, not an error per line', () => {
    mkdirSync(path.join(folder, 'orphan'));
    writeFileSync(path.join(folder, 'orphan', 'sip_nat.conf'), 'localnet=10.0.0.0/8\nnat=force_rport,comedia\nqualify=yes\n');
    const result = run(['check', 'orphan/sip_nat.conf', '--format', 'json'], folder);
    assert.equal(result.status, 0, result.stdout);
    const [file] = JSON.parse(result.stdout) as { messages: { ruleId: string; severity: number; line: number }[] }[];
    assert.deepEqual(file.messages.map((message) => [message.ruleId, message.line]), [['fragment-without-includer', 1]]);
  });
});

