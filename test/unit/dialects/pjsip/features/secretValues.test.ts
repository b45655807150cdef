import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { isPjsipSecretKey, pjsipDisplayValue } from '../../../../../server/src/service/dialects/pjsip/features/secretValues';
import { SECRET_MASK } from '../../../../../server/src/service/features/secretMask';

describe('pjsip secret values', () => {
  it('the catalog\'s secrets are masked, other options shown', () => {
    for (const name of ['password', 'md5_cred', 'password_digest', 'oauth_secret', 'refresh_token']) assert.equal(pjsipDisplayValue('auth', name, 'x1'), SECRET_MASK, name);
    assert.equal(pjsipDisplayValue('transport', 'password', 'x1'), SECRET_MASK);
    assert.equal(pjsipDisplayValue('auth', 'username', 'alice'), 'alice');
    assert.equal(pjsipDisplayValue('endpoint', 'context', 'internal'), 'internal');
  });

  it('chan_sip secrets and typos of a secret are masked; revealSecrets shows them', () => {
    assert.ok(isPjsipSecretKey('endpoint', 'secret'));
    assert.ok(isPjsipSecretKey('auth', 'pasword'));
    assert.ok(isPjsipSecretKey(undefined, 'password'));
    assert.equal(pjsipDisplayValue('auth', 'pasword', 'x1', true), 'x1');
    assert.equal(pjsipDisplayValue('auth', 'password', ''), '');
  });
});
