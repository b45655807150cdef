// Entry point of the extension-host suite: VS Code loads this module (extensionTestsPath) inside the
// extension host and awaits run(). Each *.e2e.ts file registers its tests with `test(name, body)` when
// imported; to add a test, add one `test(...)` call to the file of its feature (or a new file here).
import { runRegisteredTests } from './harness';
import './languageIds.e2e';
import './activation.e2e';
import './diagnostics.e2e';

export function run(): Promise<void> {
  return runRegisteredTests();
}
