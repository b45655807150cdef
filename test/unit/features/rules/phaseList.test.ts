import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import type { Diagnostic } from 'vscode-languageserver-types';
import { PhaseList, type UnitList } from '../../../../server/src/service/features/rules/phaseList';

/** Property runs per `npm test`; FUZZ_RUNS raises it. */
const RUNS = Number(process.env.FUZZ_RUNS ?? 1000);

let made = 0;
const diagnostic = (): Diagnostic => ({ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } }, message: `d${made++}` });
/** A unit's list as the unit cache gives it: most units find nothing (undefined), some one or two. */
const unitList = (found: number): UnitList => (found === 0 ? undefined : Array.from({ length: found }, diagnostic));
const units = (count: number, every = 3): UnitList[] => Array.from({ length: count }, (_, index) => unitList(index % every === 0 ? 1 + (index % 2) : 0));

/** What a plain array does for the same splice: the model the tree must equal. */
function flat(lists: readonly UnitList[]): Diagnostic[] {
  return lists.flatMap((list) => list ?? []);
}

describe('PhaseList: one topic over all units, shared between versions', () => {
  it('lists the items of its units in unit order, and the items of a range of units', () => {
    const lists = units(1000);
    const list = PhaseList.of(lists);
    list.check();
    assert.equal(list.units, 1000);
    assert.deepEqual(list.toArray(), flat(lists));
    assert.deepEqual(list.toArray(300, 310), flat(lists.slice(300, 310)));
    assert.equal(list.unit(999), lists[999]);
    assert.equal(list.unit(0), lists[0]);
  });

  it('is empty when built from no units, and after its last unit is taken out', () => {
    assert.equal(PhaseList.of([]), PhaseList.EMPTY);
    const list = PhaseList.of(units(100));
    const none = list.splice(0, 100, []);
    assert.equal(none.units, 0);
    assert.deepEqual(none.toArray(), []);
    assert.equal(none.splice(0, 0, []).units, 0);
  });

  it('returns itself when a splice puts back the same lists (a unit that found nothing before and after)', () => {
    const lists = units(500);
    const list = PhaseList.of(lists);
    assert.equal(list.splice(200, 203, lists.slice(200, 203)), list);
    assert.equal(list.splice(10, 11, [lists[10]]), list);
  });

  it('leaves the version it was made from as it was', () => {
    const lists = units(700);
    const before = PhaseList.of(lists);
    const snapshot = before.toArray();
    const after = before.splice(350, 352, [unitList(2), undefined, unitList(1)]);
    assert.deepEqual(before.toArray(), snapshot);
    assert.equal(after.units, 701);
    before.check();
    after.check();
  });

  it('stays shallow at 20k units and after many edits at one place', () => {
    let list = PhaseList.of(units(20000));
    assert.ok(list.depth <= 4, `depth ${list.depth}`);
    for (let round = 0; round < 2000; round++) list = round % 2 ? list.splice(10000, 10001, []) : list.splice(10000, 10000, [unitList(1)]);
    list.check();
    assert.equal(list.units, 20000);
    for (let round = 0; round < 5000; round++) list = list.splice(5000, 5003, [unitList(1)]);
    list.check();
    assert.equal(list.units, 10000);
    assert.ok(list.depth <= 4, `depth ${list.depth}`);
  });

  it('refuses a range outside its units', () => {
    const list = PhaseList.of(units(10));
    assert.throws(() => list.splice(5, 11, []), RangeError);
    assert.throws(() => list.splice(6, 5, []), RangeError);
    assert.throws(() => list.unit(10), RangeError);
  });

  it('equals a plain array under any sequence of splices (and keeps its invariants)', () => {
    const splice = fc.record({ from: fc.nat(), length: fc.nat({ max: 80 }), inserted: fc.array(fc.nat({ max: 2 }), { maxLength: 90 }) });
    fc.assert(
      fc.property(fc.nat({ max: 3000 }), fc.array(splice, { maxLength: 12 }), (initial, splices) => {
        let model = units(initial, 4);
        let list = PhaseList.of(model);
        const versions: [PhaseList, Diagnostic[]][] = [[list, flat(model)]];
        for (const { from, length, inserted } of splices) {
          const start = model.length ? from % (model.length + 1) : 0;
          const end = Math.min(model.length, start + length);
          const lists = inserted.map(unitList);
          model = [...model.slice(0, start), ...lists, ...model.slice(end)];
          list = list.splice(start, end, lists);
          list.check();
          versions.push([list, flat(model)]);
        }
        assert.equal(list.units, model.length);
        // Every version still reads as it did: nothing is shared that a later splice changed.
        for (const [version, items] of versions) assert.deepEqual(version.toArray(), items);
      }),
      { numRuns: RUNS / 4 },
    );
  });
});
