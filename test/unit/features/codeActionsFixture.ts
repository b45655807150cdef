/**
 * Shared steps of the quick-fix specs: find the diagnostic a fix is for (the real one from
 * doValidation), ask for the actions, apply one and compare the whole resulting text.
 */
import assert from 'node:assert/strict';
import type { CodeAction, Diagnostic, Range } from 'vscode-languageserver-types';
import { getCodeActions } from '../../../server/src/service/features/codeActions';
import { doValidation } from '../../../server/src/service/features/validation';
import { analyzeText, applyEdits, type FixtureOptions } from '../../support/fixture';

/** A repeatable stand-in for Math.random (a small linear congruential generator). */
export function seededRandom(seed = 7): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}

export function rangeOn(line: number, start: number, end: number): Range {
  return { start: { line, character: start }, end: { line, character: end } };
}

export function validate(text: string, options: FixtureOptions = {}): readonly Diagnostic[] {
  return doValidation(analyzeText(text, options));
}

/** The real diagnostic of `code` that validation publishes, which must cover exactly `range`. */
export function diagnosticFor(text: string, code: string, range: Range, options: FixtureOptions = {}): Diagnostic {
  const found = validate(text, options).find((diagnostic) => diagnostic.code === code && diagnostic.range.start.line === range.start.line);
  assert.ok(found, `validation reports no ${code} on line ${range.start.line}`);
  assert.deepEqual(found.range, range, `the range of ${code}`);
  return found;
}

/** A diagnostic built by hand, for request shapes validation never produces. */
export function handDiagnostic(code: string, range: Range, data?: unknown): Diagnostic {
  return { range, code, source: 'asterisk', message: code, ...(data === undefined ? {} : { data }) };
}

/** The rule's own quick fixes (without the suppression comment every diagnostic gets). */
export function fixesFor(text: string, diagnostic: Diagnostic, options: FixtureOptions = {}, random = seededRandom()): CodeAction[] {
  const analysis = analyzeText(text, options);
  return getCodeActions(analysis, diagnostic.range, { diagnostics: [diagnostic], only: ['quickfix'] }, { random }).filter(
    (action) => !action.title.startsWith('Disable '),
  );
}

export function titles(actions: readonly CodeAction[]): string[] {
  return actions.map((action) => action.title);
}

/** The whole text after the action's edit (which must touch only the document itself). */
export function applyAction(text: string, action: CodeAction, options: FixtureOptions = {}): string {
  const uri = analyzeText(text, options).uri;
  const changes = action.edit?.changes ?? {};
  assert.deepEqual(Object.keys(changes), [uri]);
  return applyEdits(text, changes[uri]);
}

export function codesIn(text: string, options: FixtureOptions = {}): string[] {
  return validate(text, options).map((diagnostic) => String(diagnostic.code));
}

/** The fix worked: the fixed text has no diagnostic of the rule any more. */
export function assertFixed(text: string, code: string, options: FixtureOptions = {}): void {
  assert.deepEqual(
    validate(text, options).filter((diagnostic) => diagnostic.code === code).map((diagnostic) => diagnostic.range.start.line),
    [],
    `the fixed text still has ${code}`,
  );
}
