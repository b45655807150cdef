import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { sipProfile } from '../../../../server/src/service/dialects/sip/profile';
import { lookupOption } from '../../../../server/src/service/data/catalog';
import { entry, has, section } from '../../../support/profileParts';

const option = (name: string) => lookupOption('sip', name)!;

describe('sip profile (chan_sip)', () => {
  it('reads [authentication] specially, with its own scope; devices share one scope', () => {
    assert.equal(sipProfile.specialSections.get('authentication'), 'authentication');
    assert.deepEqual(sipProfile.specialScopes('authentication'), ['authentication']);
    assert.deepEqual(sipProfile.specialScopes('callnumberlimits'), []);
    assert.deepEqual(sipProfile.deviceScopes({ user: true, peer: false }), ['device']);
    assert.equal(sipProfile.splitsDeviceScopes, false);
  });

  it('finds the register host after the last @ before the cursor', () => {
    assert.equal(sipProfile.registerHostAt('me@example.com:pw@host', 22), 17);
    assert.equal(sipProfile.registerHostAt('me@host', 2), -1);
    assert.equal(sipProfile.parseRegister('me:pw@host/100').dialect, 'sip');
    assert.match(sipProfile.registerFormat, /\[:secret\[:authuser\]\]@host\[:port\]\[\/extension\]/);
  });

  it('checks calls against md5secret first; answers challenges with remotesecret, else secret, else md5secret', () => {
    assert.deepEqual(sipProfile.device.inboundSecrets(has('secret', 'md5secret')), ['md5secret', 'secret']);
    assert.deepEqual(sipProfile.device.outboundSecrets(has('secret', 'remotesecret', 'md5secret')), ['remotesecret']);
    assert.deepEqual(sipProfile.device.outboundSecrets(has('md5secret')), ['md5secret']);
    assert.deepEqual(sipProfile.device.outboundSecrets(has()), []);
    assert.deepEqual(sipProfile.device.signInAs, ['defaultuser', 'username']);
  });

  it('combines every type line, validates the first, and keeps the last of other options', () => {
    assert.equal(sipProfile.device.typeLines, 'all');
    assert.equal(sipProfile.validatedTypeLine(23), 'first');
    assert.equal(sipProfile.typeLineWinner(20), 'last');
    assert.equal(sipProfile.device.contextLine, 'last');
  });

  it('deletes a device whose ACL it cannot read, and fails the load for a bad contact ACL in [general]', () => {
    assert.match(sipProfile.aclConsequence(section('alice', 'endpoint'), entry('deny', 'x'), option('deny')), /Deleting peer": the device is not created at all$/);
    assert.match(sipProfile.aclConsequence(section('general', 'general'), entry('contactdeny', 'x'), option('contactdeny')), /Failing to load chan_sip\.so/);
    assert.match(sipProfile.aclConsequence(section('general', 'general'), entry('localnet', 'x', 9), option('localnet')), /line 10 : x/);
  });

  it('quotes its own log lines for deprecated values, bad addresses and codecs', () => {
    assert.match(sipProfile.deprecatedValueLog(section('a', 'endpoint'), entry('nat', 'yes'), option('nat')) ?? '', /nat=yes is deprecated/);
    assert.equal(sipProfile.deprecatedValueLog(section('a', 'endpoint'), entry('dtmfmode', 'x'), option('dtmfmode')), undefined);
    assert.match(sipProfile.addressConsequence(entry('externaddr', 'nat.example'), option('externaddr')), /^chan_sip logs WARNING "Invalid address for externaddr keyword: nat\.example"/);
    assert.equal(sipProfile.codecErrorLine(entry('allow', ' foo ', 1)), ' and chan_sip adds WARNING "Codec configuration errors found in line 2 : allow = foo"');
    assert.deepEqual('a,b'.split(sipProfile.listSeparator(option('insecure'))), ['a', 'b']);
  });

  it('runs its [general] checks and is gone from Asterisk 21', () => {
    assert.deepEqual(sipProfile.checks, { security: true, againstGeneral: true, removedSince: 21, oneWayEncryption: false });
    assert.equal(sipProfile.noEffectReason('template', section('a', 'endpoint'), 20)?.startsWith("chan_sip never reads 'template'"), true);
    assert.equal(sipProfile.noEffectReason('tlsverifyclient', section('a', 'endpoint'), 20), undefined);
  });

  it('matches calls from a static peer by address, and words the direction for SIP', () => {
    assert.equal(sipProfile.device.peersMatchedByAddress, true);
    assert.ok(sipProfile.device.peerOnlyOptions.has('host'));
    assert.equal(sipProfile.direction.registerMessage, 'REGISTER');
    assert.match(sipProfile.direction.noInbound('[a]'), /not accept calls from \[a\] by name/);
  });
});
