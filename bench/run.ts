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
import { benchEdits as sharedBenchEdits, editVerdicts, linesWith, type EditScenario, type Row } from './edits';

const quick = process.argv.includes('--quick');
/** `--edits`: only the edit benchmarks (no parse, analysis, requests, heap or LSP rows). */
const editsOnly = process.argv.includes('--edits');
const TIME = quick ? 300 : 2000;

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

/** Position of the middle line's value, and a line near the end, for the edit and request benchmarks. */
function middleLine(document: ConfigDocument): number {
  let line = Math.floor(document.lineCount / 2);
  while (line < document.lineCount && document.line(line).kind !== 'keyValue') line++;
  return line;
}

/**
 * Edits (bench/edits.ts): each iteration applies one didChange (one or several changes) and refreshes the
 * published diagnostics, as the server does, on its own document.
 */
function sipScenario(): EditScenario {
  const analyses = new WeakMap<ConfigDocument, Analysis>();
  return {
    prefix: '',
    middleLine,
    insertedLine: 'language=en',
    paste: Array.from({ length: 100 }, (_, i) => (i % 10 === 0 ? `[pasted${i}](desk)` : `setvar=PASTED${i}=1`)).join('\n') + '\n',
    plainPaste: Array.from({ length: 100 }, (_, i) => `setvar=PASTED${i}=1`).join('\n') + '\n',
    cursorPrefix: 'context=',
    replaceAll: (document) => ({ lines: linesWith(document, 'insecure=port,invite'), from: 'port,', to: '' }),
    refresh: (document, deltas) => {
      const analysis = analyse(document, analyses.get(document), deltas);
      analyses.set(document, analysis);
      // What the server publishes (the first 1000, at their lines now): the diagnostics a user sees.
      publishDiagnostics(analysis);
    },
  };
}

async function benchEdits(size: number, text: string): Promise<Record<string, Row>> {
  return sharedBenchEdits(size, text, sipScenario(), measure, TIME);
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

function printTable(): void {
  console.log('\n| endpoints | metric | median (ms) | p99 (ms) |\n| ---: | --- | ---: | ---: |');
  for (const row of rows) {
    const isHeap = row.metric.startsWith('heap');
    console.log(`| ${row.size} | ${row.metric} | ${row.p50.toFixed(isHeap ? 1 : 3)} | ${isHeap ? '' : row.p99.toFixed(3)} |`);
  }
}

async function main(): Promise<void> {
  if (!global.gc) console.log('(run with node --expose-gc for exact heap numbers)');
  const sizes = quick ? [1000, 10000] : SIZES;
  // pjsip.conf (bench/pjsip.ts), at the same sizes; `--pjsip` runs it alone.
  const pjsipOnly = process.argv.includes('--pjsip');
  // With `--edits`, pjsip.conf's edit rows only when asked for (`--pjsip --edits`).
  if (!editsOnly || pjsipOnly) await benchPjsip(sizes, { measure, addRow: (row) => void rows.push(row), rows, verdicts, time: TIME, editsOnly });
  if (pjsipOnly) {
    printTable();
    console.log(`\n${verdicts.join('\n')}`);
    return;
  }
  for (const size of sizes) await benchSize(size);
  // The sip keystroke has its own verdicts (below); the pjsip rows are judged in bench/pjsip.ts.
  verdicts.push(...editVerdicts(rows, sizes, '', 'endpoints', ['keystroke → tree → diagnostics']));
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
