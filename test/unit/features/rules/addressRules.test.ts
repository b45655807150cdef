import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { isNumericAddress } from '../../../../server/src/service/features/rules/addressRules';
import { only, rangesOf } from './diagnose';

describe('addressRules (issue #15 B4)', () => {
  describe('isNumericAddress', () => {
    it('accepts what ast_sockaddr_parse accepts without a lookup', () => {
      for (const text of ['0.0.0.0', '192.0.2.10', '192.0.2.10:5060', '[::]', '[2001:db8::1]:5061', '::', '2001:db8::1', '::ffff:192.0.2.1']) {
        assert.equal(isNumericAddress(text), true, text);
      }
    });
    it('refuses host names, bad octets, bad ports and unbracketed IPv6 with a port', () => {
      for (const text of ['pbx.example.com', 'localhost', '198.51.100.300', '192.0.2.10:70000', '192.0.2.10:sip', '[2001:db8::1', '1:2:3:4:5:6:7:8:9', '2001:db8:::1']) {
        assert.equal(isNumericAddress(text), false, text);
      }
    });
  });

  describe('address-not-numeric', () => {
    it('flags a host name in every sip address option, on the value', () => {
      const text = '[general]\nudpbindaddr=pbx.example.com\ntcpbindaddr=pbx.example.com:5060\ntlsbindaddr=pbx.example.com\nmedia_address=a.example.com\nrtpbindaddr=b.example.com\n';
      assert.deepEqual(rangesOf('address-not-numeric', text), [
        [1, 12, 27],
        [2, 12, 32],
        [3, 12, 27],
        [4, 14, 27],
        [5, 12, 25],
      ]);
    });
    it('offers externhost for a host name in externaddr (and in its old name externip)', () => {
      assert.deepEqual(only('address-not-numeric', '[general]\nexternaddr=gw.example.com\n').data, { renameTo: 'externhost' });
      assert.deepEqual(only('address-not-numeric', '[general]\nexternip=gw.example.com\n').data, { renameTo: 'externhost' });
    });
    it('a malformed number is flagged without the externhost offer', () => {
      assert.equal(only('address-not-numeric', '[general]\nexternaddr=198.51.100.300\n').data, undefined);
    });
    it('iax bindaddr takes numbers only too', () => {
      assert.deepEqual(rangesOf('address-not-numeric', '[general]\nbindaddr=iax.example.com\nbindaddr=0.0.0.0\n', { dialect: 'iax' }), [[1, 9, 24]]);
    });
    it('accepts numeric addresses, and names in externhost', () => {
      const text = '[general]\nbindaddr=0.0.0.0:5060\ntcpbindaddr=[::]\nexternaddr=203.0.113.5:5060\nexternhost=gw.example.com\n';
      assert.deepEqual(rangesOf('address-not-numeric', text), []);
    });
  });
});
