import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { chanSipAdvice, chanSipKeys, chanSipTypeValues } from '../../../../server/src/service/dialects/pjsip/chanSipKeys';
import { lookupPjsipOption } from '../../../../server/src/service/dialects/pjsip/options';

describe('chan_sip options written in pjsip.conf', () => {
  it('lists each chan_sip name once, lower case, none of them an endpoint option', () => {
    const names = chanSipKeys.map((entry) => entry.name);
    assert.equal(new Set(names).size, names.length);
    for (const name of names) {
      assert.equal(name, name.toLowerCase());
      assert.equal(lookupPjsipOption('endpoint', name), undefined, `${name} is a real endpoint option`);
    }
  });

  it('points only at options that exist, for the type named', () => {
    for (const entry of chanSipKeys) {
      assert.ok(entry.replacements.length > 0, entry.name);
      for (const replacement of entry.replacements) {
        assert.ok(lookupPjsipOption(replacement.objectType, replacement.name), `${entry.name} → ${replacement.objectType}/${replacement.name}`);
      }
    }
  });

  it('covers the usual leftovers', () => {
    for (const name of ['host', 'secret', 'username', 'fromuser', 'insecure', 'canreinvite', 'nat', 'qualify', 'md5secret', 'defaultuser', 'port']) {
      assert.ok(chanSipAdvice('endpoint', name), name);
    }
  });

  it('says the pjsip way: host becomes an aor, secret an auth', () => {
    assert.match(chanSipAdvice('endpoint', 'HOST')?.advice ?? '', /aor/);
    assert.match(chanSipAdvice('endpoint', 'secret')?.advice ?? '', /`auth`.*`outbound_auth`/s);
    assert.match(chanSipAdvice('endpoint', 'insecure')?.advice ?? '', /identify/);
  });

  it('stays silent for real pjsip options, even with a chan_sip name (username in an auth, allow anywhere)', () => {
    assert.equal(chanSipAdvice('auth', 'username'), undefined);
    assert.equal(chanSipAdvice('endpoint', 'allow'), undefined);
    assert.equal(chanSipAdvice('endpoint', 'context'), undefined);
    assert.equal(chanSipAdvice('endpoint', 'no_such_option'), undefined);
  });

  it('explains friend, peer and user as endpoint plus aor / auth / identify', () => {
    assert.match(chanSipTypeValues.friend, /type=endpoint.*aor.*auth/s);
    assert.match(chanSipTypeValues.peer, /contact/);
    assert.match(chanSipTypeValues.user, /`auth`/);
  });
});
