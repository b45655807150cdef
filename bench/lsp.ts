/**
 * The LSP-level benchmark: spawn the built server over stdio, open the 10k-endpoint sip.conf (or another
 * file: bench/pjsip.ts opens its pjsip.conf), time to
 * first diagnostics (a file this large gets its syntax problems first) and to the full list; then 100
 * single-character edits, each timed from didChange to its publishDiagnostics (validation debounce 0),
 * with the size of each publish as JSON. Part of `npm run bench`.
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
  /** didChange → its publishDiagnostics (ms). */
  readonly p50: number;
  readonly p99: number;
  /** The median publish of an edit as JSON (bytes), and how many diagnostics it carried. */
  readonly jsonBytes: number;
  readonly published: number;
}

/** The file opened: its text and language, where the edits type, and what only the full list has. */
export interface LspFile {
  readonly uri: string;
  readonly languageId: string;
  readonly text: string;
  /** The edits type at the end of the first line from the middle on that this accepts. */
  readonly editLine: (line: string) => boolean;
  /** Codes the early (syntax-only) list cannot have: a first list with one of them is the full list. */
  readonly fullListCodes: readonly string[];
}

/** The generated sip.conf of `endpoints` endpoints; the edits type at the end of a `context=` line. */
export function sipLspFile(endpoints: number): LspFile {
  return { uri: 'file:///bench/lsp/sip.conf', languageId: 'asterisk-sip', text: generateSip(endpoints), editLine: (line) => line.startsWith('context='), fullListCodes: ['deprecated-option', 'analysis-limit'] };
}

export async function lspBenchmark(endpoints = 10000, edits = 100, file: LspFile = sipLspFile(endpoints)): Promise<LspResult> {
  const server = spawn(process.execPath, [path.join(__dirname, '../../dist/server.js'), '--stdio'], { stdio: 'pipe' });
  const connection = createProtocolConnection(new StreamMessageReader(server.stdout), new StreamMessageWriter(server.stdin));
  const waiters: Array<(params: PublishDiagnosticsParams) => void> = [];
  connection.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => waiters.shift()?.(params));
  connection.listen();
  const next = (): Promise<PublishDiagnosticsParams> => new Promise((resolve) => waiters.push(resolve));
  try {
    await connection.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities: {}, initializationOptions: { validationDelay: 0 } });
    await connection.sendNotification('initialized', {});
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
    const character = lines[line].length;
    const times: number[] = [];
    const sizes: number[] = [];
    const counts: number[] = [];
    for (let i = 0; i < edits; i++) {
      const version = i + 2;
      const change =
        i % 2 === 0
          ? { range: { start: { line, character }, end: { line, character } }, text: 'x' }
          : { range: { start: { line, character }, end: { line, character: character + 1 } }, text: '' };
      const published = next();
      started = performance.now();
      await connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [change] });
      const params = await published;
      if (params.version !== version) throw new Error(`diagnostics for version ${params.version}, expected ${version}`);
      times.push(performance.now() - started);
      sizes.push(JSON.stringify(params).length);
      counts.push(params.diagnostics.length);
    }
    times.sort((a, b) => a - b);
    sizes.sort((a, b) => a - b);
    counts.sort((a, b) => a - b);
    return { firstDiagnostics, fullDiagnostics, p50: percentile(times, 50), p99: percentile(times, 99), jsonBytes: percentile(sizes, 50), published: percentile(counts, 50) };
  } finally {
    connection.dispose();
    server.kill();
  }
}
