/**
 * Rename a pjsip object (issue #16): its header, the `(+)` headers that add to it, the `[x](name)`
 * headers inheriting it and every reference of the right type (in objects and in templates), in every
 * file of the include tree; or a template: its header and the `(name)` of every heir
 * (navigation.ts finds them). A same-named object of another type keeps its name: renaming endpoint
 * `alice` leaves aor `alice` and `aors=alice` alone. Names Asterisk cannot read back, and names an
 * object of the same type already has, are refused.
 */
import type { Position, Range, TextEdit, WorkspaceEdit } from 'vscode-languageserver-types';
import { invalidName } from '../../../features/rename';
import { quote } from '../../../quote';
import type { PjsipFeatureContext } from './featureContext';
import { pjsipSymbolAt, pjsipSymbolOccurrences } from './navigation';

export type PjsipRenameResult = WorkspaceEdit | { readonly error: string };

export function preparePjsipRename(context: PjsipFeatureContext, position: Position): { range: Range; placeholder: string } | { readonly error: string } | null {
  const at = pjsipSymbolAt(context, position);
  if (!at) return null;
  if (at.notRenameable) return { error: at.notRenameable };
  return { range: at.range, placeholder: at.name };
}

export function doPjsipRename(context: PjsipFeatureContext, position: Position, newName: string): PjsipRenameResult | null {
  const at = pjsipSymbolAt(context, position);
  if (!at) return null;
  const { object, name } = at;
  const refusal =
    at.notRenameable ??
    invalidName({ kind: 'section', name, key: name.toLowerCase() }, newName) ??
    // Names in `aors=a,b` are split at commas and trimmed; `=` is fine in a header but not worth the surprise.
    (newName.includes('=') ? 'An object name cannot contain \'=\'.' : undefined) ??
    (object && newName !== object.name && context.model.get(object.type, newName) ? `A ${object.type} named ${quote(newName)} already exists.` : undefined) ??
    // `(name)` finds the first section of that name above: another section of the new name would be inherited instead.
    (!object && newName.toLowerCase() !== name.toLowerCase() && context.model.base.sectionsByKey.get(newName.toLowerCase())?.length ? `A section named ${quote(newName)} already exists: heirs would inherit it instead.` : undefined);
  if (refusal) return { error: refusal };
  const occurrences = pjsipSymbolOccurrences(context.model, at);
  const inexact = occurrences.find((occurrence) => occurrence.inexact);
  if (inexact) return { error: `A reference on line ${inexact.range.start.line + 1} has escapes or an inline comment in its value: rename it by hand first.` };
  const changes: Record<string, TextEdit[]> = {};
  for (const occurrence of occurrences) (changes[occurrence.uri] ??= []).push({ range: occurrence.range, newText: newName });
  return { changes };
}
