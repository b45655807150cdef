import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { iaxProfile } from '../../../../server/src/service/dialects/iax/profile';
import { lookupOption } from '../../../../server/src/service/data/catalog';
import { entry, has, section } from '../../../support/profileParts';

const option = (name: string) => lookupOption('iax', name)!;

describe('iax profile (chan_iax2)', () => {
  it('reads [callnumberlimits] specially; a device type picks the user and peer scopes', () => {
    assert.equal(iaxProfile.specialSections.get('callnumberlimits'), 'callnumberlimits');
    assert.deepEqual(iaxProfile.specialScopes('callnumberlimits'), []);
    assert.equal(iaxProfile.splitsDeviceScopes, true);
    assert.deepEqual(iaxProfile.deviceScopes(undefined), ['user', 'peer']);
    assert.deepEqual(iaxProfile.deviceScopes({ user: false, peer: false }), ['user', 'peer']);
    assert.deepEqual(iaxProfile.deviceScopes({ user: true, peer: false }), ['user']);
    assert.deepEqual(iaxProfile.deviceScopes({ user: true, peer: true }), ['user', 'peer']);
  });

  it('finds the register host after the first @, wherever the cursor is', () => {
    assert.equal(iaxProfile.registerHostAt('me:pw@host@x', 3), 5);
    assert.equal(iaxProfile.parseRegister('me:pw@host').dialect, 'iax');
    assert.equal(iaxProfile.registerFormat, '`user[:secret]@host[:port]`');
  });

  it('checks calls against secret (or dbsecret) and inkeys; answers with secret and outkey', () => {
    assert.deepEqual(iaxProfile.device.inboundSecrets(has('dbsecret', 'inkeys')), ['secret', 'inkeys']);
    assert.deepEqual(iaxProfile.device.inboundSecrets(has('md5secret')), []);
    assert.deepEqual(iaxProfile.device.outboundSecrets(has('secret', 'outkey', 'remotesecret')), ['secret', 'outkey']);
    assert.deepEqual(iaxProfile.device.signInAs, ['username']);
    assert.equal(iaxProfile.device.peersMatchedByAddress, false);
    assert.equal(iaxProfile.device.generalContext, false);
  });

  it('reads the first type line up to Asterisk 22 and the last from 23; users keep their first context', () => {
    assert.deepEqual([22, 23].map(iaxProfile.validatedTypeLine), ['first', 'last']);
    assert.deepEqual([22, 23].map(iaxProfile.typeLineWinner), ['first', 'last']);
    assert.match(iaxProfile.typeLinesWhy(22), /Asterisk 22\) reads only the first/);
    assert.equal(iaxProfile.device.contextLine, 'first');
    assert.equal(iaxProfile.everyLineCounts('secret'), true);
  });

  it('keeps a device with a bad ACL entry, and stops loading on a bad calltokenoptional', () => {
    assert.match(iaxProfile.aclConsequence(section('a', 'endpoint'), entry('deny', 'x'), option('deny')), /keeps the device without this entry/);
    assert.match(iaxProfile.aclConsequence(section('general', 'general'), entry('calltokenoptional', 'x'), option('calltokenoptional')), /declines to load/);
  });

  it('reads auth= with any separator, and logs the deprecated plaintext per section', () => {
    assert.deepEqual('md5;rsa plaintext'.split(iaxProfile.listSeparator(option('auth'))), ['md5', 'rsa', 'plaintext']);
    assert.deepEqual('a;b'.split(iaxProfile.listSeparator(option('allow'))), ['a;b']);
    assert.match(iaxProfile.deprecatedValueLog(section('general', 'general'), entry('auth', 'plaintext'), option('auth')) ?? '', /Default auth method/);
    assert.match(iaxProfile.deprecatedValueLog(section('bob', 'endpoint'), entry('auth', 'plaintext'), option('auth')) ?? '', /peer\/user 'bob'/);
    assert.equal(iaxProfile.codecErrorLine(entry('allow', 'foo')), '');
  });

  it('has the one-way encryption check and none of chan_sip\'s [general] checks', () => {
    assert.deepEqual(iaxProfile.checks, { security: false, againstGeneral: false, oneWayEncryption: true });
    assert.match(iaxProfile.noEffectReason('hasvoicemail', section('a', 'endpoint'), 23) ?? '', /Asterisk 23 ignores it/);
    assert.equal(iaxProfile.noEffectReason('hasvoicemail', section('a', 'endpoint'), 22), undefined);
    assert.equal(iaxProfile.direction.registerMessage, 'REGREQ');
  });
});
