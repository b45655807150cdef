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
    const badDialect = run(['check', 'clean', '--dialect', 'generic'], folder);
    assert.equal(badDialect.status, 2);
    assert.match(badDialect.stderr, /--dialect must be sip, iax or pjsip \(got 'generic'\)/);
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

  // Regression: explain described the devices chan_sip deletes for a bad permit/deny as if they worked.
  it('explain says a device with a bad ACL is not loaded, with the reason, and describes the others', () => {
    const fixture = path.resolve(__dirname, '../../../test/fixtures/oracle/broken-acl/sip.conf');
    const result = run(['explain', fixture], folder);
    assert.equal(result.status, 0, result.stderr);
    assert.match(result.stdout, /^201\s+friend\s+⇄ both$/m);
    assert.match(result.stdout, /^202\s+friend\s+— not loaded/m);
    assert.match(result.stdout, /\[203\]\n {2}not loaded: .*line 20: .*\(bad-acl\)\n/);
    assert.doesNotMatch(result.stdout, /\[202\]\n {2}in:/);
  });

  // Regression: `check --help` said "Unknown option", `explain --help` "explain needs a file" (exit 2).
  it('check --help and explain --help print their usage and exit 0', () => {
    const check = run(['check', '--help'], folder);
    assert.equal(check.status, 0, check.stderr);
    assert.match(check.stdout, /^Usage: asterisk-conf check /);
    assert.match(check.stdout, /--max-warnings/);
    const explain = run(['explain', '-h'], folder);
    assert.equal(explain.status, 0, explain.stderr);
    assert.match(explain.stdout, /^Usage: asterisk-conf explain <file>/);
    assert.equal(run(['explain', '--frobnicate', 'clean/sip.conf'], folder).status, 2);
  });

  // Regression: `lsp` alone died with vscode-languageserver's stack trace.
  it('lsp without a connection option says what to pass in one line and exits 2', () => {
    const result = spawnSync(process.execPath, [CLI, 'lsp'], { cwd: folder, encoding: 'utf8', input: '' });
    assert.equal(result.status, 2);
    assert.equal(result.stdout, '');
    assert.match(result.stderr, /^asterisk-conf: lsp needs a connection: asterisk-conf lsp --stdio .*\n$/);
  });

  // Regression: an unknown id in --rule was accepted silently (a typo turned nothing off).
  it('--rule with an unknown rule id exits 2 naming it', () => {
    const result = run(['check', 'clean', '--rule', 'bogus=error'], folder);
    assert.equal(result.status, 2);
    assert.match(result.stderr, /Unknown rule 'bogus'/);
    assert.equal(result.stdout, '');
  });

  // Regression: a folder without sip.conf / iax.conf "passed" with exit 0 (a wrong path in CI went unnoticed).
  it('check on a folder with nothing to check exits 2 saying so', () => {
    const empty = path.join(folder, 'nothing-here');
    mkdirSync(empty);
    writeFileSync(path.join(empty, 'extensions.conf'), '[public]\n');
    for (const format of ['text', 'json']) {
      const result = run(['check', 'nothing-here', '--format', format], folder);
      assert.equal(result.status, 2, `${format}: ${result.stdout}`);
      assert.equal(result.stdout, '');
      assert.match(result.stderr, /Nothing to check: no sip\.conf, iax\.conf or pjsip\.conf under nothing-here/);
    }
  });

  // Regression: --quiet printed "No problems found." over a file full of warnings.
  it('--quiet says how many problems it hid', () => {
    writeFileSync(path.join(folder, 'two-warnings.conf'), '[general]\nallowguest=no\nnoequals\nalsonoequals\n');
    const loud = run(['check', 'two-warnings.conf', '--dialect', 'sip'], folder);
    assert.match(loud.stdout, /✖ 2 problems \(0 errors, 2 warnings\)/);
    const quiet = run(['check', 'two-warnings.conf', '--dialect', 'sip', '--quiet'], folder);
    assert.equal(quiet.status, 0);
    assert.doesNotMatch(quiet.stdout, /No problems found/);
    assert.match(quiet.stdout, /No errors found \(--quiet hid 2 warnings\)\./);
  });

  // Regression: a pjsip.conf named on the command line was read as a sip.conf: chan_sip errors on every object.
  it('a pjsip.conf given by name is checked as pjsip.conf, never as sip.conf', () => {
    const pjsip = path.join(folder, 'pj');
    mkdirSync(pjsip);
    writeFileSync(path.join(pjsip, 'pjsip.conf'), '[transport-udp]\ntype=transport\nprotocol=udp\nbind=0.0.0.0\n\n[6001]\ntype=endpoint\naors=6001\n\n[6001]\ntype=aor\nmax_contacts=1\n');
    writeFileSync(path.join(pjsip, 'pjsip_trunks.conf'), '[trunk]\ntype=registration\n');
    const alone = run(['check', 'pj/pjsip.conf', 'pj/pjsip_trunks.conf', '--format', 'json'], folder);
    assert.equal(alone.status, 1, alone.stderr);
    assert.equal(alone.stderr, '');
    const files = JSON.parse(alone.stdout) as { filePath: string; messages: { ruleId: string }[] }[];
    assert.deepEqual(
      files.map((file) => [path.basename(file.filePath), file.messages.map((m) => m.ruleId)]),
      [
        ['pjsip.conf', []],
        ['pjsip_trunks.conf', ['pjsip-registration-without-uri']],
      ],
    );
  });

  // Regression: explain described every endpoint of a file Asterisk refuses as if it worked.
  it('explain leads with the refusal when Asterisk refuses the whole file, and lists no endpoint', () => {
    mkdirSync(path.join(folder, 'refused'));
    writeFileSync(path.join(folder, 'refused', 'sip.conf'), `bindport=5060\n[general]\ncontext=public\n[alice](nope)\ntype=friend\nhost=dynamic\nsecret=${SECRET}\n#include missing.conf\n`);
    const check = run(['check', 'refused', '--format', 'json'], folder);
    const refusing = (JSON.parse(check.stdout) as { messages: { ruleId: string; line: number }[] }[])[0].messages.filter((m) => ['key-before-section', 'unknown-template', 'include-problem'].includes(m.ruleId));
    assert.deepEqual(refusing.map((m) => [m.ruleId, m.line]), [['key-before-section', 1], ['unknown-template', 4], ['include-problem', 8]]);
    const result = run(['explain', 'refused/sip.conf'], folder);
    assert.equal(result.status, 0, result.stderr);
    const lines = result.stdout.split('\n');
    assert.match(lines[2] ?? '', /^Asterisk refuses this whole file: it loads none of its endpoints/);
    for (const { ruleId, line } of refusing) assert.match(result.stdout, new RegExp(`line ${line}: .*\\(${ruleId}\\)`));
    assert.doesNotMatch(result.stdout, /⇄ both|must REGISTER|\[alice\]/);
    assert.ok(!result.stdout.includes(SECRET));
  });

  // Regression: a register line outside [general] was listed as a registration Asterisk makes.
  it('explain shows a register line outside [general] as ignored', () => {
    mkdirSync(path.join(folder, 'registers'));
    writeFileSync(
      path.join(folder, 'registers', 'sip.conf'),
      `[general]\ncontext=public\nallowguest=no\nregister => 1001:${SECRET}@good.example.com\n\n[alice]\ntype=friend\nhost=dynamic\nsecret=${SECRET}\ncontext=public\nregister => 2002:${SECRET}@ignored.example.com\n`,
    );
    const result = run(['explain', 'registers/sip.conf'], folder);
    assert.equal(result.status, 0, result.stderr);
    const [active, ignored] = result.stdout.split('Register lines Asterisk ignores');
    assert.match(active ?? '', /Register statements \(we sign in to a remote server\):\n {2}line 4: .*good\.example\.com/);
    assert.doesNotMatch(active ?? '', /ignored\.example\.com/);
    assert.match(ignored ?? '', /\n {2}line 11: in \[alice\]/);
    assert.ok(!result.stdout.includes(SECRET));
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

