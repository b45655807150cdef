/**
 * Test helper: spawns the built server over stdio and speaks real JSON-RPC to it. The server is
 * dist/server.js (what the VS Code client starts) or `dist/cli.js lsp` (what other editors start);
 * every response the process writes is counted by request id, so a test can check that each request
 * was answered exactly once.
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import * as path from 'node:path';
import {
  createProtocolConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
  type InitializeResult,
} from 'vscode-languageserver-protocol/node';

export const SERVER_PATH = path.resolve(__dirname, '../../../dist/server.js');
export const CLI_PATH = path.resolve(__dirname, '../../../dist/cli.js');

/** How the server process is started: the bundled server, or the command line's `lsp` command. */
export type ServerEntry = 'server' | 'cli';
export const SERVER_ENTRIES: readonly ServerEntry[] = ['server', 'cli'];

export class LspSession {
  readonly connection: ProtocolConnection;
  private readonly child: ChildProcessWithoutNullStreams;
  private readonly diagnosticWaiters: Array<{ uri: string; test: (p: PublishDiagnosticsParams) => boolean; resolve: (p: PublishDiagnosticsParams) => void }> = [];
  readonly published: PublishDiagnosticsParams[] = [];
  stderr = '';
  /** How many responses the process wrote for each request id (read from its stdout on the side). */
  readonly answersById = new Map<string | number, number>();
  private readonly closed: Promise<void>;

  constructor(args: string[] = ['--stdio'], entry: ServerEntry = 'server') {
    const command = entry === 'cli' ? [CLI_PATH, 'lsp', ...args] : [SERVER_PATH, ...args];
    this.child = spawn(process.execPath, command, { stdio: 'pipe' });
    this.closed = new Promise((resolve) => this.child.once('close', () => resolve()));
    this.child.stderr.on('data', (chunk: Buffer) => (this.stderr += chunk.toString()));
    const tap = new StreamMessageReader(this.child.stdout);
    tap.listen((message) => {
      const response = message as { id?: unknown; method?: unknown };
      if (response.method !== undefined || (typeof response.id !== 'string' && typeof response.id !== 'number')) return;
      this.answersById.set(response.id, (this.answersById.get(response.id) ?? 0) + 1);
    });
    this.connection = createProtocolConnection(new StreamMessageReader(this.child.stdout), new StreamMessageWriter(this.child.stdin));
    this.connection.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => {
      this.published.push(params);
      for (let i = this.diagnosticWaiters.length - 1; i >= 0; i--) {
        const waiter = this.diagnosticWaiters[i];
        if (waiter.uri === params.uri && waiter.test(params)) {
          this.diagnosticWaiters.splice(i, 1);
          waiter.resolve(params);
        }
      }
    });
    this.connection.listen();
  }

  get alive(): boolean {
    return this.child.exitCode === null && this.child.signalCode === null;
  }

  /** `params` adds to (or overrides) the initialize request, e.g. `workspaceFolders`. */
  async initialize(initializationOptions: Record<string, unknown> = { validationDelay: 0 }, params: Record<string, unknown> = {}): Promise<InitializeResult> {
    const result = (await this.connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: null,
      capabilities: {},
      initializationOptions,
      ...params,
    })) as InitializeResult;
    await this.connection.sendNotification('initialized', {});
    return result;
  }

  /** Resolves with the next publishDiagnostics for `uri` that satisfies `test` (default: any). */
  nextDiagnostics(uri: string, test: (p: PublishDiagnosticsParams) => boolean = () => true, timeoutMs = 10000): Promise<PublishDiagnosticsParams> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no diagnostics for ${uri} within ${timeoutMs} ms`)), timeoutMs);
      this.diagnosticWaiters.push({
        uri,
        test,
        resolve: (params) => {
          clearTimeout(timer);
          resolve(params);
        },
      });
    });
  }

  open(uri: string, text: string, languageId = 'asterisk-sip', version = 1): Promise<void> {
    return this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version, text } });
  }

  async shutdown(): Promise<void> {
    try {
      await this.connection.sendRequest('shutdown');
      await this.connection.sendNotification('exit');
    } catch {
      // the process may already be gone
    }
    this.connection.dispose();
    if (this.alive) this.child.kill();
  }

  /** Shuts the server down and resolves once the process has closed its output: every answer it wrote has been counted. */
  async shutdownAndDrain(): Promise<void> {
    await this.connection.sendRequest('shutdown');
    await this.connection.sendNotification('exit');
    await this.closed;
    this.connection.dispose();
  }

  /** The request ids answered more than once (each with its count); empty when every request got one answer. */
  answeredMoreThanOnce(): Array<[string | number, number]> {
    return [...this.answersById].filter(([, count]) => count > 1);
  }
}
