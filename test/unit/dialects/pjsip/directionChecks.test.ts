import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { checkEndpoint, checkRegistrations } from '../../../../server/src/service/dialects/pjsip/directionChecks';
import { buildPjsipModel, type PjsipModel } from '../../../../server/src/service/dialects/pjsip/model';
import { Collector } from '../../../../server/src/service/dialects/pjsip/ruleTable';
import { indexDialplan } from '../../../../server/src/service/model/dialplan';
import { parseConfig } from '../../../../server/src/service/parser/configDocument';
import { rootFile } from '../../../support/memoryHost';

const modelOf = (text: string): PjsipModel => buildPjsipModel(rootFile('pjsip.conf', text));
const codes = (out: Collector): string[] => out.issues.map((issue) => `${issue.rule} ${issue.line}:${issue.span.start}-${issue.span.end}`);

const provider =
  '[p-auth]\ntype=auth\nusername=1\npassword=Long-Random-7731\n' +
  '[p]\ntype=registration\nserver_uri=sip:192.0.2.1\nclient_uri=sip:1@192.0.2.1\noutbound_auth=p-auth\n' +
  '[p]\ntype=endpoint\ncontext=in\naors=p\nauth=p-auth\n[p]\ntype=aor\ncontact=sip:192.0.2.1\n';

describe('pjsip checks of who calls whom', () => {
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
