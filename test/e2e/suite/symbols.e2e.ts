// The outline: one symbol per section, the options under it, the direction in the detail.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { openFixture, test } from './harness';

const FIXTURE_SECRETS = ['Corr3ctH0rse', 'B4tteryStaple', 'Tr0ub4dor'];

test('document symbols give the outline tree of sip.conf, without secrets', async () => {
  const document = await openFixture('asterisk/sip.conf');
  const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', document.uri);
  assert.deepEqual(symbols.map((symbol) => symbol.name), ['general', 'office-phone', 'reception', 'warehouse', 'acme-trunk']);
  const trunk = symbols.find((symbol) => symbol.name === 'acme-trunk');
  assert.ok(trunk);
  assert.ok(trunk.detail.startsWith('peer ⇒ we call it'), trunk.detail);
  assert.deepEqual(trunk.children.map((child) => child.name), ['type', 'host', 'defaultuser', 'secret', 'fromdomain', 'insecure', 'context']);
  assert.equal(trunk.range.start.line, 30);
  assert.equal(symbols.find((symbol) => symbol.name === 'office-phone')?.detail, 'template');
  const everyText = JSON.stringify(symbols);
  for (const secret of FIXTURE_SECRETS) assert.ok(!everyText.includes(secret), `the outline shows the secret ${secret}`);
});
