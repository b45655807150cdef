import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { displayPjsipValue, maskSecretsInText, maskUriPassword, maskSecretsInValue, SECRET_MASK } from '../../../server/src/service/features/secretMask';

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

  it('iax register: after the first colon up to the (last) @; what IAX drops hides nothing of the password', () => {
    assert.equal(maskSecretsInValue('iax', 'register', 'trunk:pw@host:4569'), `trunk:${SECRET_MASK}@host:4569`);
    assert.equal(maskSecretsInValue('iax', 'register', 'trunk:p@w@host'), `trunk:${SECRET_MASK}@host`);
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

  it('register lines read differently from what was meant: every part that holds the password (issue #19)', () => {
    assert.equal(maskSecretsInValue('sip', 'register', '1002:pa?ss1234@host'), `1002:${SECRET_MASK}@host`);
    assert.equal(maskSecretsInValue('sip', 'register', '1001:Summer2024?@host'), `1001:${SECRET_MASK}@host`);
    assert.equal(maskSecretsInValue('sip', 'register', 'reguser9:SEC09//@h'), `reguser9:${SECRET_MASK}@h`);
    assert.equal(maskSecretsInValue('iax', 'register', 'udp://u:S3CRET@h'), `udp:${SECRET_MASK}:${SECRET_MASK}@h`);
    assert.equal(maskSecretsInValue('iax', 'register', 'u:pa:ss@h'), `u:${SECRET_MASK}@h`);
  });

  it('a near miss of a secret key is masked whole; other unknown keys are not', () => {
    for (const key of ['sceret', 'secert', 'secrett', 'md5secert', 'remotesecrte', 'dbsecrt', 'Secret ']) assert.equal(maskSecretsInValue('sip', key, 'hunter2'), SECRET_MASK, key);
    for (const key of ['setvar', 'context', 'callerid', 'session']) assert.equal(maskSecretsInValue('sip', key, 'hunter2'), 'hunter2', key);
  });

  it('iax auth: a method list is shown, a SIP-style credential is not', () => {
    assert.equal(maskSecretsInValue('iax', 'auth', 'md5,rsa'), 'md5,rsa');
    assert.equal(maskSecretsInValue('iax', 'auth', 'u:pw@realm'), `u:${SECRET_MASK}@realm`);
  });

  it('key=value pieces in free text (a header\'s trailing text)', () => {
    assert.equal(maskSecretsInText('sip', 'secret=hunter2'), `secret=${SECRET_MASK}`);
    assert.equal(maskSecretsInText('sip', '(!, secret = a b,x)'), `(!, secret = ${SECRET_MASK},x)`);
    assert.equal(maskSecretsInText('sip', 'auth=u:pw@r ; note'), `auth=u:${SECRET_MASK}@r ; note`);
    assert.equal(maskSecretsInText('sip', 'context=internal'), 'context=internal');
    assert.equal(maskSecretsInText('sip', 'no pairs here'), 'no pairs here');
  });

  it('free text: a long run of word characters costs linear time', () => {
    const long = 'a'.repeat(200_000);
    assert.equal(maskSecretsInText('sip', long), long);
  });

  it('pjsip.conf: the catalog\'s secrets, their near misses and chan_sip\'s are masked; auth= names objects and is shown', () => {
    for (const key of ['password', 'md5_cred', 'oauth_secret', 'refresh_token', 'Password', 'pasword', 'secret', 'md5secret']) {
      assert.equal(maskSecretsInValue('pjsip', key, 'hunter2'), SECRET_MASK, key);
    }
    assert.equal(maskSecretsInValue('pjsip', 'auth', 'alice-auth'), 'alice-auth');
    assert.equal(maskSecretsInValue('pjsip', 'username', 'alice'), 'alice');
    assert.equal(maskSecretsInText('pjsip', 'x,password=hunter2,oauth_secret=abc'), `x,password=${SECRET_MASK},oauth_secret=${SECRET_MASK}`);
  });

  it('pjsip.conf by object type: the option that is a secret there, and any near miss of a secret name', () => {
    assert.equal(displayPjsipValue('auth', 'password', 'hunter2'), SECRET_MASK);
    assert.equal(displayPjsipValue('transport', 'password', 'tls-key-pass'), SECRET_MASK);
    assert.equal(displayPjsipValue('auth', 'password', 'hunter2', true), 'hunter2');
    assert.equal(displayPjsipValue(undefined, 'passwd', 'hunter2'), SECRET_MASK);
    assert.equal(displayPjsipValue('endpoint', 'context', 'phones'), 'phones');
  });

  it('a SIP URI loses the password of its user part, and only that', () => {
    assert.equal(maskUriPassword('sip:4711:hunter2@sip.example.net'), `sip:4711:${SECRET_MASK}@sip.example.net`);
    assert.equal(maskUriPassword('<sips:alice:pw@example.net:5061;transport=tls>'), `<sips:alice:${SECRET_MASK}@example.net:5061;transport=tls>`);
    for (const uri of ['sip:4711@sip.example.net', 'sip:sip.example.net:5060', 'sip:alice:@example.net', '']) assert.equal(maskUriPassword(uri), uri);
  });
});
