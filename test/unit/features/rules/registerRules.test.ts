import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { only, rangesOf } from './diagnose';

const PROVIDER = '[prov]\ntype=peer\nhost=sip.example.net\n';

describe('registerRules', () => {
  describe('register-outside-general', () => {
    it('flags the key of a register line in a device section', () => {
      const diagnostic = only('register-outside-general', `${PROVIDER}register => me:Xk9-Long-Pass@sip.example.net\n`);
      assert.deepEqual(diagnostic.range, { start: { line: 3, character: 0 }, end: { line: 3, character: 8 } });
    });
    it('accepts it in [general]', () => {
      assert.deepEqual(rangesOf('register-outside-general', `[general]\nregister => me:Xk9-Long-Pass@sip.example.net\n${PROVIDER}`), []);
    });
  });

  describe('register-malformed', () => {
    it('one diagnostic per problem, on the failing part, with the problem code', () => {
      const diagnostic = only('register-malformed', '[general]\nregister => me@\n');
      assert.deepEqual(diagnostic.data, { problem: 'register-empty-host' });
      assert.equal(diagnostic.range.start.line, 1);
      assert.ok(diagnostic.range.start.character >= 12);
    });
    it('accepts a well-formed statement', () => {
      assert.deepEqual(rangesOf('register-malformed', `[general]\nregister => tls://me:Xk9-Long-Pass@sip.example.net:5061/100~300\n${PROVIDER}`), []);
    });
  });

  describe('register-duplicate', () => {
    it('flags the second identical statement', () => {
      const line = 'register => me:Xk9-Long-Pass@sip.example.net';
      const diagnostic = only('register-duplicate', `[general]\n${line}\n${line}\n${PROVIDER}`);
      assert.deepEqual(diagnostic.range, { start: { line: 2, character: 12 }, end: { line: 2, character: 44 } });
      assert.equal((diagnostic.data as { firstLine: number }).firstLine, 1);
    });
    it('different accounts are not duplicates', () => {
      assert.deepEqual(rangesOf('register-duplicate', `[general]\nregister => me:Xk9-Long-Pass@sip.example.net\nregister => you:Xk9-Long-Pass@sip.example.net\n${PROVIDER}`), []);
    });
  });

  describe('register-iax-sip-syntax', () => {
    it('flags a transport prefix in iax.conf', () => {
      assert.deepEqual(rangesOf('register-iax-sip-syntax', '[general]\nregister => tcp://me@host.example.org\n', { dialect: 'iax' }).length, 1);
    });
    it('accepts user:secret@host:port', () => {
      assert.deepEqual(rangesOf('register-iax-sip-syntax', '[general]\nregister => me:Xk9-Long-Pass@host.example.org:4569\n', { dialect: 'iax' }), []);
    });
  });

  describe('register-no-peer', () => {
    it('informs on the host part when no peer has that host', () => {
      const diagnostic = only('register-no-peer', '[general]\nregister => me:Xk9-Long-Pass@sip.example.net\n');
      assert.equal(diagnostic.severity, 3);
      assert.deepEqual(diagnostic.range, { start: { line: 1, character: 29 }, end: { line: 1, character: 44 } });
    });
    it('accepts a peer with the same host', () => {
      assert.deepEqual(rangesOf('register-no-peer', `[general]\nregister => me:Xk9-Long-Pass@SIP.example.net\n${PROVIDER}`), []);
    });
  });
});
