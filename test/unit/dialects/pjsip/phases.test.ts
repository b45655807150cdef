import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { buildPjsipModel } from '../../../../server/src/service/dialects/pjsip/model';
import { PHASES, type RunContext, type UnitPhase } from '../../../../server/src/service/dialects/pjsip/phases';
import { Collector } from '../../../../server/src/service/dialects/pjsip/ruleTable';
import { rootFile } from '../../../support/memoryHost';

const unitPhases = PHASES.filter((entry): entry is UnitPhase => typeof entry !== 'string');
const model = buildPjsipModel(
  rootFile('pjsip.conf', '[i]\ntype=identify\n[r]\ntype=registration\n[a]\ntype=auth\n[e]\ntype=endpoint\n[e]\ntype=endpoint\n[t](!)\ntype=aor\nbogus=1\n[s]\nhost=x\n'),
);
const run: RunContext = { model, dialplan: undefined, registrations: { auths: new Map(), registeredTo: new Map(), signature: '' } };

/** The rules one phase reports over all its units, in its rank order. */
function rulesOf(phase: UnitPhase): string[] {
  const units = [...phase.units(model)].sort((a, b) => phase.rank(a, model) - phase.rank(b, model) || a.section.order - b.section.order);
  return units.flatMap((unit) => {
    const out = new Collector();
    phase.check(out, unit, run);
    return out.issues.map((issue) => `${issue.rule} ${issue.line}`);
  });
}

describe('pjsip phases', () => {
  it('the checks over every transport and every registration sit between the per-unit phases, in the from-scratch order', () => {
    assert.equal(PHASES.length, 15);
    assert.deepEqual([PHASES.indexOf('transports'), PHASES.indexOf('registrations')], [8, 11]);
  });

  it('only the checks that read other objects are impure, and only the endpoint checks read the registrations', () => {
    // The reference check reads which names there are (of its type, of others): impure since objects come and go by a patch.
    assert.deepEqual(unitPhases.map((phase) => phase.pure), [true, true, true, true, true, false, true, false, true, false, false, false, false]);
    assert.deepEqual(unitPhases.map((phase) => phase.readsRegistrations === true), [...Array(11).fill(false), true, false]);
  });

  it('the last phase runs the identifies\' refused-endpoint check, again when the endpoint changes (impure)', () => {
    const last = unitPhases[unitPhases.length - 1];
    assert.equal(last.accepts(model.get('identify', 'i')!), true);
    assert.equal(last.accepts(model.get('endpoint', 'e')!), false);
  });

  it('the first phases report untyped sections, then duplicates, then the template\'s lines', () => {
    assert.deepEqual(rulesOf(unitPhases[0]), ['pjsip-missing-type 13']);
    assert.deepEqual(rulesOf(unitPhases[1]), ['pjsip-duplicate-object 8']);
    assert.deepEqual(rulesOf(unitPhases[3]), ['pjsip-unknown-option 12']);
  });

  it('the required-parts phase ranks auths, then registrations, then identifies, whatever the file order', () => {
    assert.deepEqual(rulesOf(unitPhases[6]), ['pjsip-auth-without-username 4', 'pjsip-auth-without-password 4', 'pjsip-registration-without-uri 2', 'pjsip-identify-incomplete 0']);
    assert.equal(unitPhases[6].accepts(model.get('endpoint', 'e')!), false);
    assert.equal(unitPhases[6].accepts(model.get('auth', 'a')!), true);
  });

  it('the lines phase ranks an object before its duplicate', () => {
    const kept = model.get('endpoint', 'e')!;
    const [duplicate] = model.duplicates;
    assert.notEqual(kept, duplicate);
    assert.deepEqual([unitPhases[2].rank(kept, model), unitPhases[2].rank(duplicate, model)], [0, 1]);
  });
});
