import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { DiagnosticSeverity } from 'vscode-languageserver-types';
import { DIAGNOSTIC_SOURCE, toDiagnosticSeverity } from '../../../server/src/service/features/severity';

describe('toDiagnosticSeverity', () => {
  it('maps each setting word to its LSP severity', () => {
    assert.equal(toDiagnosticSeverity('error', 'hint'), DiagnosticSeverity.Error);
    assert.equal(toDiagnosticSeverity('warning', 'hint'), DiagnosticSeverity.Warning);
    assert.equal(toDiagnosticSeverity('information', 'hint'), DiagnosticSeverity.Information);
    assert.equal(toDiagnosticSeverity('hint', 'error'), DiagnosticSeverity.Hint);
  });

  it('accepts info, the spelling of STYLE.md, as information', () => {
    assert.equal(toDiagnosticSeverity('info', 'error'), DiagnosticSeverity.Information);
  });

  it('returns undefined for ignore: the diagnostic is not published', () => {
    assert.equal(toDiagnosticSeverity('ignore', 'error'), undefined);
  });

  it('falls back to the rule’s default when there is no setting', () => {
    assert.equal(toDiagnosticSeverity(undefined, 'warning'), DiagnosticSeverity.Warning);
    assert.equal(toDiagnosticSeverity(undefined, 'information'), DiagnosticSeverity.Information);
  });

  it('falls back to the rule’s default for a word it does not know', () => {
    for (const setting of ['Error', 'warn', 'off', '', 'toString', 'constructor', '__proto__']) {
      assert.equal(toDiagnosticSeverity(setting, 'error'), DiagnosticSeverity.Error, setting);
    }
  });

  it('falls back to the rule’s default for a value that is not a string (a broken settings.json)', () => {
    assert.equal(toDiagnosticSeverity(2 as unknown as string, 'hint'), DiagnosticSeverity.Hint);
    assert.equal(toDiagnosticSeverity(null as unknown as string, 'warning'), DiagnosticSeverity.Warning);
  });
});

describe('DIAGNOSTIC_SOURCE', () => {
  it('is asterisk', () => {
    assert.equal(DIAGNOSTIC_SOURCE, 'asterisk');
  });
});
