import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { LANGUAGE_IDS, dialectClaimingFileName, dialectOfDocument, dialectOfFileName, dialectOfLanguage, isNamedDialect, namedDialects } from '../../server/src/service/dialect';

describe('dialect', () => {
  it('has exactly the four language ids of package.json', () => {
    assert.deepEqual(LANGUAGE_IDS, ['asterisk-sip', 'asterisk-iax', 'asterisk-pjsip', 'asterisk']);
  });

  describe('dialectOfLanguage', () => {
    it('maps each language id to its option catalog', () => {
      assert.equal(dialectOfLanguage('asterisk-sip'), 'sip');
      assert.equal(dialectOfLanguage('asterisk-iax'), 'iax');
      assert.equal(dialectOfLanguage('asterisk-pjsip'), 'pjsip');
      assert.equal(dialectOfLanguage('asterisk'), 'generic');
    });

    it('treats any other id as generic, case-sensitively', () => {
      assert.equal(dialectOfLanguage('ini'), 'generic');
      assert.equal(dialectOfLanguage('Asterisk-SIP'), 'generic');
      assert.equal(dialectOfLanguage(''), 'generic');
    });
  });

  describe('dialectOfFileName', () => {
    it('recognises sip.conf and iax.conf and their _ / - variants', () => {
      assert.equal(dialectOfFileName('sip.conf'), 'sip');
      assert.equal(dialectOfFileName('sip_peers.conf'), 'sip');
      assert.equal(dialectOfFileName('sip-trunks.conf'), 'sip');
      assert.equal(dialectOfFileName('iax.conf'), 'iax');
      assert.equal(dialectOfFileName('iax_custom.conf'), 'iax');
      assert.equal(dialectOfFileName('iax-users.conf'), 'iax');
      assert.equal(dialectOfFileName('pjsip.conf'), 'pjsip');
      assert.equal(dialectOfFileName('pjsip_custom.conf'), 'pjsip');
      assert.equal(dialectOfFileName('pjsip.endpoint.conf'), 'pjsip');
      assert.equal(dialectOfFileName('/etc/asterisk/PJSIP.Transports.conf'), 'pjsip');
    });

    it('ignores the folder and the case of the name', () => {
      assert.equal(dialectOfFileName('/etc/asterisk/SIP.CONF'), 'sip');
      assert.equal(dialectOfFileName('C:\\pbx\\conf\\Iax_Peers.conf'), 'iax');
      assert.equal(dialectOfFileName('/etc/sip.conf.d/extensions.conf'), 'generic');
    });

    it('leaves everything else generic', () => {
      for (const name of ['extensions.conf', 'pjsipx.conf', 'pjsip-custom.conf', 'pjsip.conf.sample', 'sipx.conf', 'iax2.conf', 'sip.conf.bak', 'mysip.conf', 'sip.cfg', '']) {
        assert.equal(dialectOfFileName(name), 'generic', name);
      }
    });
  });

  describe('named dialects (--dialect) and the dialect of a document', () => {
    it('names the dialects of particular files, in the order of the cores', () => {
      assert.deepEqual(namedDialects(), ['sip', 'iax', 'pjsip']);
      assert.ok(isNamedDialect('iax'));
      assert.ok(!isNamedDialect('generic'));
      assert.ok(!isNamedDialect('SIP'));
    });

    it('claims a file name only for a dialect of particular files', () => {
      assert.equal(dialectClaimingFileName('/etc/asterisk/sip_peers.conf'), 'sip');
      assert.equal(dialectClaimingFileName('extensions.conf'), undefined);
    });

    it("reads a document in its language's dialect, and a plain `asterisk` one by its file name", () => {
      assert.equal(dialectOfDocument('iax', 'file:///etc/asterisk/sip.conf'), 'iax');
      assert.equal(dialectOfDocument('generic', 'file:///etc/asterisk/pjsip.endpoint.conf'), 'pjsip');
      assert.equal(dialectOfDocument('generic', 'file:///etc/asterisk/extensions.conf'), 'generic');
    });
  });
});
