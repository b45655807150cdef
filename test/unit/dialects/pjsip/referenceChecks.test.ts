import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { endpointDirection } from '../../../../server/src/service/dialects/pjsip/direction';
import { buildPjsipModel, type PjsipModel } from '../../../../server/src/service/dialects/pjsip/model';
import { checkAorReach, checkAuthBothWays, checkPassword, checkReference, checkRefusedAors } from '../../../../server/src/service/dialects/pjsip/referenceChecks';
import { validatePjsip } from '../../../../server/src/service/dialects/pjsip/rules';
import { Collector } from '../../../../server/src/service/dialects/pjsip/ruleTable';
import { parseConfig } from '../../../../server/src/service/parser/configDocument';
import { parseEndpoints, runAsterisk, skipOracle } from '../../../support/asteriskOracle';
import { rootFile } from '../../../support/memoryHost';

const modelOf = (text: string): PjsipModel => buildPjsipModel(rootFile('pjsip.conf', text));
const codes = (out: Collector): string[] => out.issues.map((issue) => `${issue.rule} ${issue.line}:${issue.span.start}-${issue.span.end}`);

describe('pjsip checks that read the objects a unit names or is named by', () => {
  it('checkReference: a name of another type, a name that is nowhere (with candidates), a found one says nothing', () => {
    const model = modelOf('[e]\ntype=endpoint\naors=a1\nauth=x\noutbound_auth=x\n[a1]\ntype=aor\n[a2]\ntype=aor\n[x]\ntype=auth\n');
    const out = new Collector();
    for (const reference of model.referencesFrom(model.get('endpoint', 'e')!)) checkReference(out, model, reference);
    assert.deepEqual(codes(out), []);
    const broken = modelOf('[e]\ntype=endpoint\naors=a3\nauth=e\n[a1]\ntype=aor\n');
    const issues = new Collector();
    for (const reference of broken.referencesFrom(broken.get('endpoint', 'e')!)) checkReference(issues, broken, reference);
    assert.deepEqual(codes(issues), ['pjsip-missing-reference 2:5-7', 'pjsip-wrong-reference-type 3:5-6']);
    assert.deepEqual(issues.issues[0].candidates, ['a1']);
  });

  it('checkPassword: a weak password names who can use it, never the password', () => {
    const model = modelOf('[a]\ntype=auth\nusername=u\npassword=abc\n[desk]\ntype=endpoint\nauth=a\n');
    const out = new Collector();
    checkPassword(out, model, model.get('auth', 'a')!);
    assert.deepEqual(codes(out), ['pjsip-weak-password 3:9-12']);
    assert.match(out.issues[0].message, /call in as 'desk'/);
    assert.doesNotMatch(out.issues[0].message, /abc/);
  });

  it('checkAorReach: max_contacts=0 and no contact, unless Asterisk refuses the aor anyway', () => {
    const model = modelOf('[f]\ntype=aor\n[e]\ntype=endpoint\naors=f\n[bad]\ntype=aor\nmax_contacts=one\n[ok]\ntype=aor\nmax_contacts=1\n');
    const out = new Collector();
    for (const aor of model.ofType('aor')) checkAorReach(out, model, aor);
    assert.deepEqual(codes(out), ['pjsip-aor-unreachable 0:1-2']);
    assert.match(out.issues[0].message, /for 'e'/);
  });

  it('checkRefusedAors: each aors= name of an aor Asterisk refuses, on that name; a missing one is checkReference\'s', () => {
    const model = modelOf('[e]\ntype=endpoint\naors=ok,bad,nowhere\n[ok]\ntype=aor\nmax_contacts=1\n[bad]\ntype=aor\nmax_contacts=one\n');
    const out = new Collector();
    checkRefusedAors(out, model, model.get('endpoint', 'e')!);
    assert.deepEqual(codes(out), ['pjsip-refused-aor 2:8-11']);
    assert.match(out.issues[0].message, /aor 'bad'/);
    assert.match(out.issues[0].message, /endpoint 'e'/);
    // It still has aor ok to call through: the note does not say it has none.
    assert.doesNotMatch(out.issues[0].message, /no other aor/);
  });

  it('checkAuthBothWays: one auth under auth= and outbound_auth= of others', () => {
    const model = modelOf('[a]\ntype=auth\nusername=u\npassword=Long-Random-7731\n[in]\ntype=endpoint\nauth=a\n[out]\ntype=registration\noutbound_auth=a\n[b]\ntype=auth\n');
    const out = new Collector();
    for (const auth of model.ofType('auth')) checkAuthBothWays(out, model, auth);
    assert.deepEqual(codes(out), ['pjsip-auth-both-ways 0:1-2']);
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
