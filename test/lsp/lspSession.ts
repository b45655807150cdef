/**
 * Test helper: spawns the built server over stdio and speaks real JSON-RPC to it. The server is
 * dist/server.js (what the VS Code client starts) or `dist/cli.js lsp` (what other editors start);
 * every response the process writes is counted by request id, so a test can check that each request
 * was answered exactly once.
 */
import { after, before } from 'node:test';
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

/** The document `settled` edits: a folder of its own, so that it is no part of any test's configuration. */
const PROBE_URI = 'file:///lsp-session-probe/probe.conf';

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
  /** The version of the probe document `settled` edits (0: not open yet). */
  private probeVersion = 0;

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

  /**
   * Resolves once the server has validated every change sent before this call, with the last list it
   * published for `uri` (what a client shows for it). A version whose list did not change publishes nothing
   * (issue #18), so a test cannot wait for that version's publish; instead a probe document of its own is
   * edited so that its list changes. The server validates in the order the changes came (one debounce
   * delay for every document: Node runs timers of one delay in the order they were set), so when the
   * probe's list arrives every earlier validation has run and sent whatever it had to.
   * Needs the validation delay of `initialize()`'s default (0): an open is validated without delay.
   */
  async settled(uri: string): Promise<PublishDiagnosticsParams | undefined> {
    const version = ++this.probeVersion;
    const probed = this.nextDiagnostics(PROBE_URI, (params) => params.version === version);
    // An unclosed header, then a closed one: the probe's list changes on every call.
    const text = version % 2 === 1 ? '[probe\n' : '[probe]\n';
    if (version === 1) await this.open(PROBE_URI, text, 'asterisk');
    else await this.connection.sendNotification('textDocument/didChange', { textDocument: { uri: PROBE_URI, version }, contentChanges: [{ text }] });
    await probed;
    return this.lastPublished(uri);
  }

  /** The last publishDiagnostics received for `uri`. */
  lastPublished(uri: string): PublishDiagnosticsParams | undefined {
    for (let index = this.published.length - 1; index >= 0; index--) if (this.published[index].uri === uri) return this.published[index];
    return undefined;
  }

  /** The publishDiagnostics received for `uri` after the first `from` of all (see `published.length`). */
  publishedFor(uri: string, from = 0): PublishDiagnosticsParams[] {
    return this.published.slice(from).filter((params) => params.uri === uri);
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

/**
 * A server for the tests of one describe block: started (and initialized with the defaults) before them,
 * handed to `use`, shut down after them.
 */
export function sessionPerSuite(use: (session: LspSession) => void): void {
  let session: LspSession | undefined;
  before(async () => {
    session = new LspSession();
    await session.initialize();
    use(session);
  });
  after(async () => {
    await session?.shutdown();
  });
}
