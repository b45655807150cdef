import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Diagnostic } from 'vscode-languageserver-types';
import { moveDiagnostics } from '../../../../server/src/service/features/rules/unitCache';

const at = (line: number, message = 'something', data?: Record<string, unknown>): Diagnostic => ({
  range: { start: { line, character: 2 }, end: { line, character: 5 } },
  message,
  ...(data ? { data } : {}),
});
/** Two lines inserted after line 3 (line 3 was edited). */
const INSERT = [{ startLine: 3, removed: 1, inserted: 3, reusedFrom: 6 }];

describe('unitCache: moving cached diagnostics with their lines', () => {
  it('keeps the fields of a moved diagnostic in their order, with only its lines changed', () => {
    const original: Diagnostic = { range: { start: { line: 7, character: 2 }, end: { line: 7, character: 5 } }, severity: 2, code: 'x', source: 'asterisk', message: 'm', data: { a: 1 } };
    const [moved] = moveDiagnostics([original], INSERT) as Diagnostic[];
    assert.deepEqual(Object.keys(moved), Object.keys(original));
    assert.equal(JSON.stringify(moved), JSON.stringify({ ...original, range: { start: { line: 9, character: 2 }, end: { line: 9, character: 5 } } }));
    assert.equal(original.range.start.line, 7, 'the original is not changed');
  });

  it('remembers per object, not per rule or text, that a diagnostic names no line', () => {
    const plain = at(7, 'something', { code: 1 });
    const moved = moveDiagnostics([plain], INSERT) as Diagnostic[];
    // The copy is known to name no line; a new object with the same data but naming a line is checked afresh.
    assert.equal((moveDiagnostics(moved, INSERT) as Diagnostic[])[0].range.start.line, 11);
    assert.equal(typeof moveDiagnostics([{ ...plain, message: 'set again on line 5' }], INSERT), 'symbol');
    assert.equal(typeof moveDiagnostics([{ ...moved[0], data: { winnerLine: 4 } }], INSERT), 'symbol');
  });

  it('keeps the very list when nothing in it moved', () => {
    const list = [at(0), at(2)];
    assert.equal(moveDiagnostics(list, INSERT), list);
    assert.equal(moveDiagnostics(undefined, INSERT), undefined);
  });

  it('moves what is after the edit, keeps what is before, and leaves the input alone', () => {
    const before = at(1);
    const list = [before, at(7)];
    const moved = moveDiagnostics(list, INSERT) as Diagnostic[];
    assert.notEqual(moved, list);
    assert.equal(moved[0], before);
    assert.deepEqual(moved[1].range, { start: { line: 9, character: 2 }, end: { line: 9, character: 5 } });
    assert.equal(moved[1].message, 'something');
    assert.equal(list[1].range.start.line, 7);
  });

  it('gives up on a diagnostic on an edited line, or one that names a line that moved', () => {
    assert.equal(typeof moveDiagnostics([at(3)], INSERT), 'symbol');
    assert.equal(typeof moveDiagnostics([at(8, 'set again on line 5, so line 5 wins')], INSERT), 'symbol');
    assert.equal(typeof moveDiagnostics([at(8, 'x', { winnerLine: 4 })], INSERT), 'symbol');
    // Naming a line that may have moved, even from a line that did not move.
    assert.equal(typeof moveDiagnostics([at(1, 'set again on line 12')], INSERT), 'symbol');
    // Naming a line is fine while nothing moves.
    const still = [at(1, 'set again on line 2')];
    assert.equal(moveDiagnostics(still, []), still);
  });
});
