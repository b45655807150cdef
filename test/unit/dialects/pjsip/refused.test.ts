import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { buildPjsipModel } from '../../../../server/src/service/dialects/pjsip/model';
import { REFUSING_RULES, refusalsOf } from '../../../../server/src/service/dialects/pjsip/refused';
import { PJSIP_RULES, validatePjsip } from '../../../../server/src/service/dialects/pjsip/rules';
import { rootFile } from '../../../support/memoryHost';

/** The names of the objects `refusalsOf` says Asterisk refuses. */
function refused(text: string): string[] {
  const model = buildPjsipModel(rootFile('pjsip.conf', text));
  const issues = validatePjsip(model);
  return model.objects.filter((object) => refusalsOf(object, issues).length > 0).map((object) => `${object.type} ${object.name}`);
}

describe('refused pjsip objects', () => {
  it('an error on the header or any line of the object (own, template, (+)) refuses it; a warning or a missing reference does not', () => {
    assert.deepEqual(refused('[a]\ntype=aor\nmax_contacts=one\n[b]\ntype=aor\nmax_contacts=1\n'), ['aor a']);
    assert.deepEqual(refused('[t](!)\ntype=endpoint\nhost=x\n[e1](t)\n[e2](t)\n'), ['endpoint e1', 'endpoint e2']);
    assert.deepEqual(refused('[a]\ntype=aor\n[a](+)\nbogus=1\n'), ['aor a']);
    assert.deepEqual(refused('[x]\ntype=auth\nusername=u\n'), ['auth x']);
    assert.deepEqual(refused('[a]\ntype=aor\nremove_existing=maybe\n[e]\ntype=endpoint\naors=nowhere\n'), []);
  });

  it('every refusing rule is an error whose message says the object is not created', () => {
    for (const id of REFUSING_RULES) {
      assert.equal(PJSIP_RULES[id].defaultSeverity, 'error', id);
      assert.match(PJSIP_RULES[id].message('x'), /not create|cannot start/, id);
    }
  });
});
