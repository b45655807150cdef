/**
 * The parser under hostile input: any text parses without throwing and reads back unchanged, and any
 * sequence of edits — including ranges that are reversed, negative or past the end, as a confused
 * client may send — leaves the incremental parse equal to a fresh parse of the same text, and that
 * text equal to what the LSP's own TextDocument makes of the same edits.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import type { Range } from 'vscode-languageserver-types';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { parseConfig, type TextChange } from '../../../server/src/service/parser/configDocument';
import { anyConfig, configLine, fuzzParameters, lineEnd, position } from '../../support/fuzzArbitraries';

const hostileRange: fc.Arbitrary<Range> = fc.record({ start: position, end: position });

const change: fc.Arbitrary<TextChange> = fc.oneof(
  { weight: 8, arbitrary: fc.record({ range: hostileRange, text: fc.oneof(configLine, lineEnd, fc.constantFrom(';--', '--;', '\r', '\n', '\r\n', '', '\ud800')) }) },
  { weight: 1, arbitrary: fc.record({ text: anyConfig }) },
);

describe('parser fuzzing', () => {
  it('parses any text without throwing, reads it back unchanged and sees the lines the LSP sees', () => {
    fc.assert(
      fc.property(anyConfig, (text) => {
        const document = parseConfig(text);
        assert.equal(document.getText(), text);
        assert.equal(document.lineCount, TextDocument.create('file:///x', 'asterisk', 0, text).lineCount);
        assert.equal(document.lines.length, document.lineCount);
      }),
      fuzzParameters(3000),
    );
  });

  it('after any edits, even with reversed or out-of-range ranges, equals a fresh parse and the LSP text', () => {
    fc.assert(
      fc.property(anyConfig, fc.array(change, { minLength: 1, maxLength: 12 }), (text, changes) => {
        const incremental = parseConfig(text);
        let reference = TextDocument.create('file:///x', 'asterisk', 0, text);
        changes.forEach((item, index) => {
          incremental.applyChanges([item], index + 1);
          // A fresh TextDocument each step: its own incremental line table goes stale after a range that
          // ends past the last line (vscode-languageserver-textdocument 1.0.16), its text does not.
          const fresh = TextDocument.create('file:///x', 'asterisk', index, reference.getText());
          reference = TextDocument.update(fresh, [item.range ? { range: item.range, text: item.text } : { text: item.text }], index + 1);
        });
        assert.equal(incremental.getText(), reference.getText());
        assert.deepEqual(incremental.lines, parseConfig(reference.getText()).lines);
      }),
      fuzzParameters(2000),
    );
  });

  it('maps any offset and any position back and forth inside the document', () => {
    fc.assert(
      fc.property(anyConfig, fc.integer({ min: -10, max: 5000 }), position, (text, offset, at) => {
        const document = parseConfig(text);
        const reference = TextDocument.create('file:///x', 'asterisk', 0, text);
        assert.deepEqual(document.positionAt(offset), reference.positionAt(offset));
        assert.equal(document.offsetAt(at), reference.offsetAt(at));
      }),
      fuzzParameters(3000),
    );
  });
});
