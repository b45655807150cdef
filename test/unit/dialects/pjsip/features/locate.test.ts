import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { locatePjsip, ownerOf, referenceAt, sectionAt } from '../../../../../server/src/service/dialects/pjsip/features/locate';
import { pjsipAt, pjsipContext } from '../../../../support/pjsipFixture';

describe('pjsip locate: the object a line belongs to', () => {
  it('a key of an endpoint: its option from the endpoint catalog', () => {
    const { context, position } = pjsipAt('[a]\ntype=endpoint\ncon|text=x\n');
    const target = locatePjsip(context, position);
    assert.equal(target?.kind, 'key');
    assert.ok(target?.kind === 'key');
    assert.equal(target.owner.type, 'endpoint');
    assert.equal(target.option?.name, 'context');
    assert.equal(target.owner.object, context.model.get('endpoint', 'a'));
  });

  it('the same name as an aor: the aor catalog', () => {
    const { context, position } = pjsipAt('[a]\ntype=endpoint\n[a]\ntype=aor\nmax_contacts=|1\n');
    const target = locatePjsip(context, position);
    assert.ok(target?.kind === 'value');
    assert.equal(target.owner.type, 'aor');
    assert.equal(target.option?.objectType, 'aor');
    assert.equal(target.valueOffset, 0);
  });

  it('a (+) section belongs to the object it adds to; a template to its type', () => {
    const context = pjsipContext('[t](!)\ntype=aor\n[a](t)\n[a](+)\nmax_contacts=1\n');
    assert.equal(ownerOf(context.model, sectionAt(context, 4)).object, context.model.get('aor', 'a'));
    const template = ownerOf(context.model, sectionAt(context, 1));
    assert.equal(template.type, 'aor');
    assert.ok(template.template);
  });

  it('a section without type has no owner type; blank lines and comments are told apart', () => {
    const { context, position } = pjsipAt('[a]\n|\n; note\n');
    const target = locatePjsip(context, position);
    assert.ok(target?.kind === 'blank');
    assert.equal(target.owner.type, undefined);
    assert.equal(target.owner.untyped?.reason, 'missing');
    assert.equal(locatePjsip(context, { line: 2, character: 3 })?.kind, 'comment');
    assert.equal(locatePjsip(context, { line: 99, character: 0 }), undefined);
  });
});

describe('pjsip locate: words and references', () => {

  it('referenceAt: the reference whose name covers the column', () => {
    const context = pjsipContext('[e]\ntype=endpoint\naors=x, y\n');
    assert.equal(referenceAt(context.model, context.uri, 2, 8)?.name, 'y');
    assert.equal(referenceAt(context.model, context.uri, 2, 5)?.name, 'x');
    assert.equal(referenceAt(context.model, context.uri, 1, 5), undefined);
  });
});
