import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { isAclEntry } from '../../../../server/src/service/features/rules/valueRules';
import { messageOf, only, rangesOf } from './diagnose';

const ALICE = '[alice]\ntype=friend\nhost=dynamic\nsecret=Xk9-Long-Pass\ncontext=office\n';
const line = (text: string): string => `${ALICE}${text}\n`;

describe('valueRules', () => {
  describe('invalid-value', () => {
    it('enumerations: the value, with the expected keywords', () => {
      const diagnostic = only('invalid-value', line('dtmfmode=rfc2883'));
      assert.deepEqual(diagnostic.range, { start: { line: 5, character: 9 }, end: { line: 5, character: 16 } });
      assert.deepEqual(diagnostic.data, { expected: ['rfc2833', 'inband', 'info', 'shortinfo', 'auto'] });
    });
    it('enumerations with <int> patterns accept any integer', () => {
      assert.deepEqual(rangesOf('invalid-value', line('qualify=2500')), []);
      assert.deepEqual(rangesOf('invalid-value', line('t38pt_udptl=yes,fec,maxdatagram=400')), []);
      assert.deepEqual(rangesOf('invalid-value', line('qualify=often')), [[5, 8, 13]]);
    });
    it('lists: each bad item is pointed at', () => {
      assert.deepEqual(rangesOf('invalid-value', line('nat=force_rport,comdia')), [[5, 16, 22]]);
      assert.deepEqual(rangesOf('invalid-value', line('transport=udp,tcp,tls')), []);
    });
    it('numbers and ranges', () => {
      assert.deepEqual(rangesOf('invalid-value', line('rtptimeout=sixty')), [[5, 11, 16]]);
      assert.deepEqual(rangesOf('invalid-value', line('maxforwards=300')), [[5, 12, 15]]);
      assert.deepEqual(rangesOf('invalid-value', line('maxforwards=70')), []);
    });
    it('iax yes/no text options accept yes, no and numbers', () => {
      const peer = '[p]\ntype=peer\nhost=h.example.org\n';
      assert.deepEqual(rangesOf('invalid-value', `${peer}qualify=1500\n`, { dialect: 'iax' }), []);
      assert.deepEqual(rangesOf('invalid-value', `${peer}qualify=sometimes\n`, { dialect: 'iax' }), [[3, 8, 17]]);
    });
  });

  describe('silent-false', () => {
    it('a word that is neither yes nor no reads as no', () => {
      const diagnostic = only('silent-false', line('trustrpid=yess'));
      assert.deepEqual(diagnostic.range, { start: { line: 5, character: 10 }, end: { line: 5, character: 14 } });
    });
    it('accepts every ast_true / ast_false word', () => {
      for (const word of ['yes', 'no', 'On', 'off', '1', '0', 'y', 'n', 't', 'f', 'true', 'FALSE']) {
        assert.deepEqual(rangesOf('silent-false', line(`trustrpid=${word}`)), [], word);
      }
    });
  });

  describe('unknown-codec', () => {
    it("flags g723.1 and suggests 'g723'", () => {
      const diagnostic = only('unknown-codec', line('allow=ulaw,g723.1'));
      assert.deepEqual(diagnostic.range, { start: { line: 5, character: 11 }, end: { line: 5, character: 17 } });
      assert.deepEqual(diagnostic.data, { codec: 'g723.1', replacement: 'g723' });
    });
    it('accepts all, !negation, | separators and :packetization', () => {
      assert.deepEqual(rangesOf('unknown-codec', line('disallow=all\nallow=!all,ulaw:20|alaw|g722')), []);
    });
  });

  describe('invalid-value for ports', () => {
    it('iax bindport below 1024 is flagged: chan_iax2 silently uses 4569 instead (issue #15 B3)', () => {
      assert.deepEqual(rangesOf('invalid-value', '[general]\nbindport=80\n', { dialect: 'iax' }), [[1, 9, 11]]);
      assert.deepEqual(rangesOf('invalid-value', '[general]\nbindport=4570\n', { dialect: 'iax' }), []);
      assert.deepEqual(rangesOf('invalid-value', '[general]\nbindport=80\n'), []);
    });
  });

  // Regression: trunkmtu 1-171 was taken as valid (the catalog said 0-3999); Asterisk 20 logs NOTICE
  // "trunkmtu value out of bounds" for 100 and 171 and keeps the old MTU (oracle fixture claim-s16-iax-trunkmtu).
  describe('invalid-value for a number with a value allowed outside its range', () => {
    it('iax trunkmtu takes 0 or 172 to 3999', () => {
      for (const ok of ['0', '172', '1240', '3999']) assert.deepEqual(rangesOf('invalid-value', `[general]\ntrunkmtu=${ok}\n`, { dialect: 'iax' }), [], ok);
      for (const bad of ['1', '100', '171', '4000']) assert.deepEqual(rangesOf('invalid-value', `[general]\ntrunkmtu=${bad}\n`, { dialect: 'iax' }), [[1, 9, 9 + bad.length]], bad);
      const message = messageOf(only('invalid-value', '[general]\ntrunkmtu=171\n', { dialect: 'iax' }));
      assert.match(message, /0, or from 172 to 3999/);
      assert.match(message, /trunkmtu value out of bounds \(171\) at line 2/);
    });
  });

  describe('bad-acl', () => {
    it('flags an entry that is not address[/mask]', () => {
      assert.deepEqual(rangesOf('bad-acl', line('permit=10.0.0.0/33,192.168.1.0/24')), [[5, 7, 18]]);
    });
    it('accepts CIDR, dotted masks, ! and IPv6', () => {
      assert.ok(isAclEntry('192.168.0.0/255.255.0.0'));
      assert.ok(isAclEntry('!10.0.0.1'));
      assert.ok(isAclEntry('2001:db8::/32'));
      assert.ok(!isAclEntry('lan'));
      assert.deepEqual(rangesOf('bad-acl', line('deny=0.0.0.0/0.0.0.0\npermit=10.0.0.0/8')), []);
    });
    it('a space after a comma is a bad entry: acl.c does not trim (issue #15 B3, confirmed by Asterisk 20)', () => {
      const diagnostic = only('bad-acl', line('permit=10.0.0.0/8, 192.168.0.0/16'));
      assert.deepEqual(diagnostic.range, { start: { line: 5, character: 18 }, end: { line: 5, character: 33 } });
      assert.deepEqual(diagnostic.data, { entry: ' 192.168.0.0/16', fixedValue: '10.0.0.0/8,192.168.0.0/16' });
    });
    it('stops at the first bad entry of a line, as acl.c does', () => {
      assert.deepEqual(rangesOf('bad-acl', line('permit=lan,wan,10.0.0.0/8')), [[5, 7, 10]]);
    });
    it('names the acl.c log line for each kind of failure', () => {
      const logged = (value: string) => messageOf(only('bad-acl', line(`permit=${value}`)));
      assert.match(logged('office.example.com'), /"Invalid IP address: office\.example\.com"/);
      assert.match(logged('10.0.0.0/33'), /"Invalid CIDR netmask: 33"/);
      assert.match(logged('10.0.0.0/255.255.0.300'), /"Invalid netmask: 255\.255\.0\.300"/);
      assert.match(logged('10.0.0.0/ffff::'), /"Address and mask are not using same address scheme\."/);
    });
    it('chan_sip deletes the device; chan_iax2 keeps it; a bad calltokenoptional stops chan_iax2 (issue #15 B3)', () => {
      assert.match(messageOf(only('bad-acl', line('permit=lan'))), /Deleting peer/);
      const iaxUser = messageOf(only('bad-acl', '[u]\ntype=user\ncontext=office\npermit=lan\n', { dialect: 'iax' }));
      assert.doesNotMatch(iaxUser, /Deleting peer/);
      assert.match(iaxUser, /keeps the device/);
      assert.match(messageOf(only('bad-acl', '[general]\ncalltokenoptional=lan\n', { dialect: 'iax' })), /declines to load/);
    });
  });

  describe('deprecated-value', () => {
    it('nat=yes and insecure=very carry their replacement', () => {
      assert.deepEqual(only('deprecated-value', line('nat=yes')).data, { replacement: 'force_rport,comedia' });
      assert.deepEqual(only('deprecated-value', '[prov]\ntype=peer\nhost=h.example.net\ninsecure=very\n').data, { replacement: 'port,invite' });
      assert.deepEqual(only('deprecated-value', '[general]\nauth=plaintext\n', { dialect: 'iax' }).data, { replacement: 'md5' });
    });
    it('accepts the current values', () => {
      assert.deepEqual(rangesOf('deprecated-value', line('nat=force_rport,comedia')), []);
    });
  });

  describe('iax-encryption-no', () => {
    const user = '[b]\ntype=user\nsecret=Xk9-Long-Pass\ncontext=x\nencryption=no\n';
    it('encryption=no cannot undo encryption=yes in [general]', () => {
      assert.deepEqual(rangesOf('iax-encryption-no', `[general]\nencryption=yes\n${user}`, { dialect: 'iax' }), [[6, 11, 13]]);
    });
    it('regression: encryption=yes in [general](+) counts too (Asterisk 20 still encrypts the device)', () => {
      assert.deepEqual(rangesOf('iax-encryption-no', `[general]\n${user}[general](+)\nencryption=yes\n`, { dialect: 'iax' }), [[5, 11, 13]]);
    });
    it('is harmless when [general] does not enable it', () => {
      assert.deepEqual(rangesOf('iax-encryption-no', `[general]\n${user}`, { dialect: 'iax' }), []);
    });
  });
});
