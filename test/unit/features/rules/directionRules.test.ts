import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { messageOf, only, rangesOf } from './diagnose';

const SECRET = 'secret=Xk9-Long-Pass';

describe('directionRules', () => {
  describe('user-without-context', () => {
    it("flags a user with no context anywhere: its calls enter 'default'", () => {
      const diagnostic = only('user-without-context', `[general]\n[alice]\ntype=user\n${SECRET}\n`);
      assert.deepEqual(diagnostic.range, { start: { line: 1, character: 1 }, end: { line: 1, character: 6 } });
      assert.match(messageOf(diagnostic), /alice is a user \(it calls us\)/);
      assert.match(messageOf(diagnostic), /'default'/);
    });
    it('accepts a context from [general] in sip, or from a template', () => {
      assert.deepEqual(rangesOf('user-without-context', `[general]\ncontext=guests\n[alice]\ntype=user\n${SECRET}\n`), []);
      assert.deepEqual(rangesOf('user-without-context', `[t](!)\ncontext=office\n[alice](t)\ntype=user\n${SECRET}\n`), []);
    });
    it('regression: a context written only in [general](+) counts (Asterisk 20 gives the device that context)', () => {
      assert.deepEqual(rangesOf('user-without-context', `[general]\n[alice]\ntype=user\n${SECRET}\n[general](+)\ncontext=office\n`), []);
    });
    it('iax: a context in [general] does not count (chan_iax2 does not read it there)', () => {
      assert.deepEqual(rangesOf('user-without-context', `[general]\ncontext=guests\n[alice]\ntype=user\n${SECRET}\n`, { dialect: 'iax' }), [[2, 1, 6]]);
    });
    it('iax: the message says why [general]\'s context (also in [general](+)) did not count', () => {
      for (const text of [`[general]\ncontext=guests\n[alice]\ntype=user\n${SECRET}\n`, `[general]\n[alice]\ntype=user\n${SECRET}\n[general](+)\ncontext=guests\n`]) {
        assert.match(messageOf(only('user-without-context', text, { dialect: 'iax' })), /the context in \[general\] is not read by chan_iax2/);
      }
    });
    it('a peer needs no context', () => {
      assert.deepEqual(rangesOf('user-without-context', '[prov]\ntype=peer\nhost=sip.example.net\n'), []);
    });
  });

  describe('unknown-context', () => {
    const dialplan = '[from-office]\nexten => 1,1,Answer()\n';
    it('flags a context extensions.conf does not define, on the value', () => {
      const diagnostic = only('unknown-context', `[alice]\ntype=user\n${SECRET}\ncontext=from-ofice\n`, { dialplan });
      assert.deepEqual(diagnostic.range, { start: { line: 3, character: 8 }, end: { line: 3, character: 18 } });
      assert.deepEqual(diagnostic.data, { context: 'from-ofice' });
    });
    it('accepts a defined context (case-insensitively) and says nothing without extensions.conf', () => {
      assert.deepEqual(rangesOf('unknown-context', `[alice]\ntype=user\n${SECRET}\ncontext=From-Office\n`, { dialplan }), []);
      assert.deepEqual(rangesOf('unknown-context', `[alice]\ntype=user\n${SECRET}\ncontext=nowhere\n`), []);
    });
  });

  describe('peer-without-host', () => {
    it('flags a peer with no host on its name', () => {
      assert.deepEqual(rangesOf('peer-without-host', '[prov]\ntype=peer\n'), [[0, 1, 5]]);
    });
    it('accepts a host from a template', () => {
      assert.deepEqual(rangesOf('peer-without-host', '[t](!)\nhost=sip.example.net\n[prov](t)\ntype=peer\n'), []);
    });
  });

  describe('dynamic-without-secret', () => {
    it('flags host=dynamic without secret or md5secret', () => {
      const diagnostic = only('dynamic-without-secret', '[phone]\ntype=friend\nhost=dynamic\ncontext=office\n');
      assert.deepEqual(diagnostic.range, { start: { line: 0, character: 1 }, end: { line: 0, character: 6 } });
      assert.match(messageOf(diagnostic), /anyone who can reach us can register as phone/);
    });
    it('accepts md5secret (sip) and inkeys (iax)', () => {
      assert.deepEqual(rangesOf('dynamic-without-secret', '[phone]\ntype=peer\nhost=dynamic\nmd5secret=0123456789abcdef0123456789abcdef\n'), []);
      assert.deepEqual(rangesOf('dynamic-without-secret', '[phone]\ntype=peer\nhost=dynamic\ninkeys=branch\n', { dialect: 'iax' }), []);
    });
  });

  describe('wrong-direction-option', () => {
    it('sip: a peer-only option on a type=user, on the key', () => {
      const diagnostic = only('wrong-direction-option', `[alice]\ntype=user\n${SECRET}\ncontext=x\nhost=10.0.0.5\n`);
      assert.deepEqual(diagnostic.range, { start: { line: 4, character: 0 }, end: { line: 4, character: 4 } });
      assert.deepEqual(diagnostic.data, { belongsTo: 'peer' });
    });
    it('sip: the same option on a friend is fine', () => {
      assert.deepEqual(rangesOf('wrong-direction-option', `[alice]\ntype=friend\n${SECRET}\ncontext=x\nhost=10.0.0.5\n`), []);
    });
    it('iax: a user-only option on a peer', () => {
      const diagnostic = only('wrong-direction-option', '[out]\ntype=peer\nhost=h.example.org\nsetvar=A=1\n', { dialect: 'iax' });
      assert.deepEqual(diagnostic.data, { belongsTo: 'user' });
      assert.deepEqual(diagnostic.range.start, { line: 3, character: 0 });
    });
    it('iax: a user-only option on a user is fine', () => {
      assert.deepEqual(rangesOf('wrong-direction-option', `[in]\ntype=user\n${SECRET}\ncontext=x\nsetvar=A=1\n`, { dialect: 'iax' }), []);
    });
  });
});
