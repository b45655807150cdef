/** The three language ids and the option catalog each one selects (STYLE.md "Names"). */
export type LanguageId = 'asterisk-sip' | 'asterisk-iax' | 'asterisk';
export type FileDialect = 'sip' | 'iax' | 'generic';

export const LANGUAGE_IDS: readonly LanguageId[] = ['asterisk-sip', 'asterisk-iax', 'asterisk'];

export function dialectOfLanguage(languageId: string): FileDialect {
  if (languageId === 'asterisk-sip') return 'sip';
  if (languageId === 'asterisk-iax') return 'iax';
  return 'generic';
}

/** The dialect a file name implies, as package.json's filenamePatterns do. */
export function dialectOfFileName(fileName: string): FileDialect {
  const base = fileName.replace(/^.*[\\/]/, '').toLowerCase();
  if (/^sip([_-].*)?\.conf$/.test(base)) return 'sip';
  if (/^iax([_-].*)?\.conf$/.test(base)) return 'iax';
  return 'generic';
}
