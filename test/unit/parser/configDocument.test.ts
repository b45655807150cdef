import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Range } from 'vscode-languageserver-types';
import { ConfigDocument, mapLine, parseConfig } from '../../../server/src/service/parser/configDocument';
import { lexLine } from '../../../server/src/service/parser/lineLexer';
import type { LineNode } from '../../../server/src/service/parser/nodes';

/** Property runs: a few thousand edit sequences per `npm test`; FUZZ_RUNS raises it. */
const RUNS = Number(process.env.FUZZ_RUNS ?? 3000);

function assertSameParse(incremental: ConfigDocument, text: string): void {
  const fresh = parseConfig(text);
  assert.equal(incremental.getText(), text);
  assert.equal(incremental.lineCount, fresh.lineCount);
  assert.deepEqual(incremental.lines, fresh.lines);
  assert.deepEqual(incremental.headerLines, fresh.headerLines);
  assertHeaderIndex(incremental);
}

/** The header index read one header and one line at a time agrees with `headerLines`, and every anchor knows its place. */
function assertHeaderIndex(document: ConfigDocument): void {
  const headers = document.headerLines;
  assert.equal(document.headerCount, headers.length);
  for (let index = 0; index < headers.length; index++) {
    assert.equal(document.headerLine(index), headers[index], `header ${index}`);
    const anchor = document.anchorAt(index);
    assert.equal(anchor.index, index);
    assert.equal(anchor.node, document.line(headers[index]));
    assert.ok(document.isLive(anchor));
  }
  let expected = -1;
  for (let line = 0; line < document.lineCount; line++) {
    if (expected + 1 < headers.length && headers[expected + 1] === line) expected++;
    assert.equal(document.headerIndexAt(line), expected, `header index at line ${line}`);
  }
}

/**
 * Edits `document` as `change` edits `reference`, reading the lines and the header index on the way, and checks
 * that the anchors of the headers the edit did not touch stay live and follow their lines.
 */
function editBoth(document: ConfigDocument, reference: TextDocument, change: { range: Range; text: string }, version: number, read: boolean): TextDocument {
  const anchors = read ? Array.from({ length: document.headerCount }, (_, index) => ({ anchor: document.anchorAt(index), line: document.headerLine(index) })) : [];
  const anchorVersion = read ? document.anchorVersion : 0;
  if (read) void document.lines;
  const delta = document.applyChange(change);
  const updated = TextDocument.update(reference, [change], version);
  if (read && document.anchorVersion === anchorVersion) {
    for (const { anchor, line } of anchors) {
      const moved = mapLine(line, [delta]);
      if (moved === undefined) continue;
      assert.ok(document.isLive(anchor), `the anchor of the header at line ${line} (now ${moved}) stays live`);
      assert.equal(document.headerLine(anchor.index), moved);
    }
  }
  return updated;
}

describe('configDocument: whole text', () => {
  it('keeps the text and its line breaks exactly', () => {
    const text = '[general]\r\ncontext=default\rport=5060\n\n';
    const document = parseConfig(text);
    assert.equal(document.getText(), text);
    assert.equal(document.lineCount, 5);
    assert.equal(document.lineBreak(0), '\r\n');
    assert.equal(document.lineBreak(1), '\r');
  });

  it('finds the section a line belongs to', () => {
    const document = parseConfig('[general]\nport=5060\n[alice]\ntype=friend\n');
    assert.equal(document.sectionHeaderAt(1)?.node.name, 'general');
    assert.equal(document.sectionHeaderAt(3)?.line, 2);
    assert.equal(parseConfig('a=1\n').sectionHeaderAt(0), undefined);
  });

  it('converts offsets and positions both ways', () => {
    const document = parseConfig('ab\r\ncd\nef');
    assert.equal(document.offsetAt({ line: 1, character: 1 }), 5);
    assert.deepEqual(document.positionAt(5), { line: 1, character: 1 });
    assert.equal(document.offsetAt({ line: 9, character: 0 }), 9);
    assert.deepEqual(document.positionAt(99), { line: 2, character: 2 });
  });
});

describe('configDocument: incremental edits', () => {
  it('re-lexes only the edited line when the comment depth is unchanged', () => {
    const document = parseConfig('[a]\nx=1\ny=2\nz=3\n');
    const before = document.lines[3];
    const delta = document.applyChange({ range: { start: { line: 2, character: 2 }, end: { line: 2, character: 3 } }, text: '9' });
    assert.deepEqual(delta, { startLine: 2, removed: 1, inserted: 1, reusedFrom: 3 });
    assert.equal(document.lines[3], before, 'the node after the edit is the same object');
  });

  it('re-lexes following lines only until the comment depth matches again', () => {
    // Line 2's "--;" sits in a line comment while nothing is open, but closes the new block comment.
    const document = parseConfig('[a]\nx=1\ny=2 ; note --;\nz=3\n');
    const delta = document.applyChange({ range: { start: { line: 1, character: 3 }, end: { line: 1, character: 3 } }, text: ' ;-- open' });
    assert.deepEqual(delta, { startLine: 1, removed: 1, inserted: 1, reusedFrom: 3 });
    assert.equal(document.lines[2].kind, 'trivia');
    assert.equal(document.lines[3].kind, 'keyValue');
    assertSameParse(document, '[a]\nx=1 ;-- open\ny=2 ; note --;\nz=3\n');
  });

  it('joins a \\r and a \\n that an edit brings together', () => {
    const document = parseConfig('a=1\rb=2');
    document.applyChange({ range: { start: { line: 1, character: 0 }, end: { line: 1, character: 0 } }, text: '\n' });
    assertSameParse(document, 'a=1\r\nb=2');
  });

  it('property: any edit sequence gives the same tree as a fresh parse', () => {
    const fragment = fc.constantFrom(
      '[general]', '[tpl](!)', '[alice](tpl)', '[x](+)', 'type=friend', 'host=dynamic', 'secret=a\\;b', ';--', '--;',
      ';---', ';', ' ', '=', '=>', '+=', '\n', '\r\n', '\r', '#include x.conf', 'é', '😀', '\\', '[', ']', '(', ')', ',', 'a',
    );
    const textArb = fc.array(fragment, { maxLength: 30 }).map((parts) => parts.join(''));
    const editArb = fc.record({ from: fc.nat(), to: fc.nat(), text: textArb });
    fc.assert(
      fc.property(textArb, fc.array(editArb, { minLength: 1, maxLength: 8 }), (initial, edits) => {
        let reference = TextDocument.create('file:///t.conf', 'asterisk', 0, initial);
        const document = parseConfig(initial);
        let version = 0;
        for (const edit of edits) {
          const length = reference.getText().length;
          const a = reference.positionAt(edit.from % (length + 1));
          const b = reference.positionAt(edit.to % (length + 1));
          const change = { range: { start: a, end: b }, text: edit.text };
          reference = TextDocument.update(reference, [change], ++version);
          document.applyChange(change);
        }
        assertSameParse(document, reference.getText());
      }),
      { numRuns: RUNS },
    );
  });

  it('property: the same across chunk boundaries (chunks of 1 to 5 lines, split and merged by the edits), reading in between', () => {
    const fragment = fc.constantFrom('[general]', '[tpl](!)', '[alice](tpl)', 'type=friend', ';--', '--;', ';', '\n', '\n', '\n', '\r\n', '\r', 'a', '=');
    const textArb = fc.array(fragment, { maxLength: 60 }).map((parts) => parts.join(''));
    const editArb = fc.record({ from: fc.nat(), to: fc.nat(), text: textArb, read: fc.boolean() });
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 5 }), textArb, fc.array(editArb, { minLength: 1, maxLength: 8 }), (chunkLines, initial, edits) => {
        let reference = TextDocument.create('file:///t.conf', 'asterisk', 0, initial);
        const document = new ConfigDocument(initial, 0, chunkLines);
        let version = 0;
        for (const edit of edits) {
          const length = reference.getText().length;
          const a = reference.positionAt(edit.from % (length + 1));
          const b = reference.positionAt(edit.to % (length + 1));
          reference = editBoth(document, reference, { range: { start: a, end: b }, text: edit.text }, ++version, edit.read);
          if (edit.read) assertSameParse(document, reference.getText());
        }
        assertSameParse(document, reference.getText());
      }),
      { numRuns: RUNS },
    );
  });
});

describe('configDocument: edits that move lines', () => {
  it('logs the edits that change the line count, and maps old lines across them', () => {
    const document = parseConfig('[a]\nx=1\ny=2\n[b]\nz=3');
    const start = document.shiftCount;
    document.applyChange({ range: { start: { line: 1, character: 3 }, end: { line: 1, character: 3 } }, text: '1' }); // same count
    assert.deepEqual(document.shiftsSince(start), []);
    document.applyChange({ range: { start: { line: 2, character: 0 }, end: { line: 2, character: 0 } }, text: 'w=0\n' }); // line inserted
    const shifts = document.shiftsSince(start)!;
    assert.equal(shifts.length, 1);
    assert.equal(mapLine(1, shifts), 1, 'a line before the edit stays');
    assert.equal(mapLine(2, shifts), undefined, 'the edited line was replaced');
    assert.equal(mapLine(3, shifts), 4, 'a line after it moves down');
    assert.equal(document.shiftCount, start + 1);
    assert.deepEqual(document.shiftsSince(document.shiftCount), []);
    // The headers only moved: same version, new lines.
    assert.deepEqual(document.headerLines, [0, 4]);
  });

  it('a header added or removed changes the header version; moving one does not', () => {
    const document = parseConfig('[a]\nx=1\n[b]\ny=2');
    void document.headerLines;
    const version = document.headerVersion;
    document.applyChange({ range: { start: { line: 1, character: 0 }, end: { line: 1, character: 0 } }, text: 'w=0\n' });
    assert.equal(document.headerVersion, version);
    assert.deepEqual(document.headerLines, [0, 3]);
    document.applyChange({ range: { start: { line: 1, character: 0 }, end: { line: 1, character: 0 } }, text: '[c]\n' });
    assert.notEqual(document.headerVersion, version);
    assert.deepEqual(document.headerLines, [0, 1, 4]);
  });

  it('forgets the log across a whole-text replacement, and past its length', () => {
    const document = parseConfig('a=1');
    const start = document.shiftCount;
    document.applyChange({ text: 'b=2\nc=3' });
    assert.equal(document.shiftsSince(start), undefined);
    const after = document.shiftCount;
    for (let i = 0; i < 100; i++) document.applyChange({ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: 'x=1\n' });
    assert.equal(document.shiftsSince(after), undefined, 'too many to remember');
    assert.equal(document.shiftsSince(document.shiftCount - 10)?.length, 10);
  });

  it('maps a line across several edits in order', () => {
    const shifts = [
      { startLine: 5, removed: 1, inserted: 3, reusedFrom: 8 },
      { startLine: 0, removed: 2, inserted: 1, reusedFrom: 1 },
    ];
    assert.equal(mapLine(10, shifts), 11);
    assert.equal(mapLine(3, shifts), 2);
    assert.equal(mapLine(1, shifts), undefined);
  });
});

describe('configDocument: header anchors', () => {
  it('an anchor follows its header as headers come and go before it, and dies with its header', () => {
    const document = parseConfig('[a]\nx=1\n[b]\ny=2\n[c]\nz=3');
    const b = document.anchorAt(1);
    const c = document.anchorAt(2);
    // Two sections pasted between [a] and [b] (at the end of x=1: the line [b] is not re-lexed).
    document.applyChange({ range: { start: { line: 1, character: 3 }, end: { line: 1, character: 3 } }, text: '\n[p]\n[q]\nw=4' });
    assert.deepEqual(document.headerLines, [0, 2, 3, 5, 7]);
    assert.equal(document.anchorAt(3), b, 'the same anchor, renumbered');
    assert.equal(b.index, 3);
    assert.equal(document.headerLines[b.index], 5);
    assert.ok(document.isLive(b));
    // [b] deleted (header to the next one): its anchor is dead; [c] is re-lexed, so its anchor too.
    document.applyChange({ range: { start: { line: 5, character: 0 }, end: { line: 7, character: 0 } }, text: '' });
    assert.ok(!document.isLive(b));
    assert.ok(!document.isLive(c));
    assert.deepEqual(document.headerLines, [0, 2, 3, 5]);
    assert.ok(document.isLive(document.anchorAt(3)));
  });

  it('a rebuilt header index (a block comment re-lexed the lines after it) gives new anchors and a new anchor version', () => {
    const document = parseConfig('[a]\nx=1\n[b]\ny=2');
    const b = document.anchorAt(1);
    const version = document.anchorVersion;
    document.applyChange({ range: { start: { line: 1, character: 0 }, end: { line: 1, character: 0 } }, text: ';--' });
    assert.deepEqual(document.headerLines, [0]);
    assert.notEqual(document.anchorVersion, version);
    assert.ok(!document.isLive(b));
  });
});

/** The nodes as the parser built them before it built them on demand: every line lexed eagerly, in order. */
function eagerNodes(text: string): LineNode[] {
  const parts = text.split(/(\r\n|\r|\n)/);
  const nodes: LineNode[] = [];
  let depth = 0;
  for (let i = 0; i < parts.length; i += 2) {
    const node = lexLine(parts[i], depth, i === 0, (parts[i + 1] ?? '').length);
    nodes.push(node);
    depth = node.depthOut;
  }
  return nodes;
}

describe('configDocument: nodes built on demand', () => {
  const fragment = fc.constantFrom(
    '[general]', '[tpl](!)', '[alice](tpl)', '  [x](+)', 'type=friend', 'host=dynamic', 'secret=a\\;b', ';--', '--;', '-', ';-',
    ';---', ';', ' ', '\t', '=', '=>', '+=', '\n', '\r\n', '\r', '#include x.conf', '\ufeff', 'é', '\\', '[', ']', '(', ')', 'a',
  );
  const textArb = fc.array(fragment, { maxLength: 40 }).map((parts) => parts.join(''));

  it('a parse builds no key/value node until it is read, then keeps it', () => {
    const document = parseConfig('[a]\nx=1\ny=2 ; note\n');
    assert.ok(document.isHeaderLine(0));
    assert.ok(!document.isHeaderLine(1));
    const node = document.line(2);
    assert.equal(node.kind, 'keyValue');
    assert.equal(document.line(2), node, 'read twice: the same object');
    assert.equal(document.lines[2], node, 'and the same in `lines`');
    assert.equal(document.line(9), undefined, 'past the end: nothing, as before');
  });

  it('property: nodes read in any order, before and after edits, equal those of the eager lexer', () => {
    const editArb = fc.record({ from: fc.nat(), to: fc.nat(), text: textArb });
    fc.assert(
      fc.property(textArb, fc.array(fc.record({ edit: editArb, reads: fc.array(fc.nat(), { maxLength: 6 }), readAll: fc.boolean() }), { maxLength: 6 }), (initial, steps) => {
        let text = initial;
        const document = parseConfig(initial);
        for (const step of steps) {
          // Read a few lines first, or all of them (built now, kept across the edit), then edit.
          if (step.readAll) assert.deepEqual(document.lines, eagerNodes(text));
          for (const read of step.reads) {
            const line = read % document.lineCount;
            assert.deepEqual(document.line(line), eagerNodes(text)[line], `line ${line} of ${JSON.stringify(text)}`);
          }
          const reference = TextDocument.create('file:///t.conf', 'asterisk', 0, text);
          const a = reference.positionAt(step.edit.from % (text.length + 1));
          const b = reference.positionAt(step.edit.to % (text.length + 1));
          const change = { range: { start: a, end: b }, text: step.edit.text };
          text = TextDocument.update(reference, [change], 1).getText();
          document.applyChange(change);
        }
        const eager = eagerNodes(text);
        for (let line = 0; line < eager.length; line++) assert.equal(document.isHeaderLine(line), eager[line].kind === 'section', `header flag of line ${line}`);
        assert.deepEqual(document.lines, eager);
        assert.deepEqual(document.headerLines, eager.flatMap((node, line) => (node.kind === 'section' ? [line] : [])));
      }),
      { numRuns: RUNS },
    );
  });
});
