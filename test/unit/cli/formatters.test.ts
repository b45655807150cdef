import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver-types';
import { countBySeverity, describeHidden, formatJson, formatSarif, formatText, printable, type FileReport } from '../../../server/src/cli/formatters';

function diagnostic(code: string, severity: DiagnosticSeverity, line: number, start: number, end: number, message = `msg ${code}`): Diagnostic {
  return { range: { start: { line, character: start }, end: { line, character: end } }, severity, code, source: 'asterisk', message };
}

const SIP = path.join(process.cwd(), 'etc', 'sip.conf');
const IAX = path.join(process.cwd(), 'etc', 'iax.conf');

const REPORTS: FileReport[] = [
  {
    filePath: SIP,
    diagnostics: [
      diagnostic('key-before-section', DiagnosticSeverity.Error, 0, 0, 7),
      diagnostic('user-without-context', DiagnosticSeverity.Warning, 4, 1, 6),
      diagnostic('register-no-peer', DiagnosticSeverity.Information, 9, 12, 20),
    ],
  },
  { filePath: path.join(process.cwd(), 'etc', 'clean.conf'), diagnostics: [] },
  { filePath: IAX, diagnostics: [diagnostic('user-without-context', DiagnosticSeverity.Warning, 2, 1, 4), diagnostic('weak-secret', DiagnosticSeverity.Hint, 3, 7, 11)] },
];

const RULES = [
  { id: 'key-before-section', summary: 'A key line before the first [section].' },
  { id: 'unused-rule', summary: 'Never reported here.' },
  { id: 'user-without-context', summary: 'A user without context.' },
  { id: 'register-no-peer', summary: 'A register without a peer.' },
  { id: 'weak-secret', summary: 'A weak password.' },
];

describe('countBySeverity', () => {
  it('counts errors, warnings and everything else over all files', () => {
    assert.deepEqual(countBySeverity(REPORTS), { errors: 1, warnings: 2, others: 2 });
    assert.deepEqual(countBySeverity([]), { errors: 0, warnings: 0, others: 0 });
  });
});

describe('formatText', () => {
  it('lists problems per file with 1-based line:column, severity and rule id, then a summary line', () => {
    const lines = formatText(REPORTS, false).split('\n');
    assert.deepEqual(lines, [
      path.join('etc', 'sip.conf'),
      '  1:1      error    msg key-before-section  key-before-section',
      '  5:2      warning  msg user-without-context  user-without-context',
      '  10:13    info     msg register-no-peer  register-no-peer',
      '',
      path.join('etc', 'iax.conf'),
      '  3:2      warning  msg user-without-context  user-without-context',
      '  4:8      hint     msg weak-secret  weak-secret',
      '',
      '✖ 5 problems (1 error, 2 warnings, 2 info)',
      '',
    ]);
  });

  it('says so when there is nothing to report', () => {
    assert.equal(formatText([{ filePath: SIP, diagnostics: [] }], false), 'No problems found.\n');
    assert.equal(formatText([], false), 'No problems found.\n');
  });

  it('says what --quiet hid instead of claiming there was nothing', () => {
    assert.equal(formatText([{ filePath: SIP, diagnostics: [] }], false, { warnings: 2, others: 1 }), 'No errors found (--quiet hid 2 warnings and 1 info).\n');
    assert.equal(describeHidden({ warnings: 1, others: 0 }), '--quiet hid 1 warning');
    const withError = formatText([{ filePath: SIP, diagnostics: [diagnostic('unclosed-section', DiagnosticSeverity.Error, 0, 0, 1)] }], false, { warnings: 3, others: 0 });
    assert.equal(withError.split('\n').at(-2), '✖ 1 problem (1 error, 0 warnings) (--quiet hid 3 warnings)');
  });

  it('uses singular words for one problem and leaves out info when there is none', () => {
    const one = formatText([{ filePath: SIP, diagnostics: [diagnostic('weak-secret', DiagnosticSeverity.Warning, 0, 0, 1)] }], false);
    assert.equal(one.split('\n').at(-2), '✖ 1 problem (0 errors, 1 warning)');
  });

  it('paints with ANSI colours only when asked', () => {
    // eslint-disable-next-line no-control-regex
    const ansi = /\u001b\[\d+m/;
    assert.ok(ansi.test(formatText(REPORTS, true)));
    assert.ok(!ansi.test(formatText(REPORTS, false)));
  });
});

describe('formatJson', () => {
  it('has one object per file with counts and 1-based positions (eslint json shape)', () => {
    const files = JSON.parse(formatJson(REPORTS)) as unknown[];
    assert.equal(files.length, 3);
    assert.deepEqual(files[0], {
      filePath: SIP,
      errorCount: 1,
      warningCount: 1,
      messages: [
        { ruleId: 'key-before-section', severity: 'error', message: 'msg key-before-section', line: 1, column: 1, endLine: 1, endColumn: 8 },
        { ruleId: 'user-without-context', severity: 'warning', message: 'msg user-without-context', line: 5, column: 2, endLine: 5, endColumn: 7 },
        { ruleId: 'register-no-peer', severity: 'info', message: 'msg register-no-peer', line: 10, column: 13, endLine: 10, endColumn: 21 },
      ],
    });
    assert.deepEqual(files[1], { filePath: path.join(process.cwd(), 'etc', 'clean.conf'), errorCount: 0, warningCount: 0, messages: [] });
  });

  it('writes ruleId null for a diagnostic without a code', () => {
    const [file] = JSON.parse(formatJson([{ filePath: SIP, diagnostics: [{ ...diagnostic('x', DiagnosticSeverity.Error, 0, 0, 1), code: undefined }] }])) as {
      messages: { ruleId: unknown }[];
    }[];
    assert.equal(file.messages[0].ruleId, null);
  });
});

interface SarifLog {
  version: string;
  $schema: string;
  runs: {
    tool: { driver: { name: string; version: string; rules: { id: string; shortDescription: { text: string } }[] } };
    results: {
      ruleId: string;
      ruleIndex?: number;
      level: string;
      message: { text: string };
      locations: { physicalLocation: { artifactLocation: { uri: string }; region: Record<string, number> } }[];
    }[];
  }[];
}

describe('formatSarif', () => {
  const log = JSON.parse(formatSarif(REPORTS, RULES, '1.2.3')) as SarifLog;
  const run = log.runs[0];

  it('is a SARIF 2.1.0 log with one run of the asterisk-conf tool', () => {
    assert.equal(log.version, '2.1.0');
    assert.equal(log.$schema, 'https://json.schemastore.org/sarif-2.1.0.json');
    assert.equal(log.runs.length, 1);
    assert.equal(run.tool.driver.name, 'asterisk-conf');
    assert.equal(run.tool.driver.version, '1.2.3');
  });

  it('describes only the rules the results use, in rule table order', () => {
    assert.deepEqual(run.tool.driver.rules, [
      { id: 'key-before-section', shortDescription: { text: 'A key line before the first [section].' } },
      { id: 'user-without-context', shortDescription: { text: 'A user without context.' } },
      { id: 'register-no-peer', shortDescription: { text: 'A register without a peer.' } },
      { id: 'weak-secret', shortDescription: { text: 'A weak password.' } },
    ]);
  });

  it('points each result’s ruleIndex at its rule', () => {
    assert.equal(run.results.length, 5);
    for (const result of run.results) {
      assert.equal(typeof result.ruleIndex, 'number');
      assert.equal(run.tool.driver.rules[result.ruleIndex!].id, result.ruleId);
    }
    assert.deepEqual(
      run.results.map((result) => result.ruleIndex),
      [0, 1, 2, 1, 3],
    );
  });

  it('maps error, warning and the rest to error, warning and note', () => {
    assert.deepEqual(
      run.results.map((result) => result.level),
      ['error', 'warning', 'note', 'warning', 'note'],
    );
  });

  it('locates each result by file URI and a 1-based region', () => {
    assert.deepEqual(run.results[2].locations, [
      {
        physicalLocation: {
          artifactLocation: { uri: pathToFileURL(SIP).href },
          region: { startLine: 10, startColumn: 13, endLine: 10, endColumn: 21 },
        },
      },
    ]);
    assert.equal(run.results[3].locations[0].physicalLocation.artifactLocation.uri, pathToFileURL(IAX).href);
    assert.deepEqual(run.results[0].message, { text: 'msg key-before-section' });
  });

  it('leaves ruleIndex out for a code the rule list does not have', () => {
    const unknown = JSON.parse(formatSarif([{ filePath: SIP, diagnostics: [diagnostic('not-a-rule', DiagnosticSeverity.Error, 0, 0, 1)] }], RULES, '0.0.0')) as SarifLog;
    assert.deepEqual(unknown.runs[0].tool.driver.rules, []);
    assert.equal('ruleIndex' in unknown.runs[0].results[0], false);
    assert.equal(unknown.runs[0].results[0].ruleId, 'not-a-rule');
  });

  it('is an empty run when nothing is reported', () => {
    const empty = JSON.parse(formatSarif([], RULES, '0.0.0')) as SarifLog;
    assert.deepEqual(empty.runs[0].results, []);
    assert.deepEqual(empty.runs[0].tool.driver.rules, []);
  });
});

describe('printable (issue #19: terminal escapes from a config)', () => {
  it('shows every control character and bidirectional override as a visible escape', () => {
    assert.equal(printable('ab\u001b]0;TITLE\u0007cd'), 'ab\\x1b]0;TITLE\\x07cd');
    assert.equal(printable('a\tb\r\nc\u009bd\u202ee\u2066f'), 'a\\x09b\\x0d\\x0ac\\x9bd\\u202ee\\u2066f');
    assert.equal(printable('plain • text — [x] ünïcode'), 'plain • text — [x] ünïcode');
  });

  it('the text format passes no escape from a message, a code or a file name; only its own colours', () => {
    const hostile: FileReport[] = [{ filePath: path.join(process.cwd(), 'etc', 'a\u001b[2Jb.conf'), diagnostics: [diagnostic('unknown-option\u0007', DiagnosticSeverity.Warning, 0, 0, 2, "does not know 'ab\u001b]0;TITLE\u0007cd'")] }];
    const controls = (text: string): string[] => [...text].filter((char) => char.charCodeAt(0) < 0x20 && char !== '\n');
    const plain = formatText(hostile, false);
    assert.deepEqual(controls(plain), []);
    assert.match(plain, /does not know 'ab\\x1b\]0;TITLE\\x07cd'/);
    const coloured = formatText(hostile, true);
    const escape = String.fromCharCode(27);
    assert.deepEqual([...new Set(coloured.split(escape).slice(1).map((rest) => rest.slice(0, rest.indexOf('m') + 1)))].sort(), ['[0m', '[33m', '[4m', '[90m']);
    assert.deepEqual(controls(coloured.split(escape).map((rest, index) => (index === 0 ? rest : rest.slice(rest.indexOf('m') + 1))).join('')), []);
  });
});
