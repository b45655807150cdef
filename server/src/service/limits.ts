/**
 * Caps on what the service hands out for one file (issue #19): a generated or hostile file of a million
 * lines must not turn into a million diagnostics, a 200 MB outline or 10 MB of semantic tokens. The
 * numbers are far above what a real sip.conf / iax.conf produces; README.md ("Limits") lists them.
 */

/** Diagnostics published for one file; past it one `analysis-limit` diagnostic says how many were left out. */
export const MAX_DIAGNOSTICS_PER_FILE = 1000;

/** Outline entries (sections and their lines together) for one file, as json-languageservice's resultLimit. */
export const MAX_DOCUMENT_SYMBOLS = 5000;

/** Workspace symbol results for one query. */
export const MAX_WORKSPACE_SYMBOLS = 5000;

/** Characters of a symbol's name or detail (a key or value can be 100k characters long). */
export const MAX_SYMBOL_TEXT = 200;

/** Semantic tokens for one file; past it the editor's grammar colours the rest. */
export const MAX_SEMANTIC_TOKENS = 50000;
