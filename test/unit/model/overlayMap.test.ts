import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { OverlayMap } from '../../../server/src/service/model/overlayMap';

const RUNS = Number(process.env.FUZZ_RUNS ?? 200);

describe('OverlayMap', () => {
  it('reads as the base with the replaced values, in the base order', () => {
    const base = new Map([
      ['a', 1],
      ['b', 2],
      ['c', 3],
    ]);
    const overlay = OverlayMap.replace(base, new Map([['b', 20]]));
    assert.equal(overlay.get('b'), 20);
    assert.equal(overlay.get('a'), 1);
    assert.equal(overlay.get('zz'), undefined);
    assert.equal(overlay.has('c'), true);
    assert.equal(overlay.has('zz'), false);
    assert.equal(overlay.size, 3);
    assert.deepEqual([...overlay], [['a', 1], ['b', 20], ['c', 3]]);
    assert.deepEqual([...overlay.keys()], ['a', 'b', 'c']);
    assert.deepEqual([...overlay.values()], [1, 20, 3]);
    const seen: string[] = [];
    overlay.forEach((value, key) => seen.push(`${key}=${value}`));
    assert.deepEqual(seen, ['a=1', 'b=20', 'c=3']);
    // The base is never changed.
    assert.equal(base.get('b'), 2);
  });

  it('keeps one overlay over the plain base however many replacements follow', () => {
    const base = new Map(Array.from({ length: 1000 }, (_, i) => [i, i] as [number, number]));
    let map: ReadonlyMap<number, number> = base;
    for (let step = 0; step < 500; step++) map = OverlayMap.replace(map, new Map([[step % 3, step]]));
    assert.ok(map instanceof OverlayMap);
    assert.equal(map.get(0), 498);
    assert.equal(map.get(1), 499);
    assert.equal(map.get(2), 497);
    assert.equal(map.get(3), 3);
  });

  it('flattens into a plain Map when the replacements grow', () => {
    const base = new Map(Array.from({ length: 100 }, (_, i) => [i, i] as [number, number]));
    let map: ReadonlyMap<number, number> = base;
    for (let key = 0; key < 32; key++) map = OverlayMap.replace(map, new Map([[key, -key]]));
    assert.ok(map instanceof OverlayMap);
    // The 33rd replaced key makes it a plain copy with every replacement applied.
    map = OverlayMap.replace(map, new Map([[32, -32]]));
    assert.ok(!(map instanceof OverlayMap));
    assert.notEqual(map, base);
    assert.equal(map.get(0), -0);
    assert.equal(map.get(32), -32);
    assert.equal(map.get(33), 33);
    assert.equal(base.get(32), 32);
  });

  it('stays an overlay past 32 replaced keys when the caller raises the limit (a replace-all over many objects)', () => {
    const base = new Map(Array.from({ length: 100 }, (_, i) => [i, i] as [number, number]));
    let map: ReadonlyMap<number, number> = base;
    for (let key = 0; key < 60; key++) map = OverlayMap.update(map, new Map([[key, -key]]), 64);
    assert.ok(map instanceof OverlayMap);
    assert.equal(map.get(59), -59);
    assert.equal(map.get(60), 60);
    map = OverlayMap.update(map, new Map(Array.from({ length: 5 }, (_, i) => [60 + i, 0] as [number, number])), 64);
    assert.ok(!(map instanceof OverlayMap), 'the 65th key flattens it');
    assert.equal(map.get(64), 0);
  });

  it('agrees with a copied Map after any sequence of replacements', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 60 }), fc.array(fc.array(fc.tuple(fc.nat(), fc.integer()), { maxLength: 5 }), { maxLength: 80 }), (size, steps) => {
        const expected = new Map(Array.from({ length: size }, (_, i) => [i, i] as [number, number]));
        let map: ReadonlyMap<number, number> = new Map(expected);
        for (const step of steps) {
          const replaced = new Map(step.map(([key, value]) => [key % size, value] as [number, number]));
          map = OverlayMap.replace(map, replaced);
          for (const [key, value] of replaced) expected.set(key, value);
        }
        assert.deepEqual([...map], [...expected]);
        for (const key of expected.keys()) assert.equal(map.get(key), expected.get(key));
      }),
      { numRuns: RUNS },
    );
  });

  it('update adds and removes keys: size, has, get and iteration agree with a plain map', () => {
    const base = new Map([['a', 1], ['b', 2], ['c', 3]]);
    const changed = OverlayMap.update(base, new Map<string, number | undefined>([['b', undefined], ['d', 4], ['a', 10]]));
    assert.equal(changed.size, 3);
    assert.equal(changed.has('b'), false);
    assert.equal(changed.get('b'), undefined);
    assert.equal(changed.get('d'), 4);
    assert.deepEqual([...changed], [['a', 10], ['c', 3], ['d', 4]]);
    // Overlays do not stack: a second update merges into one overlay over the same base.
    const again = OverlayMap.update(changed, new Map<string, number | undefined>([['b', 5], ['d', undefined]]));
    assert.deepEqual([...again].sort(), [['a', 10], ['b', 5], ['c', 3]]);
    assert.equal(again.size, 3);
    assert.equal(base.get('b'), 2, 'the base is never written');
  });
});
