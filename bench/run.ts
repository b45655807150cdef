/**
 * `npm run bench`: the engine's speed and memory at FreePBX scale, side by side with the bare floor
 * (split + indexOf per line) and the npm `ini` parser in the same run, with PASS/FAIL against the
 * published targets (BENCHMARKS.md). Never part of `npm test`.
 */
import { statSync } from 'node:fs';
import * as path from 'node:path';
import * as ini from 'ini';
import { parseConfig, type ConfigDocument, type LineDelta } from '../server/src/service/parser/configDocument';
import { analyze, type Analysis } from '../server/src/service/analysis';
import { doValidation, publishDiagnostics } from '../server/src/service/features/validation';
import { doComplete } from '../server/src/service/features/completion';
import { doHover } from '../server/src/service/features/hover';
import { indexDialplan } from '../server/src/service/model/dialplan';
import { generateExtensions, generateSip, SIZES } from './generate';
import { lspBenchmark } from './lsp';
import { benchPjsip } from './pjsip';
import { heapKeptBy } from './heap';

const quick = process.argv.includes('--quick');
/** `--edits`: only the edit benchmarks (no parse, analysis, requests, heap or LSP rows). */
const editsOnly = process.argv.includes('--edits');
const TIME = quick ? 300 : 2000;

interface Row {
  readonly size: number;
  readonly metric: string;
  readonly p50: number;
  readonly p99: number;
}

const rows: Row[] = [];
const verdicts: string[] = [];

function verdict(ok: boolean, text: string): void {
  verdicts.push(`${ok ? 'PASS' : 'FAIL'}  ${text}`);
}

async function measure(size: number, tasks: Record<string, () => void>, options: { time?: number; iterations?: number } = {}): Promise<Record<string, Row>> {
  // tinybench is an ES module; this file compiles to CommonJS.
  const { Bench } = await import('tinybench');
  const bench = new Bench({ time: options.time ?? TIME, iterations: options.iterations ?? 10, warmupTime: 100 });
  for (const [name, task] of Object.entries(tasks)) bench.add(name, task);
  await bench.run();
  const result: Record<string, Row> = {};
  for (const task of bench.tasks) {
    const latency = (task.result as { latency?: { p50?: number; p99?: number } } | undefined)?.latency;
    const row = { size, metric: task.name, p50: latency?.p50 ?? NaN, p99: latency?.p99 ?? NaN };
    rows.push(row);
    result[task.name] = row;
  }
  return result;
}

const dialplan = indexDialplan([{ uri: 'file:///bench/extensions.conf', document: parseConfig(generateExtensions()) }]);

/** As the server does: the previous analysis, and what the changes of one didChange did to the lines, in order. */
function analyse(document: ConfigDocument, previous?: Analysis, deltas?: readonly LineDelta[]): Analysis {
  return analyze('file:///bench/sip.conf', document, 'sip', { dialplan, previous, changedLines: deltas });
}

/** The lines (of `document`) where `key=` starts an option, from the top. */
function linesWith(document: ConfigDocument, prefix: string): number[] {
  const found: number[] = [];
  for (let line = 0; line < document.lineCount; line++) if (document.lineText(line).startsWith(prefix)) found.push(line);
  return found;
}

/** `count` of `lines`, spread evenly over them. */
function spread(lines: readonly number[], count: number): number[] {
  return Array.from({ length: count }, (_, i) => lines[Math.floor(((i + 0.5) * lines.length) / count)]);
}

/** Position of the middle line's value, and a line near the end, for the edit and request benchmarks. */
function middleLine(document: ConfigDocument): number {
  let line = Math.floor(document.lineCount / 2);
  while (line < document.lineCount && document.line(line).kind !== 'keyValue') line++;
  return line;
}

/**
 * Edits: each iteration applies one didChange (one or several changes) and refreshes the published
 * diagnostics, as the server does. Every kind of edit gets its own document and its own run, so one cannot disturb
 * another's input; each toggles between doing and undoing its edit.
 */
async function benchEdits(size: number, text: string): Promise<Record<string, Row>> {
  type Change = { range: { start: { line: number; character: number }; end: { line: number; character: number } }; text: string };
  type EditKind = (document: ConfigDocument, line: number, toggle: boolean) => Change[];
  const at = (line: number, character: number, endLine = line, endCharacter = character) => ({ start: { line, character }, end: { line: endLine, character: endCharacter } });
  const paste = Array.from({ length: 100 }, (_, i) => (i % 10 === 0 ? `[pasted${i}](desk)` : `setvar=PASTED${i}=1`)).join('\n') + '\n';
  const plainPaste = Array.from({ length: 100 }, (_, i) => `setvar=PASTED${i}=1`).join('\n') + '\n';
  const editTask = (edit: EditKind): (() => void) => {
    const document = parseConfig(text);
    let analysis = analyse(document);
    publishDiagnostics(analysis);
    const line = middleLine(document);
    let toggle = false;
    return () => {
      toggle = !toggle;
      analysis = analyse(document, analysis, document.applyChanges(edit(document, line, toggle), document.version + 1));
      // What the server publishes (the first 1000, at their lines now): the diagnostics a user sees.
      publishDiagnostics(analysis);
    };
  };
  // Cursors and replace-all targets, found once on the generated text (the edits undo themselves).
  const probe = parseConfig(text);
  const cursors = spread(linesWith(probe, 'context='), 10);
  const insecure = linesWith(probe, 'insecure=port,invite');
  /** The section of an endpoint in the middle: its header line and the next header's. */
  const middleSection = (() => {
    let header = middleLine(probe);
    while (probe.line(header).kind !== 'section') header--;
    let next = header + 1;
    while (probe.line(next).kind !== 'section') next++;
    return { header, next };
  })();
  const sectionText = Array.from({ length: middleSection.next - middleSection.header }, (_, i) => probe.lineText(middleSection.header + i) + '\n').join('');
  // Multi-line changes are listed bottom-up, as editors send them: each applies to the text the one before left.
  const bottomUp = (lines: readonly number[]) => [...lines].sort((a, b) => b - a);
  const editKinds: Record<string, EditKind> = {
    'keystroke → tree → diagnostics': (document, line, toggle) => {
      const character = document.lineText(line).length;
      return [toggle ? { range: at(line, character), text: 'x' } : { range: at(line, character - 1, line, character), text: '' }];
    },
    'line insert → diagnostics': (_document, line, toggle) => [
      toggle ? { range: at(line, 0), text: 'language=en\n' } : { range: at(line, 0, line + 1, 0), text: '' },
    ],
    'paste 100 lines with 10 sections → diagnostics': (_document, line, toggle) => [
      toggle ? { range: at(line, 0), text: paste } : { range: at(line, 0, line + 100, 0), text: '' },
    ],
    'paste 100 lines, no section → diagnostics': (_document, line, toggle) => [
      toggle ? { range: at(line, 0), text: plainPaste } : { range: at(line, 0, line + 100, 0), text: '' },
    ],
    'delete a whole section → diagnostics': (_document, _line, toggle) => [
      toggle ? { range: at(middleSection.header, 0, middleSection.next, 0), text: '' } : { range: at(middleSection.header, 0), text: sectionText },
    ],
    '10 multi-cursor keystrokes → diagnostics': (document, _line, toggle) =>
      bottomUp(cursors).map((line) => {
        const character = document.lineText(line).length;
        return toggle ? { range: at(line, character), text: 'x' } : { range: at(line, character - 1, line, character), text: '' };
      }),
    '10 multi-cursor Enter → diagnostics': (document, _line, toggle) =>
      // Bottom-up, so the lines above each change are where they were: line + i is the i-th cursor's new line.
      toggle
        ? bottomUp(cursors).map((line) => ({ range: at(line, document.lineText(line).length), text: '\nlanguage=en' }))
        : bottomUp(cursors.map((line, i) => line + i)).map((line) => ({ range: at(line, document.lineText(line).length, line + 1, document.lineText(line + 1).length), text: '' })),
    'replace-all of one option (20 places) → diagnostics': (_document, _line, toggle) =>
      bottomUp(insecure).map((line) => (toggle ? { range: at(line, 9, line, 14), text: '' } : { range: at(line, 9), text: 'port,' })),
  };
  const edits: Record<string, Row> = {};
  for (const [name, edit] of Object.entries(editKinds)) Object.assign(edits, await measure(size, { [name]: editTask(edit) }, { time: TIME, iterations: 20 }));
  return edits;
}

async function benchSize(size: number): Promise<void> {
  const text = generateSip(size);
  const lines = text.split('\n').length;
  console.log(`\n${size} endpoints: ${lines} lines, ${(text.length / 1e6).toFixed(2)} MB`);

  if (editsOnly) {
    await benchEdits(size, text);
    return;
  }
  const parse = await measure(size, {
    'floor (split + indexOf)': () => {
      for (const line of text.split('\n')) line.indexOf('=');
    },
    'ini.parse': () => {
      ini.parse(text);
    },
    'full parse': () => {
      parseConfig(text);
    },
  });
  const full = await measure(size, {
    'full analysis (parse + model + diagnostics)': () => {
      doValidation(analyse(parseConfig(text)));
    },
  }, { time: TIME, iterations: 5 });

  const edits = await benchEdits(size, text);
  const document = parseConfig(text);
  const analysis = analyse(document);

  const nearEnd = document.lineCount - 4;
  const typeLine = (() => {
    for (let line = nearEnd; line > 0; line--) {
      const node = document.line(line);
      if (node.kind === 'keyValue' && node.key === 'context') return line;
    }
    return nearEnd;
  })();
  const requests = await measure(size, {
    'completion near the end': () => {
      doComplete(analysis, { line: typeLine, character: document.lineText(typeLine).length });
    },
    'hover near the end': () => {
      doHover(analysis, { line: typeLine, character: 2 });
    },
  });

  const heapMb = heapKeptBy(() => {
    const kept = analyse(parseConfig(text));
    doValidation(kept);
    return kept;
  });
  rows.push({ size, metric: 'heap used by one analysed document (MB)', p50: heapMb, p99: heapMb });

  const floor = parse['floor (split + indexOf)'].p50;
  const parseRow = parse['full parse'];
  const iniRow = parse['ini.parse'];
  const keystroke = edits['keystroke → tree → diagnostics'];
  const analysisRow = full['full analysis (parse + model + diagnostics)'];
  console.log(`  parse / floor = ${(parseRow.p50 / floor).toFixed(1)}×, ini / parse = ${(iniRow.p50 / parseRow.p50).toFixed(1)}×, keystroke / full analysis = 1/${(analysisRow.p50 / keystroke.p50).toFixed(0)}`);
  if (size === 10000) {
    verdict(parseRow.p50 <= 4 * floor, `full parse ≤ 4× the floor: ${(parseRow.p50 / floor).toFixed(1)}×`);
    verdict(iniRow.p50 >= 3 * parseRow.p50, `full parse ≥ 3× faster than ini: ${(iniRow.p50 / parseRow.p50).toFixed(2)}×`);
    verdict(keystroke.p50 <= 5, `keystroke → fresh diagnostics ≤ 5 ms: ${keystroke.p50.toFixed(2)} ms`);
    verdict(keystroke.p50 * 50 <= analysisRow.p50, `keystroke ≤ 1/50 of a full analysis: 1/${(analysisRow.p50 / keystroke.p50).toFixed(0)}`);
    verdict(requests['completion near the end'].p99 <= 2, `completion p99 ≤ 2 ms: ${requests['completion near the end'].p99.toFixed(3)} ms`);
    verdict(requests['hover near the end'].p99 <= 2, `hover p99 ≤ 2 ms: ${requests['hover near the end'].p99.toFixed(3)} ms`);
    verdict(heapMb <= 60, `heap ≤ 60 MB: ${heapMb.toFixed(1)} MB`);
  }
}

/** Every edit kind: ≤ 5 ms median and ≤ 10 ms p99 at every size, and not growing with the file (max ≤ 3× min). */
function editVerdicts(sizes: readonly number[]): void {
  // The sip.conf edits only: the pjsip rows (1k and 10k phones, with their own verdicts) have no 20k row.
  const names = [...new Set(rows.filter((row) => row.metric.endsWith('→ diagnostics') && !row.metric.startsWith('keystroke →') && !row.metric.startsWith('pjsip:')).map((row) => row.metric))];
  for (const name of names) {
    const perSize = sizes.map((size) => rows.find((row) => row.size === size && row.metric === name));
    // Rows measured at some sizes only (pjsip.conf's, at 1k and 10k) are judged in their own file.
    if (perSize.some((row) => row === undefined)) continue;
    const p50 = perSize.map((row) => row!.p50);
    const p99 = perSize.map((row) => row!.p99);
    const ok = Math.max(...p50) <= 5 && Math.max(...p99) <= 10 && Math.max(...p50) <= 3 * Math.max(Math.min(...p50), 0.1);
    verdict(ok, `${name}: median ${p50.map((v) => v.toFixed(2)).join(' / ')} ms, p99 ${p99.map((v) => v.toFixed(2)).join(' / ')} ms (${sizes.join(' / ')} endpoints)`);
  }
}

function printTable(): void {
  console.log('\n| endpoints | metric | median (ms) | p99 (ms) |\n| ---: | --- | ---: | ---: |');
  for (const row of rows) {
    const isHeap = row.metric.startsWith('heap');
    console.log(`| ${row.size} | ${row.metric} | ${row.p50.toFixed(isHeap ? 1 : 3)} | ${isHeap ? '' : row.p99.toFixed(3)} |`);
  }
}

async function main(): Promise<void> {
  if (!global.gc) console.log('(run with node --expose-gc for exact heap numbers)');
  // pjsip.conf (bench/pjsip.ts); `--pjsip` runs it alone.
  if (!editsOnly) for (const size of [1000, 10000]) await benchPjsip(size, measure, (row) => void rows.push(row), verdicts, TIME);
  if (process.argv.includes('--pjsip')) {
    printTable();
    console.log(`\n${verdicts.join('\n')}`);
    return;
  }
  const sizes = quick ? [1000, 10000] : SIZES;
  for (const size of sizes) await benchSize(size);
  editVerdicts(sizes);
  if (editsOnly) {
    printTable();
    console.log(`\n${verdicts.join('\n')}`);
    return;
  }
  const perSize = sizes.map((size) => rows.find((row) => row.size === size && row.metric.startsWith('keystroke'))!.p50);
  verdict(Math.max(...perSize) <= 3 * Math.min(...perSize), `keystroke cost roughly constant from ${sizes[0]} to ${sizes[sizes.length - 1]} endpoints: ${perSize.map((v) => v.toFixed(2)).join(' / ')} ms`);
  // Collect the garbage of the runs above first: a collection of this process's big heap while it waits would
  // delay reading the server's first message and count as the server's time.
  global.gc?.();
  const lsp = await lspBenchmark(10000, 100);
  rows.push({ size: 10000, metric: 'LSP: open → first diagnostics (stdio)', p50: lsp.firstDiagnostics, p99: lsp.firstDiagnostics });
  rows.push({ size: 10000, metric: 'LSP: open → full diagnostics (stdio)', p50: lsp.fullDiagnostics, p99: lsp.fullDiagnostics });
  rows.push({ size: 10000, metric: `LSP: didChange → publishDiagnostics (${lsp.edits} edits that change the list)`, p50: lsp.p50, p99: lsp.p99 });
  console.log(
    `\nLSP over stdio, 10k endpoints: first diagnostics ${lsp.firstDiagnostics.toFixed(0)} ms, full list ${lsp.fullDiagnostics.toFixed(0)} ms; ` +
      `edit → diagnostics median ${lsp.p50.toFixed(2)} ms, p99 ${lsp.p99.toFixed(2)} ms; a publish is ${(lsp.jsonBytes / 1000).toFixed(0)} kB of JSON ` +
      `(${lsp.published} diagnostics, ${(lsp.jsonBytes / Math.max(1, lsp.published)).toFixed(0)} bytes each); ${lsp.changedPublishes} publishes for ${lsp.edits} edits that change the list, ` +
      `${lsp.unchangedPublishes} for ${lsp.unchangedEdits} that change no diagnostic`,
  );
  verdict(lsp.firstDiagnostics <= 250, `open → first diagnostics ≤ 250 ms at 10k endpoints: ${lsp.firstDiagnostics.toFixed(0)} ms (full list ${lsp.fullDiagnostics.toFixed(0)} ms)`);
  verdict(lsp.p50 <= 10, `didChange → publishDiagnostics ≤ 10 ms median: ${lsp.p50.toFixed(2)} ms (${(lsp.jsonBytes / 1000).toFixed(0)} kB per publish)`);
  verdict(lsp.unchangedPublishes === 0, `an edit that changes no diagnostic publishes nothing: ${lsp.unchangedPublishes} publishes for ${lsp.unchangedEdits} such edits`);
  try {
    const vsix = statSync(path.join(__dirname, '../../asterisk-conf.vsix')).size;
    verdict(vsix <= 1e6, `packaged .vsix ≤ 1 MB: ${(vsix / 1e6).toFixed(2)} MB`);
  } catch {
    verdicts.push('SKIP  packaged .vsix size: run `npm run package` first');
  }
  printTable();
  console.log(`\n${verdicts.join('\n')}`);
}

void main();
