// Which files the extension claims, as VS Code decides from package.json's language contributions.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { test, workspaceFile } from './harness';

async function languageIdOf(relativePath: string): Promise<string> {
  const document = await vscode.workspace.openTextDocument(workspaceFile(relativePath));
  return document.languageId;
}

test('sip.conf opens as asterisk-sip', async () => {
  assert.equal(await languageIdOf('asterisk/sip.conf'), 'asterisk-sip');
});

test('iax.conf opens as asterisk-iax', async () => {
  assert.equal(await languageIdOf('asterisk/iax.conf'), 'asterisk-iax');
});

test('sip_custom.conf, included from sip.conf, opens as asterisk-sip', async () => {
  assert.equal(await languageIdOf('asterisk/sip_custom.conf'), 'asterisk-sip');
});

test('extensions.conf under an asterisk/ folder opens as asterisk', async () => {
  assert.equal(await languageIdOf('asterisk/extensions.conf'), 'asterisk');
});

test('nginx/nginx.conf is not claimed by the extension', async () => {
  const languageId = await languageIdOf('nginx/nginx.conf');
  assert.ok(!['asterisk', 'asterisk-sip', 'asterisk-iax'].includes(languageId), `nginx.conf opened as ${languageId}`);
});
