// pjsip.conf in real VS Code (issue #16): its language id, a pjsip diagnostic, the language status's dialect.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { extensionApi } from './api';
import { codeOf, test, waitForDiagnostics, workspaceFile } from './harness';

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
