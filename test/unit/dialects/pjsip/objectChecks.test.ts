import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { buildPjsipModel, type PjsipModel } from '../../../../server/src/service/dialects/pjsip/model';
import { checkDuplicate, checkEndpointPairs, checkLines, checkRequired, checkSystemTimers, checkUntyped, filled, refusedForItsLines } from '../../../../server/src/service/dialects/pjsip/objectChecks';
import { Collector } from '../../../../server/src/service/dialects/pjsip/ruleTable';
import { rootFile } from '../../../support/memoryHost';

const modelOf = (text: string): PjsipModel => buildPjsipModel(rootFile('pjsip.conf', text));
const codes = (out: Collector): string[] => out.issues.map((issue) => `${issue.rule} ${issue.line}:${issue.span.start}-${issue.span.end}`);

describe('pjsip checks of one object alone', () => {
  it('checkLines: unknown option (with candidates), chan_sip option, not a boolean, invalid value; type= is skipped', () => {
    const model = modelOf('[e]\ntype=endpoint\nrewrite_contcat=yes\nsecret=x\ndirect_media=maybe\nt38_udptl_ec=FEC\n');
    const endpoint = model.get('endpoint', 'e')!;
    const out = new Collector();
    checkLines(out, 'endpoint', "endpoint 'e'", endpoint.lines);
    assert.deepEqual(codes(out), ['pjsip-unknown-option 2:0-15', 'pjsip-chan-sip-option 3:0-6', 'pjsip-not-a-boolean 4:13-18', 'pjsip-invalid-value 5:13-16']);
    assert.deepEqual(out.issues[0].candidates, ['rewrite_contact']);
  });

  it('checkUntyped: a missing type at the header, a chan_sip type and a case-only miss at the value', () => {
    const model = modelOf('[a]\nhost=x\n[b]\ntype=peer\n[c]\ntype=Endpoint\n');
    const out = new Collector();
    for (const untyped of model.untyped) checkUntyped(out, untyped);
    assert.deepEqual(codes(out), ['pjsip-missing-type 0:1-2', 'pjsip-unknown-type 3:5-9', 'pjsip-unknown-type 5:5-13']);
    assert.equal(out.issues[1].candidates, undefined);
    assert.deepEqual(out.issues[2].candidates?.[0], 'endpoint');
  });

  it('checkDuplicate: the second object of a type and name, at its header', () => {
    const model = modelOf('[a]\ntype=aor\n[a]\ntype=aor\n');
    const out = new Collector();
    for (const duplicate of model.duplicates) checkDuplicate(out, duplicate);
    assert.deepEqual(codes(out), ['pjsip-duplicate-object 2:1-2']);
  });

  it('checkRequired: auth, registration and identify without their required parts; filled ignores blanks', () => {
    const model = modelOf('[a]\ntype=auth\npassword= \n[r]\ntype=registration\nserver_uri=sip:x\n[i]\ntype=identify\n[ok]\ntype=auth\nauth_type=google_oauth\n');
    const out = new Collector();
    for (const object of model.objects) checkRequired(out, object);
    assert.deepEqual(out.issues.map((issue) => `${issue.rule} ${issue.line}`), ['pjsip-auth-without-username 0', 'pjsip-auth-without-password 0', 'pjsip-registration-without-uri 3', 'pjsip-identify-incomplete 6']);
    assert.equal(filled(model.get('auth', 'a')!, 'password'), false);
    assert.equal(filled(model.get('registration', 'r')!, 'server_uri'), true);
  });

  it('refusedForItsLines: a bad value refuses the object, a warning does not', () => {
    const model = modelOf('[bad]\ntype=aor\nmax_contacts=one\n[soft]\ntype=aor\nremove_existing=maybe\n');
    assert.equal(refusedForItsLines(model.get('aor', 'bad')!), true);
    assert.equal(refusedForItsLines(model.get('aor', 'soft')!), false);
  });

  it('refusedForItsLines: a part its type requires left out refuses it too (regression: an auth without password counted as created)', () => {
    const model = modelOf('[nopass]\ntype=auth\nusername=u\n[ok]\ntype=auth\nusername=u\npassword=Long-Random-7731\n[noserver]\ntype=registration\nclient_uri=sip:u@192.0.2.1\n');
    assert.equal(refusedForItsLines(model.get('auth', 'nopass')!), true);
    assert.equal(refusedForItsLines(model.get('auth', 'ok')!), false);
    assert.equal(refusedForItsLines(model.get('registration', 'noserver')!), true);
  });

  it('checkEndpointPairs and checkSystemTimers report at the value', () => {
    const timers = new Collector();
    checkSystemTimers(timers, modelOf('[system]\ntype=system\ntimer_t1=100\ntimer_b=6399\n').get('system', 'system')!);
    assert.deepEqual(codes(timers), ['pjsip-timer-too-low 3:8-12']);
    const pairs = new Collector();
    checkEndpointPairs(pairs, modelOf('[e]\ntype=endpoint\nrtp_port_start=20000\nrtp_port_end=10000\n').get('endpoint', 'e')!);
    assert.deepEqual(codes(pairs), ['pjsip-value-out-of-range 3:13-18']);
    assert.match(pairs.issues[0].message, /\(endpoint 'e'\)/);
  });
});
