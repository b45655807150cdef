import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { buildPjsipModel } from '../../../../server/src/service/dialects/pjsip/model';
import { validatePjsip } from '../../../../server/src/service/dialects/pjsip/phaseEngine';
import { indexDialplan } from '../../../../server/src/service/model/dialplan';
import { parseConfig } from '../../../../server/src/service/parser/configDocument';
import { rootFile } from '../../../support/memoryHost';

const codes = (issues: readonly { rule: string; line: number }[]): string[] => issues.map((issue) => `${issue.rule} ${issue.line}`);

describe('pjsip phase engine (validatePjsip)', () => {
  it('a template line every heir reports is reported once, where first found', () => {
    const model = buildPjsipModel(rootFile('pjsip.conf', '[t](!)\ntype=aor\nbogus=1\nmax_contacts=1\n[a](t)\n[b](t)\n'));
    assert.deepEqual(codes(validatePjsip(model)), ['pjsip-unknown-option 2']);
  });

  it('asking again for one model gives the same issues in a new array (the caller may change it)', () => {
    const model = buildPjsipModel(rootFile('pjsip.conf', '[e]\ntype=endpoint\n[a]\ntype=auth\n'));
    const first = validatePjsip(model);
    const expected = codes(first);
    first.length = 0;
    const second = validatePjsip(model);
    assert.notEqual(second, first);
    assert.deepEqual(codes(second), expected);
    assert.deepEqual(expected, ['pjsip-auth-without-username 2', 'pjsip-auth-without-password 2', 'pjsip-endpoint-without-aors 0']);
  });

  it('another dialplan is not served from the cache of the first', () => {
    const trunk = '[p]\ntype=endpoint\ncontext=in\naors=p\n[p]\ntype=aor\ncontact=sip:192.0.2.1\n[p]\ntype=identify\nendpoint=p\nmatch=192.0.2.1\n';
    const model = buildPjsipModel(rootFile('pjsip.conf', trunk));
    assert.deepEqual(codes(validatePjsip(model)), []);
    const dialplan = indexDialplan([{ uri: 'file:///etc/asterisk/extensions.conf', document: parseConfig('[in]\nexten => _X.,1,Dial(PJSIP/${EXTEN}@p)\n') }]);
    assert.deepEqual(codes(validatePjsip(model, dialplan)), ['pjsip-open-by-address 0']);
    assert.deepEqual(codes(validatePjsip(model)), []);
  });
});
