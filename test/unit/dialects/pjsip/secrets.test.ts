import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { pjsipSecrets } from '../../../../server/src/service/dialects/pjsip/secrets';
import { pjsipCore } from '../../../../server/src/service/dialects/pjsip/core';
import { pjsipOptions } from '../../../../server/src/service/dialects/pjsip/options';
import { CHANNEL_SECRETS } from '../../../../server/src/service/dialects/secrets';

describe('pjsip secrets', () => {
  it("are the pjsip core's", () => {
    assert.equal(pjsipCore.secrets, pjsipSecrets);
  });

  it("hold every secret option of the catalog, once, and chan_sip's written in pjsip.conf", () => {
    for (const option of pjsipOptions.filter((entry) => entry.secret)) assert.ok(pjsipSecrets.options.includes(option.name), option.name);
    for (const name of ['password', 'md5_cred', ...CHANNEL_SECRETS.options]) assert.ok(pjsipSecrets.options.includes(name), name);
    assert.equal(new Set(pjsipSecrets.options).size, pjsipSecrets.options.length);
    assert.ok(!pjsipSecrets.options.includes('username'));
  });

  it('auth= names auth objects', () => {
    assert.equal(pjsipSecrets.authNamesObjects, true);
  });
});
