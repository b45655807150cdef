import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { valueOf } from '../../../server/src/service/dialects/pjsip/model';
import { errors, migrate, rows } from '../../support/migrate';

const PROVIDER = '[prov]\ntype=peer\nhost=192.0.2.30\ninsecure=port,invite\nremotesecret=Kq8vTz3wPm\n';

describe('migrate: realm credentials ([authentication] and auth= on a device)', () => {
  it('[authentication] lines become auths with realm=, named realm-<realm>', () => {
    const { pjsip, unmapped } = migrate(`[authentication]\nauth=alice:Fh3k92jdQpZ1@voip.example.net\nauth=bob#0123456789abcdef0123456789abcdef@other.example.net\n${PROVIDER}`);
    assert.deepEqual(rows(pjsip, 'auth', 'realm-voip.example.net'), ['auth_type=userpass', 'password=Fh3k92jdQpZ1', 'username=alice', 'realm=voip.example.net']);
    assert.deepEqual(rows(pjsip, 'auth', 'realm-other.example.net'), ['auth_type=md5', 'md5_cred=0123456789abcdef0123456789abcdef', 'username=bob', 'realm=other.example.net']);
    assert.deepEqual(unmapped, []);
    assert.deepEqual(errors(pjsip), []);
  });

  it('the realms answer for every provider we call and every registration, after their own auth', () => {
    const { pjsip } = migrate(`[general]\nregister => u1:Kq8vTz3wPm@192.0.2.30\n[authentication]\nauth=alice:Fh3k92jdQpZ1@voip.example.net\n${PROVIDER}[phone]\ntype=friend\nhost=dynamic\nsecret=Zr8wL1pa44Xe\n`);
    assert.equal(valueOf(pjsip.get('endpoint', 'prov')!, 'outbound_auth'), 'prov-outauth,realm-voip.example.net');
    assert.equal(valueOf(pjsip.get('registration', 'reg-192.0.2.30')!, 'outbound_auth'), 'reg-192.0.2.30-outauth,realm-voip.example.net');
    // A phone that registers is not a provider: it does not challenge us in a provider's realm.
    assert.equal(valueOf(pjsip.get('endpoint', 'phone')!, 'outbound_auth'), undefined);
  });

  it("a device's own auth= comes first in its outbound_auth, named <name>-realm-<realm>", () => {
    const { pjsip } = migrate(`${PROVIDER}auth=u1:Kq8vTz3wPm@carrier.example.net\n`);
    assert.equal(valueOf(pjsip.get('endpoint', 'prov')!, 'outbound_auth'), 'prov-realm-carrier.example.net,prov-outauth');
    assert.deepEqual(rows(pjsip, 'auth', 'prov-realm-carrier.example.net'), ['auth_type=userpass', 'password=Kq8vTz3wPm', 'username=u1', 'realm=carrier.example.net']);
  });

  it('what chan_sip ignores is listed: a malformed auth line, another key in [authentication], auth= on a user', () => {
    const { unmapped, text } = migrate('[authentication]\nauth=nobody\nfoo=bar\n[door]\ntype=user\nsecret=Zr8wL1pa44Xe\nauth=u:Kq8vTz3wPm@x.example.net\n');
    assert.deepEqual(unmapped.map((item) => [item.section, item.option]), [['authentication', 'auth'], ['authentication', 'foo'], ['door', 'auth']]);
    assert.doesNotMatch(text, /Kq8vTz3wPm/);
  });
});
