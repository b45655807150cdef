/**
 * The LSP-level benchmark: spawn the built server over stdio, open the 10k-endpoint sip.conf (or another
 * file: bench/pjsip.ts opens its pjsip.conf), time to
 * first diagnostics (a file this large gets its syntax problems first) and to the full list; then
 * single-character edits in the middle of the file (validation debounce 0):
 * - 100 edits that change the published list (a key made unknown and back: the count of problems left
 *   out changes), each timed from didChange to its publishDiagnostics, with the size of each as JSON;
 * - edits that change no diagnostic (a context value), which publish nothing (issue #18): counted, not
 *   timed. After each, a small probe document is edited and its publish awaited: the server validates in
 *   the order the changes came, so by then the edit was validated and anything it sent has arrived. (The
 *   probe's edit takes the next edit of the big file off the keystroke path — the server re-analyses a
 *   document after any other document changed — so timing these would measure that, not the edit.)
 * Part of `npm run bench`.
 */
import { spawn } from 'node:child_process';
import * as path from 'node:path';
import {
  createProtocolConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type PublishDiagnosticsParams,
} from 'vscode-languageserver-protocol/node';
import { generateSip } from './generate';

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

export interface LspResult {
  /** didOpen → the first publishDiagnostics (ms). */
  readonly firstDiagnostics: number;
  /** didOpen → the full list (ms): the same publish when the file is small. */
  readonly fullDiagnostics: number;
  /** didChange of an edit that changes the list → its publishDiagnostics (ms). */
  readonly p50: number;
  readonly p99: number;
  /** The median publish of an edit as JSON (bytes), and how many diagnostics it carried. */
  readonly jsonBytes: number;
  readonly published: number;
  /** How many publishes the `edits` edits that change the list sent (one each). */
  readonly changedPublishes: number;
  readonly edits: number;
  /** How many publishes the `unchangedEdits` edits that change no diagnostic sent for the file (none expected). */
  readonly unchangedPublishes: number;
  readonly unchangedEdits: number;
}

/** The file opened: its text and language, the line edited, and what only the full list has. */
export interface LspFile {
  readonly uri: string;
  readonly languageId: string;
  readonly text: string;
  /**
   * The edits go to the first line from the middle on that this accepts, a `key=value` line: a character
   * typed at the end of its key (an unknown option: the list changes) and at the end of its value (a value
   * no check reads: no diagnostic changes).
   */
  readonly editLine: (line: string) => boolean;
  /** Codes the early (syntax-only) list cannot have: a first list with one of them is the full list. */
  readonly fullListCodes: readonly string[];
}

/** The generated sip.conf of `endpoints` endpoints; the edits go to a `context=` line. */
export function sipLspFile(endpoints: number): LspFile {
  return { uri: 'file:///bench/lsp/sip.conf', languageId: 'asterisk-sip', text: generateSip(endpoints), editLine: (line) => line.startsWith('context='), fullListCodes: ['deprecated-option', 'analysis-limit'] };
}

export async function lspBenchmark(endpoints = 10000, edits = 100, unchangedEdits = 20, file: LspFile = sipLspFile(endpoints)): Promise<LspResult> {
  const server = spawn(process.execPath, [path.join(__dirname, '../../dist/server.js'), '--stdio'], { stdio: 'pipe' });
  const connection = createProtocolConnection(new StreamMessageReader(server.stdout), new StreamMessageWriter(server.stdin));
  const waiters: Array<(params: PublishDiagnosticsParams) => void> = [];
  const probeWaiters: Array<(params: PublishDiagnosticsParams) => void> = [];
  const probeUri = 'file:///bench/lsp-probe/probe.conf';
  let publishes = 0;
  connection.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => {
    if (params.uri === probeUri) return void probeWaiters.shift()?.(params);
    publishes++;
    waiters.shift()?.(params);
  });
  connection.listen();
  const next = (): Promise<PublishDiagnosticsParams> => new Promise((resolve) => waiters.push(resolve));
  const nextProbe = (): Promise<PublishDiagnosticsParams> => new Promise((resolve) => probeWaiters.push(resolve));
  try {
    await connection.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities: {}, initializationOptions: { validationDelay: 0 } });
    await connection.sendNotification('initialized', {});
    // Opened first: opening it later would take the big file's next edit off the keystroke path.
    // The probe: a small file whose list changes on every edit (an unclosed header, then a closed one).
    const probeOpened = nextProbe();
    await connection.sendNotification('textDocument/didOpen', { textDocument: { uri: probeUri, languageId: 'asterisk', version: 1, text: '[probe\n' } });
    await probeOpened;

    const { uri, text } = file;
    const lines = text.split('\n');
    let started = performance.now();
    const first = next();
    const second = next();
    await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: file.languageId, version: 1, text } });
    const early = await first;
    const firstDiagnostics = performance.now() - started;
    // The full list has what the syntax pass cannot know (sip.conf: the call-limit notes); the early one has none.
    let fullDiagnostics = firstDiagnostics;
    if (!early.diagnostics.some((d) => file.fullListCodes.includes(String(d.code)))) {
      await second;
      fullDiagnostics = performance.now() - started;
    } else waiters.length = 0;

    let line = Math.floor(lines.length / 2);
    while (!file.editLine(lines[line])) line++;
    let version = 1;
    const edit = (range: { start: { line: number; character: number }; end: { line: number; character: number } }, inserted: string) =>
      connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: ++version }, contentChanges: [{ range, text: inserted }] });

    // Edits that change the list: `context=` made `contextx=` (an unknown option) and back.
    const key = lines[line].indexOf('=');
    const times: number[] = [];
    const sizes: number[] = [];
    const counts: number[] = [];
    const before = publishes;
    for (let i = 0; i < edits; i++) {
      const range = i % 2 === 0 ? { start: { line, character: key }, end: { line, character: key } } : { start: { line, character: key }, end: { line, character: key + 1 } };
      const published = next();
      started = performance.now();
      await edit(range, i % 2 === 0 ? 'x' : '');
      const params = await published;
      if (params.version !== version) throw new Error(`diagnostics for version ${params.version}, expected ${version}`);
      times.push(performance.now() - started);
      sizes.push(JSON.stringify(params).length);
      counts.push(params.diagnostics.length);
    }
    const changedPublishes = publishes - before;

    // Edits that change no diagnostic: a character typed at the end of the context value and deleted.
    const character = lines[line].length;
    const quietBefore = publishes;
    let probeVersion = 1;
    for (let i = 0; i < unchangedEdits; i++) {
      const range = i % 2 === 0 ? { start: { line, character }, end: { line, character } } : { start: { line, character }, end: { line, character: character + 1 } };
      const probed = nextProbe();
      await edit(range, i % 2 === 0 ? 'x' : '');
      probeVersion++;
      await connection.sendNotification('textDocument/didChange', {
        textDocument: { uri: probeUri, version: probeVersion },
        contentChanges: [{ text: probeVersion % 2 === 1 ? '[probe\n' : '[probe]\n' }],
      });
      const params = await probed;
      if (params.version !== probeVersion) throw new Error(`probe diagnostics for version ${params.version}, expected ${probeVersion}`);
    }
    const unchangedPublishes = publishes - quietBefore;
    times.sort((a, b) => a - b);
    sizes.sort((a, b) => a - b);
    counts.sort((a, b) => a - b);
    return {
      firstDiagnostics,
      fullDiagnostics,
      p50: percentile(times, 50),
      p99: percentile(times, 99),
      jsonBytes: percentile(sizes, 50),
      published: percentile(counts, 50),
      changedPublishes,
      edits,
      unchangedPublishes,
      unchangedEdits,
    };
  } finally {
    connection.dispose();
    server.kill();
  }
}
