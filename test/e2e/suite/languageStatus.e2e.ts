// What the language status item shows, asked of the server as the item asks it (asterisk/documentInfo).
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { extensionApi } from './api';
import { test, workspaceFile } from './harness';

test('document info: sip.conf is chan_sip with one included file, in its own folder', async () => {
  const api = await extensionApi();
  const uri = workspaceFile('asterisk/sip.conf');
  // The server answers about open documents (the client sends didOpen before the request).
  await vscode.workspace.openTextDocument(uri);
  const info = await api.documentInfo(uri);
  assert.deepEqual(info, { dialect: 'sip', configDirectory: workspaceFile('asterisk').toString(), includedFiles: 1 });
});

test('document info: iax.conf is chan_iax2 and includes nothing', async () => {
  const api = await extensionApi();
  const uri = workspaceFile('asterisk/iax.conf');
  await vscode.workspace.openTextDocument(uri);
  const info = await api.documentInfo(uri);
  assert.equal(info?.dialect, 'iax');
  assert.equal(info?.includedFiles, 0);
});
