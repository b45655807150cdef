import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { DIALECT_CORES, dialectClaiming, dialectCore, dialectOfBaseName, dialectOfLanguageId } from '../../../server/src/service/dialects/cores';
import { LANGUAGE_IDS } from '../../../server/src/service/dialect';

describe('dialect cores', () => {
  it('one core per language id, in package.json’s order', () => {
    assert.deepEqual(
      DIALECT_CORES.map((core) => core.languageId),
      LANGUAGE_IDS,
    );
    for (const core of DIALECT_CORES) {
      assert.equal(dialectCore(core.id), core);
      assert.equal(dialectOfLanguageId(core.languageId), core);
    }
  });

  it('claims pjsip.conf and its FreePBX split files for pjsip, folder and case ignored', () => {
    for (const name of ['pjsip.conf', 'pjsip_custom.conf', 'pjsip.endpoint.conf', 'pjsip.aor.conf', 'pjsip.auth.conf', 'pjsip.transports.conf', 'pjsip.registration.conf', 'pjsip.identify.conf', '/etc/asterisk/PJSIP.CONF']) {
      assert.equal(dialectOfBaseName(name).id, 'pjsip', name);
    }
    for (const name of ['pjsip_wizard.conf', 'pjsipx.conf', 'pjsip-custom.conf', 'pjsip.conf.bak', 'my-pjsip.conf']) {
      assert.equal(dialectOfBaseName(name).id, 'generic', name);
    }
  });

  it('dialectClaiming: the core that claims a name, none for any other .conf (which dialectOfBaseName reads as generic)', () => {
    assert.equal(dialectClaiming('/etc/asterisk/IAX.conf')?.id, 'iax');
    assert.equal(dialectClaiming('extensions.conf'), undefined);
    assert.equal(dialectOfBaseName('extensions.conf').id, 'generic');
  });

  it('only pjsip builds models of its own, and only sip and iax run the channel checks', () => {
    assert.deepEqual(
      DIALECT_CORES.filter((core) => core.buildModels).map((core) => core.id),
      ['pjsip'],
    );
    assert.deepEqual(dialectCore('pjsip').parseChecksOff, new Set(['duplicate-general']));
  });
});
