/**
 * How calls reach an endpoint without a password (openDoor.ts): unit cases, then
 * test/fixtures/pjsip-oracle/identify-header loaded into real Asterisk 22, which sends its own REGISTER
 * (User-Agent set by the global object) to itself: the header matches the endpoint although its
 * identify_by is `username`, and no password is asked; with another header value nothing matches.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { endpointDirection } from '../../../../server/src/service/dialects/pjsip/direction';
import { buildPjsipModel } from '../../../../server/src/service/dialects/pjsip/model';
import { openDoor, openDoorText } from '../../../../server/src/service/dialects/pjsip/openDoor';
import { validatePjsip } from '../../../../server/src/service/dialects/pjsip/rules';
import { indexDialplan } from '../../../../server/src/service/model/dialplan';
import { parseConfig } from '../../../../server/src/service/parser/configDocument';
import { runAsterisk, skipOracle } from '../../../support/asteriskOracle';
import { rootFile } from '../../../support/memoryHost';

function doorOf(text: string, name: string): ReturnType<typeof openDoor> {
  const model = buildPjsipModel(rootFile('pjsip.conf', text));
  return openDoor(endpointDirection(model, model.get('endpoint', name)!));
}

describe('openDoor', () => {
  const identify = (match: string): string => `[t]\ntype=endpoint\ncontext=in\n[t-id]\ntype=identify\nendpoint=t\n${match}\n`;

  it('the addresses and headers of the identifies naming an endpoint without auth', () => {
    assert.deepEqual(doorOf(identify('match=192.0.2.1,192.0.2.2'), 't'), { addresses: ['192.0.2.1', '192.0.2.2'], headers: [] });
    assert.deepEqual(doorOf(identify('match_header=X-Carrier: acme'), 't'), { addresses: [], headers: ['X-Carrier: acme'] });
    assert.deepEqual(doorOf(identify('match=192.0.2.1\nmatch_header=X-Carrier: acme'), 't'), { addresses: ['192.0.2.1'], headers: ['X-Carrier: acme'] });
  });

  it('closed: auth= challenges, or no identify names the endpoint', () => {
    assert.equal(doorOf(`${identify('match_header=X-Carrier: acme')}[t](+)\nauth=a\n[a]\ntype=auth\nusername=u\npassword=Long-Random-7731\n`, 't'), undefined);
    assert.equal(doorOf('[t]\ntype=endpoint\n', 't'), undefined);
  });

  it('the text names the header and says that anyone can send it', () => {
    const text = openDoorText({ addresses: [], headers: ['X-Carrier: acme'] });
    assert.equal(text.calls, "Calls carrying the header 'X-Carrier: acme'");
    assert.match(text.anyone, /anyone who can reach this SIP port can send it/);
    assert.equal(openDoorText({ addresses: ['192.0.2.1'], headers: [] }).calls, 'Calls from 192.0.2.1');
  });
});

describe('pjsip oracle: an identify by header lets calls in (real Asterisk 22)', { skip: skipOracle }, () => {
  const folder = path.resolve(__dirname, '../../../../../test/fixtures/pjsip-oracle/identify-header');
  const text = readFileSync(path.join(folder, 'pjsip.conf'), 'utf8');
  const commands = ['pjsip send register probe', 'pjsip show endpoints', 'pjsip show endpoints', 'pjsip show endpoints'];

  it('the REGISTER carrying the header reaches endpoint by-header unchallenged (identify_by=username), and we warn', () => {
    const log = runAsterisk('22', folder, commands).get('log') ?? '';
    // The registrar's complaint names the endpoint the request was matched to; a challenge would come first otherwise.
    assert.match(log, /res_pjsip_registrar\.c: Endpoint 'by-header' \(127\.0\.0\.1:5060\) has no configured AORs/);
    assert.doesNotMatch(log, /No matching endpoint found|401/);
    const model = buildPjsipModel({ uri: `file://${folder}/pjsip.conf`, document: parseConfig(text) });
    const dialplan = indexDialplan([{ uri: `file://${folder}/extensions.conf`, document: parseConfig(readFileSync(path.join(folder, 'extensions.conf'), 'utf8')) }]);
    const open = validatePjsip(model, dialplan).filter((issue) => issue.rule === 'pjsip-open-by-address');
    assert.deepEqual(open.map((issue) => text.split('\n')[issue.line]), ['[by-header]']);
  });

  it('with another header value nothing matches: Asterisk challenges and logs no matching endpoint', () => {
    const copy = mkdtempSync(path.join(tmpdir(), 'identify-header-'));
    try {
      cpSync(folder, copy, { recursive: true });
      writeFileSync(path.join(copy, 'pjsip.conf'), text.replace('match_header=User-Agent: HdrProbe', 'match_header=User-Agent: Other'));
      const log = runAsterisk('22', copy, commands).get('log') ?? '';
      assert.match(log, /Request 'REGISTER' from '<sip:probe@127\.0\.0\.1>' failed .* No matching endpoint found/);
      assert.doesNotMatch(log, /Endpoint 'by-header'/);
    } finally {
      rmSync(copy, { recursive: true, force: true });
    }
  });
});
