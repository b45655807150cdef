/** The oracle's reading of Asterisk's log (sandbox network noise is not a config complaint), and its TLS key pair. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createPrivateKey, X509Certificate } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pjsipComplaints, skipOpenssl, writeThrowAwayTlsPair } from '../../support/asteriskOracle';

const log = [
  "ERROR res_pjsip/pjsip_options.c: Error 120101 'Network is unreachable' sending OPTIONS request to endpoint carrier-ip",
  "WARNING res_pjsip_outbound_registration.c: No response received from 'sip:sip.example.net' on registration attempt to 'sip:100@sip.example.net', retrying in '60'",
  "ERROR res_sorcery_config.c: Could not create an object of type 'aor' with id 'broken' from configuration file 'pjsip.conf'",
  "WARNING config.c: Some config.c warning",
  'NOTICE res_pjsip: a notice',
].join('\n');

describe('pjsipComplaints', () => {
  it('keeps the refusals and drops what the sandbox network causes', () => {
    assert.deepEqual(pjsipComplaints(log), [log.split('\n')[2]]);
  });

  it('reads the sources it is given (config.c too), still without the sandbox lines', () => {
    assert.deepEqual(pjsipComplaints(log, /^(ERROR|WARNING) (res_pjsip|res_sorcery|config\.c)/), [log.split('\n')[2], log.split('\n')[3]]);
  });
});

describe('writeThrowAwayTlsPair', { skip: skipOpenssl }, () => {
  it('writes a private key and a self-signed certificate of that key', () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'tls-pair-'));
    try {
      writeThrowAwayTlsPair(path.join(folder, 'pbx.key'), path.join(folder, 'pbx.crt'));
      const key = createPrivateKey(readFileSync(path.join(folder, 'pbx.key')));
      const certificate = new X509Certificate(readFileSync(path.join(folder, 'pbx.crt')));
      assert.ok(certificate.checkPrivateKey(key));
      assert.ok(certificate.verify(certificate.publicKey));
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
