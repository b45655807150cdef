/**
 * Shared pieces of the quick fixes (codeActions.ts): the CodeAction shape (STYLE.md rule 5), whole-line
 * deletes and inserts that keep the file's line break style, and where a new option line goes.
 */
import { CodeActionKind, type CodeAction, type Diagnostic, type TextEdit } from 'vscode-languageserver-types';
import type { Analysis } from '../analysis';
import { sectionAtLine } from '../analysis';
import type { ConfigDocument } from '../parser/configDocument';
import type { KeyValueNode } from '../parser/nodes';
import type { Section } from '../model/types';

export interface FixEnvironment {
  /** A number in [0, 1); injectable so tests get a fixed secret (the pure service has no crypto). */
  readonly random: () => number;
}

/** One rule's quick fixes for one of its diagnostics. */
export type Fixer = (analysis: Analysis, diagnostic: Diagnostic, environment: FixEnvironment) => CodeAction[];

export function quickFix(analysis: Analysis, title: string, edits: TextEdit[], diagnostic: Diagnostic, isPreferred = false): CodeAction {
  const action: CodeAction = { title, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], edit: { changes: { [analysis.uri]: edits } } };
  if (isPreferred) action.isPreferred = true;
  return action;
}

/** The line break the file already uses (its first one), so an edit never mixes CRLF and LF. */
export function lineBreakOf(document: ConfigDocument): string {
  for (let line = 0; line < document.lineCount - 1; line++) {
    const lineBreak = document.lineBreak(line);
    if (lineBreak) return lineBreak;
  }
  return '\n';
}

export function indentationOf(text: string): string {
  return /^[ \t]*/.exec(text)?.[0] ?? '';
}

/** Removes a whole line and its line break (for the last line: the break before it). */
export function deleteLineEdit(document: ConfigDocument, line: number): TextEdit {
  const last = document.lineCount - 1;
  if (line < last) return { range: { start: { line, character: 0 }, end: { line: line + 1, character: 0 } }, newText: '' };
  if (line > 0) {
    return {
      range: { start: { line: line - 1, character: document.lineText(line - 1).length }, end: { line, character: document.lineText(line).length } },
      newText: '',
    };
  }
  return { range: { start: { line, character: 0 }, end: { line, character: document.lineText(line).length } }, newText: '' };
}

/** Inserts whole lines after `line` (which may be the last line, without a break of its own). */
export function insertLinesAfterEdit(document: ConfigDocument, line: number, texts: readonly string[]): TextEdit {
  const lineBreak = lineBreakOf(document);
  if (line < document.lineCount - 1 && document.lineBreak(line)) {
    return { range: { start: { line: line + 1, character: 0 }, end: { line: line + 1, character: 0 } }, newText: texts.map((text) => text + lineBreak).join('') };
  }
  const end = { line, character: document.lineText(line).length };
  return { range: { start: end, end }, newText: texts.map((text) => lineBreak + text).join('') };
}

/** Inserts whole lines before `line`. */
export function insertLinesBeforeEdit(document: ConfigDocument, line: number, texts: readonly string[]): TextEdit {
  const lineBreak = lineBreakOf(document);
  const start = { line, character: 0 };
  return { range: { start, end: start }, newText: texts.map((text) => text + lineBreak).join('') };
}

/** `key=value` or `key = value`, as the user's format settings write it. */
export function optionLine(analysis: Analysis, key: string, value: string, indentation = ''): string {
  return `${indentation}${key}${analysis.settings.format.spaceAroundOperator ? ' = ' : '='}${value}`;
}

/** The key/value node on a diagnostic's line, if that is what the line is. */
export function keyValueAt(analysis: Analysis, line: number): KeyValueNode | undefined {
  if (line < 0 || line >= analysis.document.lineCount) return undefined;
  const node = analysis.document.line(line);
  return node.kind === 'keyValue' ? node : undefined;
}

/** The section of this document a diagnostic is in (undefined when its header is in another file). */
export function sectionOf(analysis: Analysis, diagnostic: Diagnostic): Section | undefined {
  const line = diagnostic.range.start.line;
  if (line < 0 || line >= analysis.document.lineCount) return undefined;
  return sectionAtLine(analysis, line);
}

/**
 * New option lines go right after the section header (every fix does the same, so a user always knows
 * where to look), indented like the section's first own line.
 */
export function addOptionLinesEdit(analysis: Analysis, section: Section, lines: readonly (readonly [key: string, value: string])[]): TextEdit {
  const firstOwn = section.entries.find((entry) => entry.uri === analysis.uri);
  const indentation = firstOwn ? indentationOf(analysis.document.lineText(firstOwn.line)) : '';
  return insertLinesAfterEdit(
    analysis.document,
    section.headerLine,
    lines.map(([key, value]) => optionLine(analysis, key, value, indentation)),
  );
}

/** The text a diagnostic's range covers when it lies on one line. */
export function textOfRange(analysis: Analysis, diagnostic: Diagnostic): string | undefined {
  const { start, end } = diagnostic.range;
  if (start.line !== end.line || start.line < 0 || start.line >= analysis.document.lineCount) return undefined;
  return analysis.document.lineText(start.line).slice(start.character, end.character);
}

/**
 * Optimal string alignment distance (Levenshtein plus adjacent swaps, so `hots` is one step from
 * `host`), case-insensitive.
 */
export function editDistance(a: string, b: string): number {
  const s = a.toLowerCase();
  const t = b.toLowerCase();
  const rows: number[][] = [];
  for (let i = 0; i <= s.length; i++) {
    rows.push(new Array<number>(t.length + 1).fill(0));
    rows[i][0] = i;
  }
  for (let j = 0; j <= t.length; j++) rows[0][j] = j;
  for (let i = 1; i <= s.length; i++) {
    for (let j = 1; j <= t.length; j++) {
      const cost = s[i - 1] === t[j - 1] ? 0 : 1;
      let best = Math.min(rows[i - 1][j] + 1, rows[i][j - 1] + 1, rows[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && s[i - 1] === t[j - 2] && s[i - 2] === t[j - 1]) best = Math.min(best, rows[i - 2][j - 2] + 1);
      rows[i][j] = best;
    }
  }
  return rows[s.length][t.length];
}

export interface Candidate {
  readonly text: string;
  readonly distance: number;
}

/** At most three candidates close to `written` (STYLE.md rule 5), nearest first. */
export function closestCandidates(written: string, candidates: Iterable<string>, limit = 3): Candidate[] {
  const trimmed = written.trim();
  if (!trimmed) return [];
  const threshold = Math.max(1, Math.min(3, Math.floor(trimmed.length / 3)));
  const seen = new Set<string>();
  const found: Candidate[] = [];
  for (const candidate of candidates) {
    const key = candidate.toLowerCase();
    if (seen.has(key) || key === trimmed.toLowerCase()) continue;
    seen.add(key);
    // Length alone bounds the distance: skip the table for names that cannot be close.
    if (Math.abs(candidate.length - trimmed.length) > threshold) continue;
    const distance = editDistance(trimmed, candidate);
    if (distance <= threshold) found.push({ text: candidate, distance });
  }
  found.sort((a, b) => a.distance - b.distance || a.text.localeCompare(b.text));
  return found.slice(0, limit);
}

/** The first candidate is the obvious fix only when nothing else is as close. */
export function isUniqueBest(candidates: readonly Candidate[], index: number): boolean {
  return index === 0 && (candidates.length === 1 || candidates[1].distance > candidates[0].distance);
}
