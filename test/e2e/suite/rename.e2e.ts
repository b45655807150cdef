// Rename follows #include: a template used in sip.conf and in the sip_custom.conf it includes.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { openFixture, test, workspaceFile } from './harness';

test('renaming a template changes its header and its uses in sip.conf and the included sip_custom.conf', async () => {
  const document = await openFixture('asterisk/rename/sip.conf');
  assert.equal(document.lineAt(5).text, '[desk-phone](!)');
  const edit = await vscode.commands.executeCommand<vscode.WorkspaceEdit>('vscode.executeDocumentRenameProvider', document.uri, new vscode.Position(5, 3), 'office-desk');
  const included = workspaceFile('asterisk/rename/sip_custom.conf');
  assert.deepEqual(edit.entries().map(([uri]) => uri.toString()).sort(), [document.uri.toString(), included.toString()].sort());

  // Applied in memory only (never saved), so the fixture stays as it is on disk.
  assert.equal(await vscode.workspace.applyEdit(edit), true);
  assert.equal(document.lineAt(5).text, '[office-desk](!)');
  assert.equal(document.lineAt(10).text, '[alice](office-desk)');
  const includedDocument = await vscode.workspace.openTextDocument(included);
  assert.equal(includedDocument.lineAt(1).text, '[bob](office-desk)');
  assert.equal(includedDocument.isDirty, true);
});
