import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { LANGUAGE_IDS, dialectOfFileName, dialectOfLanguage } from '../../server/src/service/dialect';

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
});
