/**
 * The four language ids and the dialect each one selects (STYLE.md "Names"). What a dialect is and does
 * lives in its module (dialects/cores.ts, dialects/registry.ts); these are the names.
 */
import { DIALECT_CORES, dialectClaiming, dialectOfBaseName, dialectOfLanguageId } from './dialects/cores';

export type LanguageId = 'asterisk-sip' | 'asterisk-iax' | 'asterisk-pjsip' | 'asterisk';
export type FileDialect = 'sip' | 'iax' | 'pjsip' | 'generic';

/** In the order of package.json's languages (each has its module in dialects/registry.ts). */
export const LANGUAGE_IDS: readonly LanguageId[] = ['asterisk-sip', 'asterisk-iax', 'asterisk-pjsip', 'asterisk'];

export function dialectOfLanguage(languageId: string): FileDialect {
  return dialectOfLanguageId(languageId)?.id ?? 'generic';
}

/** The dialect a file name implies, as package.json's filenamePatterns do. */
export function dialectOfFileName(fileName: string): FileDialect {
  return dialectOfBaseName(fileName).id;
}

/** The dialect a file name claims (sip.conf, iax.conf.d/x ...); undefined for any other .conf. */
export function dialectClaimingFileName(fileName: string): FileDialect | undefined {
  return dialectClaiming(fileName)?.id;
}

/** The dialects of particular files, each with its root file (sip.conf ...), in the order of dialects/cores.ts: those a user names (`--dialect`). */
export function namedDialects(): readonly FileDialect[] {
  return DIALECT_CORES.filter((core) => core.rootFileName !== undefined).map((core) => core.id);
}

/** Whether `value` names a dialect of particular files (not the reading of any other .conf). */
export function isNamedDialect(value: string): value is FileDialect {
  return namedDialects().some((id) => id === value);
}

/** The dialect a document is read in: its language's, or, when its language names none (plain `asterisk`), its file name's. */
export function dialectOfDocument(languageDialect: FileDialect, fileName: string): FileDialect {
  return isNamedDialect(languageDialect) ? languageDialect : dialectOfFileName(fileName);
}
