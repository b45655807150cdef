import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { DiagnosticSeverity, DiagnosticTag, type Diagnostic } from 'vscode-languageserver-types';
import { sameDiagnostic, sameDiagnostics } from '../../../server/src/service/features/sameDiagnostics';
import { movedCopy } from '../../../server/src/service/features/rules/unitCache';
import { publishDiagnostics } from '../../../server/src/service/features/validation';
import { analyzeText } from '../../support/fixture';

const at = (line: number, message = 'm'): Diagnostic => ({ range: { start: { line, character: 0 }, end: { line, character: 3 } }, severity: 2, code: 'c', source: 'asterisk', message });

describe('sameDiagnostics (a list equal to the one published is not sent again)', () => {
  it('equal lists are the same whether they share objects or not', () => {
    const list = [at(1), at(2)];
    assert.ok(sameDiagnostics(list, list));
    assert.ok(sameDiagnostics(list, [at(1), at(2)]));
    assert.ok(sameDiagnostics([], []));
  });

  it('a list of another length, or in another order, differs', () => {
    const list = [at(1), at(2)];
    assert.ok(!sameDiagnostics(list, [at(1)]));
    assert.ok(!sameDiagnostics(list, [at(2), at(1)]));
    assert.ok(!sameDiagnostics([], [at(1)]));
  });

  it('any field the client reads makes a diagnostic differ: each part of the range, severity, code, source, message', () => {
    const base = at(4);
    const variants: Diagnostic[] = [
      { ...base, range: { start: { line: 5, character: 0 }, end: { line: 4, character: 3 } } },
      { ...base, range: { start: { line: 4, character: 1 }, end: { line: 4, character: 3 } } },
      { ...base, range: { start: { line: 4, character: 0 }, end: { line: 5, character: 3 } } },
      { ...base, range: { start: { line: 4, character: 0 }, end: { line: 4, character: 4 } } },
      { ...base, severity: DiagnosticSeverity.Error },
      { ...base, severity: undefined },
      { ...base, code: 'd' },
      { ...base, code: 7 },
      { ...base, source: 'other' },
      { ...base, message: 'n' },
    ];
    for (const variant of variants) assert.ok(!sameDiagnostic(base, variant), JSON.stringify(variant));
  });

  it('tags, data, related information and the code description are compared by value, in depth', () => {
    const related = (line: number) => [{ location: { uri: 'file:///a.conf', range: at(line).range }, message: 'first here' }];
    const full = (line: number, data: unknown): Diagnostic => ({
      ...at(1),
      tags: [DiagnosticTag.Deprecated],
      data,
      relatedInformation: related(line),
      codeDescription: { href: 'https://example.invalid/rule' },
    });
    assert.ok(sameDiagnostic(full(3, { replacement: 'x', lines: [1, 2] }), full(3, { lines: [1, 2], replacement: 'x' })), 'key order does not matter');
    assert.ok(!sameDiagnostic(full(3, { replacement: 'x' }), full(3, { replacement: 'y' })));
    assert.ok(!sameDiagnostic(full(3, { lines: [1, 2] }), full(3, { lines: [1, 2, 3] })));
    assert.ok(!sameDiagnostic(full(3, { lines: [1, 2] }), full(3, { lines: { 0: 1, 1: 2 } })), 'an array is not an object');
    assert.ok(!sameDiagnostic(full(3, { a: 1 }), full(3, { a: 1, b: 2 })));
    assert.ok(!sameDiagnostic(full(3, { a: null }), full(3, { a: 0 })));
    assert.ok(!sameDiagnostic(full(3, undefined), full(3, {})), 'no data is not empty data');
    assert.ok(!sameDiagnostic(full(3, 1), full(4, 1)), 'a related location that moved');
    assert.ok(!sameDiagnostic(full(3, 1), { ...full(3, 1), tags: [DiagnosticTag.Unnecessary] }));
    assert.ok(!sameDiagnostic(full(3, 1), { ...full(3, 1), tags: undefined }));
    assert.ok(!sameDiagnostic(full(3, 1), { ...full(3, 1), codeDescription: { href: 'https://example.invalid/other' } }));
    assert.ok(sameDiagnostic(full(3, { a: undefined }), full(3, {})), 'an undefined member is not sent');
  });

  it('a moved copy equals a copy moved the same way, and differs from the diagnostic before the move', () => {
    const original: Diagnostic = { ...at(2), data: { replacement: 'x' } };
    assert.ok(sameDiagnostic(movedCopy(original, 5, 5), movedCopy(original, 5, 5)));
    assert.ok(!sameDiagnostic(original, movedCopy(original, 5, 5)));
  });

  it('the lists the validation publishes for one version are the same; a line inserted above makes them differ', () => {
    const text = '[general]\nallowguest=no\n[alice]\ntype=user\nsecret=Xk9-Long-Pass\nbogus=1\n';
    const analysis = analyzeText(text);
    const first = publishDiagnostics(analysis);
    assert.ok(first.length > 0);
    assert.ok(sameDiagnostics(first, publishDiagnostics(analysis)));
    const moved = publishDiagnostics(analyzeText(`; a comment\n${text}`));
    assert.ok(!sameDiagnostics(first, moved));
  });
});
