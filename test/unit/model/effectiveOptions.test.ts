import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { EffectiveOptions, type NamedValue } from '../../../server/src/service/model/effectiveOptions';
import type { EffectiveValue } from '../../../server/src/service/model/types';

const line = (canonical: string, value: string): NamedValue => ({ canonical, value, source: { kind: 'own' } });
const general = (value: string): EffectiveValue => ({ value, source: { kind: 'general' } });

/** What the endpoint's options were before: a Map of arrays in first-seen order, then the unset defaults. */
function reference(lines: readonly NamedValue[], defaults: ReadonlyMap<string, EffectiveValue> | undefined): Map<string, EffectiveValue[]> {
  const map = new Map<string, EffectiveValue[]>();
  for (const item of lines) {
    const list = map.get(item.canonical);
    if (list) list.push(item);
    else map.set(item.canonical, [item]);
  }
  for (const [name, value] of defaults ?? []) if (!map.has(name)) map.set(name, [value]);
  return map;
}

describe('EffectiveOptions', () => {
  it('reads every value of a name in line order, and falls back to the [general] default', () => {
    const lines = [line('allow', 'ulaw'), line('host', 'dynamic'), line('allow', 'g722')];
    const defaults = new Map([
      ['context', general('public')],
      ['host', general('never-used')],
    ]);
    const options = new EffectiveOptions(lines, defaults);
    assert.deepEqual(options.get('allow')?.map((v) => v.value), ['ulaw', 'g722']);
    assert.deepEqual(options.get('host')?.map((v) => v.value), ['dynamic']);
    assert.deepEqual(options.get('context')?.map((v) => [v.value, v.source.kind]), [['public', 'general']]);
    assert.equal(options.get('secret'), undefined);
    assert.equal(options.has('context'), true);
    assert.equal(options.has('secret'), false);
    assert.deepEqual([...options.keys()], ['allow', 'host', 'context']);
    assert.equal(options.size, 3);
    const seen: string[] = [];
    options.forEach((values, name) => seen.push(`${name}:${values.length}`));
    assert.deepEqual(seen, ['allow:2', 'host:1', 'context:1']);
  });

  it('without defaults has only the lines', () => {
    const options = new EffectiveOptions([line('type', 'peer')], undefined);
    assert.deepEqual([...options].map(([name, values]) => [name, values.map((v) => v.value)]), [['type', ['peer']]]);
    assert.equal(options.get('context'), undefined);
  });

  it('agrees with a Map of arrays built from the same lines', () => {
    const name = fc.constantFrom('allow', 'host', 'type', 'context', 'secret');
    fc.assert(
      fc.property(fc.array(fc.tuple(name, fc.string())), fc.option(fc.array(fc.tuple(name, fc.string()))), (pairs, defaultPairs) => {
        const lines = pairs.map(([n, v]) => line(n, v));
        const defaults = defaultPairs ? new Map(defaultPairs.map(([n, v]) => [n, general(v)] as [string, EffectiveValue])) : undefined;
        const options = new EffectiveOptions(lines, defaults);
        const expected = reference(lines, defaults);
        assert.deepEqual([...options], [...expected]);
        assert.deepEqual([...options.values()], [...expected.values()]);
        assert.equal(options.size, expected.size);
        for (const key of ['allow', 'host', 'type', 'context', 'secret']) {
          assert.equal(options.has(key), expected.has(key));
          assert.deepEqual(options.get(key), expected.get(key));
        }
      }),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 200) },
    );
  });
});
