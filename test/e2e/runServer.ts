// Runs the extension-host suite in real VS Code without downloading VS Code: the VS Code server bundled
// in the npm package code-server (on Node 24), its web workbench driven by Debian's Chromium through
// playwright-core. The extension runs in the server's Node extension host, as in desktop VS Code over
// Remote. Tools come from .vscode-test/tools (npm run e2e:setup).
//
//   node out/test/e2e/runServer.js              the extension from this folder (extensionDevelopmentPath)
//   node out/test/e2e/runServer.js --vsix FILE  the packaged extension, installed into a temp extensions dir
//
// Env: E2E_TIMEOUT_MS (overall, default 300000), E2E_GREP (narrows the suite), E2E_VERBOSE=1 (echo the
// server and browser consoles live, and the workbench chatter), E2E_EXTENSION_PATH (another copy of the
// extension to load instead of this folder).
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { extensionPath, fixtureWorkspace, suiteModule, tools } from './paths';

// The slice of playwright-core we use, typed here because the package lives in the tools cache, outside
// the project's dependencies.
interface Page {
  exposeFunction(name: string, callback: (...args: never[]) => unknown): Promise<void>;
  goto(url: string, options?: { timeout?: number }): Promise<unknown>;
  on(event: 'console', listener: (message: { type(): string; text(): string }) => void): void;
  on(event: 'pageerror', listener: (error: Error) => void): void;
}
interface Browser {
  newPage(): Promise<Page>;
  close(): Promise<void>;
}
interface PlaywrightCore {
  chromium: { launch(options: { executablePath: string; headless: boolean; args: string[] }): Promise<Browser> };
}

export interface ServerRunOptions {
  /** Test a packaged .vsix instead of the development folder. */
  readonly vsix?: string;
  readonly timeoutMs?: number;
  readonly verbose?: boolean;
}

const SERVER_READY = 'Extension host agent listening on';
// The workbench forwards its whole log through codeAutomationLog; these lines are chatter of built-in
// features that look for accounts and hosts a test machine does not have. E2E_VERBOSE=1 shows them.
const WORKBENCH_CHATTER = /\[(AgentHost|AgentHost:remote|ChatModelSelection|AccountPolicyGate|RemoteAgentHostProtocol|Service Worker|reconnection-grace-time)\]|Creating a socket|Resolv(ing|ed) connection token|Updating additional builtin extensions cache|authentication provider 'github'|getaddrinfo (ENOTFOUND|EAI_AGAIN)/;
const SERVER_START_TIMEOUT_MS = 60_000;
/** Without the networking flags Chromium keeps trying to reach Google's services on a closed network. */
export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

function fail(message: string): never {
  throw new Error(`e2e(server): ${message}`);
}

function checkPrerequisites(options: ServerRunOptions): void {
  if (process.platform !== 'linux' || process.arch !== 'x64') {
    fail(`the server runner needs linux-x64 (this is ${process.platform}-${process.arch}); use E2E_RUNNER=electron`);
  }
  const missingTools = Object.entries(tools).filter(([, file]) => !fs.existsSync(file));
  if (missingTools.length > 0) {
    fail(`missing ${missingTools.map(([name, file]) => `${name} (${file})`).join(', ')}; run: npm run e2e:setup`);
  }
  if (!fs.existsSync(suiteModule)) fail(`missing ${suiteModule}; run: npx tsc -p .`);
  if (options.vsix !== undefined && !fs.existsSync(options.vsix)) fail(`no such .vsix: ${options.vsix}`);
  if (options.vsix === undefined) {
    const main = (JSON.parse(fs.readFileSync(path.join(extensionPath, 'package.json'), 'utf8')) as { main?: string }).main;
    if (main !== undefined && !fs.existsSync(path.join(extensionPath, main))) {
      console.warn(`e2e(server): warning: package.json main ${main} does not exist yet (run: npm run build); activation tests will fail`);
    }
  }
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => (port ? resolve(port) : reject(new Error('could not pick a free port'))));
    });
  });
}

/** VS Code's server needs Node 24 first on PATH (its extension host is forked with process.execPath). */
function node24Env(): NodeJS.ProcessEnv {
  return { ...process.env, PATH: `${path.dirname(tools.node24)}${path.delimiter}${process.env.PATH ?? ''}` };
}

function installVsix(vsix: string, dataDir: string, extensionsDir: string): void {
  const result = spawnSync(
    tools.node24,
    [tools.serverMain, '--accept-server-license-terms', '--server-data-dir', dataDir, '--extensions-dir', extensionsDir, '--install-extension', path.resolve(vsix)],
    { env: node24Env(), encoding: 'utf8', timeout: 120_000 },
  );
  const output = `${result.stdout ?? ''}${result.stderr ?? ''}`.trim();
  console.log(`e2e(server): --install-extension ${vsix}\n${output}`);
  if (result.status !== 0 || /failed|error/i.test(output) && !/successfully installed/i.test(output)) {
    fail(`installing ${vsix} failed (exit ${result.status ?? result.signal})`);
  }
}

export interface StartedServer {
  readonly process: ChildProcess;
  readonly output: string[];
}

export function startServer(port: number, dataDir: string, extensionsDir: string, verbose: boolean): Promise<StartedServer> {
  const server = spawn(
    tools.node24,
    [
      tools.serverMain,
      '--host', '127.0.0.1', '--port', String(port),
      '--without-connection-token', '--accept-server-license-terms',
      // Makes the web workbench honour the URL payload (extensionTestsPath) and call codeAutomationExit.
      '--enable-smoke-test-driver',
      '--disable-workspace-trust', '--disable-telemetry',
      '--server-data-dir', dataDir, '--extensions-dir', extensionsDir,
    ],
    // Its own process group, so cleanup can end the extension host and the other children with it.
    { env: node24Env(), detached: true, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  const output: string[] = [];
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not print "${SERVER_READY}" within ${SERVER_START_TIMEOUT_MS} ms`)), SERVER_START_TIMEOUT_MS);
    const onData = (chunk: Buffer): void => {
      for (const line of chunk.toString('utf8').split('\n')) {
        if (line.trim() === '') continue;
        output.push(line);
        if (verbose) console.log(`[server] ${line}`);
        if (line.includes(SERVER_READY)) {
          clearTimeout(timer);
          resolve({ process: server, output });
        }
      }
    };
    server.stdout?.on('data', onData);
    server.stderr?.on('data', onData);
    server.once('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    server.once('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`server exited before it was ready (exit ${code ?? signal})\n${output.join('\n')}`));
    });
  });
}

export function stopServer(server: ChildProcess | undefined): void {
  if (!server?.pid || server.exitCode !== null || server.signalCode !== null) return;
  try {
    process.kill(-server.pid, 'SIGTERM');
  } catch {
    return; // the group is already gone
  }
  const deadline = Date.now() + 3_000;
  // Synchronous grace period: this also runs from 'exit' handlers, where timers no longer fire.
  while (Date.now() < deadline) {
    try {
      process.kill(-server.pid, 0);
    } catch {
      return;
    }
    spawnSync('sleep', ['0.1']);
  }
  try {
    process.kill(-server.pid, 'SIGKILL');
  } catch {
    // already gone
  }
}

/**
 * `developmentPath` is the extension folder, or for a .vsix run an empty folder: the workbench runs
 * extensionTestsPath only in extension-development mode, and an empty development folder turns that
 * mode on without loading a second copy of the extension, so the installed .vsix is what runs.
 */
function workbenchUrl(port: number, developmentPath: string): string {
  const remote = (absolutePath: string): string => `vscode-remote://127.0.0.1:${port}${absolutePath}`;
  const payload: [string, string][] = [['extensionDevelopmentPath', remote(developmentPath)]];
  payload.push(['extensionTestsPath', remote(suiteModule)], ['skipWelcome', 'true']);
  return `http://127.0.0.1:${port}/?folder=${encodeURIComponent(fixtureWorkspace)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
}

/** Runs the suite once; resolves with the exit code the workbench reported (0 = every test passed). */
export async function runSuiteInServer(options: ServerRunOptions = {}): Promise<number> {
  checkPrerequisites(options);
  const verbose = options.verbose ?? false;
  const timeoutMs = options.timeoutMs ?? 300_000;
  const tempDir = fs.mkdtempSync(path.join(os.tmpdir(), 'asterisk-conf-e2e-'));
  const dataDir = path.join(tempDir, 'data');
  const extensionsDir = path.join(tempDir, 'extensions');
  fs.mkdirSync(extensionsDir, { recursive: true });

  let server: StartedServer | undefined;
  let browser: Browser | undefined;
  const browserConsole: string[] = [];
  const cleanUp = (): void => stopServer(server?.process);
  // The server runs in its own process group, so a Ctrl-C here does not reach it: stop it ourselves.
  const onSignal = (signal: NodeJS.Signals): void => {
    console.error(`e2e(server): ${signal}, stopping the VS Code server`);
    cleanUp();
    process.exit(130);
  };
  process.once('exit', cleanUp);
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  const started = Date.now();
  try {
    if (options.vsix !== undefined) installVsix(options.vsix, dataDir, extensionsDir);
    const port = await freePort();
    server = await startServer(port, dataDir, extensionsDir, verbose);
    console.log(`e2e(server): VS Code server ready on 127.0.0.1:${port} (${Date.now() - started} ms)`);

    // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded from the tools cache by absolute path
    const playwright = require(tools.playwrightCore) as PlaywrightCore;
    browser = await playwright.chromium.launch({
      executablePath: tools.chromium,
      headless: true,
      args: CHROMIUM_ARGS,
    });
    const page = await browser.newPage();

    let reportExit: (code: number) => void = () => undefined;
    const exited = new Promise<number>((resolve) => (reportExit = resolve));
    await page.exposeFunction('codeAutomationExit', (code: number) => reportExit(code));
    // The extension host's console (the suite's pass/fail lines) arrives here.
    let chatterLines = 0;
    await page.exposeFunction('codeAutomationLog', (type: string, args: unknown[]) => {
      const text = args.map((arg) => (typeof arg === 'string' ? arg : JSON.stringify(arg))).join(' ');
      if (!verbose && WORKBENCH_CHATTER.test(text)) {
        chatterLines++;
        return;
      }
      (type === 'error' ? console.error : console.log)(`[extension host] ${text}`);
    });
    page.on('console', (message) => {
      const line = `[browser ${message.type()}] ${message.text()}`;
      browserConsole.push(line);
      if (verbose) console.log(line);
    });
    page.on('pageerror', (error) => browserConsole.push(`[browser pageerror] ${error.message}`));

    const developmentPath = options.vsix === undefined ? extensionPath : path.join(tempDir, 'no-development-extension');
    fs.mkdirSync(developmentPath, { recursive: true });
    const url = workbenchUrl(port, developmentPath);
    if (verbose) console.log(`e2e(server): opening ${url}`);
    await page.goto(url, { timeout: 60_000 });

    let timer: ReturnType<typeof setTimeout> | undefined;
    const timedOut = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`the suite did not finish within ${timeoutMs} ms (E2E_TIMEOUT_MS)`)), timeoutMs);
    });
    const code = await Promise.race([exited, timedOut]).finally(() => clearTimeout(timer));
    console.log(`e2e(server): the workbench reported exit code ${code} after ${Math.round((Date.now() - started) / 1000)} s` +
      (chatterLines > 0 ? ` (${chatterLines} workbench log lines hidden; E2E_VERBOSE=1 shows them)` : ''));
    // The suite's own failures are already printed above; the server's tail helps when it crashed.
    if (code !== 0 && !verbose) dumpLogs(server.output, []);
    return code;
  } catch (error) {
    if (!verbose) dumpLogs(server?.output ?? [], browserConsole);
    throw error;
  } finally {
    await browser?.close().catch(() => undefined);
    cleanUp();
    process.removeListener('exit', cleanUp);
    process.removeListener('SIGINT', onSignal);
    process.removeListener('SIGTERM', onSignal);
    fs.rmSync(tempDir, { recursive: true, force: true });
  }
}

function dumpLogs(serverOutput: readonly string[], browserConsole: readonly string[]): void {
  // Only the tails: the full consoles are mostly harmless failed look-ups of marketplace hosts.
  console.error('--- VS Code server output (last 40 lines) ---');
  for (const line of serverOutput.slice(-40)) console.error(line);
  if (browserConsole.length > 0) {
    console.error('--- browser console (last 40 lines) ---');
    for (const line of browserConsole.slice(-40)) console.error(line);
  }
  console.error('---');
}

export function parseServerArgs(argv: readonly string[]): ServerRunOptions {
  const vsixIndex = argv.indexOf('--vsix');
  if (vsixIndex >= 0 && argv[vsixIndex + 1] === undefined) fail('--vsix needs a file');
  const timeout = Number(process.env.E2E_TIMEOUT_MS);
  return {
    ...(vsixIndex >= 0 ? { vsix: path.resolve(argv[vsixIndex + 1] as string) } : {}),
    ...(Number.isFinite(timeout) && timeout > 0 ? { timeoutMs: timeout } : {}),
    verbose: process.env.E2E_VERBOSE === '1',
  };
}

export async function main(argv: readonly string[]): Promise<number> {
  try {
    return await runSuiteInServer(parseServerArgs(argv));
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    return 1;
  }
}

if (require.main === module) {
  void main(process.argv.slice(2)).then((code) => process.exit(code));
}
