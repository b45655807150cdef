// Entry point of the extension-host suite: VS Code loads this module (extensionTestsPath) inside the
// extension host and awaits run(). Each *.e2e.ts file registers its tests with `test(name, body)` when
// imported; to add a test, add one `test(...)` call to the file of its feature (or a new file here).
// Tests that edit fixtures never save (except the diagnostics test, which saves the original bytes
// back); the crash tests come last because they restart the server.
import { runRegisteredTests } from './harness';
import './workspace.e2e';
import './languageIds.e2e';
import './activation.e2e';
import './diagnostics.e2e';
import './completion.e2e';
import './hover.e2e';
import './pjsip.e2e';
import './codeActions.e2e';
import './convertToPjsip.e2e';
import './symbols.e2e';
import './formatting.e2e';
import './rename.e2e';
import './languageStatus.e2e';
import './projectSettings.e2e';
import './watchedFiles.e2e';
import './restartPolicy.e2e';
import './serverCrash.e2e';

export function run(): Promise<void> {
  return runRegisteredTests();
}
