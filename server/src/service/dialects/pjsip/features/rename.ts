/**
 * Rename a pjsip object (issue #16): its header, the `(+)` headers that add to it, the `[x](name)`
 * headers inheriting it and every reference of the right type, in every file of the include tree
 * (navigation.ts finds them). A same-named object of another type keeps its name: renaming endpoint
 * `alice` leaves aor `alice` and `aors=alice` alone. Names Asterisk cannot read back, and names an
 * object of the same type already has, are refused.
 */
import type { Position, Range, TextEdit, WorkspaceEdit } from 'vscode-languageserver-types';
import { invalidName } from '../../../features/rename';
import { quote } from '../../../quote';
import type { PjsipFeatureContext } from './featureContext';
import { pjsipOccurrences, pjsipSymbolAt } from './navigation';

export type PjsipRenameResult = WorkspaceEdit | { readonly error: string };

export function preparePjsipRename(context: PjsipFeatureContext, position: Position): { range: Range; placeholder: string } | { readonly error: string } | null {
  const at = pjsipSymbolAt(context, position);
  if (!at) return null;
  if (at.notRenameable) return { error: at.notRenameable };
  return { range: at.range, placeholder: at.object.name };
}

export function doPjsipRename(context: PjsipFeatureContext, position: Position, newName: string): PjsipRenameResult | null {
  const at = pjsipSymbolAt(context, position);
  if (!at) return null;
  const { object } = at;
  const refusal =
    at.notRenameable ??
    invalidName({ kind: 'section', name: object.name, key: object.name.toLowerCase() }, newName) ??
    // Names in `aors=a,b` are split at commas and trimmed; `=` is fine in a header but not worth the surprise.
    (newName.includes('=') ? 'An object name cannot contain \'=\'.' : undefined) ??
    (newName !== object.name && context.model.get(object.type, newName) ? `A ${object.type} named ${quote(newName)} already exists.` : undefined);
  if (refusal) return { error: refusal };
  const occurrences = pjsipOccurrences(context.model, object);
  const inexact = occurrences.find((occurrence) => occurrence.inexact);
  if (inexact) return { error: `A reference on line ${inexact.range.start.line + 1} has escapes or an inline comment in its value: rename it by hand first.` };
  const changes: Record<string, TextEdit[]> = {};
  for (const occurrence of occurrences) (changes[occurrence.uri] ??= []).push({ range: occurrence.range, newText: newName });
  return { changes };
}
