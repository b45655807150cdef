/**
 * Test support for the robustness suite (issue #10): fast-check arbitraries that produce configs a
 * user may really open (mutated fixtures, random fragments, random bytes, hostile line ends), a
 * harness that calls every feature entry point at random positions, and the invariants every answer
 * must keep (nothing thrown, every call bounded, every Range inside the document).
 *
 * Runs are bounded in time so `npm test` stays fast; `FUZZ_RUNS=<n>` lifts the time limit and runs n
 * cases per property instead.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import fc from 'fast-check';
import type {
  CodeAction,
  Diagnostic,
  DocumentSymbol,
  Position,
  Range,
  SelectionRange,
  TextEdit,
  WorkspaceEdit,
} from 'vscode-languageserver-types';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { analyze, type Analysis } from '../../server/src/service/analysis';
import type { FileDialect } from '../../server/src/service/dialect';
import { dialectModule } from '../../server/src/service/dialects/registry';
import { parseConfig } from '../../server/src/service/parser/configDocument';
import { DEFAULT_SETTINGS, type ServiceSettings } from '../../server/src/service/settings';
import { doValidation } from '../../server/src/service/features/validation';
import { getFoldingRanges, getSelectionRanges } from '../../server/src/service/features/folding';
import { getDocumentLinks } from '../../server/src/service/features/documentLinks';
import { SEMANTIC_TOKENS_LEGEND } from '../../server/src/service/features/semanticTokens';
import { format } from '../../server/src/service/features/formatting';
import { memoryHost, CONFIG_DIR } from './memoryHost';

// ---------------------------------------------------------------------------------------------
// Run budget

/** Cases per property when FUZZ_RUNS is set (a long run), else undefined. */
export const FUZZ_RUNS: number | undefined = Number(process.env.FUZZ_RUNS) > 0 ? Math.floor(Number(process.env.FUZZ_RUNS)) : undefined;

/**
 * fast-check parameters: by default at most `defaultRuns` cases and at most `budgetMs` of wall time
 * (running out of time is not a failure: it keeps `npm test` fast on a slow machine); with FUZZ_RUNS,
 * exactly that many cases and no time limit.
 */
export function fuzzParameters<T>(defaultRuns: number, budgetMs = 4000): fc.Parameters<T> {
  if (FUZZ_RUNS !== undefined) return { numRuns: FUZZ_RUNS };
  return { numRuns: defaultRuns, interruptAfterTimeLimit: budgetMs, markInterruptAsFailure: false };
}

/**
 * Hang guard for one call on an ordinary (small) input: far above what any call takes, so a slow
 * machine never fails it, but a loop that never ends or a call gone quadratic does.
 */
export const CALL_BOUND_MS = 2000;

// ---------------------------------------------------------------------------------------------
// Corpus: the project's own configs, the starting point of the mutations

const REPO_ROOT = path.resolve(__dirname, '../../..');

function confFilesUnder(folder: string): string[] {
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch {
    return [];
  }
  const found: string[] = [];
  for (const name of names.sort()) {
    const full = path.join(folder, name);
    if (statSync(full).isDirectory()) found.push(...confFilesUnder(full));
    else if (name.endsWith('.conf')) found.push(full);
  }
  return found;
}

/** Texts of examples/*.conf and test/fixtures/**\/*.conf. */
export const CORPUS: readonly string[] = [...confFilesUnder(path.join(REPO_ROOT, 'examples')), ...confFilesUnder(path.join(REPO_ROOT, 'test/fixtures'))].map(
  (file) => readFileSync(file, 'utf8'),
);

// ---------------------------------------------------------------------------------------------
// Arbitraries

const NAMES = ['general', 'alice', 'bob', 'office-phone', 'provider', 'trunk', 'Alice', 'a b', 'x'.repeat(90), '', ' ', '*', '(', ']', 'é', '日本'];
const KEYS = [
  'type', 'host', 'secret', 'md5secret', 'remotesecret', 'dbsecret', 'context', 'defaultuser', 'username', 'fromuser',
  'insecure', 'nat', 'allow', 'disallow', 'qualify', 'auth', 'register', 'mailbox', 'callerid', 'permit', 'deny',
  'transport', 'port', 'bindport', 'dtmfmode', 'directmedia', 'trunk', 'setvar', 'unknownoption', 'TYPE', '',
];
const VALUES = [
  'friend', 'peer', 'user', 'dynamic', 'yes', 'no', 'force_rport,comedia', 'port,invite', 'all', 'ulaw,alaw', 'md5',
  '4420017:s3cr3t@sip.example.net/7000', 'user:pw:authuser@host:5060/ext~120', 'iax:user:pw@host', 'tcp://u:p@h',
  'user@domain', '0.0.0.0/0.0.0.0', 'a\\;b', '"Alice" <201>', '201@default', '', ' ', '=', '>', '\\', '@', ':', '/', ',',
];

const fragment: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(...NAMES).map((name) => `[${name}]`),
  fc.tuple(fc.constantFrom(...NAMES), fc.constantFrom('!', '+', '!,office-phone', 'office-phone', 'alice,bob', '', '!,', ',,', 'nonexistent')).map(
    ([name, options]) => `[${name}](${options})`,
  ),
  fc.tuple(fc.constantFrom(...KEYS), fc.constantFrom('=', '=>', ' = ', ' => ', ':', ''), fc.constantFrom(...VALUES)).map(([key, op, value]) => `${key}${op}${value}`),
  fc.constantFrom('register => ', 'register=>', 'auth=', 'auth=user:pw@realm', 'auth=user#md5@realm', 'setvar=A=B'),
  fc.constantFrom(';', '; comment', ';--', '--;', ';-- x --;', '\\;', ';;', '#'),
  fc.constantFrom('#include sip_custom.conf', '#include "sip_custom.conf"', '#tryinclude x.conf', '#include *.conf', '#include sip.conf', '#include', '#exec /bin/echo', '#exec "x" y'),
  fc.constantFrom('\t', '  ', '\u00a0', '\u0000', '\ufeff', '\ud800', '\udc00', '\u2028', '\u0085', '\r', '\n', '\r\n'),
  fc.string({ maxLength: 12 }),
  fc.string({ unit: 'binary', maxLength: 8 }),
);

/** A line built from config fragments (headers, key=value, comments, directives) and noise. */
export const configLine: fc.Arbitrary<string> = fc.array(fragment, { minLength: 0, maxLength: 4 }).map((parts) => parts.join(''));

/** A line end, biased to LF but with CRLF, lone CR and none (two lines glued). */
export const lineEnd: fc.Arbitrary<string> = fc.oneof({ weight: 6, arbitrary: fc.constant('\n') }, fc.constant('\r\n'), fc.constant('\r'), fc.constant('\n\r'));

/** A whole config of random lines with mixed line ends, sometimes with a BOM. */
export const randomConfig: fc.Arbitrary<string> = fc
  .tuple(fc.boolean(), fc.array(fc.tuple(configLine, lineEnd), { maxLength: 40 }))
  .map(([bom, lines]) => (bom ? '\ufeff' : '') + lines.map(([line, end]) => line + end).join(''));

/** Random bytes decoded as a file opened with the wrong encoding would be. */
export const randomBytesText: fc.Arbitrary<string> = fc
  .tuple(fc.uint8Array({ maxLength: 600 }), fc.constantFrom<BufferEncoding>('latin1', 'utf8', 'utf16le'))
  .map(([bytes, encoding]) => Buffer.from(bytes).toString(encoding));

/** Arbitrary UTF-16 code units, lone surrogates included. */
export const codeUnitText: fc.Arbitrary<string> = fc
  .array(fc.oneof(fc.integer({ min: 0, max: 0xffff }), fc.integer({ min: 0xd800, max: 0xdfff }), fc.constantFrom(10, 13, 59, 61, 91, 93, 40, 41, 0)), { maxLength: 300 })
  .map((units) => String.fromCharCode(...units));

type Mutation = (text: string, at: number, length: number, insert: string) => string;

const MUTATIONS: readonly Mutation[] = [
  (text, at, length) => text.slice(0, at) + text.slice(at + length),
  (text, at, _length, insert) => text.slice(0, at) + insert + text.slice(at),
  (text, at, length) => text.slice(0, at) + text.slice(at, at + length).repeat(3) + text.slice(at),
  (text, at, length, insert) => text.slice(0, at) + insert + text.slice(at + length),
  (text) => text.replace(/\n/g, '\r'),
  (text) => text.replace(/\n/g, '\r\n'),
  (text, at) => text.slice(at) + text.slice(0, at),
];

/** A fixture of the project with a few random edits (deletions, insertions, duplications, line-end swaps). */
export const mutatedConfig: fc.Arbitrary<string> = fc
  .tuple(
    fc.constantFrom(...(CORPUS.length ? CORPUS : ['[general]\n'])),
    fc.array(fc.tuple(fc.nat({ max: MUTATIONS.length - 1 }), fc.double({ min: 0, max: 1, noNaN: true }), fc.nat({ max: 40 }), fc.oneof(configLine, lineEnd)), {
      minLength: 1,
      maxLength: 6,
    }),
  )
  .map(([seed, edits]) =>
    edits.reduce((text, [which, where, length, insert]) => MUTATIONS[which](text, Math.floor(where * text.length), length, insert), seed),
  );

/** Any of the generators above. */
export const anyConfig: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: mutatedConfig },
  { weight: 3, arbitrary: randomConfig },
  { weight: 1, arbitrary: randomBytesText },
  { weight: 1, arbitrary: codeUnitText },
);

export const dialect: fc.Arbitrary<FileDialect> = fc.constantFrom<FileDialect>('sip', 'iax', 'pjsip', 'generic');

/** Settings a user can set, including the unusual ones. */
export const settings: fc.Arbitrary<ServiceSettings> = fc.record({
  lint: fc.constant({}),
  asteriskVersion: fc.constantFrom(1, 13, 16, 20, 22, 99),
  revealSecretsInHover: fc.boolean(),
  directionHints: fc.constantFrom<ServiceSettings['directionHints']>('inlayHints', 'codeLens', 'off'),
  format: fc.record({ spaceAroundOperator: fc.boolean(), alignOperators: fc.boolean() }),
});

/** Positions near the text and far from it: negative, past the end, huge. */
export const position: fc.Arbitrary<Position> = fc.record({
  line: fc.oneof({ weight: 4, arbitrary: fc.integer({ min: -2, max: 45 }) }, fc.constantFrom(-1, 2 ** 31 - 1, -(2 ** 31), 100000)),
  character: fc.oneof({ weight: 4, arbitrary: fc.integer({ min: -2, max: 120 }) }, fc.constantFrom(-1, 2 ** 31 - 1, 100000)),
});

// ---------------------------------------------------------------------------------------------
// Invariants

/** Analyses a text as sip.conf (or iax.conf / pjsip.conf / extensions.conf) in the in-memory config folder. */
export function analyzeFuzzed(text: string, fileDialect: FileDialect, userSettings: ServiceSettings = DEFAULT_SETTINGS, extraFiles: Record<string, string> = {}): Analysis {
  const fileName = fileDialect === 'generic' ? 'extensions.conf' : `${fileDialect}.conf`;
  const files = { ...extraFiles, [fileName]: text };
  return analyze(`${CONFIG_DIR}/${fileName}`, parseConfig(text), fileDialect, { host: memoryHost(files), settings: userSettings, siblingFiles: () => Object.keys(files) });
}

export class RangeChecker {
  private readonly lengths: number[];
  readonly problems: string[] = [];

  constructor(
    private readonly uri: string,
    text: string,
  ) {
    // The LSP's own view of the lines (CR, LF and CRLF all end a line), independent of our parser.
    const document = TextDocument.create(uri, 'asterisk', 0, text);
    this.lengths = [];
    for (let line = 0; line < document.lineCount; line++) {
      const start = document.offsetAt({ line, character: 0 });
      const end = line + 1 < document.lineCount ? document.offsetAt({ line: line + 1, character: 0 }) : text.length;
      this.lengths.push(text.slice(start, end).replace(/\r?\n$|\r$/, '').length);
    }
  }

  position(where: string, value: Position | undefined): void {
    if (!value) return this.fail(where, 'missing position');
    if (!Number.isInteger(value.line) || !Number.isInteger(value.character)) return this.fail(where, `non-integer ${JSON.stringify(value)}`);
    if (value.line < 0 || value.line >= this.lengths.length) return this.fail(where, `line ${value.line} outside 0..${this.lengths.length - 1}`);
    if (value.character < 0 || value.character > this.lengths[value.line]) {
      this.fail(where, `character ${value.character} outside 0..${this.lengths[value.line]} on line ${value.line}`);
    }
  }

  range(where: string, value: Range | undefined): void {
    if (!value) return this.fail(where, 'missing range');
    this.position(`${where}.start`, value.start);
    this.position(`${where}.end`, value.end);
    if (value.start.line > value.end.line || (value.start.line === value.end.line && value.start.character > value.end.character)) {
      this.fail(where, `start after end ${JSON.stringify(value)}`);
    }
  }

  contains(where: string, outer: Range, inner: Range): void {
    const before = (a: Position, b: Position): boolean => a.line < b.line || (a.line === b.line && a.character < b.character);
    if (before(inner.start, outer.start) || before(outer.end, inner.end)) this.fail(where, `${JSON.stringify(inner)} not inside ${JSON.stringify(outer)}`);
  }

  textEdits(where: string, edits: readonly TextEdit[] | undefined): void {
    edits?.forEach((edit, index) => this.range(`${where}[${index}]`, edit.range));
  }

  /** Only the edits to this document are checked against it; others must at least be well formed. */
  workspaceEdit(where: string, edit: WorkspaceEdit | undefined): void {
    if (!edit) return;
    for (const [uri, edits] of Object.entries(edit.changes ?? {})) {
      if (uri === this.uri) this.textEdits(`${where}.changes`, edits);
      else edits.forEach((item) => this.wellFormed(`${where}.changes[${uri}]`, item.range));
    }
    for (const change of edit.documentChanges ?? []) {
      if (!('edits' in change)) continue;
      for (const item of change.edits) {
        if (change.textDocument.uri === this.uri) this.range(`${where}.documentChanges`, item.range);
        else this.wellFormed(`${where}.documentChanges`, item.range);
      }
    }
  }

  wellFormed(where: string, value: Range): void {
    const ok = [value.start.line, value.start.character, value.end.line, value.end.character].every((n) => Number.isInteger(n) && n >= 0);
    if (!ok) this.fail(where, `malformed ${JSON.stringify(value)}`);
  }

  /** Decodes the relative encoding and checks every token lies on one line of the document. */
  semanticTokens(where: string, data: readonly number[]): void {
    if (data.length % 5 !== 0) return this.fail(where, `data length ${data.length} is not a multiple of 5`);
    let line = 0;
    let character = 0;
    for (let index = 0; index < data.length; index += 5) {
      const [deltaLine, deltaStart, length, type] = data.slice(index, index + 4);
      if (deltaLine < 0 || deltaStart < 0 || length <= 0) return this.fail(where, `token ${index / 5}: bad deltas ${data.slice(index, index + 5).join(',')}`);
      line += deltaLine;
      character = deltaLine === 0 ? character + deltaStart : deltaStart;
      this.range(`${where} token ${index / 5}`, { start: { line, character }, end: { line, character: character + length } });
      if (type >= SEMANTIC_TOKENS_LEGEND.tokenTypes.length) this.fail(where, `token ${index / 5}: type ${type} outside the legend`);
    }
  }

  symbols(where: string, symbols: readonly DocumentSymbol[]): void {
    for (const symbol of symbols) {
      this.range(`${where} ${symbol.name}`, symbol.range);
      this.range(`${where} ${symbol.name}.selectionRange`, symbol.selectionRange);
      this.contains(`${where} ${symbol.name}`, symbol.range, symbol.selectionRange);
      if (symbol.children) {
        this.symbols(`${where} ${symbol.name} >`, symbol.children);
        for (const child of symbol.children) this.contains(`${where} ${symbol.name} > ${child.name}`, symbol.range, child.range);
      }
    }
  }

  selectionRange(where: string, selection: SelectionRange | undefined): void {
    for (let current = selection, depth = 0; current; current = current.parent, depth++) {
      this.range(`${where} depth ${depth}`, current.range);
      if (current.parent) this.contains(`${where} depth ${depth}`, current.parent.range, current.range);
      if (depth > 1000) return this.fail(where, 'parent chain longer than 1000 (a cycle?)');
    }
  }

  codeActions(where: string, actions: readonly CodeAction[]): void {
    actions.forEach((action, index) => {
      this.workspaceEdit(`${where}[${index}] ${action.title}`, action.edit);
      action.diagnostics?.forEach((diagnostic) => this.range(`${where}[${index}].diagnostics`, diagnostic.range));
    });
  }

  get lineCount(): number {
    return this.lengths.length;
  }

  fail(where: string, message: string): void {
    if (this.problems.length < 20) this.problems.push(`${where}: ${message}`);
  }
}

export interface CallTiming {
  readonly name: string;
  readonly ms: number;
}

/** Throws with the failing call's name and the input when a call throws; records each call's time. */
function timed<T>(timings: CallTiming[], name: string, call: () => T): T {
  const start = performance.now();
  try {
    return call();
  } catch (error) {
    const wrapped = new Error(`${name} threw: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    throw wrapped;
  } finally {
    timings.push({ name, ms: performance.now() - start });
  }
}

export interface FeatureRunResult {
  readonly problems: readonly string[];
  readonly timings: readonly CallTiming[];
  readonly analysis: Analysis;
}

/**
 * Analyses `text` and calls every feature entry point the server routes (with the positions given),
 * checking every Range/Position of every answer against the document. Throws if any call throws.
 */
export function runEveryFeature(text: string, fileDialect: FileDialect, positions: readonly Position[], userSettings: ServiceSettings = DEFAULT_SETTINGS): FeatureRunResult {
  const timings: CallTiming[] = [];
  const analysis = timed(timings, 'analyze', () => analyzeFuzzed(text, fileDialect, userSettings));
  const check = new RangeChecker(analysis.uri, text);
  // As the server routes them: each request to the feature of the document's dialect.
  const features = dialectModule(analysis.dialect).features;
  const lineCount = analysis.document.lineCount;
  if (lineCount !== check.lineCount) check.fail('document', `parser sees ${lineCount} lines, the LSP ${check.lineCount}`);

  const diagnostics: readonly Diagnostic[] = timed(timings, 'doValidation', () => doValidation(analysis));
  diagnostics.forEach((diagnostic, index) => {
    check.range(`diagnostic[${index}] ${String(diagnostic.code)}`, diagnostic.range);
    diagnostic.relatedInformation?.forEach((related) => related.location.uri === analysis.uri && check.range(`diagnostic[${index}].related`, related.location.range));
  });
  const whole: Range = { start: { line: 0, character: 0 }, end: { line: lineCount, character: 0 } };
  check.codeActions('codeActions(all)', timed(timings, 'getCodeActions', () => features.codeActions?.(analysis, whole, { diagnostics: [...diagnostics] }, {}) ?? []));
  for (const diagnostic of diagnostics.slice(0, 20)) {
    check.codeActions(`codeActions(${String(diagnostic.code)})`, timed(timings, 'getCodeActions', () => features.codeActions?.(analysis, diagnostic.range, { diagnostics: [diagnostic] }, {}) ?? []));
  }
  check.symbols('documentSymbols', timed(timings, 'getDocumentSymbols', () => features.documentSymbols?.(analysis) ?? []));
  for (const query of ['', 'a', '[', '*', '\u0000']) {
    timed(timings, 'getWorkspaceSymbols', () => features.workspaceSymbols?.([analysis], query) ?? []).forEach((symbol) => check.range(`workspaceSymbol ${symbol.name}`, symbol.location.range));
  }
  timed(timings, 'getFoldingRanges', () => getFoldingRanges(analysis)).forEach((folding) => {
    if (folding.startLine < 0 || folding.endLine >= lineCount || folding.startLine > folding.endLine) check.fail('foldingRange', JSON.stringify(folding));
  });
  timed(timings, 'getDocumentLinks', () => getDocumentLinks(analysis)).forEach((link) => check.range('documentLink', link.range));
  check.semanticTokens('semanticTokens', timed(timings, 'getSemanticTokens', () => features.semanticTokens?.(analysis) ?? { data: [] }).data);
  timed(timings, 'getInlayHints', () => features.inlayHints?.(analysis, whole) ?? []).forEach((hint) => check.position('inlayHint', hint.position));
  timed(timings, 'getCodeLenses', () => features.codeLenses?.(analysis) ?? []).forEach((lens) => check.range('codeLens', lens.range));

  const formatted = timed(timings, 'format', () => format(analysis, undefined));
  check.textEdits('format', formatted);
  try {
    TextDocument.applyEdits(TextDocument.create(analysis.uri, 'asterisk', 0, text), formatted);
  } catch (error) {
    check.fail('format', `edits cannot be applied: ${String(error)}`);
  }

  const selections = timed(timings, 'getSelectionRanges', () => getSelectionRanges(analysis, positions));
  // LSP: "selectionRanges[i] must contain position[i]": one answer per position, in order.
  if (selections.length !== positions.length) check.fail('selectionRanges', `${selections.length} answers for ${positions.length} positions`);
  selections.forEach((selection, index) => {
    const inside = positions[index].line >= 0 && positions[index].line < lineCount && positions[index].character >= 0;
    if (inside || selection) check.selectionRange(`selectionRange[${index}]`, selection);
  });

  for (const at of positions) {
    const here = `@${at.line}:${at.character}`;
    const completion = timed(timings, 'doComplete', () => features.completion?.(analysis, at) ?? { isIncomplete: false, items: [] });
    for (const item of completion.items) {
      const edit = item.textEdit;
      if (edit && 'range' in edit) check.range(`completion ${here} ${item.label}`, edit.range);
      if (edit && 'insert' in edit) {
        check.range(`completion ${here} ${item.label}.insert`, edit.insert);
        check.range(`completion ${here} ${item.label}.replace`, edit.replace);
      }
      check.textEdits(`completion ${here} ${item.label}.additionalTextEdits`, item.additionalTextEdits);
    }
    const hover = timed(timings, 'doHover', () => features.hover?.(analysis, at) ?? null);
    if (hover?.range) check.range(`hover ${here}`, hover.range);
    for (const location of timed(timings, 'getDefinition', () => features.definition?.(analysis, at) ?? [])) {
      if (location.uri === analysis.uri) check.range(`definition ${here}`, location.range);
      else check.wellFormed(`definition ${here}`, location.range);
    }
    for (const location of timed(timings, 'findReferences', () => features.references?.(analysis, at, true) ?? [])) {
      if (location.uri === analysis.uri) check.range(`references ${here}`, location.range);
      else check.wellFormed(`references ${here}`, location.range);
    }
    timed(timings, 'getDocumentHighlights', () => features.documentHighlights?.(analysis, at) ?? []).forEach((highlight) => check.range(`highlight ${here}`, highlight.range));
    const prepared = timed(timings, 'prepareRename', () => features.prepareRename?.(analysis, at) ?? null);
    if (prepared && 'range' in prepared) check.range(`prepareRename ${here}`, prepared.range);
    for (const newName of ['renamed', '', 'a b', '[x]', '\u0000']) {
      const renamed = timed(timings, 'doRename', () => features.rename?.(analysis, at, newName) ?? null);
      if (renamed && !('error' in renamed)) check.workspaceEdit(`rename ${here} '${newName}'`, renamed);
    }
    const around: Range = { start: at, end: { line: at.line + 1, character: at.character } };
    check.codeActions(`codeActions ${here}`, timed(timings, 'getCodeActions', () => features.codeActions?.(analysis, around, { diagnostics: diagnostics.slice(0, 5) }, {}) ?? []));
    check.textEdits(`rangeFormat ${here}`, timed(timings, 'format(range)', () => format(analysis, around)));
    timed(timings, 'getInlayHints', () => features.inlayHints?.(analysis, around) ?? []).forEach((hint) => check.position(`inlayHint ${here}`, hint.position));
  }
  return { problems: check.problems, timings, analysis };
}

/** The slowest call of a run, to assert a bound on and to report. */
export function slowest(timings: readonly CallTiming[]): CallTiming {
  return timings.reduce((worst, timing) => (timing.ms > worst.ms ? timing : worst), { name: '(none)', ms: 0 });
}
