/**
 * The edits the incremental property tests apply to one line of a document (shared by the sip/iax and the
 * pjsip ones): replace it, insert a line before it, delete it, type at its end, erase its last character.
 */
import type { ConfigDocument } from '../../server/src/service/parser/configDocument';

export type LineEditKind = 'replace' | 'insert' | 'delete' | 'type' | 'erase';

/** The LSP change that makes `kind` of edit at `line` of the document's current text. */
export function lineChange(document: ConfigDocument, line: number, kind: LineEditKind, text: string) {
  const length = document.lineText(line).length;
  switch (kind) {
    case 'replace':
      return { range: { start: { line, character: 0 }, end: { line, character: length } }, text };
    case 'insert':
      return { range: { start: { line, character: 0 }, end: { line, character: 0 } }, text: `${text}\n` };
    case 'delete':
      return line + 1 < document.lineCount
        ? { range: { start: { line, character: 0 }, end: { line: line + 1, character: 0 } }, text: '' }
        : { range: { start: { line, character: 0 }, end: { line, character: length } }, text: '' };
    case 'type':
      return { range: { start: { line, character: length }, end: { line, character: length } }, text };
    case 'erase':
      return { range: { start: { line, character: Math.max(0, length - 1) }, end: { line, character: length } }, text: '' };
  }
}
