import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { isSystemPath, notConfigReason } from '../../../server/src/node/configContent';

const SAMPLES = path.resolve(__dirname, '../../../../../shared/reference/asterisk-samples');

describe('notConfigReason (issue #19: what an #include may name)', () => {
  it('every Asterisk sample config is a config', () => {
    const samples = fs.readdirSync(SAMPLES).filter((name) => name.endsWith('.sample'));
    assert.ok(samples.length >= 4, `samples found: ${samples.join(', ')}`);
    for (const name of samples) assert.equal(notConfigReason(fs.readFileSync(path.join(SAMPLES, name), 'utf8')), undefined, name);
  });

  it('an empty file, comments only, a block comment of prose, and the usual shapes are configs', () => {
    for (const text of ['', '\n\n', '; only a comment\n', ';--\nProse about the phones.\nMore prose.\n--;\n[a]\nx=1\n', '[a]\n', 'exten => 1,1,Answer()\nsame => n,Hangup()\n', '#include other.conf\n', 'callerid="Jörg" <100>\n']) {
      assert.equal(notConfigReason(text), undefined, JSON.stringify(text));
    }
  });

  it('binary, keys and text without config structure are not', () => {
    assert.equal(notConfigReason('HOME=/root\u0000TOKEN=abc\u0000'), 'binary content (NUL bytes)');
    assert.equal(notConfigReason('\u0001\u0002\u0003\u0004[a]\nx=1\n\u0005'), 'binary content');
    assert.equal(notConfigReason('[a]\nx=1\n-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAA\n-----END OPENSSH PRIVATE KEY-----\n'), 'a key or certificate');
    assert.equal(notConfigReason('-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n'), 'a key or certificate');
    assert.equal(notConfigReason('ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI me@host\n'), 'a key or certificate');
    assert.equal(notConfigReason('root:x:0:0:root:/root:/bin/bash\nbin:x:1:1::/:/usr/bin/nologin\n'), 'no [section] or key=value structure');
  });

  it('a reason never quotes the text', () => {
    const text = 'x73OyQ SECRETLINE\nanother SECRETLINE\n';
    assert.ok(!notConfigReason(text)?.includes('SECRETLINE'));
  });
});

describe('isSystemPath', () => {
  it('is true inside /proc, /sys and /dev only', () => {
    for (const filePath of ['/proc/self/environ', '/proc', '/sys/class/net', '/dev/zero']) assert.equal(isSystemPath(filePath), true, filePath);
    for (const filePath of ['/etc/asterisk/sip.conf', '/procedures/sip.conf', '/home/dev/sip.conf', 'proc/x']) assert.equal(isSystemPath(filePath), false, filePath);
  });
});
