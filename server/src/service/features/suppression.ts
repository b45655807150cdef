/**
 * Inline suppression comments, keyed by rule id (STYLE.md rule 4):
 *   ; asterisk-conf-disable-next-line <id>[, <id>…]   the next line (no ids: every rule)
 *   ; asterisk-conf-disable <id>[, <id>…]             the whole file (no ids: every rule)
 * Only comment text is read, so a value can never switch a rule off.
 */
import type { Diagnostic } from 'vscode-languageserver-types';
import type { ConfigDocument } from '../parser/configDocument';

export const DISABLE_NEXT_LINE = 'asterisk-conf-disable-next-line';
export const DISABLE_FILE = 'asterisk-conf-disable';

/** `undefined` ids = every rule. */
interface Suppressions {
  readonly file: Set<string> | 'all' | undefined;
  /** Line the comment applies to → ids. */
  readonly lines: Map<number, Set<string> | 'all'>;
}

const DIRECTIVE = /asterisk-conf-disable(-next-line)?(?![\w-])([^;]*)/g;

function parseIds(text: string): Set<string> | 'all' {
  const ids = text
    .split(/[\s,]+/)
    .map((id) => id.trim())
    .filter((id) => /^[a-z0-9-]+$/i.test(id));
  return ids.length ? new Set(ids) : 'all';
}

function merge(target: Set<string> | 'all' | undefined, ids: Set<string> | 'all'): Set<string> | 'all' {
  if (target === 'all' || ids === 'all') return 'all';
  if (!target) return new Set(ids);
  for (const id of ids) target.add(id);
  return target;
}

export function collectSuppressions(document: ConfigDocument): Suppressions {
  let file: Set<string> | 'all' | undefined;
  const lines = new Map<number, Set<string> | 'all'>();
  const nodes = document.lines;
  for (let line = 0; line < nodes.length; line++) {
    const comments = nodes[line].comments;
    if (comments.length === 0) continue;
    const text = document.lineText(line);
    for (const span of comments) {
      const comment = text.slice(span.start, span.end);
      if (!comment.includes(DISABLE_FILE)) continue;
      for (const match of comment.matchAll(DIRECTIVE)) {
        const ids = parseIds(match[2]);
        if (match[1]) lines.set(line + 1, merge(lines.get(line + 1), ids));
        else file = merge(file, ids);
      }
    }
  }
  return { file, lines };
}

function covers(ids: Set<string> | 'all' | undefined, code: string): boolean {
  return ids === 'all' || (ids !== undefined && ids.has(code));
}

/** The diagnostics no suppression comment switches off. */
export function applySuppressions(document: ConfigDocument, diagnostics: readonly Diagnostic[]): Diagnostic[] {
  const suppressions = collectSuppressions(document);
  if (!suppressions.file && suppressions.lines.size === 0) return [...diagnostics];
  return diagnostics.filter((diagnostic) => {
    const code = typeof diagnostic.code === 'string' ? diagnostic.code : String(diagnostic.code ?? '');
    if (covers(suppressions.file, code)) return false;
    return !covers(suppressions.lines.get(diagnostic.range.start.line), code);
  });
}
