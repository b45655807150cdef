import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { endpointDirection } from '../../../../server/src/service/dialects/pjsip/direction';
import { checkEndpoint, checkRefusedAors, checkRegistrations } from '../../../../server/src/service/dialects/pjsip/directionChecks';
import { buildPjsipModel, type PjsipModel } from '../../../../server/src/service/dialects/pjsip/model';
import { validatePjsip } from '../../../../server/src/service/dialects/pjsip/rules';
import { Collector } from '../../../../server/src/service/dialects/pjsip/ruleTable';
import { indexDialplan } from '../../../../server/src/service/model/dialplan';
import { parseConfig } from '../../../../server/src/service/parser/configDocument';
import { parseEndpoints, runAsterisk, skipOracle } from '../../../support/asteriskOracle';
import { rootFile } from '../../../support/memoryHost';

const modelOf = (text: string): PjsipModel => buildPjsipModel(rootFile('pjsip.conf', text));
const codes = (out: Collector): string[] => out.issues.map((issue) => `${issue.rule} ${issue.line}:${issue.span.start}-${issue.span.end}`);

const provider =
  '[p-auth]\ntype=auth\nusername=1\npassword=Long-Random-7731\n' +
  '[p]\ntype=registration\nserver_uri=sip:192.0.2.1\nclient_uri=sip:1@192.0.2.1\noutbound_auth=p-auth\n' +
  '[p]\ntype=endpoint\ncontext=in\naors=p\nauth=p-auth\n[p]\ntype=aor\ncontact=sip:192.0.2.1\n';

describe('pjsip checks of who calls whom', () => {
  it('checkRefusedAors: each aors= name of an aor Asterisk refuses, on that name; a missing one is checkReference\'s (and checkEndpoint runs it)', () => {
    const model = modelOf('[e]\ntype=endpoint\naors=ok,bad,nowhere\n[ok]\ntype=aor\nmax_contacts=1\n[bad]\ntype=aor\nmax_contacts=one\n');
    const out = new Collector();
    const endpoint = model.get('endpoint', 'e')!;
    checkRefusedAors(out, model, endpoint, endpointDirection(model, endpoint));
    assert.deepEqual(codes(out), ['pjsip-refused-aor 2:8-11']);
    assert.match(out.issues[0].message, /aor 'bad'/);
    assert.match(out.issues[0].message, /endpoint 'e'/);
    // It still has aor ok to call through: the note does not say it has none.
    assert.doesNotMatch(out.issues[0].message, /no other aor/);
  });

  it('checkRegistrations: the auths we answer with, and a registration whose calls match no endpoint', () => {
    const out = new Collector();
    const facts = checkRegistrations(out, modelOf(provider));
    assert.deepEqual([...facts.auths], [['p-auth', 'p']]);
    assert.deepEqual([...facts.registeredTo], []);
    assert.equal(facts.signature, JSON.stringify([[['p-auth', 'p']], []]));
    assert.deepEqual(codes(out), ['pjsip-registration-calls-unmatched 4:1-2']);
  });

  it('checkEndpoint: auth= on the provider we register to; no aors', () => {
    const model = modelOf(`${provider}[phone]\ntype=endpoint\n`);
    const facts = checkRegistrations(new Collector(), model);
    const out = new Collector();
    for (const endpoint of model.ofType('endpoint')) checkEndpoint(out, model, endpoint, facts, undefined);
    assert.deepEqual(codes(out), ['pjsip-auth-instead-of-outbound-auth 13:0-4', 'pjsip-endpoint-without-aors 17:1-6']);
  });

  it('checkEndpoint: an endpoint let in by address into a context that dials out, only when the dialplan is known', () => {
    const trunk = '[p]\ntype=endpoint\ncontext=in\naors=p\n[p]\ntype=aor\ncontact=sip:192.0.2.1\n[p]\ntype=identify\nendpoint=p\nmatch=192.0.2.1\n';
    const model = modelOf(trunk);
    const facts = checkRegistrations(new Collector(), model);
    const dialplan = indexDialplan([{ uri: 'file:///etc/asterisk/extensions.conf', document: parseConfig('[in]\nexten => _X.,1,Dial(PJSIP/${EXTEN}@p)\n') }]);
    const open = new Collector();
    checkEndpoint(open, model, model.get('endpoint', 'p')!, facts, dialplan);
    assert.deepEqual(codes(open), ['pjsip-open-by-address 0:1-2']);
    assert.match(open.issues[0].message, /extensions\.conf:2/);
    const unknown = new Collector();
    checkEndpoint(unknown, model, model.get('endpoint', 'p')!, facts, undefined);
    assert.deepEqual(codes(unknown), []);
  });
});

describe('pjsip oracle: an endpoint whose aors= names an aor Asterisk refuses (real Asterisk 22)', { skip: skipOracle }, () => {
  const folder = path.resolve(__dirname, '../../../../../test/fixtures/pjsip-oracle/refused-aor');
  const text = readFileSync(path.join(folder, 'pjsip.conf'), 'utf8');
  const model = buildPjsipModel({ uri: `file://${folder}/pjsip.conf`, document: parseConfig(text) });
  const blocks = skipOracle ? new Map<string, string>() : runAsterisk('22', folder, ['pjsip send register probe', 'pjsip show aors', 'pjsip show endpoints']);
  const log = blocks.get('log') ?? '';
  const lineText = (line: number): string => text.split('\n')[line];
  const refused = new Set([...log.matchAll(/Could not create an object of type 'aor' with id '([^']+)'/g)].map((match) => match[1]));

  it('each endpoint loads with the aors our direction keeps (the refused ones left out), and Asterisk says nothing about it', () => {
    assert.deepEqual([...refused].sort(), ['desk-spare', 'phone']);
    const shown = parseEndpoints(blocks.get('pjsip show endpoints') ?? '');
    for (const endpoint of model.ofType('endpoint')) {
      const kept = endpointDirection(model, endpoint).outbound.aors.filter((aor) => aor.exists && !aor.refused);
      assert.deepEqual(shown.get(endpoint.name)?.aors, kept.map((aor) => `${aor.name} ${aor.maxContacts}`), endpoint.name);
    }
    assert.doesNotMatch(log, /object of type 'endpoint'/);
  });

  it('we note every aors= name of a refused aor, and no other', () => {
    const notes = validatePjsip(model).filter((issue) => issue.rule === 'pjsip-refused-aor').map((issue) => lineText(issue.line).slice(issue.span.start, issue.span.end));
    assert.deepEqual(notes.sort(), [...refused].sort());
  });

  it('a device registering to the refused aor gets 404 Not Found (the registrar finds no such aor), as the note says', () => {
    assert.match(log, /AOR 'phone' not found for endpoint 'phone'/);
    assert.match(log, /Fatal response '404'/);
    const [note] = validatePjsip(model).filter((issue) => issue.rule === 'pjsip-refused-aor' && lineText(issue.line).startsWith('aors=phone'));
    assert.match(note.message, /404 Not Found/);
  });
});
