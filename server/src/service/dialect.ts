/**
 * The four language ids and the dialect each one selects (STYLE.md "Names"). What a dialect is and does
 * lives in its module (dialects/cores.ts, dialects/registry.ts); these are the names.
 */
import { dialectOfBaseName, dialectOfLanguageId } from './dialects/cores';

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
