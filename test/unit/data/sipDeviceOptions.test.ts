import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { sipDeviceOptions } from '../../../server/src/service/data/sipDeviceOptions';
import type { OptionEntry } from '../../../server/src/service/data/catalogTypes';

function option(name: string): OptionEntry {
  const entry = sipDeviceOptions.find((candidate) => candidate.name === name);
  assert.ok(entry, `no record for ${name}`);
  return entry;
}

describe('sip device option catalog', () => {
  it('has unique, lower-case names and aliases', () => {
    const seen = new Set<string>();
    for (const entry of sipDeviceOptions) {
      for (const name of [entry.name, ...(entry.aliases ?? [])]) {
        assert.equal(name, name.toLowerCase(), `${name} is not lower case`);
        assert.ok(!seen.has(name), `${name} is listed twice`);
        seen.add(name);
      }
    }
  });

  it('accepts every record in a device section', () => {
    for (const entry of sipDeviceOptions) {
      assert.ok(entry.sections.includes('device'), `${entry.name} is not accepted in devices`);
    }
  });

  it('describes every option in one short paragraph', () => {
    for (const entry of sipDeviceOptions) {
      assert.ok(entry.description.trim().length > 0, `${entry.name} has no description`);
      assert.ok(entry.description.length <= 600, `${entry.name}: description is ${entry.description.length} chars`);
    }
  });

  it('lists and describes the values of every enumeration', () => {
    for (const entry of sipDeviceOptions) {
      if (entry.kind === 'enum' || entry.kind === 'enumList') {
        assert.ok(entry.values && entry.values.length > 0, `${entry.name} has no values`);
        const values = entry.values.map((value) => value.value);
        assert.equal(new Set(values).size, values.length, `${entry.name} repeats a value`);
        for (const value of entry.values) {
          assert.ok(value.description.trim().length > 0, `${entry.name}=${value.value} is not described`);
        }
      } else {
        assert.equal(entry.values, undefined, `${entry.name} is ${entry.kind} but lists values`);
      }
    }
  });

  it('gives the options that decide call direction a direction', () => {
    for (const name of ['type', 'host', 'context', 'secret', 'insecure', 'defaultuser', 'remotesecret', 'auth']) {
      assert.notEqual(option(name).direction, 'none', `${name} has no direction`);
    }
  });

  it('sees direction from Asterisk\'s side', () => {
    assert.equal(option('type').direction, 'both');
    assert.equal(option('host').direction, 'outbound');
    assert.equal(option('defaultip').direction, 'outbound');
    assert.equal(option('port').direction, 'outbound');
    assert.equal(option('context').direction, 'inbound');
    assert.equal(option('secret').direction, 'both');
    assert.equal(option('md5secret').direction, 'inbound');
    assert.equal(option('remotesecret').direction, 'outbound');
    assert.equal(option('defaultuser').direction, 'outbound');
    assert.equal(option('insecure').direction, 'inbound');
    assert.equal(option('permit').direction, 'inbound');
    assert.equal(option('deny').direction, 'inbound');
    assert.equal(option('qualify').direction, 'outbound');
    assert.equal(option('fromuser').direction, 'outbound');
    assert.equal(option('mailbox').direction, 'none');
  });

  it('describes user, peer and friend by who calls whom', () => {
    const type = option('type');
    assert.equal(type.kind, 'enum');
    assert.deepEqual(type.values?.map((value) => value.value), ['user', 'peer', 'friend']);
    assert.match(type.values?.[0]?.description ?? '', /cannot call it/);
  });

  it('explains that host=dynamic must register and needs a secret', () => {
    const host = option('host');
    assert.equal(host.kind, 'host');
    assert.match(host.description, /dynamic/);
    assert.match(host.description, /REGISTER/);
    assert.match(host.description, /secret/);
  });

  it('marks the deprecated values of nat and insecure with their replacements', () => {
    const deprecatedValues = (name: string) =>
      Object.fromEntries((option(name).values ?? []).filter((value) => value.deprecatedBy).map((value) => [value.value, value.deprecatedBy]));
    assert.deepEqual(deprecatedValues('nat'), { yes: 'force_rport,comedia' });
    assert.deepEqual(deprecatedValues('insecure'), { very: 'port,invite', yes: 'port' });
  });

  it('points deprecated options to their replacements', () => {
    assert.equal(option('username').deprecatedBy, 'defaultuser');
    assert.equal(option('call-limit').deprecatedBy, 'callcounter');
    assert.equal(option('cc_callback_macro').deprecatedBy, 'cc_callback_sub');
  });

  it('keeps old spellings as aliases of their canonical option', () => {
    assert.deepEqual(option('directmedia').aliases, ['canreinvite']);
    assert.deepEqual(option('dtlscapath').aliases, ['dtlscadir']);
  });

  it('lists comma-list options as enumList', () => {
    for (const name of ['nat', 'insecure', 'directmedia', 'transport', 'faxdetect', 't38pt_udptl']) {
      assert.equal(option(name).kind, 'enumList', name);
    }
  });

  it('marks accumulating options repeatable', () => {
    for (const name of ['allow', 'disallow', 'permit', 'deny', 'acl', 'setvar', 'auth', 'contactpermit', 'contactdeny', 'header']) {
      assert.equal(option(name).repeatable, true, name);
    }
    assert.equal(option('context').repeatable, undefined);
  });

  it('marks the realtime-only columns', () => {
    const realtimeOnly = sipDeviceOptions.filter((entry) => entry.realtimeOnly).map((entry) => entry.name);
    assert.deepEqual(realtimeOnly.sort(), ['fullcontact', 'ipaddr', 'lastms', 'name', 'regseconds']);
  });

  it('says that template is not parsed by Asterisk', () => {
    assert.match(option('template').description, /does not parse/);
  });

  it('gives integer options their bounds and units', () => {
    assert.deepEqual([option('maxforwards').min, option('maxforwards').max], [1, 255]);
    assert.equal(option('session-minse').min, 90);
    assert.equal(option('qualify').unit, 'ms');
    assert.equal(option('keepalive').unit, 's');
  });

  it('keeps general-only options out and general+device options scoped to both', () => {
    assert.equal(sipDeviceOptions.some((entry) => entry.name === 'register' || entry.name === 'bindaddr'), false);
    assert.deepEqual(option('context').sections, ['general', 'device']);
    assert.deepEqual(option('type').sections, ['device']);
    assert.deepEqual(option('auth').sections, ['device', 'authentication']);
  });
});
