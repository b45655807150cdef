/**
 * Whether two published lists say the same to the client (issue #18: a document whose list did not
 * change is not sent again). Cheap on the lists the validation hands out: an unchanged diagnostic is the
 * very same object, and a moved copy (rules/placedDiagnostics.ts) shares its message and data with the
 * original, so only ranges and scalars are compared and nothing is serialised.
 */
import type { Diagnostic } from 'vscode-languageserver-types';

export function sameDiagnostics(a: readonly Diagnostic[], b: readonly Diagnostic[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let index = 0; index < a.length; index++) if (!sameDiagnostic(a[index], b[index])) return false;
  return true;
}

/** Every field the client reads: range, severity, code, source, message, tags, data, related information, code description. */
export function sameDiagnostic(x: Diagnostic, y: Diagnostic): boolean {
  if (x === y) return true;
  return (
    x.range.start.line === y.range.start.line &&
    x.range.start.character === y.range.start.character &&
    x.range.end.line === y.range.end.line &&
    x.range.end.character === y.range.end.character &&
    x.severity === y.severity &&
    x.code === y.code &&
    x.source === y.source &&
    sameValue(x.message, y.message) &&
    sameValue(x.tags, y.tags) &&
    sameValue(x.data, y.data) &&
    sameValue(x.relatedInformation, y.relatedInformation) &&
    sameValue(x.codeDescription, y.codeDescription)
  );
}

/** Equal as JSON values (what the client receives): key order does not matter, an undefined member counts as absent. */
function sameValue(x: unknown, y: unknown): boolean {
  if (x === y) return true;
  if (typeof x !== 'object' || typeof y !== 'object' || x === null || y === null) return false;
  if (Array.isArray(x) !== Array.isArray(y)) return false;
  if (Array.isArray(x)) {
    const other = y as unknown[];
    if (x.length !== other.length) return false;
    for (let index = 0; index < x.length; index++) if (!sameValue(x[index], other[index])) return false;
    return true;
  }
  const left = x as Record<string, unknown>;
  const right = y as Record<string, unknown>;
  const keys = (record: Record<string, unknown>) => Object.keys(record).filter((key) => record[key] !== undefined);
  const leftKeys = keys(left);
  if (leftKeys.length !== keys(right).length) return false;
  for (const key of leftKeys) if (!Object.prototype.hasOwnProperty.call(right, key) || !sameValue(left[key], right[key])) return false;
  return true;
}
