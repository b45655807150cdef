import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { LineTable } from '../../../server/src/service/parser/lineTable';

function contents(table: LineTable): [number, boolean][] {
  return Array.from({ length: table.length }, (_, line) => [table.depthIn(line), table.isHeader(line)]);
}

describe('lineTable', () => {
  it('splices like an array: new entries are zero, the tail moves along', () => {
    const table = new LineTable();
    table.reset(4);
    for (let line = 0; line < 4; line++) table.set(line, line, line % 2 === 1);
    table.splice(1, 2, 3);
    assert.deepEqual(contents(table), [[0, false], [0, false], [0, false], [0, false], [3, true]]);
    table.splice(0, 4, 0);
    assert.deepEqual(contents(table), [[3, true]]);
  });

  it('property: any sequence of splices and sets matches the same operations on an array', () => {
    const op = fc.oneof(
      fc.record({ kind: fc.constant('splice' as const), start: fc.nat(), removed: fc.nat(40), inserted: fc.nat(60) }),
      fc.record({ kind: fc.constant('set' as const), start: fc.nat(), depth: fc.integer({ min: -5, max: 200 }), header: fc.boolean() }),
    );
    fc.assert(
      fc.property(fc.nat(50), fc.array(op, { maxLength: 30 }), (initial, ops) => {
        const table = new LineTable(initial % 7);
        table.reset(initial);
        const model: [number, boolean][] = Array.from({ length: initial }, () => [0, false]);
        for (const operation of ops) {
          const start = model.length ? operation.start % (model.length + 1) : 0;
          if (operation.kind === 'splice') {
            const removed = Math.min(operation.removed, model.length - start);
            table.splice(start, removed, operation.inserted);
            model.splice(start, removed, ...Array.from({ length: operation.inserted }, (): [number, boolean] => [0, false]));
          } else if (start < model.length) {
            table.set(start, operation.depth, operation.header);
            model[start] = [operation.depth, operation.header];
          }
        }
        assert.deepEqual(contents(table), model);
      }),
    );
  });
});
