// The direction hover: who calls whom, seen from Asterisk's side, and never the secret.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { hoverText, openFixture, test } from './harness';

test('hover on a peer\'s type= value tells the direction and masks the secret', async () => {
  const document = await openFixture('asterisk/sip.conf');
  const line = 31;
  assert.equal(document.lineAt(line).text, 'type=peer');
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, new vscode.Position(line, 6));
  const text = hoverText(hovers);
  assert.ok(text.includes('(⇒ we call)'), text);
  // Config text is escaped as markdown (issue #19): `acme\_trunk` renders as acme_trunk.
  assert.ok(text.includes('Asterisk calls acme-trunk at sip.example.net, signing in as acme\\_trunk'), text);
  assert.ok(text.includes('go into context from-carrier'), text);
  assert.ok(!text.includes('Tr0ub4dor'), `the hover shows the secret:\n${text}`);
  assert.deepEqual(hovers[0]?.range, new vscode.Range(line, 5, line, 9));
});
