import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { valueOf } from '../../../server/src/service/dialects/pjsip/model';
import { errors, migrate, rows } from '../../support/migrate';

describe('migrate sip.conf → pjsip.conf: [general], transports and register', () => {
  it('transports from bindaddr/bindport, tcpenable, externaddr and localnet', () => {
    const { pjsip } = migrate('[general]\nudpbindaddr=192.0.2.1\nbindport=5080\ntcpenable=yes\nexternaddr=198.51.100.7\nlocalnet=10.0.0.0/8\n');
    assert.deepEqual(rows(pjsip, 'transport', 'transport-udp'), [
      'protocol=udp', 'bind=192.0.2.1:5080', 'external_media_address=198.51.100.7', 'external_signaling_address=198.51.100.7', 'local_net=10.0.0.0/8',
    ]);
    assert.equal(valueOf(pjsip.get('transport', 'transport-tcp')!, 'bind'), '0.0.0.0:5060');
  });

  it('register => becomes a registration + outbound auth, and the peer at that host takes its calls (identify)', () => {
    const { pjsip, text } = migrate(
      '[general]\nregister => 4412:pw@sip.example.net/4412\n[provider]\ntype=peer\nhost=sip.example.net\ninsecure=port,invite\ncontext=from-provider\n',
    );
    assert.deepEqual(rows(pjsip, 'registration', 'reg-sip.example.net'), [
      'server_uri=sip:sip.example.net', 'client_uri=sip:4412@sip.example.net', 'contact_user=4412', 'expiration=120', 'retry_interval=20', 'max_retries=10000',
      'outbound_auth=reg-sip.example.net-outauth',
    ]);
    assert.deepEqual(rows(pjsip, 'auth', 'reg-sip.example.net-outauth'), ['auth_type=userpass', 'username=4412', 'password=pw']);
    assert.match(text, /matched by address to endpoint \[provider\]/);
    assert.deepEqual(errors(pjsip), []);
  });

  it('register with auth user, domain, port, transport and expiry', () => {
    const { pjsip } = migrate('[general]\ntcpenable=yes\nregisterattempts=3\nregister => tcp://me@example.org:pw:authme@10.1.1.1:5062/100~300\n');
    assert.deepEqual(rows(pjsip, 'registration', 'reg-10.1.1.1'), [
      'server_uri=sip:10.1.1.1:5062;transport=tcp', 'client_uri=sip:me@example.org;transport=tcp', 'contact_user=100', 'expiration=300', 'retry_interval=20', 'max_retries=3',
      'transport=transport-tcp', 'outbound_auth=reg-10.1.1.1-outauth',
    ]);
    assert.equal(valueOf(pjsip.get('auth', 'reg-10.1.1.1-outauth')!, 'username'), 'authme');
  });

  it("chan_sip's global settings go to res_pjsip's global and system objects, the signalling's TOS/CoS and outside ports to the transports", () => {
    const { pjsip, unmapped } = migrate(
      '[general]\ntcpenable=yes\nexternaddr=203.0.113.5\nexterntcpport=5080\ntos_sip=cs3\ncos_sip=3\nuseragent=OfficePBX\nsipdebug=yes\n' +
        'legacy_useroption_parsing=yes\ntimert1=600\ntimerb=38400\ncompactheaders=yes\n',
    );
    assert.deepEqual(rows(pjsip, 'global', 'global'), ['user_agent=OfficePBX', 'debug=yes', 'ignore_uri_user_options=yes']);
    assert.deepEqual(rows(pjsip, 'system', 'system'), ['timer_t1=600', 'timer_b=38400', 'compact_headers=yes']);
    assert.deepEqual(rows(pjsip, 'transport', 'transport-tcp').slice(4), ['external_signaling_port=5080', 'tos=cs3', 'cos=3']);
    assert.equal(valueOf(pjsip.get('transport', 'transport-udp')!, 'external_signaling_port'), undefined, 'externtcpport is the TCP port only');
    assert.deepEqual(unmapped, []);
    assert.deepEqual(errors(pjsip), []);
  });

  it("timert1 without timerb: timer B is chan_sip's 64 × T1 (res_pjsip would keep 32000 and warn it is too low)", () => {
    const { pjsip } = migrate('[general]\ntimert1=600\n');
    assert.deepEqual(rows(pjsip, 'system', 'system'), ['timer_t1=600', 'timer_b=38400']);
  });

  it('the TLS transport carries cipher, CA path, verification both ways and method; externhost is the external address', () => {
    const { pjsip, unmapped } = migrate(
      '[general]\ntlsenable=yes\ntlscertfile=/k/a.crt\ntlsprivatekey=/k/a.key\ntlscipher=AES128-SHA\ntlscapath=/etc/ssl/certs\ntlsverifyclient=yes\n' +
        'tlsdontverifyserver=yes\ntlsclientmethod=tlsv1_2\nexternhost=203.0.113.9\n',
    );
    const tls = pjsip.get('transport', 'transport-tls')!;
    assert.deepEqual(
      ['cipher', 'ca_list_path', 'verify_client', 'verify_server', 'method', 'external_signaling_address'].map((name) => valueOf(tls, name)),
      ['AES128-SHA', '/etc/ssl/certs', 'yes', 'no', 'tlsv1_2', '203.0.113.9'],
    );
    assert.equal(valueOf(migrate('[general]\ntlsenable=yes\ntlscipher=ALL\n').pjsip.get('transport', 'transport-tls')!, 'cipher'), undefined, "ALL is pjsip's default");
    assert.deepEqual(unmapped, []);
  });

  it("[general]-only media settings chan_sip used for every call are written on every endpoint", () => {
    const { pjsip, unmapped } = migrate(
      '[general]\ntos_audio=ef\ncos_audio=5\nsdpowner=pbx\nsdpsession=office\nsubminexpiry=90\nsend_diversion=no\n' +
        '[a]\ntype=friend\nhost=dynamic\n[b]\ntype=peer\nhost=192.0.2.9\n',
    );
    for (const name of ['a', 'b']) {
      const endpoint = pjsip.get('endpoint', name)!;
      assert.deepEqual(
        ['tos_audio', 'cos_audio', 'sdp_owner', 'sdp_session', 'sub_min_expiry', 'send_diversion'].map((option) => valueOf(endpoint, option)),
        ['ef', '5', 'pbx', 'office', '90', 'no'],
        name,
      );
    }
    assert.deepEqual(unmapped, []);
    assert.deepEqual(errors(pjsip), []);
  });

  it('no global or system object when [general] sets none of their settings', () => {
    const { pjsip } = migrate('[general]\nbindport=5060\n');
    assert.deepEqual([...pjsip.ofType('global'), ...pjsip.ofType('system')], []);
  });

  it('[general] settings nothing carries over are listed once', () => {
    const { unmapped } = migrate('[general]\nsrvlookup=yes\n[a]\ntype=friend\nhost=dynamic\n[b]\ntype=friend\nhost=dynamic\n');
    assert.deepEqual(unmapped.map((item) => `${item.section} ${item.option}`), ['general srvlookup']);
  });

  it('regression: [general](+) lines are [general] lines (transports, endpoint defaults, codecs, unmapped list; only the first [general] was read)', () => {
    const { pjsip, unmapped } = migrate(
      '[general]\nbindport=5080\ndisallow=all\n[a]\ntype=friend\nhost=dynamic\n[general](+)\ntcpenable=yes\nsdpowner=pbx\nallow=alaw\nsrvlookup=yes\n',
    );
    assert.equal(valueOf(pjsip.get('transport', 'transport-udp')!, 'bind'), '0.0.0.0:5080');
    assert.equal(valueOf(pjsip.get('transport', 'transport-tcp')!, 'bind'), '0.0.0.0:5060');
    const endpoint = pjsip.get('endpoint', 'a')!;
    assert.deepEqual([valueOf(endpoint, 'sdp_owner'), valueOf(endpoint, 'allow')], ['pbx', 'alaw']);
    assert.deepEqual(unmapped.map((item) => `${item.section} ${item.option}`), ['general srvlookup']);
  });

  it('templates, includes and (+) are resolved before migrating', () => {
    const { pjsip } = migrate('[general]\n#include phones.conf\n[bob](+)\ncontext=late\n', { 'phones.conf': '[bob]\ntype=friend\nhost=dynamic\ncontext=early\n' });
    assert.equal(valueOf(pjsip.get('endpoint', 'bob')!, 'context'), 'late');
  });
});
