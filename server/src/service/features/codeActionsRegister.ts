/**
 * Moves a register statement into [general], the only section the channel drivers read it from:
 * the line is deleted where it is and inserted after the last own line of [general] (or a new
 * [general] is created above the first section). Every other line of the file stays as it is.
 */
import type { TextEdit } from 'vscode-languageserver-types';
import type { Analysis } from '../analysis';
import type { Section } from '../model/types';
import { deleteLineEdit, indentationOf, insertLinesAfterEdit, insertLinesBeforeEdit, keyValueAt, quickFix, sectionOf, type Fixer } from './codeActionEdits';

/** The last line of [general] in this file worth following: its last own line, or its header. */
function lastLineOf(analysis: Analysis, general: Section): number {
  let last = general.headerLine;
  for (const entry of general.entries) if (entry.uri === analysis.uri && entry.line > last) last = entry.line;
  return last;
}

export const fixMoveRegister: Fixer = (analysis, diagnostic) => {
  const line = diagnostic.range.start.line;
  const node = keyValueAt(analysis, line);
  const section = sectionOf(analysis, diagnostic);
  if (!node || node.key.toLowerCase() !== 'register' || section?.kind === 'general') return [];
  const { document } = analysis;
  const statement = document.lineText(line).trimStart();
  const general = analysis.model.sections.find((candidate) => candidate.uri === analysis.uri && candidate.kind === 'general');
  const edits: TextEdit[] = [deleteLineEdit(document, line)];
  if (general) {
    const last = lastLineOf(analysis, general);
    const firstOwn = general.entries.find((entry) => entry.uri === analysis.uri);
    const indentation = firstOwn ? indentationOf(document.lineText(firstOwn.line)) : '';
    // The statement's line is in another section, so at least one header separates it from `last`: the edits never overlap.
    edits.push(insertLinesAfterEdit(document, last, [indentation + statement]));
  } else {
    if (analysis.model.general) return []; // [general] lives in another file of the include tree.
    const firstHeader = document.headerLines[0];
    if (firstHeader === undefined) return [];
    edits.push(insertLinesBeforeEdit(document, firstHeader, ['[general]', statement, '']));
  }
  return [quickFix(analysis, 'Move this register statement into [general]', edits, diagnostic, true)];
};
