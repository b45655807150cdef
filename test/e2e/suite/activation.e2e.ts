// The extension loads in the extension host (from the dev folder or the installed .vsix).
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { EXTENSION_ID, test, withTimeout } from './harness';

test('the extension activates', async () => {
  const extension = vscode.extensions.getExtension(EXTENSION_ID);
  assert.ok(extension, `${EXTENSION_ID} is not installed in this extension host`);
  await withTimeout(Promise.resolve(extension.activate()), 30_000, `${EXTENSION_ID} to activate`);
  assert.equal(extension.isActive, true);
});
