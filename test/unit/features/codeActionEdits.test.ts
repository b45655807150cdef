import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { CodeActionKind, DiagnosticSeverity, type Diagnostic, type TextEdit } from 'vscode-languageserver-types';
import {
  addOptionLinesEdit,
  closestCandidates,
  deleteLineEdit,
  editDistance,
  indentationOf,
  insertLinesAfterEdit,
  insertLinesBeforeEdit,
  isUniqueBest,
  keyValueAt,
  lineBreakOf,
  optionLine,
  quickFix,
  sectionOf,
  textOfRange,
} from '../../../server/src/service/features/codeActionEdits';
import { parseConfig } from '../../../server/src/service/parser/configDocument';
import { analyzeText, applyEdits } from '../../support/fixture';

function diagnosticAt(line: number, start: number, end: number, endLine = line): Diagnostic {
  return { range: { start: { line, character: start }, end: { line: endLine, character: end } }, severity: DiagnosticSeverity.Warning, code: 'x', message: 'm' };
}

function edited(text: string, edit: (document: ReturnType<typeof parseConfig>) => TextEdit): string {
  return applyEdits(text, [edit(parseConfig(text))]);
}

describe('quickFix', () => {
  it('is a quick-fix CodeAction with the edit on the analysed document and its diagnostic', () => {
    const analysis = analyzeText('[a]');
    const diagnostic = diagnosticAt(0, 1, 2);
    const edits = [{ range: diagnostic.range, newText: 'b' }];
    assert.deepEqual(quickFix(analysis, 'Rename', edits, diagnostic), {
      title: 'Rename',
      kind: CodeActionKind.QuickFix,
      diagnostics: [diagnostic],
      edit: { changes: { [analysis.uri]: edits } },
    });
    assert.equal(quickFix(analysis, 'Rename', edits, diagnostic, true).isPreferred, true);
  });
});

describe('line edits', () => {
  it('lineBreakOf: the first line break of the file, LF when there is none', () => {
    assert.equal(lineBreakOf(parseConfig('a\r\nb\nc')), '\r\n');
    assert.equal(lineBreakOf(parseConfig('a\nb')), '\n');
    assert.equal(lineBreakOf(parseConfig('single')), '\n');
  });

  it('indentationOf: leading spaces and tabs', () => {
    assert.deepEqual(['  \tx = 1', 'x', '', '   '].map(indentationOf), ['  \t', '', '', '   ']);
  });

  it('deleteLineEdit removes a line with its break, the last one with the break before it', () => {
    assert.equal(edited('a\nb\nc', (document) => deleteLineEdit(document, 1)), 'a\nc');
    assert.equal(edited('a\nb\nc', (document) => deleteLineEdit(document, 0)), 'b\nc');
    assert.equal(edited('a\nb\nc', (document) => deleteLineEdit(document, 2)), 'a\nb');
    assert.equal(edited('only', (document) => deleteLineEdit(document, 0)), '');
    assert.equal(edited('a\r\nb\r\n', (document) => deleteLineEdit(document, 1)), 'a\r\n');
  });

  it('insertLinesAfterEdit keeps the file’s line breaks, also after a last line without one', () => {
    assert.equal(edited('a\nb', (document) => insertLinesAfterEdit(document, 0, ['x', 'y'])), 'a\nx\ny\nb');
    assert.equal(edited('a\nb', (document) => insertLinesAfterEdit(document, 1, ['x'])), 'a\nb\nx');
    assert.equal(edited('a\r\nb', (document) => insertLinesAfterEdit(document, 1, ['x'])), 'a\r\nb\r\nx');
    assert.equal(edited('a\r\nb\r\n', (document) => insertLinesAfterEdit(document, 0, ['x'])), 'a\r\nx\r\nb\r\n');
  });

  it('insertLinesBeforeEdit inserts whole lines at the start of a line', () => {
    assert.equal(edited('a\nb', (document) => insertLinesBeforeEdit(document, 1, ['x', 'y'])), 'a\nx\ny\nb');
    assert.equal(edited('a\r\nb', (document) => insertLinesBeforeEdit(document, 0, ['x'])), 'x\r\na\r\nb');
  });
});

describe('option lines', () => {
  it('optionLine follows the spaceAroundOperator setting', () => {
    assert.equal(optionLine(analyzeText(''), 'context', 'office'), 'context=office');
    assert.equal(optionLine(analyzeText('', { settings: { format: { spaceAroundOperator: true, alignOperators: false } } }), 'context', 'office', '  '), '  context = office');
  });

  it('addOptionLinesEdit puts new lines right after the header, indented like the section’s first line', () => {
    const text = '[general]\n[alice]\n  type=friend\n  host=dynamic\n[bob]\ntype=peer';
    const analysis = analyzeText(text);
    const alice = analysis.model.sectionsByKey.get('alice')?.[0];
    assert.ok(alice);
    assert.equal(
      applyEdits(text, [addOptionLinesEdit(analysis, alice, [['context', 'office'], ['secret', 'x']])]),
      '[general]\n[alice]\n  context=office\n  secret=x\n  type=friend\n  host=dynamic\n[bob]\ntype=peer',
    );
  });

  it('addOptionLinesEdit after a header on the last line', () => {
    const analysis = analyzeText('[a]\nx=1\n[b]');
    const b = analysis.model.sectionsByKey.get('b')?.[0];
    assert.ok(b);
    assert.equal(applyEdits('[a]\nx=1\n[b]', [addOptionLinesEdit(analysis, b, [['type', 'peer']])]), '[a]\nx=1\n[b]\ntype=peer');
  });
});

describe('looking things up for a diagnostic', () => {
  const analysis = analyzeText('[a]\nhost = dynamic\n; c');

  it('keyValueAt: the key/value node of a line, nothing for other lines or out of range', () => {
    assert.equal(keyValueAt(analysis, 1)?.key, 'host');
    assert.equal(keyValueAt(analysis, 0), undefined);
    assert.equal(keyValueAt(analysis, 2), undefined);
    assert.equal(keyValueAt(analysis, -1), undefined);
    assert.equal(keyValueAt(analysis, 3), undefined);
  });

  it('sectionOf: the section of the diagnostic’s start line', () => {
    assert.equal(sectionOf(analysis, diagnosticAt(1, 0, 4))?.name, 'a');
    assert.equal(sectionOf(analysis, diagnosticAt(7, 0, 4)), undefined);
    assert.equal(sectionOf(analyzeText('x=1\n[a]'), diagnosticAt(0, 0, 1)), undefined);
  });

  it('textOfRange: the text of a one-line range', () => {
    assert.equal(textOfRange(analysis, diagnosticAt(1, 7, 14)), 'dynamic');
    assert.equal(textOfRange(analysis, diagnosticAt(0, 0, 3, 1)), undefined);
    assert.equal(textOfRange(analysis, diagnosticAt(5, 0, 1)), undefined);
  });
});

describe('did-you-mean', () => {
  it('editDistance counts an adjacent swap as one step, ignoring case', () => {
    assert.equal(editDistance('hots', 'host'), 1);
    assert.equal(editDistance('HOST', 'host'), 0);
    assert.equal(editDistance('contxt', 'context'), 1);
    assert.equal(editDistance('', 'abc'), 3);
    assert.equal(editDistance('kitten', 'sitting'), 3);
  });

  it('closestCandidates: at most three, nearest first, then alphabetical, without the written word itself', () => {
    const written = ['context', 'contexts', 'content', 'contact', 'subscribecontext', 'contxt'];
    assert.deepEqual(closestCandidates('contxt', written), [
      { text: 'context', distance: 1 },
      { text: 'contact', distance: 2 },
      { text: 'content', distance: 2 },
    ]);
    assert.equal(closestCandidates('contxt', written, 9).length, 4);
    assert.deepEqual(closestCandidates('hots', ['host', 'hosts', 'post'], 1), [{ text: 'host', distance: 1 }]);
  });

  it('closestCandidates: the threshold grows with the length, up to 3', () => {
    assert.deepEqual(closestCandidates('hots', ['post', 'ghost']), []);
    assert.deepEqual(closestCandidates('ab', ['ax', 'xy']), [{ text: 'ax', distance: 1 }]);
    assert.deepEqual(
      closestCandidates('defaultusr', ['defaultuser', 'fromuser']).map((candidate) => candidate.text),
      ['defaultuser'],
    );
    assert.deepEqual(closestCandidates('   ', ['a']), []);
    assert.deepEqual(closestCandidates('Host', ['HOST', 'host']), []);
  });

  it('closestCandidates: a candidate twice (in other case) is offered once', () => {
    assert.deepEqual(closestCandidates('hots', ['Host', 'host']), [{ text: 'Host', distance: 1 }]);
  });

  it('isUniqueBest: only the first candidate, and only when nothing else is as close', () => {
    assert.equal(isUniqueBest([{ text: 'host', distance: 1 }], 0), true);
    assert.equal(isUniqueBest([{ text: 'host', distance: 1 }, { text: 'hosts', distance: 2 }], 0), true);
    assert.equal(isUniqueBest([{ text: 'host', distance: 1 }, { text: 'hosts', distance: 1 }], 0), false);
    assert.equal(isUniqueBest([{ text: 'host', distance: 1 }, { text: 'hosts', distance: 2 }], 1), false);
  });
});
