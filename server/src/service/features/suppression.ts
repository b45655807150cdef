/**
 * Inline suppression comments, keyed by rule id (STYLE.md rule 4):
 *   ; asterisk-conf-disable-next-line <id>[, <id>…]   the next line (no ids: every rule)
 *   ; asterisk-conf-disable <id>[, <id>…]             the whole file (no ids: every rule)
 * Only comment text is read, so a value can never switch a rule off.
 */
import type { Diagnostic } from 'vscode-languageserver-types';
import type { ConfigDocument } from '../parser/configDocument';
import type { Span } from '../parser/nodes';

export const DISABLE_NEXT_LINE = 'asterisk-conf-disable-next-line';
export const DISABLE_FILE = 'asterisk-conf-disable';

/** `undefined` ids = every rule. */
export interface Suppressions {
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

/** One suppression comment: `nextLine` for disable-next-line, else the whole file. */
export interface SuppressionDirective {
  readonly nextLine: boolean;
  readonly ids: Set<string> | 'all';
}

/** The suppression comments of one line (empty for almost every line: only comment text is read). */
export function directivesOfLine(text: string, comments: readonly Span[]): SuppressionDirective[] {
  const found: SuppressionDirective[] = [];
  for (const span of comments) {
    const comment = text.slice(span.start, span.end);
    if (!comment.includes(DISABLE_FILE)) continue;
    for (const match of comment.matchAll(DIRECTIVE)) found.push({ nextLine: match[1] !== undefined && match[1] !== '', ids: parseIds(match[2]) });
  }
  return found;
}

/** Folds the directives of lines (in line order) into what they switch off. */
export function suppressionsOf(lines: Iterable<{ readonly line: number; readonly directives: readonly SuppressionDirective[] }>): Suppressions {
  let file: Set<string> | 'all' | undefined;
  const targets = new Map<number, Set<string> | 'all'>();
  for (const { line, directives } of lines) {
    for (const directive of directives) {
      if (directive.nextLine) targets.set(line + 1, merge(targets.get(line + 1), directive.ids));
      else file = merge(file, directive.ids);
    }
  }
  return { file, lines: targets };
}

export function collectSuppressions(document: ConfigDocument): Suppressions {
  const found: { line: number; directives: SuppressionDirective[] }[] = [];
  // Only a line whose text names a directive is read as nodes: the others are not lexed for this (the
  // early list of a large file reads this before the analysis has lexed any line, issue #18).
  const count = document.lineCount;
  for (let line = 0; line < count; line++) {
    const text = document.lineText(line);
    if (!text.includes(DISABLE_FILE)) continue;
    const comments = document.line(line).comments;
    if (comments.length === 0) continue;
    const directives = directivesOfLine(text, comments);
    if (directives.length) found.push({ line, directives });
  }
  return suppressionsOf(found);
}

function covers(ids: Set<string> | 'all' | undefined, code: string): boolean {
  return ids === 'all' || (ids !== undefined && ids.has(code));
}

/** The diagnostics no suppression comment switches off. */
export function applySuppressions(document: ConfigDocument, diagnostics: readonly Diagnostic[]): Diagnostic[] {
  return filterSuppressed(collectSuppressions(document), diagnostics);
}

export function filterSuppressed(suppressions: Suppressions, diagnostics: readonly Diagnostic[]): Diagnostic[] {
  if (!suppressions.file && suppressions.lines.size === 0) return [...diagnostics];
  return diagnostics.filter((diagnostic) => {
    const code = typeof diagnostic.code === 'string' ? diagnostic.code : String(diagnostic.code ?? '');
    if (covers(suppressions.file, code)) return false;
    return !covers(suppressions.lines.get(diagnostic.range.start.line), code);
  });
}
