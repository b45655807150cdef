/**
 * References to objects Asterisk refuses: the unit checks, then test/fixtures/pjsip-oracle/refused-references
 * loaded into real Asterisk 22, which sends its own REGISTERs and qualify OPTIONS to itself and shows what
 * each refusal costs the object naming it. Skips with one line where Asterisk cannot run here.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { buildPjsipModel, type PjsipModel } from '../../../../server/src/service/dialects/pjsip/model';
import { checkRefusedReferences, refusedTarget } from '../../../../server/src/service/dialects/pjsip/refusedReferences';
import { validatePjsip } from '../../../../server/src/service/dialects/pjsip/rules';
import { Collector } from '../../../../server/src/service/dialects/pjsip/ruleTable';
import { parseConfig } from '../../../../server/src/service/parser/configDocument';
import { parseEndpoints, runAsterisk, skipOracle } from '../../../support/asteriskOracle';
import { rootFile } from '../../../support/memoryHost';

const modelOf = (text: string): PjsipModel => buildPjsipModel(rootFile('pjsip.conf', text));
const codes = (out: Collector): string[] => out.issues.map((issue) => `${issue.rule} ${issue.line}:${issue.span.start}-${issue.span.end}`);

const GOOD_AUTH = '[ok]\ntype=auth\nusername=u\npassword=Long-Random-7731\n';
const BAD_AUTH = '[bad]\ntype=auth\nusername=v\n';
const BAD_TCP = '[tcp]\ntype=transport\nprotocol=tcp\nbind=0.0.0.0:5061\nlocal_net_mask=8\n';

function check(text: string, type: 'endpoint' | 'registration' | 'identify', name: string): Collector {
  const model = modelOf(text);
  const out = new Collector();
  checkRefusedReferences(out, model, model.get(type, name)!);
  return out;
}

describe('pjsip references to objects Asterisk refuses', () => {
  it('endpoint auth=, outbound_auth= and transport= naming a refused object: one note each, on the name', () => {
    const out = check(`[e]\ntype=endpoint\nauth=ok,bad\noutbound_auth=bad\ntransport=tcp\n${GOOD_AUTH}${BAD_AUTH}${BAD_TCP}`, 'endpoint', 'e');
    assert.deepEqual(codes(out), ['pjsip-refused-auth 2:8-11', 'pjsip-refused-auth 3:14-17', 'pjsip-refused-transport 4:10-13']);
    const [inbound, outbound, transport] = out.issues.map((issue) => issue.message);
    assert.match(inbound, /auth 'bad'.*500.*neither register nor call in/);
    assert.match(outbound, /challenges a request of ours.*no auth 'bad' to answer with/);
    assert.match(transport, /Unable to retrieve PJSIP transport 'tcp'.*another transport/);
  });

  it('registration outbound_auth= and transport=: it stops registering only when no usable auth is left', () => {
    const registration = (auths: string): string => `[r]\ntype=registration\nserver_uri=sip:192.0.2.1\nclient_uri=sip:u@192.0.2.1\noutbound_auth=${auths}\ntransport=tcp\n${GOOD_AUTH}${BAD_AUTH}${BAD_TCP}`;
    const alone = check(registration('bad'), 'registration', 'r');
    assert.deepEqual(codes(alone), ['pjsip-refused-auth 4:14-17', 'pjsip-refused-transport 5:10-13']);
    assert.match(alone.issues[0].message, /stops registering/);
    const beside = check(registration('bad,ok'), 'registration', 'r');
    assert.deepEqual(codes(beside), ['pjsip-refused-auth 4:14-17', 'pjsip-refused-transport 5:10-13']);
    assert.doesNotMatch(beside.issues[0].message, /stops/);
  });

  it('identify endpoint= naming a refused endpoint', () => {
    const out = check('[e]\ntype=endpoint\nhost=192.0.2.1\n[i]\ntype=identify\nendpoint=e\nmatch=192.0.2.1\n', 'identify', 'i');
    assert.deepEqual(codes(out), ['pjsip-refused-endpoint 5:9-10']);
    assert.match(out.issues[0].message, /identify 'i'.*no known endpoint/);
  });

  it('nothing for objects Asterisk creates, for a missing one (checkReference\'s), a warning in the target, or a refused object naming a refused one', () => {
    assert.deepEqual(codes(check(`[e]\ntype=endpoint\nauth=ok\noutbound_auth=nowhere\n${GOOD_AUTH}`, 'endpoint', 'e')), []);
    assert.deepEqual(codes(check('[e]\ntype=endpoint\ntransport=t\n[t]\ntype=transport\nbind=0.0.0.0\nallow_reload=maybe\n', 'endpoint', 'e')), []);
    assert.deepEqual(codes(check(`[e]\ntype=endpoint\nbogus=1\nauth=bad\n${BAD_AUTH}`, 'endpoint', 'e')), []);
  });

  it('refusedTarget: a transport judged once per object, an edited one (a new object) judged anew; other types as refusedForItsLines', () => {
    const refusedTransport = modelOf(BAD_TCP).get('transport', 'tcp')!;
    assert.equal(refusedTarget(refusedTransport), true);
    assert.equal(refusedTarget(refusedTransport), true);
    assert.equal(refusedTarget(modelOf(BAD_TCP.replace('local_net_mask=8\n', '')).get('transport', 'tcp')!), false);
    assert.equal(refusedTarget(modelOf(BAD_AUTH).get('auth', 'bad')!), true);
    assert.equal(refusedTarget(modelOf(GOOD_AUTH).get('auth', 'ok')!), false);
  });

  it('validatePjsip reports them once each, endpoint, registration and identify alike (regression: no note at all)', () => {
    const text =
      `[e]\ntype=endpoint\naors=e\nauth=bad\ntransport=tcp\n[e]\ntype=aor\nmax_contacts=1\n${BAD_AUTH}${BAD_TCP}` +
      '[r]\ntype=registration\nserver_uri=sip:192.0.2.1\nclient_uri=sip:u@192.0.2.1\noutbound_auth=bad\n' +
      '[x]\ntype=endpoint\nhost=192.0.2.1\n[i]\ntype=identify\nendpoint=x\nmatch=192.0.2.1\n';
    const notes = validatePjsip(modelOf(text))
      .filter((issue) => issue.rule.startsWith('pjsip-refused-'))
      .map((issue) => `${issue.rule} ${issue.line}`);
    assert.deepEqual(notes.sort(), ['pjsip-refused-auth 20', 'pjsip-refused-auth 3', 'pjsip-refused-endpoint 26', 'pjsip-refused-transport 4']);
  });
});

describe('pjsip oracle: objects naming an auth, transport or endpoint Asterisk refuses (real Asterisk 22)', { skip: skipOracle }, () => {
  const folder = path.resolve(__dirname, '../../../../../test/fixtures/pjsip-oracle/refused-references');
  const text = readFileSync(path.join(folder, 'pjsip.conf'), 'utf8');
  const model = buildPjsipModel({ uri: `file://${folder}/pjsip.conf`, document: parseConfig(text) });
  // Registrations first, each qualify once; the listings after them give the answers time to come back.
  const blocks = skipOracle
    ? new Map<string, string>()
    : runAsterisk('22', folder, [
        ...model.ofType('registration').map((registration) => `pjsip send register ${registration.name}`),
        'pjsip qualify bob',
        'pjsip qualify dave',
        'pjsip qualify grace',
        'pjsip show endpoints',
        'pjsip show identifies',
        'pjsip show registrations',
        'pjsip show contacts',
      ]);
  const log = blocks.get('log') ?? '';
  const issues = validatePjsip(model);
  const lineText = (line: number): string => text.split('\n')[line];
  /** Our notes, as `rule option=name`. */
  const notes = issues.filter((issue) => /^pjsip-refused-(auth|transport|endpoint)$/.test(issue.rule)).map((issue) => `${issue.rule} ${lineText(issue.line).split('=')[0]}=${lineText(issue.line).slice(issue.span.start, issue.span.end)}`);
  const refused = [...log.matchAll(/Could not create an object of type '(auth|transport|endpoint)' with id '([^']+)'/g)].map((match) => `${match[1]} ${match[2]}`);
  const noteAt = (option: string, name: string): string => issues.find((issue) => lineText(issue.line).startsWith(`${option}=`) && lineText(issue.line).slice(issue.span.start, issue.span.end) === name && issue.rule.startsWith('pjsip-refused-'))!.message;

  it('Asterisk refuses the objects we flag with an error, creates those naming them, and we note every such reference', () => {
    assert.deepEqual(refused.sort(), ['auth broken-auth', 'auth broken-out', 'auth broken-reg', 'endpoint frank', 'transport broken-reg-tcp', 'transport broken-tcp']);
    const shown = parseEndpoints(blocks.get('pjsip show endpoints') ?? '');
    for (const name of ['alice', 'mixed', 'bob', 'dave']) assert.ok(shown.has(name), name);
    assert.ok(!shown.has('frank'));
    assert.match(blocks.get('pjsip show identifies') ?? '', /frank-ip\/frank/);
    assert.deepEqual(notes.sort(), [
      'pjsip-refused-auth auth=broken-auth',
      'pjsip-refused-auth auth=broken-auth',
      'pjsip-refused-auth outbound_auth=broken-out',
      'pjsip-refused-auth outbound_auth=broken-reg',
      'pjsip-refused-endpoint endpoint=frank',
      'pjsip-refused-transport transport=broken-reg-tcp',
      'pjsip-refused-transport transport=broken-tcp',
    ]);
  });

  it('auth=: every REGISTER from the endpoint gets 500, also with a good auth beside the refused one', () => {
    assert.match(log, /Couldn't find auth 'broken-auth'\. Cannot authenticate/);
    assert.match(log, /Temporal response '500' received from [^\n]* to 'sip:alice@/);
    assert.match(log, /Temporal response '500' received from [^\n]* to 'sip:mixed@/);
    assert.match(noteAt('auth', 'broken-auth'), /500/);
  });

  it('outbound_auth=: the challenge finds no auth; a registration with no other stops at the 401', () => {
    assert.match(log, /Auth object 'broken-out' could not be found/);
    assert.match(log, /Auth object 'broken-reg' could not be found/);
    assert.match(log, /Fatal response '401' received from [^\n]* to 'sip:desk@[^\n]*stopping outbound registration/);
    assert.match(blocks.get('pjsip show registrations') ?? '', /carol\/\S+\s+broken-reg\s+Rejected/);
    assert.match(noteAt('outbound_auth', 'broken-reg'), /stops registering/);
    assert.match(noteAt('outbound_auth', 'broken-out'), /Auth object 'broken-out' could not be found/);
  });

  it('transport=: Asterisk says it cannot find the transport and sends through another one all the same', () => {
    assert.match(log, /Unable to retrieve PJSIP transport 'broken-tcp'/);
    assert.match(log, /Unable to retrieve PJSIP transport 'broken-reg-tcp'/);
    // dave's qualify was answered (over UDP: the refused transport was TCP); erin's REGISTER reached heidi.
    assert.match(blocks.get('pjsip show contacts') ?? '', /dave\/sip:nobody@127\.0\.0\.1:5060\s+\S+\s+Avail/);
    assert.match(log, /Fatal response '401' received from [^\n]* to 'sip:heidi@/);
    assert.match(noteAt('transport', 'broken-tcp'), /another transport/);
  });

  it('identify endpoint=: a request its match finds gets no endpoint', () => {
    assert.match(log, /Identify 'frank-ip' points to endpoint 'frank' but endpoint could not be found/);
    assert.match(log, /Request 'OPTIONS' from '<sip:nobody9@127\.0\.0\.9>' failed [^\n]*No matching endpoint found/);
    assert.match(noteAt('endpoint', 'frank'), /no known endpoint/);
  });
});
