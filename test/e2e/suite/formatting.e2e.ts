// Formatting through VS Code: edits applied, and a second pass finds nothing left to do.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { openFixture, test } from './harness';

const FORMATTED = [
  '; Formatting fixture: blanks around "=" and at line ends that Asterisk strips anyway.',
  '[general]',
  'context=unauthenticated',
  'allowguest=no',
  '',
  '[lobby]',
  'type=friend',
  'host=dynamic',
  'context=office',
  'secret=Lb7q-Xw2e-9Kdm',
  '',
].join('\n');

async function formattingEdits(uri: vscode.Uri): Promise<vscode.TextEdit[]> {
  const options: vscode.FormattingOptions = { tabSize: 4, insertSpaces: true };
  return (await vscode.commands.executeCommand<vscode.TextEdit[] | undefined>('vscode.executeFormatDocumentProvider', uri, options)) ?? [];
}

test('formatting a document tidies the blanks around = and at line ends, and is idempotent', async () => {
  const document = await openFixture('asterisk/format/sip.conf');
  const edits = await formattingEdits(document.uri);
  assert.ok(edits.length > 0, 'the fixture needs formatting');
  const edit = new vscode.WorkspaceEdit();
  edit.set(document.uri, edits);
  assert.equal(await vscode.workspace.applyEdit(edit), true);
  assert.equal(document.getText(), FORMATTED);
  // The server has seen the change once it answers for the new version; a second pass has nothing to do.
  assert.deepEqual(await formattingEdits(document.uri), []);
});
