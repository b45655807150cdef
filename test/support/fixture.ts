/**
 * Spec-style fixtures: inline config text with a `|` caret marking the cursor (STYLE.md rule 8), and
 * a one-call analysis of it (with optional included files and an extensions.conf).
 */
import type { Position, TextEdit } from 'vscode-languageserver-types';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { analyze, type Analysis } from '../../server/src/service/analysis';
import { parseConfig } from '../../server/src/service/parser/configDocument';
import { indexDialplan } from '../../server/src/service/model/dialplan';
import { DEFAULT_SETTINGS, type ServiceSettings } from '../../server/src/service/settings';
import type { FileDialect } from '../../server/src/service/dialect';
import { CONFIG_DIR, memoryHost } from './memoryHost';

/** Removes the first `|` and returns the text and the caret's position. */
export function withCaret(textWithCaret: string): { text: string; position: Position } {
  const offset = textWithCaret.indexOf('|');
  if (offset < 0) throw new Error('fixture has no | caret');
  const text = textWithCaret.slice(0, offset) + textWithCaret.slice(offset + 1);
  const before = text.slice(0, offset).split('\n');
  return { text, position: { line: before.length - 1, character: before[before.length - 1].length } };
}

export interface FixtureOptions {
  readonly dialect?: FileDialect;
  /** File name of the document (default sip.conf / iax.conf / pjsip.conf / extensions.conf by dialect). */
  readonly fileName?: string;
  /** Other files of the config directory, by name (included files, the root of an included file). */
  readonly files?: Record<string, string>;
  /** Text of extensions.conf; its contexts are indexed. */
  readonly dialplan?: string;
  readonly settings?: Partial<ServiceSettings>;
}

export function uriOf(name: string): string {
  return `${CONFIG_DIR}/${name}`;
}

export function analyzeText(text: string, options: FixtureOptions = {}): Analysis {
  const dialect = options.dialect ?? 'sip';
  const fileName = options.fileName ?? (dialect === 'generic' ? 'extensions.conf' : `${dialect}.conf`);
  const files = { ...(options.files ?? {}), [fileName]: text };
  const host = memoryHost(files);
  const document = parseConfig(text);
  const rootName = dialect === 'generic' ? 'sip.conf' : `${dialect}.conf`;
  const root = fileName !== rootName && options.files?.[rootName] !== undefined ? { uri: uriOf(rootName), document: parseConfig(options.files[rootName]) } : undefined;
  const dialplan = options.dialplan !== undefined ? indexDialplan([{ uri: uriOf('extensions.conf'), document: parseConfig(options.dialplan) }]) : undefined;
  return analyze(uriOf(fileName), document, dialect, {
    host,
    root,
    dialplan,
    settings: { ...DEFAULT_SETTINGS, ...(options.settings ?? {}) },
    siblingFiles: () => Object.keys(files),
  });
}

/** Applies LSP text edits to a text and returns the result (to compare whole texts in tests). */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  return TextDocument.applyEdits(TextDocument.create('file:///x', 'asterisk', 0, text), [...edits]);
}
