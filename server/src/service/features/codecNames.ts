/**
 * Media format names offered in place of an unknown one (`g723.1` → `g723`): the builtin list of
 * data/codecs.ts, the same set the unknown-codec rule accepts, so a fix never trades one diagnostic
 * for another.
 */
import { BUILTIN_CODECS } from '../data/codecs';

export const KNOWN_CODECS: readonly string[] = BUILTIN_CODECS.map((codec) => codec.value);
