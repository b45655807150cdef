// "Asterisk: Convert sip.conf to pjsip.conf": the source action offers it, the command opens the migrated
// include tree as a new untitled document beside the source, and the source stays as it was.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { ConvertedDocument } from '../../../client/src/convertToPjsip';
import { extensionApi } from './api';
import { openFixture, test } from './harness';

const COMMAND = 'asterisk.convertToPjsip';

test('a sip.conf offers "Convert sip.conf to pjsip.conf" as a source action', async () => {
  const document = await openFixture('asterisk/sip.conf');
  await extensionApi();
  const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', document.uri, new vscode.Range(0, 0, 0, 0), vscode.CodeActionKind.Source.value);
  const convert = actions.find((action) => action.kind?.value === 'source.convertToPjsip');
  assert.ok(convert, `no convert action among: ${actions.map((action) => action.title).join(' | ')}`);
  assert.equal(convert.command?.command, COMMAND);
  assert.equal(convert.edit, undefined, 'the action opens a new document; it edits nothing');
});

test('the convert command opens the migrated sip.conf (includes resolved) beside it, untitled', async () => {
  const source = await openFixture('asterisk/sip.conf');
  const before = source.getText();
  const converted = await vscode.commands.executeCommand<ConvertedDocument | undefined>(COMMAND, source.uri);
  assert.ok(converted, 'the command returned nothing');
  const { document } = converted;
  assert.equal(document.isUntitled, true, 'the result is a new document, never a file');
  // reception and warehouse come from a template, doorbell from sip_custom.conf (an #include).
  assert.deepEqual(converted.endpoints, ['reception', 'warehouse', 'acme-trunk', 'doorbell']);
  const text = document.getText();
  // An endpoint may inherit a pjsip template: `[reception](office-phone)`.
  for (const name of converted.endpoints) assert.match(text, new RegExp(`^\\[${name}\\](\\([^)]*\\))?\\ntype=endpoint$`, 'm'));
  assert.match(text, /^\[office-phone\]\(!\)\ntype=endpoint$/m);
  assert.match(text, /^\[reg-sip\.example\.net\]\ntype=registration$/m);
  const editor = vscode.window.visibleTextEditors.find((visible) => visible.document === document);
  assert.ok(editor, 'the result is shown');
  const sourceEditor = vscode.window.visibleTextEditors.find((visible) => visible.document === source);
  assert.ok(sourceEditor, 'the source stays shown');
  assert.notEqual(editor.viewColumn, sourceEditor.viewColumn, 'the result opens beside the source');
  assert.equal(source.getText(), before);
  assert.equal(source.isDirty, false);
  // Close the result without saving (revert first: an untitled document would ask).
  await vscode.window.showTextDocument(document, editor.viewColumn);
  await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
});

test('the convert command refuses an iax.conf and opens nothing', async () => {
  const iax = await openFixture('asterisk/iax.conf');
  const untitled = (): number => vscode.workspace.textDocuments.filter((document) => document.isUntitled).length;
  const before = untitled();
  assert.equal(await vscode.commands.executeCommand(COMMAND, iax.uri), undefined);
  assert.equal(untitled(), before);
});
