import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { messageOf, only, rangesOf } from './diagnose';

describe('typeRules', () => {
  describe('missing-type', () => {
    it('flags a device section with no type on its name, saying Asterisk ignores it', () => {
      const diagnostic = only('missing-type', '[general]\n[alice]\nhost=dynamic\nsecret=Xk9-Long-Pass\n');
      assert.deepEqual(diagnostic.range, { start: { line: 1, character: 1 }, end: { line: 1, character: 6 } });
      assert.equal(diagnostic.severity, 1);
      assert.match(messageOf(diagnostic), /lacks type/);
    });
    it('accepts a type inherited from a template', () => {
      assert.deepEqual(rangesOf('missing-type', '[phone](!)\ntype=friend\nhost=dynamic\nsecret=Xk9-Long-Pass\ncontext=a\n[alice](phone)\n'), []);
    });
    it('does not ask [general], [authentication] or templates for a type', () => {
      assert.deepEqual(rangesOf('missing-type', '[general]\n[authentication]\n[tpl](!)\ncontext=a\n'), []);
    });
  });

  describe('unknown-type', () => {
    it('points at the type value', () => {
      const diagnostic = only('unknown-type', '[alice]\ntype=phone\n');
      assert.deepEqual(diagnostic.range, { start: { line: 1, character: 5 }, end: { line: 1, character: 10 } });
      assert.deepEqual(diagnostic.data, { value: 'phone', expected: ['user', 'peer', 'friend'] });
    });
    it('accepts user, peer and friend in any case', () => {
      assert.deepEqual(rangesOf('unknown-type', '[a]\ntype=User\ncontext=x\n[b]\ntype=PEER\nhost=h\n'), []);
    });
  });

  describe('type-narrowing', () => {
    const text = '[phone](!)\ntype=friend\n[alice](phone)\ntype=peer\nhost=h\ncontext=x\n';
    it('sip: the child cannot narrow a friend template, the result stays friend', () => {
      const diagnostic = only('type-narrowing', text);
      assert.deepEqual(diagnostic.range, { start: { line: 3, character: 5 }, end: { line: 3, character: 9 } });
      assert.deepEqual(diagnostic.data, { templateType: 'friend', result: 'friend' });
    });
    it('sip: repeating the template type is fine', () => {
      assert.deepEqual(rangesOf('type-narrowing', text.replace('type=peer', 'type=friend')), []);
    });
    it('iax before 23: the first (template) type wins', () => {
      assert.deepEqual(rangesOf('type-narrowing', text, { dialect: 'iax' }), [[3, 5, 9]]);
    });
    it('iax on 23+: the last type wins, so narrowing works', () => {
      assert.deepEqual(rangesOf('type-narrowing', text, { dialect: 'iax', settings: { asteriskVersion: 23 } }), []);
    });
  });

  describe('duplicate-section', () => {
    it('flags the second header and says where the first is', () => {
      const diagnostic = only('duplicate-section', '[bob]\ntype=friend\n[bob]\ncontext=x\n');
      assert.deepEqual(diagnostic.range, { start: { line: 2, character: 1 }, end: { line: 2, character: 4 } });
      assert.equal((diagnostic.data as { firstLine: number }).firstLine, 0);
    });
    it('says a second definition without a type is skipped: missing-type on it (regression: said it was merged)', () => {
      const text = '[bob]\ntype=friend\n[bob]\ncontext=x\n';
      assert.deepEqual(rangesOf('missing-type', text), [[2, 1, 4]]);
      assert.match(String(only('missing-type', text).message), /logs "Section 'bob' lacks type" and skips it/);
      assert.match(String(only('duplicate-section', text).message), /without one it is skipped/);
    });
    it('points unknown-type at the type of a second definition', () => {
      assert.deepEqual(rangesOf('unknown-type', '[bob]\ntype=friend\n[bob]\ntype=freind\n'), [[3, 5, 11]]);
    });
    it('accepts an explicit (+) addition', () => {
      assert.deepEqual(rangesOf('duplicate-section', '[bob]\ntype=friend\n[bob](+)\ncontext=x\n'), []);
    });
    // Regression: said chan_iax2 merges a peer definition into an earlier user one; it builds them apart
    // (Asterisk 20, oracle fixtures claim-s16-iax-user-then-peer / -friend-then-peer).
    it('says chan_iax2 keeps users and peers apart, and chan_sip merges', () => {
      const text = '[usr]\ntype=user\nsecret=Uu1i-Oo2p\ncontext=a\n[usr]\ntype=peer\nhost=dynamic\n';
      assert.match(String(only('duplicate-section', text, { dialect: 'iax' }).message), /users and peers are separate objects/);
      assert.match(String(only('duplicate-section', text).message), /applied on top of the first one/);
      // …and the iax peer, which has no secret of its own, is open to anyone's REGISTER.
      assert.deepEqual(rangesOf('dynamic-without-secret', text, { dialect: 'iax' }), [[0, 1, 4]]);
      // The user side has its own secret: the registrant cannot call in with it.
      assert.doesNotMatch(String(only('dynamic-without-secret', text, { dialect: 'iax' }).message), /also a user/);
      assert.match(String(only('dynamic-without-secret', '[f]\ntype=friend\nhost=dynamic\ncontext=a\n', { dialect: 'iax' }).message), /also a user/);
      assert.deepEqual(rangesOf('dynamic-without-secret', text), []);
    });
  });

  describe('chan-sip-removed', () => {
    it('informs on [general] when the target version has no chan_sip', () => {
      const diagnostic = only('chan-sip-removed', '[general]\ncontext=x\n', { settings: { asteriskVersion: 21 } });
      assert.equal(diagnostic.severity, 3);
      assert.deepEqual(diagnostic.range.start, { line: 0, character: 1 });
    });
    it('says nothing for Asterisk 20 (the default) or for iax.conf', () => {
      assert.deepEqual(rangesOf('chan-sip-removed', '[general]\n'), []);
      assert.deepEqual(rangesOf('chan-sip-removed', '[general]\n', { dialect: 'iax', settings: { asteriskVersion: 22 } }), []);
    });
  });
});
