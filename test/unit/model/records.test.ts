import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parseConfig } from '../../../server/src/service/parser/configDocument';
import type { KeyValueNode, SectionHeaderNode } from '../../../server/src/service/parser/nodes';
import { EntryRecord, SectionRecord } from '../../../server/src/service/model/records';

describe('records: sections and entries whose lines follow the document', () => {
  it('read their lines through the header index, before and after lines move', () => {
    const document = parseConfig('x=0\n[a]\nk=1\n\n[b]\nm=2');
    const header = document.line(4) as SectionHeaderNode;
    const b = new SectionRecord('file:///sip.conf', document, 1, header, 'b', 'b', 'endpoint', 1);
    const a = new SectionRecord('file:///sip.conf', document, 0, document.line(1) as SectionHeaderNode, 'a', 'a', 'endpoint', 0);
    const m = new EntryRecord('file:///sip.conf', document, 1, 1, document.line(5) as KeyValueNode);
    const top = new EntryRecord('file:///sip.conf', document, -1, 0, document.line(0) as KeyValueNode);
    assert.deepEqual([a.headerLine, a.endLine, b.headerLine, b.endLine, m.line, top.line], [1, 4, 4, 6, 5, 0]);
    // Two lines inserted inside [a]: [b] and its entry move down, [a] grows.
    document.applyChange({ range: { start: { line: 2, character: 0 }, end: { line: 2, character: 0 } }, text: 'p=1\nq=2\n' });
    assert.deepEqual([a.headerLine, a.endLine, b.headerLine, b.endLine, m.line, top.line], [1, 6, 6, 8, 7, 0]);
    assert.equal(document.lineText(m.line), 'm=2');
  });

  it('withEntries copies the section with other entries and the same bases', () => {
    const document = parseConfig('[t](!)\n[a](t)\nk=1');
    const t = new SectionRecord('file:///sip.conf', document, 0, document.line(0) as SectionHeaderNode, 't', 't', 'template', 0);
    const a = new SectionRecord('file:///sip.conf', document, 1, document.line(1) as SectionHeaderNode, 'a', 'a', 'endpoint', 1);
    a.bases.push(t);
    const entry = new EntryRecord('file:///sip.conf', document, 1, 1, document.line(2) as KeyValueNode);
    const copy = a.withEntries([entry]);
    assert.notEqual(copy, a);
    assert.deepEqual([copy.name, copy.headerLine, copy.endLine, copy.order, copy.kind], ['a', 1, 3, 1, 'endpoint']);
    assert.deepEqual(copy.entries, [entry]);
    assert.deepEqual(copy.bases, [t]);
    assert.deepEqual(a.entries, [], 'the original is unchanged');
  });

  it('compact keeps the entries and bases in order, in lists of their own', () => {
    const document = parseConfig('[t](!)\n[a](t)\nk=1\nm=2');
    const t = new SectionRecord('file:///sip.conf', document, 0, document.line(0) as SectionHeaderNode, 't', 't', 'template', 0);
    const a = new SectionRecord('file:///sip.conf', document, 1, document.line(1) as SectionHeaderNode, 'a', 'a', 'endpoint', 1);
    a.bases.push(t, undefined);
    const k = new EntryRecord('file:///sip.conf', document, 1, 1, document.line(2) as KeyValueNode);
    const m = new EntryRecord('file:///sip.conf', document, 1, 2, document.line(3) as KeyValueNode);
    a.entries.push(k, m);
    const before = a.entries;
    a.compact();
    assert.deepEqual([a.entries, a.bases], [[k, m], [t, undefined]]);
    assert.notEqual(a.entries, before, 'a new list (the grown one is left behind)');
    t.compact();
    assert.deepEqual([t.entries, t.bases], [[], []]);
  });
});
