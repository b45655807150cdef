/** Direction at a glance: inlay hints or code lenses on endpoint headers and register statements (issue #4). */
import type { CodeLens, InlayHint, Range } from 'vscode-languageserver-types';
import type { Analysis } from '../analysis';
import type { Endpoint } from '../model/types';
import { describeEndpoint, describeRegister, directionLabel, registerLabel } from './directionText';
import { isChannelDialect } from '../data/catalogTypes';

/** One label to show: at the end of a header or of a register value (sip, iax and pjsip alike). */
export interface GlanceLabel {
  readonly line: number;
  /** Column right after the header / the register value. */
  readonly column: number;
  readonly text: string;
  /** Computed only when shown: a whole-file lens list of a 90k-line file must stay cheap. */
  readonly tooltip: () => string;
}

/** Labels of this document's lines in [fromLine, toLine], in line order. */
function glanceLabels(analysis: Analysis, fromLine: number, toLine: number): GlanceLabel[] {
  const { model, uri, dialect } = analysis;
  if (!isChannelDialect(dialect)) return [];
  const labels: GlanceLabel[] = [];
  // Same-named sections share one endpoint: its label and tooltip are made once (issue #19: 64,000 [d]
  // sections described their endpoint of 320,000 lines once per header).
  const byEndpoint = new Map<Endpoint, { text: string | undefined; tooltip: () => string }>();
  for (const section of model.sections) {
    if (section.uri !== uri || section.kind !== 'endpoint') continue;
    if (section.headerLine < fromLine || section.headerLine > toLine) continue;
    const endpoint = model.endpointsByKey.get(section.key);
    if (!endpoint) continue;
    let glance = byEndpoint.get(endpoint);
    if (!glance) {
      let tooltip: string | undefined;
      glance = {
        text: directionLabel(endpoint),
        tooltip: () => {
          if (tooltip === undefined) {
            const description = describeEndpoint(endpoint, dialect);
            tooltip = [description.summary + '.', ...description.notes].join('\n\n');
          }
          return tooltip;
        },
      };
      byEndpoint.set(endpoint, glance);
    }
    if (!glance.text) continue;
    labels.push({ line: section.headerLine, column: section.header.headerSpan.end, text: glance.text, tooltip: glance.tooltip });
  }
  for (const register of model.registers) {
    const { entry } = register;
    if (entry.uri !== uri || entry.line < fromLine || entry.line > toLine) continue;
    const text = registerLabel(register);
    if (!text) continue;
    labels.push({ line: entry.line, column: entry.node.valueSpan.end, text, tooltip: () => describeRegister(register, dialect).summary + '.' });
  }
  return labels.sort((a, b) => a.line - b.line);
}

export function getInlayHints(analysis: Analysis, range: Range): InlayHint[] {
  return inlayHintsOf(analysis.document.lineCount, range, (fromLine, toLine) => glanceLabels(analysis, fromLine, toLine));
}

/** The inlay hints of the labels `labelsOf` gives for the lines of `range` (clipped to the document). */
export function inlayHintsOf(lineCount: number, range: Range, labelsOf: (fromLine: number, toLine: number) => GlanceLabel[]): InlayHint[] {
  const fromLine = Math.max(0, range.start.line);
  const toLine = Math.min(lineCount - 1, range.end.line);
  if (toLine < fromLine) return [];
  return labelsOf(fromLine, toLine).map((label) => ({
    position: { line: label.line, character: label.column },
    label: label.text,
    tooltip: label.tooltip(),
    paddingLeft: true,
  }));
}

/**
 * Title-only lenses: a command with an empty id is shown by VS Code as plain, unclickable text. Lenses
 * cover the whole file on every change, so they carry no tooltip (the header hover tells the full story).
 */
export function getCodeLenses(analysis: Analysis): CodeLens[] {
  return codeLensesOf(glanceLabels(analysis, 0, analysis.document.lineCount - 1));
}

/** Title-only lenses of the labels, from the line start to the label's column. */
export function codeLensesOf(labels: readonly GlanceLabel[]): CodeLens[] {
  return labels.map((label) => ({
    range: { start: { line: label.line, character: 0 }, end: { line: label.line, character: label.column } },
    command: { title: label.text, command: '' },
  }));
}
