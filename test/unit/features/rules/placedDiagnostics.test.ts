import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Diagnostic } from 'vscode-languageserver-types';
import { PlacedDiagnostics } from '../../../../server/src/service/features/rules/placedDiagnostics';
import { parseConfig } from '../../../../server/src/service/parser/configDocument';

const at = (line: number, character: number, message: string): Diagnostic => ({
  range: { start: { line, character }, end: { line, character: character + 1 } },
  message,
});
const where = (list: readonly Diagnostic[]) => list.map((d) => `${d.message}@${d.range.start.line}:${d.range.start.character}`);
const NONE = new Set<Diagnostic>();

describe('PlacedDiagnostics: diagnostics kept relative to their section', () => {
  it('lists in document order, ties in the order they came, and only the first `max` when asked', () => {
    const document = parseConfig('top=1\n[a]\nx=1\n[b]\ny=2\n');
    const tie = at(2, 0, 'second at x');
    const placed = PlacedDiagnostics.build(document, [at(4, 0, 'y'), at(2, 0, 'x'), at(0, 0, 'top'), tie], NONE);
    assert.deepEqual(where(placed.list()), ['top@0:0', 'x@2:0', 'second at x@2:0', 'y@4:0']);
    assert.deepEqual(where(placed.list(2)), ['top@0:0', 'x@2:0']);
    assert.equal(placed.total, 4);
  });

  it('build places a diagnostic at the line it is told (a finding that moved since its diagnostic was made)', () => {
    const document = parseConfig('[a]\nx=1\n[b]\ny=2\nz=3\n');
    const made = at(3, 0, 'z');
    const placed = PlacedDiagnostics.build(document, [made, at(1, 0, 'x')], NONE, undefined, new Map([[made, 4]]));
    assert.deepEqual(where(placed.list()), ['x@1:0', 'z@4:0']);
    // The diagnostic itself keeps the range it was made with; the list hands out a copy at its line.
    assert.equal(made.range.start.line, 3);
    assert.deepEqual(placed.positionOf(made), { line: 4, character: 0, endLine: 4 });
  });

  it('a line inserted above a section moves its diagnostics with its header, without touching them', () => {
    const document = parseConfig('[a]\nx=1\n[b]\ny=2\n');
    const x = at(1, 0, 'x');
    const y = at(3, 2, 'y');
    const placed = PlacedDiagnostics.build(document, [x, y], NONE);
    // Enter at the end of [a]'s option: [b] and all below move down by one.
    document.applyChange({ range: { start: { line: 1, character: 3 }, end: { line: 1, character: 3 } }, text: '\nqualify=yes' });
    const now = placed.list();
    assert.deepEqual(where(now), ['x@1:0', 'y@4:2']);
    assert.equal(now[0], x, 'what did not move is handed out as it is');
    assert.deepEqual(y.range.start, { line: 3, character: 2 }, 'what moved is handed out as a copy: the stored one is not changed');
    assert.deepEqual(placed.positionOf(y), { line: 4, character: 2, endLine: 4 });
  });

  it('hands out the same copy of a moved diagnostic while it stays where it moved to, a new one when it moves again', () => {
    const document = parseConfig('[a]\nx=1\n[b]\ny=2\n');
    const y = at(3, 2, 'y');
    const placed = PlacedDiagnostics.build(document, [at(1, 0, 'x'), y], NONE);
    document.applyChange({ range: { start: { line: 1, character: 3 }, end: { line: 1, character: 3 } }, text: '\nqualify=yes' });
    const first = placed.list()[1];
    // A keystroke after the Enter: publishing again must not copy what is below it again.
    document.applyChange({ range: { start: { line: 2, character: 11 }, end: { line: 2, character: 11 } }, text: 'x' });
    assert.equal(placed.list()[1], first);
    document.applyChange({ range: { start: { line: 2, character: 12 }, end: { line: 2, character: 12 } }, text: '\nnat=no' });
    assert.deepEqual(where(placed.list()), ['x@1:0', 'y@5:2']);
    // Back where it was computed: the stored diagnostic itself.
    document.applyChange({ range: { start: { line: 1, character: 3 }, end: { line: 3, character: 6 } }, text: '' });
    assert.deepEqual(where(placed.list()), ['x@1:0', 'y@3:2']);
    assert.equal(placed.list()[1], y);
  });

  it('lists the first ones again after update emptied, added or grew the sections the last list walked', () => {
    const document = parseConfig('[a]\nx=1\n[b]\ny=2\n[c]\nz=3\n[d]\nw=4\n');
    const x = at(1, 0, 'x');
    const z = at(5, 0, 'z');
    const placed = PlacedDiagnostics.build(document, [x, z], NONE);
    assert.deepEqual(where(placed.list(1)), ['x@1:0']);
    // [a] emptied: the walk of the last list ([a] only) is not enough for the first one now.
    assert.ok(placed.update(new Set([x]), [], NONE));
    assert.deepEqual(where(placed.list(1)), ['z@5:0']);
    // A section between them gets one: it comes first.
    assert.ok(placed.update(NONE, [at(3, 1, 'y')], NONE));
    assert.deepEqual(where(placed.list(1)), ['y@3:1']);
    // One more in a section walked before, and the complete walk of all of them still lists everything.
    assert.deepEqual(where(placed.list()), ['y@3:1', 'z@5:0']);
    assert.ok(placed.update(NONE, [at(5, 2, 'z2')], NONE));
    assert.deepEqual(where(placed.list()), ['y@3:1', 'z@5:0', 'z2@5:2']);
    assert.deepEqual(where(placed.list(2)), ['y@3:1', 'z@5:0']);
    // A section after the ones walked: the first two are the same, the whole list has it.
    assert.ok(placed.update(NONE, [at(7, 0, 'w')], NONE));
    assert.deepEqual(where(placed.list(2)), ['y@3:1', 'z@5:0']);
    assert.deepEqual(where(placed.list()), ['y@3:1', 'z@5:0', 'z2@5:2', 'w@7:0']);
    // One more after the last one walked, when those walked are not enough: listed too.
    assert.ok(placed.update(new Set([...placed.list()].filter((d) => d.message === 'w')), [], NONE));
    assert.deepEqual(where(placed.list()), ['y@3:1', 'z@5:0', 'z2@5:2']);
    assert.ok(placed.update(NONE, [at(7, 1, 'w again')], NONE));
    assert.deepEqual(where(placed.list()), ['y@3:1', 'z@5:0', 'z2@5:2', 'w again@7:1']);
  });

  it('update takes out what left and puts in what came; declines a new one at the place of one that stays', () => {
    const document = parseConfig('[a]\nx=1\n[b]\ny=2\n');
    const x = at(1, 0, 'x');
    const y = at(3, 0, 'y');
    const placed = PlacedDiagnostics.build(document, [x, y], NONE);
    assert.ok(placed.update(new Set([x]), [at(1, 2, 'new x'), at(0, 1, 'header')], NONE));
    assert.deepEqual(where(placed.list()), ['header@0:1', 'new x@1:2', 'y@3:0']);
    assert.equal(placed.total, 3);
    assert.equal(placed.update(NONE, [at(3, 0, 'tie with y')], NONE), false);
    assert.equal(PlacedDiagnostics.build(document, [x], NONE).update(new Set([y]), [], NONE), false, 'y is not there');
  });

  it('onlyLeaving: whether every diagnostic of those sections is leaving', () => {
    const document = parseConfig('[a]\nx=1\n[b]\ny=2\n');
    const x = at(1, 0, 'x');
    const placed = PlacedDiagnostics.build(document, [x, at(3, 0, 'y')], NONE);
    assert.ok(placed.onlyLeaving([document.anchorAt(0)], new Set([x])));
    assert.equal(placed.onlyLeaving([document.anchorAt(0), document.anchorAt(1)], new Set([x])), false);
  });

  it('counts what cannot move with its header: a line named in the text, a range into the next section', () => {
    const document = parseConfig('[a]\nx=1\n[b]\ny=2\n');
    const names = at(1, 0, 'the same as on line 4');
    const spans: Diagnostic = { range: { start: { line: 1, character: 0 }, end: { line: 3, character: 1 } }, message: 'spans' };
    const placed = PlacedDiagnostics.build(document, [names, spans, at(3, 0, 'y')], NONE);
    assert.equal(placed.unmovable, 2);
    assert.ok(placed.update(new Set([names, spans]), [], NONE));
    assert.equal(placed.unmovable, 0);
    // Computed again every run (transient): never kept across an edit, so never counted.
    assert.equal(PlacedDiagnostics.build(document, [names], new Set([names])).unmovable, 0);
  });
});
