/** Output formats of `asterisk-conf check`: eslint-stylish text, JSON, SARIF 2.1.0. */
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver-types';

export interface FileReport {
  readonly filePath: string;
  readonly diagnostics: readonly Diagnostic[];
}

export interface RuleDescription {
  readonly id: string;
  readonly summary: string;
}

const SEVERITY_NAME: Record<number, string> = { 1: 'error', 2: 'warning', 3: 'info', 4: 'hint' };

/** C0 and C1 controls (line breaks included) and the bidirectional overrides that reorder what a terminal shows. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/**
 * Text from a config as a terminal may print it: every control character shown as a visible escape, so a
 * key like `ab\x1b]0;TITLE\x07cd` cannot set the terminal's title, move the cursor or hide text (issue #19).
 */
export function printable(text: string): string {
  return text.replace(UNPRINTABLE, (char) => {
    const code = char.charCodeAt(0);
    return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
  });
}

export function countBySeverity(reports: readonly FileReport[]): { errors: number; warnings: number; others: number } {
  let errors = 0;
  let warnings = 0;
  let others = 0;
  for (const report of reports) {
    for (const diagnostic of report.diagnostics) {
      if (diagnostic.severity === DiagnosticSeverity.Error) errors++;
      else if (diagnostic.severity === DiagnosticSeverity.Warning) warnings++;
      else others++;
    }
  }
  return { errors, warnings, others };
}

/** What --quiet left out, in words: `--quiet hid 3 warnings and 1 info`. */
export function describeHidden(hidden: { readonly warnings: number; readonly others: number }): string {
  const parts = [...(hidden.warnings ? [`${hidden.warnings} warning${hidden.warnings === 1 ? '' : 's'}`] : []), ...(hidden.others ? [`${hidden.others} info`] : [])];
  return `--quiet hid ${parts.join(' and ')}`;
}

/** eslint-stylish text; `hidden` is what --quiet left out, said in the summary line rather than claiming there was nothing. */
export function formatText(reports: readonly FileReport[], color: boolean, hidden: { readonly warnings: number; readonly others: number } = { warnings: 0, others: 0 }): string {
  const paint = (code: number, text: string) => (color ? `\u001b[${code}m${text}\u001b[0m` : text);
  const out: string[] = [];
  for (const report of reports) {
    if (!report.diagnostics.length) continue;
    out.push(paint(4, printable(path.relative(process.cwd(), report.filePath) || report.filePath)));
    for (const diagnostic of report.diagnostics) {
      const where = `${diagnostic.range.start.line + 1}:${diagnostic.range.start.character + 1}`;
      const severity = SEVERITY_NAME[diagnostic.severity ?? 1];
      const painted = paint(diagnostic.severity === 1 ? 31 : diagnostic.severity === 2 ? 33 : 36, severity.padEnd(7));
      const message = typeof diagnostic.message === 'string' ? diagnostic.message : String(diagnostic.message);
      out.push(`  ${where.padEnd(8)} ${painted}  ${printable(message)}  ${paint(90, printable(String(diagnostic.code ?? '')))}`);
    }
    out.push('');
  }
  const { errors, warnings, others } = countBySeverity(reports);
  const total = errors + warnings + others;
  const quietNote = hidden.warnings + hidden.others > 0 ? ` (${describeHidden(hidden)})` : '';
  if (total === 0) out.push(quietNote ? `No errors found${quietNote}.` : 'No problems found.');
  else out.push(`✖ ${total} problem${total === 1 ? '' : 's'} (${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}${others ? `, ${others} info` : ''})${quietNote}`);
  return `${out.join('\n')}\n`;
}

export function formatJson(reports: readonly FileReport[]): string {
  const files = reports.map((report) => ({
    filePath: report.filePath,
    errorCount: report.diagnostics.filter((d) => d.severity === 1).length,
    warningCount: report.diagnostics.filter((d) => d.severity === 2).length,
    messages: report.diagnostics.map((d) => ({
      ruleId: d.code ?? null,
      severity: SEVERITY_NAME[d.severity ?? 1],
      message: d.message,
      line: d.range.start.line + 1,
      column: d.range.start.character + 1,
      endLine: d.range.end.line + 1,
      endColumn: d.range.end.character + 1,
    })),
  }));
  return `${JSON.stringify(files, null, 2)}\n`;
}

const SARIF_LEVEL: Record<number, string> = { 1: 'error', 2: 'warning', 3: 'note', 4: 'note' };

export function formatSarif(reports: readonly FileReport[], rules: readonly RuleDescription[], version: string): string {
  const used = new Set(reports.flatMap((report) => report.diagnostics.map((d) => String(d.code))));
  const driverRules = rules.filter((rule) => used.has(rule.id)).map((rule) => ({ id: rule.id, shortDescription: { text: rule.summary } }));
  const ruleIndex = new Map(driverRules.map((rule, index) => [rule.id, index]));
  const results = reports.flatMap((report) =>
    report.diagnostics.map((d) => ({
      ruleId: String(d.code),
      ...(ruleIndex.has(String(d.code)) ? { ruleIndex: ruleIndex.get(String(d.code)) } : {}),
      level: SARIF_LEVEL[d.severity ?? 1],
      message: { text: d.message },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: pathToFileURL(report.filePath).href },
            region: {
              startLine: d.range.start.line + 1,
              startColumn: d.range.start.character + 1,
              endLine: d.range.end.line + 1,
              endColumn: d.range.end.character + 1,
            },
          },
        },
      ],
    })),
  );
  const log = {
    version: '2.1.0',
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    runs: [
      {
        tool: { driver: { name: 'asterisk-conf', version, informationUri: 'https://github.com/asterisk-conf/asterisk-conf', rules: driverRules } },
        results,
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}
