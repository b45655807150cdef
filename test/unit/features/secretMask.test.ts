import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { maskSecretsInValue, SECRET_MASK } from '../../../server/src/service/features/secretMask';

describe('secret masking', () => {
  it('whole-value secrets, whatever the case of the key; an empty secret stays empty', () => {
    for (const key of ['secret', 'MD5Secret', 'remotesecret', 'dbsecret']) assert.equal(maskSecretsInValue('sip', key, 'hunter2'), SECRET_MASK);
    assert.equal(maskSecretsInValue('sip', 'secret', ''), '');
  });

  it('other values are shown as they are', () => {
    assert.equal(maskSecretsInValue('sip', 'host', 'dynamic'), 'dynamic');
    assert.equal(maskSecretsInValue('iax', 'outkey', 'mykey'), 'mykey');
  });

  it('sip register: only the secret, quotes and all; rejected or over-long lines not at all', () => {
    assert.equal(maskSecretsInValue('sip', 'register', 'alice:pw:authuser@host/100'), `alice:${SECRET_MASK}:authuser@host/100`);
    assert.equal(maskSecretsInValue('sip', 'register', 'alice:"p:w"@host'), `alice:${SECRET_MASK}@host`);
    assert.equal(maskSecretsInValue('sip', 'register', 'alice@example.com:5061:pw:auth@host'), `alice@example.com:5061:${SECRET_MASK}:auth@host`);
    assert.equal(maskSecretsInValue('sip', 'register', 'alice@host'), 'alice@host');
    assert.equal(maskSecretsInValue('sip', 'register', 'alice:pw'), SECRET_MASK);
    assert.equal(maskSecretsInValue('sip', 'register', `alice:pw@${'h'.repeat(300)}`), SECRET_MASK);
  });

  it('iax register: after the first colon up to the first @; all of it when IAX drops text', () => {
    assert.equal(maskSecretsInValue('iax', 'register', 'trunk:pw@host:4569'), `trunk:${SECRET_MASK}@host:4569`);
    assert.equal(maskSecretsInValue('iax', 'register', 'trunk:p@w@host'), `trunk:${SECRET_MASK}`);
    assert.equal(maskSecretsInValue('iax', 'register', 'trunk:pw'), `trunk:${SECRET_MASK}`);
    assert.equal(maskSecretsInValue('iax', 'register', 'trunk@host'), 'trunk@host');
  });

  it('sip auth and mwi lines', () => {
    assert.equal(maskSecretsInValue('sip', 'auth', 'bob:pw@realm'), `bob:${SECRET_MASK}@realm`);
    assert.equal(maskSecretsInValue('sip', 'auth', 'bob#0123456789abcdef0123456789abcdef@realm'), `bob#${SECRET_MASK}@realm`);
    assert.equal(maskSecretsInValue('sip', 'auth', 'bob:pw'), SECRET_MASK);
    assert.equal(maskSecretsInValue('sip', 'mwi', 'bob:pw:authu@host/1234'), `bob:${SECRET_MASK}:authu@host/1234`);
    assert.equal(maskSecretsInValue('sip', 'mwi', 'bob@host:5060/1234'), 'bob@host:5060/1234');
  });
});
