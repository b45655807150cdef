/**
 * `#include` / `#tryinclude` paths as links to the file they read (issue #6).
 *
 * The target is what the model resolved (the include host applied Asterisk's rules: config directory,
 * globs, trust), never a path guessed here. A link is offered only when the argument names exactly one
 * file that exists: a glob stands for a set of files (go to definition lists them), and a missing or
 * unreadable file has nothing to open (the diagnostic says why).
 */
import type { DocumentLink, Range } from 'vscode-languageserver-types';
import type { Analysis } from '../analysis';
import type { IncludeProblem } from '../model/types';

/** Problems that still leave a file to open: it exists, Asterisk just does not read it (again). */
const TARGET_EXISTS: ReadonlySet<IncludeProblem> = new Set<IncludeProblem>(['cycle', 'depth', 'too-large', 'budget']);

/** Characters that make an include argument a glob pattern (Asterisk expands it with glob(3)). */
const GLOB_CHARACTERS = /[*?[]/;

function fileName(uri: string): string {
  const name = uri.slice(uri.lastIndexOf('/') + 1);
  try {
    return decodeURIComponent(name);
  } catch {
    return name; // not percent-encoded after all
  }
}

export function getDocumentLinks(analysis: Analysis): DocumentLink[] {
  const { document } = analysis;
  const links: DocumentLink[] = [];
  // A file included twice (a diamond) has its links listed twice in the model: one link per line.
  const linkedLines = new Set<number>();
  for (const include of analysis.model.includes) {
    if (include.uri !== analysis.uri || linkedLines.has(include.line)) continue;
    if (include.targets.length !== 1 || (include.problem && !TARGET_EXISTS.has(include.problem))) continue;
    if (include.line >= document.lineCount) continue;
    const node = document.line(include.line);
    if (node.kind !== 'directive' || node.argument === undefined || GLOB_CHARACTERS.test(node.argument)) continue;
    linkedLines.add(include.line);
    const span = node.argumentSpan ?? include.argumentSpan;
    const range: Range = { start: { line: include.line, character: span.start }, end: { line: include.line, character: span.end } };
    const target = include.targets[0];
    links.push({ range, target, tooltip: `Open ${fileName(target)}` });
  }
  return links;
}
