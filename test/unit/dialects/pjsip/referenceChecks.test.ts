import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { buildPjsipModel, type PjsipModel } from '../../../../server/src/service/dialects/pjsip/model';
import { checkAorReach, checkAuthBothWays, checkPassword, checkReference } from '../../../../server/src/service/dialects/pjsip/referenceChecks';
import { Collector } from '../../../../server/src/service/dialects/pjsip/ruleTable';
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

  it('checkAuthBothWays: one auth under auth= and outbound_auth= of others', () => {
    const model = modelOf('[a]\ntype=auth\nusername=u\npassword=Long-Random-7731\n[in]\ntype=endpoint\nauth=a\n[out]\ntype=registration\noutbound_auth=a\n[b]\ntype=auth\n');
    const out = new Collector();
    for (const auth of model.ofType('auth')) checkAuthBothWays(out, model, auth);
    assert.deepEqual(codes(out), ['pjsip-auth-both-ways 0:1-2']);
  });
});
