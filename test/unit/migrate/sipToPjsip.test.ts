import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { valueOf, linesOf } from '../../../server/src/service/dialects/pjsip/model';
import { errors, migrate, rows } from '../../support/migrate';

describe('migrate sip.conf → pjsip.conf: endpoints', () => {
  it('type=user becomes an endpoint challenged by its auth, with no aor (not callable)', () => {
    const { pjsip, unmapped } = migrate('[general]\n[door]\ntype=user\nsecret=s3cret\ncontext=from-door\n');
    assert.deepEqual(rows(pjsip, 'endpoint', 'door'), ['context=from-door', 'disallow=all', 'allow=ulaw,alaw,gsm,h263', 'auth=door-auth']);
    assert.deepEqual(rows(pjsip, 'auth', 'door-auth'), ['username=door', 'auth_type=userpass', 'password=s3cret']);
    assert.equal(pjsip.get('aor', 'door'), undefined);
    assert.deepEqual(unmapped, []);
    assert.deepEqual(errors(pjsip), []);
  });

  it('a dynamic friend from a template: aor with max_contacts, inbound auth, template and [general] values applied', () => {
    const { pjsip, text } = migrate(
      '[general]\ncontext=office\ndisallow=all\nallow=alaw\n[phone](!)\ntype=friend\nhost=dynamic\ndtmfmode=rfc2833\nnat=force_rport,comedia\nqualify=yes\nallow=g722\n[alice](phone)\nsecret=pw1\ncallerid="Alice" <201>\nmailbox=201@default\n',
    );
    assert.deepEqual(rows(pjsip, 'endpoint', 'alice'), [
      'context=office', 'disallow=all', 'allow=alaw,g722', 'auth=alice-auth', 'aors=alice',
      'mailboxes=201@default', 'callerid="Alice" <201>', 'dtmf_mode=rfc4733', 'force_rport=yes', 'rewrite_contact=yes', 'rtp_symmetric=yes',
    ]);
    assert.deepEqual(rows(pjsip, 'aor', 'alice'), ['max_contacts=1', 'remove_existing=yes', 'qualify_frequency=60']);
    assert.equal(pjsip.get('template' as never, 'phone'), undefined);
    assert.match(text, /; \[alice\] was type=friend \(friend: it calls us and we call it\)\./);
    assert.deepEqual(errors(pjsip), []);
  });

  it('an insecure=port,invite provider peer: identify by host, contact, outbound auth with defaultuser/remotesecret, no inbound auth', () => {
    const { pjsip } = migrate('[trunk]\ntype=peer\nhost=203.0.113.5\nport=5070\ninsecure=port,invite\ndefaultuser=acct\nsecret=in\nremotesecret=out\nfromuser=acct\ncontext=from-trunk\n');
    const endpoint = pjsip.get('endpoint', 'trunk')!;
    assert.equal(valueOf(endpoint, 'auth'), undefined);
    assert.equal(valueOf(endpoint, 'outbound_auth'), 'trunk-outauth');
    assert.equal(valueOf(endpoint, 'from_user'), 'acct');
    assert.deepEqual(rows(pjsip, 'aor', 'trunk'), ['contact=sip:acct@203.0.113.5:5070']);
    assert.deepEqual(rows(pjsip, 'auth', 'trunk-outauth'), ['auth_type=userpass', 'username=acct', 'password=out']);
    assert.deepEqual(rows(pjsip, 'identify', 'trunk-identify'), ['endpoint=trunk', 'match=203.0.113.5']);
    assert.deepEqual(errors(pjsip), []);
  });

  it('a dynamic peer with insecure=invite keeps its REGISTERs challenged (its calls then are too), and says so', () => {
    const { pjsip, unmapped } = migrate('[a]\ntype=friend\nhost=dynamic\nsecret=pw\ninsecure=invite\n');
    assert.equal(valueOf(pjsip.get('endpoint', 'a')!, 'auth'), 'a-auth');
    assert.deepEqual(unmapped.map((item) => `${item.section} ${item.option}`), ['a insecure']);
  });

  it('allowing a codec already allowed keeps its place (observed on Asterisk 20: ulaw|alaw|gsm|h263)', () => {
    const { pjsip } = migrate('[general]\nallow=ulaw\n[a]\ntype=friend\nhost=dynamic\nallow=g722\n');
    assert.equal(valueOf(pjsip.get('endpoint', 'a')!, 'allow'), 'ulaw,alaw,gsm,h263,g722');
  });

  it('per-peer permit/deny stay on their endpoint, in order (not one global acl)', () => {
    const { pjsip } = migrate('[a]\ntype=friend\nhost=dynamic\ndeny=0.0.0.0/0\npermit=10.0.0.0/8\n[b]\ntype=friend\nhost=dynamic\n');
    assert.deepEqual(linesOf(pjsip.get('endpoint', 'a')!, 'deny').map((line) => line.value), ['0.0.0.0/0']);
    assert.deepEqual(rows(pjsip, 'endpoint', 'a').slice(-2), ['deny=0.0.0.0/0', 'permit=10.0.0.0/8']);
    assert.equal(valueOf(pjsip.get('endpoint', 'b')!, 'permit'), undefined);
    assert.equal(pjsip.ofType('acl').length, 0);
  });

  it('directmedia=nonat keeps direct media on, off only behind NAT (sip_to_pjsip read it as "no")', () => {
    const { pjsip } = migrate('[a]\ntype=friend\nhost=dynamic\ndirectmedia=nonat\n');
    assert.equal(valueOf(pjsip.get('endpoint', 'a')!, 'direct_media'), 'yes');
    assert.equal(valueOf(pjsip.get('endpoint', 'a')!, 'disable_direct_media_on_nat'), 'yes');
  });

  it('what has no mapping is a commented line with its reason, and listed once per endpoint', () => {
    const { text, unmapped, pjsip } = migrate('[phone](!)\ntype=friend\nhost=dynamic\ncall-limit=2\n[a](phone)\n[b](phone)\ndtmfmode=shortinfo\n');
    assert.match(text, /^; call-limit=2 — not migrated: pjsip has no per-endpoint call limit: count calls in the dialplan \(GROUP\(\) \/ GROUP_COUNT\(\)\)$/m);
    assert.deepEqual(unmapped.map((item) => `${item.section} ${item.option} ${item.line}`), ['a call-limit 3', 'b dtmfmode 6', 'b call-limit 3']);
    assert.equal(valueOf(pjsip.get('endpoint', 'b')!, 'dtmf_mode'), undefined);
  });

  it('a section without a type is not migrated and is listed', () => {
    const { pjsip, unmapped } = migrate('[lost]\nhost=dynamic\n');
    assert.equal(pjsip.get('endpoint', 'lost'), undefined);
    assert.deepEqual(unmapped.map((item) => item.option), ['type']);
  });

  it('names that collide within a type get a counter; endpoint names are kept', () => {
    const { pjsip } = migrate('[a]\ntype=user\nsecret=x\n[a-auth]\ntype=user\nsecret=y\n[reg-a]\ntype=friend\nhost=dynamic\nsecret=z\n');
    assert.deepEqual(pjsip.ofType('endpoint').map((object) => object.name), ['a', 'a-auth', 'reg-a']);
    assert.deepEqual(pjsip.ofType('auth').map((object) => object.name), ['a-auth', 'a-auth-auth', 'reg-a-auth']);
  });

  it('secrets never appear in the unmapped comments', () => {
    // An auth line chan_sip ignores (no @realm) is listed as not migrated, its value hidden.
    const { text, unmapped } = migrate('[a]\ntype=peer\nhost=dynamic\nauth=bob:topsecret\n');
    assert.deepEqual(unmapped.map((item) => item.option), ['auth']);
    assert.doesNotMatch(text, /topsecret/);
  });

  it('a value holding an escaped semicolon is written escaped and reads back the same', () => {
    const { pjsip, text } = migrate('[a]\ntype=user\ncallerid=A\\;B <1>\n');
    assert.match(text, /^callerid=A\\;B <1>$/m);
    assert.equal(valueOf(pjsip.get('endpoint', 'a')!, 'callerid'), 'A;B <1>');
  });
});

describe('migrate sip.conf → pjsip.conf: proxy, MWI, expiry, identify by port', () => {
  it('outboundproxy becomes a loose-routing outbound_proxy on the endpoint and its aor', () => {
    const { pjsip } = migrate('[prov]\ntype=peer\nhost=192.0.2.30\noutboundproxy=tcp://proxy.example.net:5070,force\n');
    assert.equal(valueOf(pjsip.get('endpoint', 'prov')!, 'outbound_proxy'), 'sip:proxy.example.net:5070;transport=tcp;lr');
    assert.equal(valueOf(pjsip.get('aor', 'prov')!, 'outbound_proxy'), 'sip:proxy.example.net:5070;transport=tcp;lr');
  });

  it('mailbox goes to the aor with subscribemwi=yes, else to the endpoint (unsolicited MWI)', () => {
    const subscribed = migrate('[p]\ntype=friend\nhost=dynamic\nsecret=Fh3k92jdQpZ1\nmailbox=100@default\nsubscribemwi=yes\n').pjsip;
    assert.equal(valueOf(subscribed.get('aor', 'p')!, 'mailboxes'), '100@default');
    assert.equal(valueOf(subscribed.get('endpoint', 'p')!, 'mailboxes'), undefined);
    const unsolicited = migrate('[p]\ntype=friend\nhost=dynamic\nsecret=Fh3k92jdQpZ1\nmailbox=100@default\n').pjsip;
    assert.equal(valueOf(unsolicited.get('endpoint', 'p')!, 'mailboxes'), '100@default');
  });

  it('[general] minexpiry / maxexpiry / defaultexpiry become the expirations of every dynamic aor', () => {
    const { pjsip, unmapped } = migrate('[general]\nminexpiry=90\nmaxexpiry=1800\ndefaultexpiry=300\n[p]\ntype=friend\nhost=dynamic\nsecret=Fh3k92jdQpZ1\n[q]\ntype=peer\nhost=192.0.2.1\n');
    assert.deepEqual(rows(pjsip, 'aor', 'p').filter((row) => row.includes('expiration')), ['minimum_expiration=90', 'maximum_expiration=1800', 'default_expiration=300']);
    assert.deepEqual(rows(pjsip, 'aor', 'q').filter((row) => row.includes('expiration')), []);
    assert.deepEqual(unmapped, []);
  });

  it('a UDP peer without insecure=port is identified by address and port, as chan_sip matched it', () => {
    const { pjsip } = migrate('[a]\ntype=peer\nhost=192.0.2.1\nport=5070\n[b]\ntype=peer\nhost=192.0.2.2\n[c]\ntype=peer\nhost=192.0.2.3\ninsecure=port\n');
    assert.equal(valueOf(pjsip.get('identify', 'a-identify')!, 'match'), '192.0.2.1:5070');
    assert.equal(valueOf(pjsip.get('identify', 'b-identify')!, 'match'), '192.0.2.2:5060');
    assert.equal(valueOf(pjsip.get('identify', 'c-identify')!, 'match'), '192.0.2.3');
  });

  it("a dynamic peer's defaultip: its calls from there are identified; calling it there before it registers is listed as not migrated", () => {
    const { pjsip, unmapped } = migrate('[p]\ntype=friend\nhost=dynamic\nsecret=Fh3k92jdQpZ1\ndefaultip=192.0.2.77\nport=5070\n');
    assert.equal(valueOf(pjsip.get('identify', 'p-identify')!, 'match'), '192.0.2.77:5070');
    assert.equal(valueOf(pjsip.get('aor', 'p')!, 'contact'), undefined);
    assert.deepEqual(unmapped.map((item) => item.option), ['defaultip']);
  });
});

describe('migrate sip.conf → pjsip.conf: caller id, transfer, framing, MWI sender, in-band progress, one-touch recording', () => {
  it('maps each device option to its endpoint option (values Asterisk 22 reads back as meant)', () => {
    const { pjsip, unmapped } = migrate(
      '[p]\ntype=friend\nhost=dynamic\nsecret=Xr8vTq2mWn4z\nrtp_engine=asterisk\ncid_tag=desk\ncallingpres=allowed\nmwi_from=100\nallowtransfer=no\n' +
        'autoframing=yes\nprogressinband=never\nrecordonfeature=automixmon\n',
    );
    const endpoint = pjsip.get('endpoint', 'p')!;
    const read = (name: string) => valueOf(endpoint, name);
    assert.deepEqual(
      ['rtp_engine', 'callerid_tag', 'callerid_privacy', 'mwi_from_user', 'allow_transfer', 'use_ptime', 'inband_progress', 'record_on_feature', 'one_touch_recording'].map(read),
      ['asterisk', 'desk', 'allowed', '100', 'no', 'yes', 'no', 'automixmon', 'yes'],
    );
    assert.equal(read('record_off_feature'), undefined);
    assert.deepEqual(unmapped, []);
    assert.deepEqual(errors(pjsip), []);
  });

  it('progressinband=yes stays yes; no recording switch without a recording feature', () => {
    const { pjsip } = migrate('[p]\ntype=peer\nhost=192.0.2.7\nprogressinband=yes\n');
    const endpoint = pjsip.get('endpoint', 'p')!;
    assert.equal(valueOf(endpoint, 'inband_progress'), 'yes');
    assert.equal(valueOf(endpoint, 'one_touch_recording'), undefined);
  });
});

describe('migrate sip.conf → pjsip.conf: a [general]-only setting written in a device section', () => {
  it('is not carried over, with the reason that chan_sip ignored it there', () => {
    const { pjsip, unmapped } = migrate('[p]\ntype=friend\nhost=dynamic\ntos_audio=ef\n');
    assert.equal(valueOf(pjsip.get('endpoint', 'p')!, 'tos_audio'), undefined);
    assert.deepEqual(unmapped.map((item) => `${item.option}: ${item.reason}`), ['tos_audio: chan_sip reads it only in [general]: in a device section it did nothing']);
  });
});
