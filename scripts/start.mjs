#!/usr/bin/env node
// `npm start`: builds the extension, then opens examples/ in VS Code with it loaded.
// - With desktop VS Code (`code` on PATH): an Extension Development Host window.
// - Without it: the VS Code server from the e2e tools cache (npm run e2e:setup) on a free localhost port;
//   open the printed URL in a browser. Its payload carries extensionDevelopmentPath, as the web
//   workbench takes it from the URL. Ctrl-C stops the server.
// Env: PORT (fixed port instead of a free one), START_HOST (bind address, default 127.0.0.1).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { toolPaths } from './e2e-setup.mjs';

const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..');
const examples = join(repoRoot, 'examples');
const SERVER_READY = 'Extension host agent listening on';

function fail(message) {
  console.error(`start: ${message}`);
  process.exit(1);
}

// On Windows npm and code are .cmd scripts: spawn finds them only through the shell (else ENOENT).
const viaShell = process.platform === 'win32';

function runOrFail(command, args, env = process.env) {
  const result = spawnSync(command, args, { cwd: repoRoot, stdio: 'inherit', shell: viaShell, env });
  if (result.error) fail(`could not run ${command}: ${result.error.message}`);
  if (result.status !== 0) fail(`${command} ${args.join(' ')} failed (exit ${result.status ?? result.signal})`);
}

function onPath(command) {
  const probe = viaShell ? spawnSync('where', [command], { stdio: 'ignore' }) : spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' });
  return probe.status === 0;
}

function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

async function startWebServer() {
  // The browser needs the server runner's tools whatever E2E_RUNNER says (with electron, setup installs nothing).
  const { E2E_RUNNER: _runner, ...setupEnv } = process.env;
  runOrFail(process.execPath, [join(repoRoot, 'scripts', 'e2e-setup.mjs')], setupEnv);
  for (const tool of [toolPaths.node24, toolPaths.serverMain]) if (!existsSync(tool)) fail(`missing ${tool} after npm run e2e:setup`);
  const host = process.env.START_HOST ?? '127.0.0.1';
  const port = process.env.PORT ? Number(process.env.PORT) : await freePort();
  const stateDir = mkdtempSync(join(tmpdir(), 'asterisk-conf-start-'));
  const server = spawn(
    toolPaths.node24,
    [
      toolPaths.serverMain,
      '--host', host, '--port', String(port),
      '--without-connection-token', '--accept-server-license-terms',
      // Without it the web workbench ignores extensionDevelopmentPath in the URL payload.
      '--enable-smoke-test-driver',
      '--disable-workspace-trust', '--disable-telemetry',
      '--server-data-dir', join(stateDir, 'data'), '--extensions-dir', join(stateDir, 'extensions'),
    ],
    {
      // Node 24 first on PATH: VS Code's server needs it, and forks its extension host with it.
      env: { ...process.env, PATH: `${dirname(toolPaths.node24)}${delimiter}${process.env.PATH ?? ''}` },
      // Its own process group, so stopping it also stops the extension host and language server.
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );

  let stopped = false;
  const stop = () => {
    if (stopped) return;
    stopped = true;
    try {
      process.kill(-server.pid, 'SIGTERM');
    } catch {
      // already gone
    }
    rmSync(stateDir, { recursive: true, force: true });
  };
  process.on('SIGINT', () => {
    console.log('\nstart: stopping the VS Code server');
    stop();
    process.exit(0);
  });
  process.on('SIGTERM', () => {
    stop();
    process.exit(0);
  });
  process.on('exit', stop);

  let ready = false;
  const onOutput = (chunk) => {
    const text = chunk.toString('utf8');
    if (!ready && text.includes(SERVER_READY)) {
      ready = true;
      const authority = `${host === '0.0.0.0' ? '127.0.0.1' : host}:${port}`;
      const payload = [
        ['extensionDevelopmentPath', `vscode-remote://${authority}${repoRoot}`],
        ['skipWelcome', 'true'],
      ];
      const url = `http://${authority}/?folder=${encodeURIComponent(examples)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
      console.log(`\nstart: VS Code is serving examples/ with the extension loaded from ${repoRoot}`);
      console.log(`start: open this URL in a browser (Ctrl-C here stops the server):\n\n  ${url}\n`);
      console.log('start: after a rebuild (npm run build), run "Developer: Restart Extension Host" in the browser.');
    }
    // The server's own log is mostly marketplace look-ups that fail offline; show only real errors.
    for (const line of text.split('\n')) {
      if (/\berror\b/i.test(line) && !/getaddrinfo|ENOTFOUND|ECONNREFUSED|EAI_AGAIN|marketplace|gallery/i.test(line)) {
        console.error(`[server] ${line}`);
      }
    }
  };
  server.stdout.on('data', onOutput);
  server.stderr.on('data', onOutput);
  server.on('exit', (code, signal) => {
    if (stopped) return;
    stopped = true;
    rmSync(stateDir, { recursive: true, force: true });
    fail(`the VS Code server exited (exit ${code ?? signal})${ready ? '' : ' before it was ready'}`);
  });
  setTimeout(() => {
    if (!ready) {
      stop();
      fail(`the VS Code server did not print "${SERVER_READY}" within 60 s`);
    }
  }, 60_000).unref();
}

function main() {
  if (!existsSync(examples)) fail(`missing ${examples}`);
  const desktop = onPath('code');
  // The browser fallback runs the e2e tools (VS Code's server, Node 24 for it), which exist for linux-x64 only.
  if (!desktop && (process.platform !== 'linux' || process.arch !== 'x64')) {
    fail(`\`code\` is not on PATH, and the browser fallback needs linux-x64 (this is ${process.platform}-${process.arch}): install VS Code and put \`code\` on PATH (its "Shell Command: Install 'code' command in PATH"), then run npm start again.`);
  }
  runOrFail('npm', ['run', 'build']);
  if (desktop) {
    console.log('start: opening examples/ in an Extension Development Host window');
    runOrFail('code', [`--extensionDevelopmentPath=${repoRoot}`, examples]);
    return;
  }
  console.log('start: `code` is not on PATH; serving VS Code in the browser instead');
  return startWebServer();
}

await main();
