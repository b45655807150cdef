import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Range, SelectionRange } from 'vscode-languageserver-types';
import { analyzeText, withCaret } from '../../support/fixture';
import { getFoldingRanges, getSelectionRanges } from '../../../server/src/service/features/folding';

const folds = (text: string) => getFoldingRanges(analyzeText(text)).map((range) => [range.startLine, range.endLine, range.kind ?? 'section']);

/** The chain from the innermost range out, each as `line:char-line:char`. */
function chain(selection: SelectionRange | undefined): string[] {
  const out: string[] = [];
  const show = (range: Range) => `${range.start.line}:${range.start.character}-${range.end.line}:${range.end.character}`;
  for (let current = selection; current; current = current.parent) out.push(show(current.range));
  return out;
}

function selectionAt(textWithCaret: string): string[] {
  const { text, position } = withCaret(textWithCaret);
  return chain(getSelectionRanges(analyzeText(text), [position])[0]);
}

describe('folding ranges', () => {
  it('folds each section from its header to its last non-blank line', () => {
    assert.deepEqual(folds('; top\n[general]\ncontext=x\n\n\n[alice]\ntype=friend\n;nat=yes\n\n[empty]\n\n[last]\nhost=dynamic'), [
      [1, 2, 'section'],
      [5, 7, 'section'],
      [11, 12, 'section'],
    ]);
  });

  it('folds a multi-line block comment, nested ones as one, but not a one-line comment', () => {
    const text = ['[general]', ';-- one line --;', ';-- outer', ';-- inner --;', 'still outer', '--;', 'context=x'].join('\n');
    assert.deepEqual(folds(text), [
      [0, 6, 'section'],
      [2, 5, 'comment'],
    ]);
  });

  it('an unterminated block comment folds to the end of the file', () => {
    assert.deepEqual(folds('[a]\nx=1\n;-- never closed\n[b]\ny=2'), [
      [0, 4, 'section'],
      [2, 4, 'comment'],
    ]);
  });

  it('an empty document has nothing to fold', () => {
    assert.deepEqual(folds(''), []);
  });
});

describe('selection ranges', () => {
  const doc = ['[general]', 'context = def|ault ; why', '', '[alice](office)', 'type=friend', '', ''].join('\n');

  it('value → key=value → line → section → document', () => {
    assert.deepEqual(selectionAt(doc), ['1:10-1:17', '1:0-1:17', '1:0-1:23', '0:0-1:23', '0:0-6:0']);
  });

  it('key → key=value → line → section → document', () => {
    assert.deepEqual(selectionAt('[general]\ncon|text=default\n[b]\n'), ['1:0-1:7', '1:0-1:15', '0:0-1:15', '0:0-3:0']);
  });

  it('an inherited name → the options → the header → the section', () => {
    assert.deepEqual(selectionAt('[office](!)\n[alice](off|ice,x)\ntype=friend'), ['1:8-1:14', '1:8-1:16', '1:0-1:17', '1:0-2:11', '0:0-2:11']);
  });

  it('a section name → the header → the line → the section', () => {
    assert.deepEqual(selectionAt('[ali|ce] ; phone\ntype=friend\n'), ['0:1-0:6', '0:0-0:7', '0:0-0:15', '0:0-1:11', '0:0-2:0']);
  });

  it('an #include argument → the directive → the section', () => {
    assert.deepEqual(selectionAt('[general]\n#include "pe|ers.conf"\n'), ['1:10-1:20', '1:0-1:20', '1:0-1:21', '0:0-1:21', '0:0-2:0']);
  });

  it('a blank line after a section still nests in the section', () => {
    assert.deepEqual(selectionAt('[a]\nx=1\n|\n[b]'), ['2:0-2:0', '0:0-2:0', '0:0-3:3']);
  });

  it('a comment line before any section: the line, then the document', () => {
    assert.deepEqual(selectionAt('; he|llo\n[a]\n'), ['0:0-0:7', '0:0-2:0']);
  });

  it('answers every position, in order, also positions outside the document', () => {
    const analysis = analyzeText('[a]\nx=1');
    const ranges = getSelectionRanges(analysis, [
      { line: 1, character: 2 },
      { line: 99, character: 99 },
      { line: -3, character: -1 },
    ]);
    assert.deepEqual(ranges.map(chain), [
      ['1:2-1:3', '1:0-1:3', '0:0-1:3'],
      ['1:2-1:3', '1:0-1:3', '0:0-1:3'],
      ['0:0-0:3', '0:0-1:3'],
    ]);
    assert.deepEqual(chain(getSelectionRanges(analyzeText(''), [{ line: 0, character: 0 }])[0]), ['0:0-0:0']);
  });
});
