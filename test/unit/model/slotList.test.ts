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

  it('splices without changing the list it came from', () => {
    const base = Array.from({ length: 1000 }, (_, i) => i);
    const list = SlotList.of(base);
    const next = list.splice(500, 2, [-1, -2, -3]);
    assert.equal(next.length, 1001);
    assert.deepEqual([next.at(499), next.at(500), next.at(502), next.at(503)], [499, -1, -3, 502]);
    assert.equal(list.length, 1000);
    assert.equal(list.at(500), 500);
    assert.equal(list.toArray(), base, 'the base is shared, never written');
    assert.deepEqual(base, Array.from({ length: 1000 }, (_, i) => i));
    assert.deepEqual(list.splice(1000, 0, [7]).toArray().slice(-2), [999, 7], 'an append');
    assert.deepEqual(SlotList.of<number>([]).splice(0, 0, [1, 2]).toArray(), [1, 2]);
    assert.equal(list.splice(3, 0, []), list, 'an empty splice is the list itself');
  });

  it('refuses a splice outside the list', () => {
    assert.throws(() => SlotList.of([1, 2]).splice(1, 2), RangeError);
    assert.throws(() => SlotList.of([1, 2]).splice(3, 0, [1]), RangeError);
    assert.throws(() => SlotList.of([1, 2]).splice(-1, 1), RangeError);
  });

  it('shares the untouched slots: many edits on a large list stay a bounded number of pieces', () => {
    const size = 20000;
    let list = SlotList.of(Array.from({ length: size }, (_, i) => i));
    for (let step = 0; step < 2000; step++) {
      const at = (step * 7919) % list.length;
      list = step % 2 ? list.splice(at, 1) : list.splice(at, 0, [-step]);
      assert.ok(list.pieceCount <= (2 * list.length) / 256 + 1, `${list.pieceCount} pieces for ${list.length} slots`);
    }
    assert.equal(list.length, size);
  });

  it('agrees with an array after any sequence of splices, replacements and reads, and older lists keep their slots', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1500 }),
        fc.array(fc.tuple(fc.nat(), fc.nat({ max: 300 }), fc.nat({ max: 300 }), fc.boolean(), fc.boolean()), { maxLength: 60 }),
        (size, steps) => {
          let expected = Array.from({ length: size }, (_, i) => i);
          let list = SlotList.of(expected.slice());
          const older: [SlotList<number>, number[]][] = [];
          let next = size;
          for (const [at, removed, inserted, read, replace] of steps) {
            const start = at % (expected.length + 1);
            if (replace && start < expected.length) {
              list = list.with(start, next);
              expected = expected.slice();
              expected[start] = next++;
            } else {
              const count = Math.min(removed, expected.length - start);
              const items = Array.from({ length: inserted }, () => next++);
              list = list.splice(start, count, items);
              expected = [...expected.slice(0, start), ...items, ...expected.slice(start + count)];
            }
            if (read) assert.deepEqual(list.toArray(), expected);
            older.push([list, expected]);
          }
          for (const [version, items] of older) {
            assert.equal(version.length, items.length);
            for (let index = 0; index < items.length; index++) assert.equal(version.at(index), items[index]);
            for (let index = items.length - 1; index >= 0; index -= 97) assert.equal(version.at(index), items[index], 'read backwards');
            assert.deepEqual(version.toArray(), items);
            assert.equal(version.find((item) => item === items[items.length >> 1]), items[items.length >> 1]);
          }
        },
      ),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 200) },
    );
  });

  it('a draft takes several changes in a row, reads them back, and leaves its list as it was', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1500 }),
        fc.array(fc.tuple(fc.nat(), fc.nat({ max: 300 }), fc.nat({ max: 300 }), fc.boolean()), { maxLength: 40 }),
        (size, steps) => {
          const original = Array.from({ length: size }, (_, i) => i);
          // A list of several pieces to start from, as a patched model's list is.
          const list = SlotList.of(original).splice(size >> 1, 0, [-1]).splice(size >> 2, 1);
          const before = list.toArray().slice();
          const fresh = SlotList.of(original).splice(size >> 1, 0, [-1]).splice(size >> 2, 1);
          let expected = before.slice();
          const draft = fresh.draft();
          let next = size;
          for (const [at, removed, inserted, replace] of steps) {
            const start = at % (expected.length + 1);
            if (replace && start < expected.length) {
              draft.with(start, next);
              expected = expected.slice();
              expected[start] = next++;
            } else {
              const count = Math.min(removed, expected.length - start);
              const items = Array.from({ length: inserted }, () => next++);
              draft.splice(start, count, items);
              expected = [...expected.slice(0, start), ...items, ...expected.slice(start + count)];
            }
            assert.equal(draft.length, expected.length);
            if (expected.length) assert.equal(draft.at(start % expected.length), expected[start % expected.length]);
          }
          const done = draft.done();
          for (let index = 0; index < expected.length; index++) assert.equal(done.at(index), expected[index]);
          assert.deepEqual(done.toArray(), expected);
          assert.ok(done.pieceCount <= (2 * done.length) / 256 + 1);
          for (let index = 0; index < before.length; index++) assert.equal(fresh.at(index), before[index], 'the list the draft came from');
          assert.deepEqual(original, Array.from({ length: size }, (_, i) => i));
        },
      ),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 200) },
    );
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
