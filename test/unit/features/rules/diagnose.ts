/** Test helper for the rule specs: the diagnostics of a fixture, reduced to what the specs assert. */
import type { Diagnostic } from 'vscode-languageserver-types';
import { doValidation } from '../../../../server/src/service/features/validation';
import { analyzeText, type FixtureOptions } from '../../../support/fixture';

export function diagnose(text: string, options: FixtureOptions = {}): readonly Diagnostic[] {
  return doValidation(analyzeText(text, options));
}

/** `[line, startCharacter, endCharacter]` of every diagnostic with this code. */
export function rangesOf(code: string, text: string, options: FixtureOptions = {}): [number, number, number][] {
  return diagnose(text, options)
    .filter((diagnostic) => diagnostic.code === code)
    .map((diagnostic) => [diagnostic.range.start.line, diagnostic.range.start.character, diagnostic.range.end.character]);
}

/** The one diagnostic with this code (fails when there is not exactly one). */
export function only(code: string, text: string, options: FixtureOptions = {}): Diagnostic {
  const found = diagnose(text, options).filter((diagnostic) => diagnostic.code === code);
  if (found.length !== 1) throw new Error(`expected one ${code}, got ${found.length}: ${JSON.stringify(found.map((d) => d.range))}`);
  return found[0];
}

/** Every code, in document order. */
export function codesOf(text: string, options: FixtureOptions = {}): string[] {
  return diagnose(text, options).map((diagnostic) => String(diagnostic.code));
}

/** The message text (LSP 3.18 allows markup; we always publish plain strings). */
export function messageOf(diagnostic: Diagnostic): string {
  return typeof diagnostic.message === 'string' ? diagnostic.message : diagnostic.message.value;
}
