import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Diagnostic } from 'vscode-languageserver-types';
import { getCodeActions } from '../../../server/src/service/features/codeActions';
import { closestCandidates, deleteLineEdit, editDistance, lineBreakOf } from '../../../server/src/service/features/codeActionEdits';
import { parseConfig } from '../../../server/src/service/parser/configDocument';
import { analyzeText, applyEdits } from '../../support/fixture';
import { applyAction, assertFixed, diagnosticFor, handDiagnostic, rangeOn, validate } from './codeActionsFixture';

function suppressions(text: string, diagnostic: Diagnostic) {
  return getCodeActions(analyzeText(text), diagnostic.range, { diagnostics: [diagnostic] }).filter((action) => action.title.startsWith('Disable '));
}

describe('code actions', () => {
  it('answers each diagnostic with its fixes and a suppression comment, keyed by the rule id', () => {
    const text = '[alice]\ntype=friend\ncontxt=internal\n';
    const diagnostic = diagnosticFor(text, 'unknown-option', rangeOn(2, 0, 6));
    const actions = getCodeActions(analyzeText(text), diagnostic.range, { diagnostics: [diagnostic], only: ['quickfix'] });
    assert.deepEqual(
      actions.map((action) => [action.title, action.kind, action.diagnostics?.[0]?.code]),
      [
        ["Change 'contxt' to 'context'", 'quickfix', 'unknown-option'],
        ['Disable unknown-option for this line', 'quickfix', 'unknown-option'],
        ['Disable unknown-option for this file', 'quickfix', 'unknown-option'],
      ],
    );
  });

  it('ignores diagnostics of other sources and never looks at message text', () => {
    const text = '[alice]\ntype=friend\ncontxt=internal\n';
    const foreign = { ...handDiagnostic('unknown-option', rangeOn(2, 0, 6)), source: 'spell' };
    assert.deepEqual(getCodeActions(analyzeText(text), foreign.range, { diagnostics: [foreign], only: ['quickfix'] }), []);
    const messageOnly = { ...handDiagnostic('weak-secret', rangeOn(2, 0, 6)), message: 'unknown option' };
    assert.deepEqual(
      getCodeActions(analyzeText(text), messageOnly.range, { diagnostics: [messageOnly], only: ['quickfix'] }).map((action) => action.title),
      ['Disable weak-secret for this line', 'Disable weak-secret for this file'],
    );
  });

  it('never throws on positions outside the document or on an empty one', () => {
    for (const line of [-1, 99]) {
      const diagnostic = handDiagnostic('missing-type', rangeOn(line, 0, 3));
      assert.deepEqual(getCodeActions(analyzeText('[a]\n'), diagnostic.range, { diagnostics: [diagnostic] }), []);
    }
    const codes = ['unknown-option', 'missing-type', 'register-outside-general', 'space-before-options', 'duplicate-option', 'deprecated-value', 'user-without-context'];
    const diagnostics = codes.map((code) => handDiagnostic(code, rangeOn(0, 0, 0)));
    assert.deepEqual(
      getCodeActions(analyzeText(''), rangeOn(0, 0, 0), { diagnostics }).map((action) => action.title),
      codes.flatMap((code) => [`Disable ${code} for this line`, `Disable ${code} for this file`]),
    );
  });

  describe('suppression comment', () => {
    it("goes above the diagnostic's line with that line's indentation, and silences the rule there", () => {
      const text = '[general]\n\tbindport=5060\n[general]\ncontext=public\n';
      const diagnostic = diagnosticFor(text, 'duplicate-general', rangeOn(2, 1, 8));
      const [action] = suppressions(text, diagnostic);
      const fixed = applyAction(text, action);
      assert.equal(fixed, '[general]\n\tbindport=5060\n; asterisk-conf-disable-next-line duplicate-general\n[general]\ncontext=public\n');
      assert.deepEqual(validate(fixed).map((d) => d.code).filter((code) => code === 'duplicate-general'), []);
    });

    it('adds the id to a suppression comment already above the line', () => {
      const text = '[alice]\n; asterisk-conf-disable-next-line unknown-option ; typo kept on purpose\ncontxt=internal\n';
      const [action] = suppressions(text, handDiagnostic('weak-secret', rangeOn(2, 0, 6)));
      assert.equal(applyAction(text, action), '[alice]\n; asterisk-conf-disable-next-line unknown-option, weak-secret ; typo kept on purpose\ncontxt=internal\n');
    });

    it('disables a rule for the whole file with a comment on the first line', () => {
      const text = '[general]\nalwaysauthreject=no\n';
      const diagnostic = diagnosticFor(text, 'alwaysauthreject-off', rangeOn(1, 17, 19));
      const fileWide = suppressions(text, diagnostic)[1];
      assert.equal(fileWide.title, 'Disable alwaysauthreject-off for this file');
      const fixed = applyAction(text, fileWide);
      assert.equal(fixed, '; asterisk-conf-disable alwaysauthreject-off\n[general]\nalwaysauthreject=no\n');
      assertFixed(fixed, 'alwaysauthreject-off');
    });

    it('keeps the indentation and CRLF of the line', () => {
      const text = '[alice]\r\n  type=friend\r\n  contxt=internal\r\n';
      const [action] = suppressions(text, handDiagnostic('unknown-option', rangeOn(2, 2, 8)));
      assert.equal(applyAction(text, action), '[alice]\r\n  type=friend\r\n  ; asterisk-conf-disable-next-line unknown-option\r\n  contxt=internal\r\n');
    });
  });

  describe('edit helpers', () => {
    it('measures an adjacent swap as one edit', () => {
      assert.equal(editDistance('hots', 'host'), 1);
      assert.equal(editDistance('Context', 'contxt'), 1);
      assert.equal(editDistance('', 'abc'), 3);
    });

    it('returns at most three close candidates, nearest first, then by name', () => {
      assert.deepEqual(
        closestCandidates('nat', ['nat', 'zzz', 'nut', 'not', 'net', 'natx', 'nam']).map((candidate) => candidate.text),
        ['nam', 'natx', 'net'],
      );
      assert.deepEqual(closestCandidates('contxt', ['contacts', 'context']), [{ text: 'context', distance: 1 }]);
    });

    it('deletes the last line together with the break before it', () => {
      const document = parseConfig('a=1\nb=2');
      assert.equal(applyEdits('a=1\nb=2', [deleteLineEdit(document, 1)]), 'a=1');
      assert.equal(applyEdits('a=1', [deleteLineEdit(parseConfig('a=1'), 0)]), '');
    });

    it("uses the file's first line break, LF for a one-line file", () => {
      assert.equal(lineBreakOf(parseConfig('a\r\nb\nc')), '\r\n');
      assert.equal(lineBreakOf(parseConfig('a')), '\n');
    });
  });
});
