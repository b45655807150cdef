/**
 * Which open documents a change to another one makes stale (issue #18). A document that is not stale keeps
 * its cached analysis for requests, and its next edit takes the keystroke path; a stale one is analysed in
 * full once, and its diagnostics are validated again.
 *
 * A change to X (an edit, or X opened or closed: the editor's buffer replaces the file on disk) makes an
 * open document D stale when X can change D's analysis:
 * - X is a file D's cached analysis read: D's include tree (`model.files`, which may cross folders; it is
 *   the root's tree when a root includes D) or the dialplan tree of D's folder (extensions.conf and what it
 *   includes);
 * - X is in D's folder and not a channel file (sip, iax, pjsip): extensions.conf or a file of no dialect may
 *   feed the dialplan of the folder;
 * - the change may add or remove an `#include` / `#tryinclude` (`mayChangeIncludes`): it may decide which
 *   root includes D (roots are per folder, but their include trees may pass through any folder), which
 *   dialect D is read in, or what D's folder's dialplan holds. Every open document is then stale.
 * - D has no analysis yet: it is analysed in full anyway.
 * Settings and `.asterisk-conf.json` changes make every document stale (the server's revalidateAll).
 * When unsure, stale: a missed case is a wrong diagnostic, an extra one only costs a full analysis.
 * Pure: the server gives the URIs and the text.
 */
import type { FileDialect } from './service/dialect';
import { folderOf } from './service/model/buildModel';
import type { ConfigDocument, LineDelta, TextChange } from './service/parser/configDocument';

/** One change to an open document, or its open or close. */
export interface DocumentChange {
  readonly uri: string;
  /** The dialect of its name or language ('generic' for a file of no dialect). */
  readonly dialect: FileDialect;
  /** It may add or remove an include (see `editMayChangeIncludes`); always true for an open or a close. */
  readonly mayChangeIncludes: boolean;
}

/** An open document other than the changed one. */
export interface Dependent {
  readonly uri: string;
  /** The files its cached analysis read (include tree and dialplan tree); undefined before its first analysis. */
  readonly readFiles: ReadonlySet<string> | undefined;
}

const CHANNEL_DIALECTS: ReadonlySet<FileDialect> = new Set(['sip', 'iax', 'pjsip']);

/** Whether the change can change the analysis of `dependent` (the rule above). */
export function changeAffects(change: DocumentChange, dependent: Dependent): boolean {
  if (dependent.uri === change.uri) return false;
  if (dependent.readFiles === undefined || change.mayChangeIncludes) return true;
  if (dependent.readFiles.has(change.uri)) return true;
  return folderOf(change.uri) === folderOf(dependent.uri) && !CHANNEL_DIALECTS.has(change.dialect);
}

/**
 * Text that may hold an include or change what is read as one: `#` (`#include`, `#tryinclude`, `#exec`)
 * or a block comment mark (`;--` opens one, `--;` closes it: an edit there can comment an include out or
 * in far from the edited line). A mark typed or deleted is whole in the lines before or after the edit.
 */
export function mayHoldInclude(text: string): boolean {
  return text.includes('#') || text.includes('--');
}

/**
 * Applies one change to the document and says whether it may have added or removed an include: the lines
 * it replaced (read before) or the lines it left (read after) may hold one. Comparing whole lines catches
 * an edit inside an include line (`foo` → `bar` in `#include foo.conf`) and a `;` typed before `--`.
 */
export function applyTrackedChange(document: ConfigDocument, change: TextChange): { delta: LineDelta; mayChangeIncludes: boolean } {
  const before = change.range ? linesText(document, change.range.start.line, change.range.end.line + 1) : document.getText();
  const delta = document.applyChange(change);
  const after = linesText(document, delta.startLine, delta.startLine + delta.inserted);
  return { delta, mayChangeIncludes: mayHoldInclude(before) || mayHoldInclude(after) };
}

/** Lines [from, to) of the document, clamped to it, joined by line breaks. */
function linesText(document: ConfigDocument, from: number, to: number): string {
  const first = Math.max(0, Math.min(from, to));
  const last = Math.min(Math.max(from, to), document.lineCount);
  const texts: string[] = [];
  for (let line = first; line < last; line++) texts.push(document.lineText(line));
  return texts.join('\n');
}
