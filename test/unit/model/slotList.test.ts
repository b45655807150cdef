import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { SlotList } from '../../../server/src/service/model/slotList';

describe('SlotList', () => {
  it('is its array until a slot is replaced, and never changes the base', () => {
    const base = ['a', 'b', 'c'];
    const list = SlotList.of(base);
    assert.equal(list.toArray(), base);
    const next = list.with(1, 'B');
    assert.equal(next.length, 3);
    assert.equal(next.at(0), 'a');
    assert.equal(next.at(1), 'B');
    assert.deepEqual(next.toArray(), ['a', 'B', 'c']);
    assert.equal(next.toArray(), next.toArray(), 'built once, then kept');
    assert.deepEqual(base, ['a', 'b', 'c']);
    assert.deepEqual(list.toArray(), ['a', 'b', 'c']);
  });

  it('refuses a slot outside the list', () => {
    assert.throws(() => SlotList.of([1]).with(1, 2), RangeError);
    assert.throws(() => SlotList.of([1]).with(-1, 2), RangeError);
  });

  it('reads single slots without building the array', () => {
    let list = SlotList.of(Array.from({ length: 100 }, (_, i) => i));
    for (let step = 0; step < 1000; step++) list = list.with(step % 5, -step);
    assert.equal(list.at(0), -995);
    assert.equal(list.at(4), -999);
    assert.equal(list.at(5), 5);
  });

  it('find answers from the slots, replaced ones included', () => {
    const list = SlotList.of([1, 2, 3, 4]).with(2, 30);
    assert.equal(list.find((item) => item > 2), 30);
    assert.equal(list.find((item) => item > 100), undefined);
    assert.equal(SlotList.of<number>([]).find(() => true), undefined);
  });

  it('agrees with a copied array after any sequence of replacements and reads', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 80 }),
        fc.array(fc.tuple(fc.nat(), fc.integer(), fc.boolean()), { maxLength: 120 }),
        (size, steps) => {
          const expected = Array.from({ length: size }, (_, i) => i);
          let list = SlotList.of(expected.slice());
          for (const [slot, value, read] of steps) {
            list = list.with(slot % size, value);
            expected[slot % size] = value;
            if (read) assert.deepEqual(list.toArray(), expected);
          }
          for (let index = 0; index < size; index++) assert.equal(list.at(index), expected[index]);
          assert.deepEqual(list.toArray(), expected);
        },
      ),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 200) },
    );
  });
});
