import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { pjsipEndpointOptions } from '../../../../server/src/service/dialects/pjsip/endpointOptions';
import type { PjsipOptionEntry } from '../../../../server/src/service/dialects/pjsip/types';

function option(name: string): PjsipOptionEntry {
  const entry = pjsipEndpointOptions.find((candidate) => candidate.name === name);
  assert.ok(entry, `no record for ${name}`);
  return entry;
}

describe('pjsip endpoint options', () => {
  it('belong to the endpoint', () => {
    for (const entry of pjsipEndpointOptions) assert.equal(entry.objectType, 'endpoint', entry.name);
  });

  it('name the objects they point at', () => {
    assert.deepEqual([option('aors').kind, option('aors').references], ['referenceList', 'aor']);
    assert.deepEqual([option('auth').kind, option('auth').references], ['referenceList', 'auth']);
    assert.deepEqual([option('outbound_auth').kind, option('outbound_auth').references], ['referenceList', 'auth']);
    assert.deepEqual([option('transport').kind, option('transport').references], ['reference', 'transport']);
    assert.equal(option('outbound_proxy').kind, 'uri');
    assert.equal(option('outbound_proxy').references, undefined);
  });

  it('separates the two directions of authentication', () => {
    assert.equal(option('auth').direction, 'inbound');
    assert.match(option('auth').description, /challenged/);
    assert.equal(option('outbound_auth').direction, 'outbound');
    assert.match(option('outbound_auth').description, /challenges requests we send/);
    assert.equal(option('aors').direction, 'outbound');
    assert.match(option('aors').description, /never be called/);
    assert.equal(option('context').direction, 'inbound');
    assert.equal(option('identify_by').direction, 'inbound');
    assert.equal(option('from_user').direction, 'outbound');
    assert.equal(option('permit').direction, 'inbound');
  });

  it('takes the defaults that run, not the documented ones', () => {
    assert.equal(option('sub_min_expiry').default, '0'); // documented 60; observed 0
    assert.equal(option('context').default, 'default');
    assert.equal(option('identify_by').default, 'username,ip');
    assert.equal(option('stir_shaken').default, 'no');
  });

  it('marks stir_shaken as replaced by stir_shaken_profile (Asterisk 22 warns)', () => {
    assert.equal(option('stir_shaken').deprecatedBy, 'stir_shaken_profile');
    assert.deepEqual(pjsipEndpointOptions.filter((entry) => entry.deprecatedBy).map((entry) => entry.name), ['stir_shaken']);
  });

  it('marks accumulating options repeatable', () => {
    for (const name of ['allow', 'disallow', 'set_var', 'permit', 'deny', 'acl', 'contact_permit', 'contact_deny', 'contact_acl']) {
      assert.equal(option(name).repeatable, true, name);
    }
    assert.equal(option('context').repeatable, undefined);
  });

  it('lists identify_by as a comma list of the ways to match a caller', () => {
    assert.equal(option('identify_by').kind, 'enumList');
    assert.deepEqual(option('identify_by').values?.map((value) => value.value), ['username', 'auth_username', 'ip', 'header', 'request_uri']);
  });

  it('gives timers their unit', () => {
    assert.equal(option('timers_sess_expires').unit, 's');
    assert.equal(option('rtp_timeout').unit, 's');
  });
});
