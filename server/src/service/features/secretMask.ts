/**
 * Values with the secrets taken out, for every place that shows a value as text (outline details).
 * The masking itself is `displayValue` in directionText.ts, the one place that decides it.
 */
import type { FileDialect } from '../dialect';
import { displayValue, SECRET_MASK } from './directionText';

export { SECRET_MASK };

/** `value` of the line `key = value`, safe to show. */
export function maskSecretsInValue(dialect: FileDialect, key: string, value: string): string {
  return displayValue(key, value, false, dialect);
}
