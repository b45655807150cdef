import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { pjsipObjectOptions } from '../../../../server/src/service/dialects/pjsip/objectOptions';
import type { PjsipObjectType, PjsipOptionEntry } from '../../../../server/src/service/dialects/pjsip/types';

function option(objectType: PjsipObjectType, name: string): PjsipOptionEntry {
  const entry = pjsipObjectOptions.find((candidate) => candidate.objectType === objectType && candidate.name === name);
  assert.ok(entry, `no record for ${objectType}/${name}`);
  return entry;
}

describe('pjsip options of the other object types', () => {
  it('keeps endpoint options out', () => {
    assert.equal(pjsipObjectOptions.some((entry) => entry.objectType === 'endpoint'), false);
  });

  it('names the objects that registrations, identifies and publishers point at', () => {
    assert.equal(option('identify', 'endpoint').references, 'endpoint');
    assert.equal(option('registration', 'outbound_auth').references, 'auth');
    assert.equal(option('registration', 'transport').references, 'transport');
    assert.equal(option('registration', 'endpoint').references, 'endpoint');
    assert.equal(option('outbound-publish', 'outbound_auth').references, 'auth');
    assert.equal(option('asterisk-publication', 'devicestate_publish').references, 'outbound-publish');
    assert.equal(option('global', 'default_outbound_endpoint').references, 'endpoint');
  });

  it('keeps URIs apart from references', () => {
    for (const [type, name] of [['aor', 'outbound_proxy'], ['aor', 'contact'], ['registration', 'server_uri'], ['registration', 'client_uri']] as const) {
      assert.equal(option(type, name).kind, 'uri', `${type}/${name}`);
      assert.equal(option(type, name).references, undefined, `${type}/${name}`);
    }
  });

  it('says where we call and who may register', () => {
    assert.equal(option('aor', 'contact').direction, 'outbound');
    assert.equal(option('aor', 'max_contacts').direction, 'inbound');
    assert.match(option('aor', 'max_contacts').description, /nobody can register/);
    assert.equal(option('aor', 'max_contacts').default, '0');
    assert.equal(option('identify', 'match').direction, 'inbound');
    assert.equal(option('registration', 'server_uri').direction, 'outbound');
    assert.match(option('registration', 'server_uri').description, /Required/);
  });

  it('takes the auth type that runs by default (userpass; the docs say digest)', () => {
    assert.equal(option('auth', 'auth_type').default, 'userpass');
    assert.deepEqual(option('auth', 'auth_type').values?.map((value) => value.value), ['userpass', 'md5', 'google_oauth', 'digest']);
  });

  it('flags auth credentials and the TLS key password as secrets', () => {
    for (const name of ['password', 'md5_cred', 'password_digest', 'oauth_secret', 'refresh_token']) assert.equal(option('auth', name).secret, true, name);
    assert.equal(option('transport', 'password').secret, true);
    assert.equal(option('auth', 'username').secret, undefined);
    assert.equal(option('auth', 'oauth_clientid').secret, undefined);
  });

  it('takes observed defaults where the code names a macro', () => {
    assert.equal(option('global', 'endpoint_identifier_order').default, 'ip,username,anonymous');
    assert.equal(option('global', 'default_auth_algorithms_uas').default, 'md5');
    assert.equal(option('transport', 'verify_server').default, 'no');
    assert.equal(option('transport', 'tcp_keepalive_interval_time').default, '1'); // documented 10; observed 1
    assert.equal(option('system', 'timer_t1').default, '500');
  });

  it('uses the lower-case spelling of phoneprov\'s MAC and PROFILE (Asterisk ignores the case of option names)', () => {
    assert.equal(option('phoneprov', 'mac').kind, 'text');
    assert.equal(option('phoneprov', 'profile').kind, 'text');
  });
});
