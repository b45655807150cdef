/**
 * Files changed on disk by another program (git pull, another editor, a script writing sip_custom.conf):
 * what the server asks the client to watch, and which open documents a change on disk makes stale.
 *
 * One mechanism: the server registers its watchers itself (`client/registerCapability` for
 * `workspace/didChangeWatchedFiles`) when the client says it can take a dynamic registration, as VS Code
 * does (so the VS Code client watches nothing by itself: one list of globs, here, for every editor). A
 * client that cannot (Neovim 0.7) sends no events, and a file changed on disk is read again at the next full
 * analysis of a document that reads it (an edit that may change an include, a settings change, an open or
 * a close). The editor watches its workspace folders only, and the globs name `.conf` files only: an included
 * file outside them, or of another name, waits for the next full analysis too.
 *
 * A file open in the editor is the editor's: its buffer, not the disk, is what the server reads, so the
 * server drops events for it before asking `diskChangesAffect`. For any other file X, an open document D
 * is stale when:
 * - X is a file D's cached analysis read (its include tree or its folder's dialplan tree), or lies under a
 *   deleted folder that held one: created again, changed or deleted, D reads something else now;
 * - X is a root of D's folder (sip.conf, iax.conf, pjsip.conf) or its extensions.conf: created or changed,
 *   it may now include D or hold the folder's dialplan;
 * - X was created under D's folder: an `#include` (D's or extensions.conf's) that found nothing, or a glob,
 *   may name it;
 * - X was created anywhere and D's include tree has an include that found nothing (an absolute path);
 * - D has no analysis yet: it is analysed in full anyway.
 * Missed: a file created outside D's folder that an absolute glob of D's tree, one that already matched
 * other files, now matches too. When unsure, stale (staleDocuments.ts): a created file in D's folder that nothing names costs one full
 * analysis of D, a missed one leaves a wrong diagnostic.
 * Pure: the server gives the URIs.
 */
import { DIALECT_CORES } from './service/dialects/cores';

/** The globs the server watches: every config it may read, and the project settings file. */
export const WATCHED_GLOBS: readonly string[] = ['**/*.conf', '**/.asterisk-conf.json'];

/** The project settings file (projectSettings.ts): a change re-reads the settings of every document. */
export function isProjectConfig(uri: string): boolean {
  return baseName(uri) === '.asterisk-conf.json';
}

/** `workspace/didChangeWatchedFiles`'s FileChangeType. */
export const DiskChangeType = { Created: 1, Changed: 2, Deleted: 3 } as const;
export type DiskChangeType = (typeof DiskChangeType)[keyof typeof DiskChangeType];

export interface DiskChange {
  readonly uri: string;
  readonly type: DiskChangeType;
}

/** An open document, as the server knows it. */
export interface DiskDependent {
  readonly uri: string;
  /** The files its cached analysis read (include tree and dialplan tree); undefined before its first analysis. */
  readonly readFiles: ReadonlySet<string> | undefined;
  /** Its include tree has an `#include` that found no file: a file created anywhere may be the one it names. */
  readonly awaitsFile: boolean;
}

/** Names a document of a folder reads by place, not through an include: the roots and the dialplan. */
const FOLDER_FILES: ReadonlySet<string> = new Set([
  'extensions.conf',
  ...DIALECT_CORES.flatMap((core) => (core.rootFileName === undefined ? [] : [core.rootFileName])),
]);

/**
 * Whether one of the changes on disk can change the analysis of `dependent` (the rule above). A batch at a
 * time: a `git checkout` sends thousands of changes, and the keys of what the document read are made once.
 */
export function diskChangesAffect(changes: readonly DiskChange[], dependent: DiskDependent): boolean {
  if (changes.length === 0) return false;
  const self = fileKey(dependent.uri);
  const folder = folderOfKey(self);
  const read = dependent.readFiles === undefined ? undefined : new Set([...dependent.readFiles].map(fileKey));
  return changes.some((change) => {
    const changed = fileKey(change.uri);
    if (changed === self) return false;
    if (read === undefined || read.has(changed)) return true;
    if (change.type === DiskChangeType.Deleted) {
      const under = `${changed}/`;
      return [...read].some((uri) => uri.startsWith(under));
    }
    if (folderOfKey(changed) === folder && FOLDER_FILES.has(baseName(changed).toLowerCase())) return true;
    return change.type === DiskChangeType.Created && (changed.startsWith(`${folder}/`) || dependent.awaitsFile);
  });
}

/**
 * One spelling per file: clients and Node's pathToFileURL escape different characters (`[`, `:` of a
 * drive letter), and the server compares the URIs the client sends with those its include host made.
 */
export function fileKey(uri: string): string {
  let decoded = uri;
  try {
    decoded = decodeURIComponent(uri);
  } catch {
    // a malformed escape: compared as written
  }
  // file:///C:/ and file:///c%3A/ are the same drive.
  return decoded.replace(/^file:\/\/\/([A-Za-z]):/, (_, drive: string) => `file:///${drive.toLowerCase()}:`);
}

function folderOfKey(key: string): string {
  const slash = key.lastIndexOf('/');
  return slash >= 0 ? key.slice(0, slash) : key;
}

function baseName(uri: string): string {
  return uri.slice(uri.lastIndexOf('/') + 1);
}
