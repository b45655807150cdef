// Runs the same extension-host suite in desktop VS Code through @vscode/test-electron, for machines that
// can download VS Code or have one installed (VSCODE_EXECUTABLE_PATH=/path/to/code-or-Electron-binary).
// Here (no access to VS Code's download servers) it can only work with VSCODE_EXECUTABLE_PATH; any
// failure to start is reported and turns into a non-zero exit, never a skip.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runTests } from '@vscode/test-electron';
import { extensionPath, fixtureWorkspace, suiteModule } from './paths';

export async function runSuiteInElectron(argv: readonly string[]): Promise<number> {
  if (argv.includes('--vsix')) {
    throw new Error('e2e(electron): --vsix is supported by the server runner only (E2E_RUNNER=server on linux-x64)');
  }
  if (!fs.existsSync(suiteModule)) throw new Error(`e2e(electron): missing ${suiteModule}; run: npx tsc -p .`);
  const vscodeExecutablePath = process.env.VSCODE_EXECUTABLE_PATH;
  if (vscodeExecutablePath !== undefined && !fs.existsSync(vscodeExecutablePath)) {
    throw new Error(`e2e(electron): VSCODE_EXECUTABLE_PATH does not exist: ${vscodeExecutablePath}`);
  }
  console.log(`e2e(electron): ${vscodeExecutablePath ? `using ${vscodeExecutablePath}` : 'downloading VS Code (set VSCODE_EXECUTABLE_PATH to use a local install)'}`);
  // A fresh profile per run, so the user's own extensions and settings cannot change the results.
  const profileDir = fs.mkdtempSync(path.join(os.tmpdir(), 'asterisk-conf-e2e-electron-'));
  try {
    return await runTests({
      ...(vscodeExecutablePath ? { vscodeExecutablePath } : {}),
      extensionDevelopmentPath: extensionPath,
      extensionTestsPath: suiteModule,
      extensionTestsEnv: { ...(process.env.E2E_GREP ? { E2E_GREP: process.env.E2E_GREP } : {}) },
      launchArgs: [
        fixtureWorkspace,
        '--disable-extensions',
        '--disable-workspace-trust',
        '--skip-welcome',
        '--skip-release-notes',
        `--user-data-dir=${path.join(profileDir, 'user-data')}`,
        `--extensions-dir=${path.join(profileDir, 'extensions')}`,
      ],
    });
  } finally {
    fs.rmSync(profileDir, { recursive: true, force: true });
  }
}

export async function main(argv: readonly string[]): Promise<number> {
  try {
    return await runSuiteInElectron(argv);
  } catch (error) {
    // runTests rejects with TestRunFailedError when the suite fails, or with a download/launch error.
    console.error(`e2e(electron): ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
}

if (require.main === module) {
  void main(process.argv.slice(2)).then((code) => process.exit(code));
}
