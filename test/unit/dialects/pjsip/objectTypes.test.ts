import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { isPjsipObjectType, lookupObjectType, pjsipObjectTypes } from '../../../../server/src/service/dialects/pjsip/objectTypes';
import { pjsipOptions } from '../../../../server/src/service/dialects/pjsip/options';

describe('pjsip object types', () => {
  it('lists every object type that has options, once', () => {
    const names = pjsipObjectTypes.map((type) => type.name);
    assert.equal(new Set(names).size, names.length);
    assert.deepEqual([...new Set(pjsipOptions.map((option) => option.objectType))].sort(), [...names].sort());
  });

  it('describes each type', () => {
    for (const type of pjsipObjectTypes) assert.ok(type.description.trim().length > 40, type.name);
  });

  it('says which way each main type serves, from Asterisk\'s side', () => {
    assert.equal(lookupObjectType('identify')?.direction, 'inbound');
    assert.equal(lookupObjectType('registration')?.direction, 'outbound');
    assert.equal(lookupObjectType('outbound-publish')?.direction, 'outbound');
    assert.equal(lookupObjectType('endpoint')?.direction, 'both');
    assert.equal(lookupObjectType('auth')?.direction, 'both');
    assert.match(lookupObjectType('auth')?.description ?? '', /`auth`.*challenges.*`outbound_auth`/s);
  });

  it('marks the objects Asterisk keeps itself as not read from pjsip.conf', () => {
    const notFromFile = pjsipObjectTypes.filter((type) => !type.fromFile).map((type) => type.name);
    assert.deepEqual(notFromFile.sort(), ['contact', 'subscription_persistence']);
  });

  it('matches type= values exactly, as Asterisk does (type=Endpoint is dropped)', () => {
    assert.equal(lookupObjectType('endpoint')?.name, 'endpoint');
    assert.equal(lookupObjectType(' aor ')?.name, 'aor');
    assert.equal(lookupObjectType('Endpoint'), undefined);
    assert.equal(lookupObjectType('endpiont'), undefined);
    assert.equal(lookupObjectType('friend'), undefined);
    assert.equal(isPjsipObjectType('outbound-publish'), true);
    assert.equal(isPjsipObjectType('outbound_publish'), false);
  });

  it('knows the singleton and the free-form types', () => {
    assert.deepEqual(pjsipObjectTypes.filter((type) => type.singleton).map((type) => type.name), ['global']);
    assert.equal(lookupObjectType('phoneprov')?.anyOption, true);
    assert.equal(lookupObjectType('inbound-publication')?.prefixedOption?.prefix, 'event_');
  });
});
