import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { LineTable } from '../../../server/src/service/parser/lineTable';

type Entry = [number, boolean, string];

function contents(table: LineTable): Entry[] {
  return Array.from({ length: table.length }, (_, line) => [table.depthIn(line), table.isHeader(line), table.lineBreak(line)]);
}

describe('lineTable', () => {
  it('splices like an array: new entries are zero, the tail moves along', () => {
    const table = new LineTable();
    table.reset(4);
    for (let line = 0; line < 4; line++) table.set(line, line, line % 2 === 1);
    table.fillLineFeeds(0, 3);
    table.setBreak(2, '\r\n');
    table.splice(1, 2, 3);
    assert.deepEqual(contents(table), [[0, false, '\n'], [0, false, ''], [0, false, ''], [0, false, ''], [3, true, '']]);
    assert.equal(table.breakLength(0), 1);
    table.splice(0, 4, 0);
    assert.deepEqual(contents(table), [[3, true, '']]);
  });

  it('copies a run of entries from another table, line breaks and all', () => {
    const source = new LineTable();
    source.reset(4);
    for (let line = 0; line < 4; line++) source.set(line, line + 1, line === 2);
    source.setBreak(1, '\r\n');
    source.setBreak(2, '\r');
    const table = new LineTable(2);
    table.reset(3);
    table.copyFrom(source, 1, 3, 1);
    assert.deepEqual(contents(table), [[0, false, ''], [2, false, '\r\n'], [3, true, '\r']]);
  });

  it('property: any sequence of splices and sets matches the same operations on an array', () => {
    const op = fc.oneof(
      fc.record({ kind: fc.constant('splice' as const), start: fc.nat(), removed: fc.nat(40), inserted: fc.nat(60) }),
      fc.record({
        kind: fc.constant('set' as const),
        start: fc.nat(),
        depth: fc.integer({ min: -5, max: 200 }),
        header: fc.boolean(),
        lineBreak: fc.constantFrom('', '\n', '\r\n', '\r'),
      }),
    );
    fc.assert(
      fc.property(fc.nat(50), fc.array(op, { maxLength: 30 }), (initial, ops) => {
        const table = new LineTable(initial % 7);
        table.reset(initial);
        const model: Entry[] = Array.from({ length: initial }, (): Entry => [0, false, '']);
        for (const operation of ops) {
          const start = model.length ? operation.start % (model.length + 1) : 0;
          if (operation.kind === 'splice') {
            const removed = Math.min(operation.removed, model.length - start);
            table.splice(start, removed, operation.inserted);
            model.splice(start, removed, ...Array.from({ length: operation.inserted }, (): Entry => [0, false, '']));
          } else if (start < model.length) {
            table.set(start, operation.depth, operation.header);
            table.setBreak(start, operation.lineBreak);
            model[start] = [operation.depth, operation.header, operation.lineBreak];
            assert.equal(table.breakLength(start), operation.lineBreak.length);
          }
        }
        assert.deepEqual(contents(table), model);
      }),
    );
  });
});
