import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { errors, migrate, rows } from '../../support/migrate';

const phone = (lines: string): string => `[p]\ntype=friend\nhost=dynamic\nsecret=Fh3k92jdQpZ1\n${lines}\n`;
const media = (text: string): string[] => rows(migrate(text).pjsip, 'endpoint', 'p').filter((row) => /^(t38|media_encryption|srtp|dtls|use_avpf|ice)/.test(row));

describe('migrate: T.38', () => {
  it('yes (and fec) turn T.38 on with FEC, as chan_sip reads them', () => {
    assert.deepEqual(media(phone('t38pt_udptl=yes')), ['t38_udptl=yes', 't38_udptl_ec=fec']);
    assert.deepEqual(media(phone('t38pt_udptl=fec')), ['t38_udptl=yes', 't38_udptl_ec=fec']);
  });

  it('redundancy / none pick the error correction; maxdatagram is carried; the last word wins', () => {
    assert.deepEqual(media(phone('t38pt_udptl=yes,redundancy,maxdatagram=400')), ['t38_udptl=yes', 't38_udptl_ec=redundancy', 't38_udptl_maxdatagram=400']);
    assert.deepEqual(media(phone('t38pt_udptl=none')), ['t38_udptl=yes', 't38_udptl_ec=none']);
  });

  it('no, or only maxdatagram, leaves T.38 off; a [general] value is every device default', () => {
    assert.deepEqual(media(phone('t38pt_udptl=no')), []);
    assert.deepEqual(media(phone('t38pt_udptl=maxdatagram=400')), []);
    assert.deepEqual(media(`[general]\nt38pt_udptl=yes\n${phone('')}`), ['t38_udptl=yes', 't38_udptl_ec=fec']);
  });
});

describe('migrate: SRTP and DTLS', () => {
  it('encryption=yes is SDES; encryption_taglen=32 adds 32-bit tags', () => {
    assert.deepEqual(media(phone('encryption=yes\nencryption_taglen=32')), ['media_encryption=sdes', 'srtp_tag_32=yes']);
    assert.deepEqual(media(phone('encryption=no\nencryption_taglen=32')), []);
  });

  it("a device's dtlsenable=yes is DTLS with its dtls options, defaults from [general] included", () => {
    const text = `[general]\ndtlssetup=actpass\n${phone('encryption=yes\ndtlsenable=yes\ndtlsverify=fingerprint\ndtlscertfile=/etc/asterisk/keys/a.pem')}`;
    assert.deepEqual(media(text), ['media_encryption=dtls', 'dtls_verify=fingerprint', 'dtls_cert_file=/etc/asterisk/keys/a.pem', 'dtls_setup=actpass']);
    assert.deepEqual(errors(migrate(text).pjsip), []);
  });

  it('dtlsenable in [general] enables nothing (chan_sip starts every device with DTLS off)', () => {
    const { pjsip, unmapped } = migrate(`[general]\ndtlsenable=yes\n${phone('')}`);
    assert.deepEqual(rows(pjsip, 'endpoint', 'p').filter((row) => row.startsWith('media_encryption')), []);
    assert.deepEqual(unmapped.map((item) => item.option), []);
  });

  it("a device's dtls option without dtlsenable is listed: chan_sip never used it", () => {
    const { unmapped } = migrate(phone('dtlscertfile=/etc/asterisk/keys/a.pem'));
    assert.deepEqual(unmapped.map((item) => [item.option, item.reason]), [['dtlscertfile', 'the device has no dtlsenable=yes: chan_sip did not use it']]);
  });

  it('avpf and icesupport keep their meaning', () => {
    assert.deepEqual(media(phone('avpf=yes\nicesupport=yes')), ['use_avpf=yes', 'ice_support=yes']);
  });
});
