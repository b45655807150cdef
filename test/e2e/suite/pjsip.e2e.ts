// pjsip.conf in real VS Code: the direction hover on an endpoint and completion of aors=, through the
// pjsip dialect module (fixture: asterisk/pjsip/pjsip.conf).
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { codeOf, hoverText, openFixture, test, waitForDiagnostics } from './harness';

const FIXTURE = 'asterisk/pjsip/pjsip.conf';

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
