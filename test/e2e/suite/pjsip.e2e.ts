// pjsip.conf in real VS Code (issue #16): its language id, a pjsip diagnostic, the language status's dialect,
// the direction hover on an endpoint and completion of aors= (fixture asterisk/pjsip-phone/pjsip.conf).
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { extensionApi } from './api';
import { codeOf, hoverText, openFixture, test, waitForDiagnostics, workspaceFile } from './harness';

test('pjsip.conf and its FreePBX-named include open as asterisk-pjsip', async () => {
  for (const name of ['pjsip.conf', 'pjsip.transports.conf']) {
    const document = await vscode.workspace.openTextDocument(workspaceFile(`asterisk/pjsip/${name}`));
    assert.equal(document.languageId, 'asterisk-pjsip', name);
  }
});

test('pjsip_wizard.conf is not claimed by pjsip.conf\'s language (its type=wizard is another dialect)', async () => {
  const document = await vscode.workspace.openTextDocument(workspaceFile('asterisk/pjsip/pjsip_wizard.conf'));
  assert.equal(document.languageId, 'asterisk');
});

test('pjsip.conf: a chan_sip option is reported under its pjsip rule id, and the status names chan_pjsip', async () => {
  const uri = workspaceFile('asterisk/pjsip/pjsip.conf');
  await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
  const diagnostics = await waitForDiagnostics(uri, (all) => all.some((d) => codeOf(d) === 'pjsip-chan-sip-option'), 'the pjsip-chan-sip-option diagnostic');
  assert.deepEqual(
    diagnostics.map((d) => [codeOf(d), d.severity, d.range.start.line, d.range.start.character]),
    [['pjsip-chan-sip-option', vscode.DiagnosticSeverity.Error, 7, 0]],
  );
  const info = await (await extensionApi()).documentInfo(uri);
  assert.deepEqual(info, { dialect: 'pjsip', configDirectory: workspaceFile('asterisk/pjsip').toString(), includedFiles: 1 });
});

const FIXTURE = 'asterisk/pjsip-phone/pjsip.conf';

test('pjsip.conf: hover on an endpoint header tells the direction and masks the password', async () => {
  const document = await openFixture(FIXTURE);
  assert.equal(document.languageId, 'asterisk-pjsip');
  // The server has analysed the file once its diagnostic is there: [acme] has an empty aors=.
  await waitForDiagnostics(document.uri, (all) => all.some((diagnostic) => codeOf(diagnostic) === 'pjsip-endpoint-without-aors' && diagnostic.range.start.line === 16), 'the pjsip-endpoint-without-aors diagnostic');
  const line = 1;
  assert.equal(document.lineAt(line).text, '[alice]');
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, new vscode.Position(line, 3));
  const text = hoverText(hovers);
  assert.ok(text.includes('**endpoint `alice`** ⇄ both'), text);
  assert.ok(text.includes('⇐ challenged: auth `alice-in` (user `alice`)'), text);
  assert.ok(text.includes('⇐ lands in context `from-phones`'), text);
  assert.ok(!text.includes('Alic3Secret'), `the hover shows the password:\n${text}`);
});

test('pjsip.conf: completion after aors= offers the aors, not the endpoints or auths', async () => {
  const document = await openFixture(FIXTURE);
  const line = 19;
  assert.equal(document.lineAt(line).text, 'aors=');
  const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', document.uri, new vscode.Position(line, 5));
  const labels = list.items.map((item) => (typeof item.label === 'string' ? item.label : item.label.label)).sort();
  assert.deepEqual(labels, ['acme', 'alice']);
});
