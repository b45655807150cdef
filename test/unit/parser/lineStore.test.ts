import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { CHUNK_LINES, LineStore, type HeaderAnchor } from '../../../server/src/service/parser/lineStore';
import type { SectionHeaderNode } from '../../../server/src/service/parser/nodes';

/** Property runs: FUZZ_RUNS raises them. */
const RUNS = Number(process.env.FUZZ_RUNS ?? 2000);

/** A stand-in header node per line text (the store only keeps and compares it). */
const nodes = new Map<string, SectionHeaderNode>();
function nodeOf(store: LineStore): (line: number) => SectionHeaderNode {
  return (line) => {
    const text = store.text(line);
    let node = nodes.get(text);
    if (!node) {
      node = { kind: 'section', name: text } as unknown as SectionHeaderNode;
      nodes.set(text, node);
    }
    return node;
  };
}

/** Lines starting with '[' are the headers here (what the document's scan would flag). */
function flagHeaders(store: LineStore, from: number, to: number): void {
  for (let line = from; line < to; line++) {
    const chunk = store.chunkAt(line);
    chunk.table.set(line - chunk.start, 0, chunk.texts[line - chunk.start].startsWith('['));
  }
}

function textOf(store: LineStore): string {
  let out = '';
  for (const chunk of store.allChunks) for (let local = 0; local < chunk.length; local++) out += chunk.texts[local] + chunk.table.lineBreak(local);
  return out;
}

function sizes(store: LineStore): number[] {
  return store.allChunks.map((chunk) => chunk.length);
}

/** Chunks are numbered in order, none empty or past twice the chunk size; each anchor is where its chunk says. */
function assertConsistent(store: LineStore, chunkLines: number): void {
  let start = 0;
  let headers = 0;
  for (const chunk of store.allChunks) {
    assert.equal(chunk.start, start);
    assert.ok(chunk.length >= 1 && chunk.length <= 2 * chunkLines, `chunk of ${chunk.length} lines`);
    assert.equal(chunk.nodes.length, chunk.length);
    assert.equal(chunk.table.length, chunk.length);
    if (store.headersIndexed) {
      assert.equal(chunk.headerStart, headers);
      chunk.anchors!.forEach((anchor, slot) => {
        assert.equal(anchor.chunk, chunk);
        assert.equal(anchor.slot, slot);
        assert.ok(chunk.table.isHeader(anchor.local));
      });
      const flagged = chunk.texts.filter((_, local) => chunk.table.isHeader(local)).length;
      assert.equal(chunk.anchors!.length, flagged);
      headers += flagged;
    }
    start += chunk.length;
  }
  assert.equal(store.length, start);
}

/** The edit a document makes: lines [start, start + removed) become the lines of `text` (which ends with a break unless it is the end). */
function replaceLines(store: LineStore, start: number, removed: number, text: string): void {
  const texts = text.split(/\r\n|\r|\n/);
  const eols: string[] = [...(text.match(/\r\n|\r|\n/g) ?? [])];
  eols.push('');
  if (start + removed < store.length) {
    texts.pop();
    eols.pop();
  }
  spliceLines(store, start, removed, texts, eols);
}

function spliceLines(store: LineStore, start: number, removed: number, texts: string[], eols: string[]): void {
  store.splice(start, removed, texts, eols);
  flagHeaders(store, start, start + texts.length);
  store.attachHeaders(start, start + texts.length, nodeOf(store));
}

function entriesOf(store: LineStore): { text: string; eol: string }[] {
  return store.allChunks.flatMap((chunk) => chunk.texts.map((text, local) => ({ text, eol: chunk.table.lineBreak(local) as string })));
}

function lines(count: number, prefix = 'x'): string {
  return Array.from({ length: count }, (_, i) => `${prefix}${i}`).join('\n');
}

describe('lineStore: chunks', () => {
  it('an empty text is one empty line in one chunk', () => {
    const store = new LineStore('');
    assert.equal(store.length, 1);
    assert.deepEqual(sizes(store), [1]);
    assert.equal(store.text(0), '');
    replaceLines(store, 0, 1, 'a\nb');
    assert.equal(textOf(store), 'a\nb');
  });

  it('splits a text into chunks of the chunk size, keeping every line break', () => {
    const text = 'a\r\nb\rc\nd\n\r\ne\r\r\nf';
    const store = new LineStore(text, 3);
    assert.deepEqual(sizes(store), [3, 3, 2]);
    assert.equal(textOf(store), text);
    assert.equal(new LineStore(lines(10), 4).chunkCount, 3);
    assert.equal(new LineStore(lines(CHUNK_LINES * 3)).chunkCount, 3);
  });

  it('an edit inside a chunk splices that chunk only; past twice the size it is split', () => {
    const store = new LineStore(lines(12), 4);
    const [first, , third] = store.allChunks;
    replaceLines(store, 5, 1, 'p\nq\n');
    assert.deepEqual(sizes(store), [4, 5, 4]);
    assert.equal(store.allChunks[0], first);
    assert.equal(store.allChunks[2], third, 'the chunk after it is kept, renumbered');
    assert.equal(third.start, 9);
    replaceLines(store, 5, 1, 'r\ns\nt\nu\nv\n');
    assert.deepEqual(sizes(store), [4, 3, 3, 3, 4], 'nine lines: split in three');
    assert.equal(textOf(store), 'x0\nx1\nx2\nx3\nx4\nr\ns\nt\nu\nv\nq\nx6\nx7\nx8\nx9\nx10\nx11');
    assertConsistent(store, 4);
  });

  it('a chunk shrunk below a quarter of the size is merged with its neighbour', () => {
    const store = new LineStore(lines(24), 8);
    assert.deepEqual(sizes(store), [8, 8, 8]);
    replaceLines(store, 8, 8, 'y\n');
    assert.deepEqual(sizes(store), [8, 9], 'one line left (the minimum is 2): merged with the next chunk');
    assertConsistent(store, 8);
    assert.equal(textOf(store), [...lines(8).split('\n'), 'y', ...lines(24).split('\n').slice(16)].join('\n'));
    // At the end of the document: merged with the chunk before.
    replaceLines(store, 8, 9, 'z');
    assert.deepEqual(sizes(store), [9]);
    assert.equal(textOf(store), `${lines(8)}\nz`);
  });

  it('an edit spanning chunks, or deleting whole chunks, rebuilds only the chunks it touches', () => {
    const store = new LineStore(lines(40), 4);
    const last = store.allChunks[9];
    // From the middle of chunk 1 to the middle of chunk 3: one chunk of what is left around the new line.
    replaceLines(store, 6, 8, 'n\n');
    assert.deepEqual(sizes(store), [4, 5, 4, 4, 4, 4, 4, 4]);
    // Chunks 2 to 4 whole (lines 9 to 20): the chunk before and after stay.
    replaceLines(store, 9, 12, 'm\n');
    assert.deepEqual(sizes(store), [4, 5, 1, 4, 4, 4], 'a chunk of 1 line is not below the minimum of chunks of 4');
    assert.equal(store.allChunks[5], last);
    assertConsistent(store, 4);
    const expected = lines(40).split('\n');
    expected.splice(6, 8, 'n');
    expected.splice(9, 12, 'm');
    assert.equal(textOf(store), expected.join('\n'));
    // Everything but the last line: what is left is one chunk.
    replaceLines(store, 0, store.length - 1, '');
    assert.deepEqual(sizes(store), [1]);
    assert.equal(textOf(store), 'x39');
  });

  it('a paste of 100k lines becomes chunks of the chunk size, the lines around it kept', () => {
    const store = new LineStore(lines(3000));
    replaceLines(store, 1500, 1, `${lines(100000, 'p')}\n`);
    assert.equal(store.length, 3000 - 1 + 100000);
    assertConsistent(store, CHUNK_LINES);
    assert.ok(sizes(store).every((size) => size >= CHUNK_LINES / 2 && size <= 2 * CHUNK_LINES));
    assert.equal(store.text(1499), 'x1499');
    assert.equal(store.text(1500), 'p0');
    assert.equal(store.text(101499), 'p99999');
    assert.equal(store.text(101500), 'x1501');
    // And taken out again: the chunks around it are joined.
    replaceLines(store, 1500, 100000, 'x1500\n');
    assert.equal(textOf(store), lines(3000));
    assertConsistent(store, CHUNK_LINES);
  });

  it('keeps CR, CRLF and mixed line breaks through splits and merges', () => {
    const text = Array.from({ length: 30 }, (_, i) => `l${i}${['\n', '\r\n', '\r'][i % 3]}`).join('') + 'end';
    const store = new LineStore(text, 4);
    replaceLines(store, 3, 10, 'a\r\nb\rc\n');
    replaceLines(store, 0, 2, 'z\r');
    const parts = text.split(/(?<=\r\n|\r(?!\n)|\n)/);
    parts.splice(3, 10, 'a\r\n', 'b\r', 'c\n');
    parts.splice(0, 2, 'z\r');
    assert.equal(textOf(store), parts.join(''));
    assertConsistent(store, 4);
  });
});

describe('lineStore: header anchors', () => {
  it('anchors follow their headers across chunks; removed ones keep the index they had', () => {
    const store = new LineStore('[a]\nx\n[b]\ny\n[c]\nz\n[d]\nw', 2);
    flagHeaders(store, 0, store.length);
    store.indexHeaders(nodeOf(store));
    assert.equal(store.headerCount, 4);
    const b = store.anchorAt(1);
    const d = store.anchorAt(3);
    // [b] and [c] deleted, spanning chunks.
    replaceLines(store, 2, 4, 'v\n');
    assert.equal(b.index, 1, 'gone: the index it had');
    assert.equal(b.chunk, undefined);
    assert.equal(store.anchorAt(1), d);
    assert.equal(d.index, 1);
    assert.equal(d.chunk!.start + d.local, 3);
    // Headers pasted before [d]: it moves on.
    replaceLines(store, 1, 1, '[p]\n[q]\nx\n');
    assert.equal(d.index, 3);
    assert.equal(d.chunk!.start + d.local, 5);
    assert.equal(store.headerIndexAt(4), 2);
    assert.equal(store.headerIndexAt(5), 3);
    assertConsistent(store, 2);
    store.dropHeaderIndex();
    assert.equal(d.chunk, undefined);
    assert.equal(d.index, 3);
  });

  it('property: any sequence of line edits keeps texts, breaks and anchors as an array of lines would', () => {
    const line = fc.constantFrom('a', '[h]', '', 'b=1', '[t](!)');
    const piece = fc.array(fc.tuple(line, fc.constantFrom('\n', '\r\n', '\r')), { minLength: 1, maxLength: 12 });
    const op = fc.record({ start: fc.nat(), removed: fc.nat(14), pieces: piece, index: fc.boolean() });
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 6 }), piece, fc.array(op, { maxLength: 12 }), (chunkLines, initial, ops) => {
        // Built from a text, as a document is (a '\r' then a '\n' are one break there).
        const text = initial.map(([line, eol]) => line + eol).join('') + 'end';
        const store = new LineStore(text, chunkLines);
        let model = entriesOf(store);
        flagHeaders(store, 0, store.length);
        let anchors: { anchor: HeaderAnchor; line: number }[] = [];
        for (const { start: at, removed: count, pieces, index } of ops) {
          if (index && !store.headersIndexed) store.indexHeaders(nodeOf(store));
          const start = at % model.length;
          const removed = Math.max(1, Math.min(count, model.length - start));
          const inserted: { text: string; eol: string }[] = pieces.map(([text, eol]) => ({ text, eol }));
          if (start + removed === model.length) inserted[inserted.length - 1].eol = '';
          if (store.headersIndexed) anchors = Array.from({ length: store.headerCount }, (_, i) => ({ anchor: store.anchorAt(i), line: store.anchorAt(i).chunk!.start + store.anchorAt(i).local }));
          spliceLines(store, start, removed, inserted.map((entry) => entry.text), inserted.map((entry) => entry.eol));
          model = [...model.slice(0, start), ...inserted, ...model.slice(start + removed)];
          assert.deepEqual(entriesOf(store), model);
          assertConsistent(store, chunkLines);
          if (!store.headersIndexed) continue;
          const headerLines = model.flatMap((entry, i) => (entry.text.startsWith('[') ? [i] : []));
          assert.equal(store.headerCount, headerLines.length);
          headerLines.forEach((headerLine, i) => assert.equal(store.anchorAt(i).chunk!.start + store.anchorAt(i).local, headerLine));
          for (const { anchor, line: before } of anchors) {
            if (before >= start && before < start + removed) assert.equal(anchor.chunk, undefined, 'removed: detached');
            else assert.equal(headerLines[anchor.index], before < start ? before : before - removed + inserted.length, 'kept: followed its line');
          }
        }
      }),
      { numRuns: RUNS },
    );
  });
});
