/**
 * The files a config reads through `#include` / `#tryinclude`, found through an IncludeHost so this
 * stays pure (the host owns the file system, the caps and the trust rules).
 *
 * Used for extensions.conf, where only the set of files matters (to index the contexts), not the
 * section an included file starts in. So each file is read once, at its first inclusion: a later
 * inclusion of the same file (a diamond, or the same glob twice) is recorded as a link but not
 * walked again. That keeps the work linear in the number of files; walking every inclusion would
 * let a few globbed files that include each other's globs multiply into millions of readings.
 *
 * `#exec` lines are only listed: running a program named by a config file is never ours to do.
 */
import type { ConfigDocument } from '../parser/configDocument';
import type { DirectiveNode, Span } from '../parser/nodes';
import type { IncludeHost, IncludeLink, IncludeProblem } from './types';
import { guarded } from './buildModel';

/** MAX_INCLUDE_LEVEL in main/config.c: the root file plus at most nine nested levels. */
export const MAX_INCLUDE_LEVEL = 10;

export interface IncludedFile {
  readonly uri: string;
  readonly document: ConfigDocument;
  /** 1 for the root file, as Asterisk's include_level counts loads. */
  readonly level: number;
  /** The directive that first read this file; absent for the root. */
  readonly includedFrom?: { readonly uri: string; readonly line: number };
}

export interface ExecLine {
  readonly uri: string;
  readonly line: number;
  /** The command line as written (quotes and angle brackets removed); never run. */
  readonly command: string;
  readonly argumentSpan: Span;
}

export interface IncludeTree {
  /** Every file read, in the order Asterisk first reads it, the root first. Empty when the root failed. */
  readonly files: readonly IncludedFile[];
  /** One link per `#include` / `#tryinclude` line of every file read, in reading order. */
  readonly includes: readonly IncludeLink[];
  readonly execs: readonly ExecLine[];
  /** Why the root itself could not be loaded. */
  readonly rootProblem?: { readonly problem: IncludeProblem; readonly detail?: string };
}

/** Problems that Asterisk ignores for `#tryinclude`: the file being optional is the whole point. */
const ABSENT: ReadonlySet<IncludeProblem> = new Set<IncludeProblem>(['missing', 'glob-no-match']);

export function collectIncludeTree(rootUri: string, host: IncludeHost, configDirUri: string, maxDepth = MAX_INCLUDE_LEVEL): IncludeTree {
  const files: IncludedFile[] = [];
  const includes: IncludeLink[] = [];
  const execs: ExecLine[] = [];
  const read = new Set<string>();

  const rootLoaded = guarded(() => host.load(rootUri));
  if ('problem' in rootLoaded) {
    return { files, includes, execs, rootProblem: { problem: rootLoaded.problem, detail: rootLoaded.detail } };
  }

  // Recursion depth is bounded by maxDepth, so the stack cannot overflow whatever the files say.
  const visit = (file: IncludedFile, stack: readonly string[]): void => {
    read.add(file.uri);
    files.push(file);
    const lines = file.document.lines;
    for (let line = 0; line < lines.length; line++) {
      const node = lines[line];
      if (node.kind !== 'directive' || node.argument === undefined || node.argumentSpan === undefined) continue;
      if (node.name === 'exec') {
        execs.push({ uri: file.uri, line, command: node.argument, argumentSpan: node.argumentSpan });
      } else if (node.name === 'include' || node.name === 'tryinclude') {
        followInclude(file, line, node, stack);
      }
    }
  };

  const followInclude = (file: IncludedFile, line: number, node: DirectiveNode, stack: readonly string[]): void => {
    const directive = node.name as 'include' | 'tryinclude';
    const base = { uri: file.uri, line, argumentSpan: node.argumentSpan!, directive };
    const resolved = guarded(() => host.resolve(node.argument!, configDirUri));
    const targets = 'uris' in resolved ? resolved.uris : [];
    // Asterisk checks the level before it even looks for the file.
    if (file.level >= maxDepth) {
      includes.push({ ...base, targets, problem: 'depth', problemDetail: `more than ${maxDepth} nested files` });
      return;
    }
    if ('problem' in resolved) {
      const ignored = directive === 'tryinclude' && ABSENT.has(resolved.problem);
      includes.push(ignored ? { ...base, targets } : { ...base, targets, problem: resolved.problem, problemDetail: resolved.detail });
      return;
    }
    let problem: { problem: IncludeProblem; problemDetail?: string } | undefined;
    const note = (found: IncludeProblem, detail: string): void => {
      // One problem per directive: the first one, which is the first the user would hit.
      if (!problem && !(directive === 'tryinclude' && ABSENT.has(found))) problem = { problem: found, problemDetail: detail };
    };
    // The link keeps its place in reading order (before the included files' own links); its problem
    // is only known once every target has been walked.
    const slot = includes.length;
    includes.push({ ...base, targets });
    for (const uri of targets) {
      if (stack.includes(uri)) {
        note('cycle', [...stack.slice(stack.indexOf(uri)), uri].join(' → '));
        continue;
      }
      if (read.has(uri)) continue;
      const loaded = guarded(() => host.load(uri));
      if ('problem' in loaded) {
        note(loaded.problem, loaded.detail ?? uri);
        continue;
      }
      visit({ uri, document: loaded.document, level: file.level + 1, includedFrom: { uri: file.uri, line } }, [...stack, uri]);
    }
    if (problem) includes[slot] = { ...base, targets, ...problem };
  };

  visit({ uri: rootUri, document: rootLoaded.document, level: 1 }, [rootUri]);
  return { files, includes, execs };
}
