import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { PJSIP_SKELETONS } from '../../../../../server/src/service/dialects/pjsip/features/snippets';
import { buildPjsipModel } from '../../../../../server/src/service/dialects/pjsip/model';
import { validatePjsip } from '../../../../../server/src/service/dialects/pjsip/rules';
import { endpointDirection } from '../../../../../server/src/service/dialects/pjsip/direction';
import { skeletonText } from '../../../../../server/src/service/features/snippets';
import { rootFile } from '../../../../support/memoryHost';

/** The snippet as inserted with every placeholder left at its default. */
function expand(snippet: string): string {
  let text = snippet;
  for (let previous = ''; previous !== text; ) {
    previous = text;
    text = text.replace(/\$\{\d+:([^{}]*)\}/g, '$1');
  }
  return text.replace(/\$\d+/g, '');
}

describe('pjsip skeletons', () => {
  for (const skeleton of PJSIP_SKELETONS) {
    it(`${skeleton.label}: loads without an error and every endpoint in it has a direction`, () => {
      const model = buildPjsipModel(rootFile('pjsip.conf', expand(skeletonText(skeleton, []))));
      const errors = validatePjsip(model).filter((issue) => issue.severity === 'error');
      assert.deepEqual(errors, []);
      assert.ok(model.ofType('endpoint').length === 1);
      for (const endpoint of model.ofType('endpoint')) assert.ok(endpointDirection(model, endpoint).arrow, skeleton.label);
    });
  }

  it('the provider trunk answers challenges with outbound_auth and its calls come back to its endpoint', () => {
    const model = buildPjsipModel(rootFile('pjsip.conf', expand(skeletonText(PJSIP_SKELETONS[1], []))));
    const rules = validatePjsip(model).map((issue) => issue.rule);
    assert.ok(!rules.includes('pjsip-auth-instead-of-outbound-auth'));
    assert.ok(!rules.includes('pjsip-registration-calls-unmatched'));
    assert.equal(endpointDirection(model, model.ofType('endpoint')[0]).arrow, '⇄');
  });

  it('the trunk by IP is let in by address, and says so in its comments', () => {
    const skeleton = PJSIP_SKELETONS[2];
    const model = buildPjsipModel(rootFile('pjsip.conf', expand(skeletonText(skeleton, []))));
    assert.ok(endpointDirection(model, model.ofType('endpoint')[0]).inbound.letInByAddress);
    assert.ok(skeleton.body.includes('without a'));
  });
});
