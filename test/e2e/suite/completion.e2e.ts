// Completion through VS Code's completion pipeline (executeCompletionItemProvider asks every provider).
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { openFixture, test } from './harness';

// completion/sip.conf ends with an empty `type=` (line 11) and an empty `host=` (line 12).
async function labelsAt(line: number, character: number): Promise<string[]> {
  const document = await openFixture('asterisk/completion/sip.conf');
  const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', document.uri, new vscode.Position(line, character));
  // Sorted as the suggest widget sorts: by sortText, falling back to the label.
  const sortKey = (item: vscode.CompletionItem): string => item.sortText ?? (typeof item.label === 'string' ? item.label : item.label.label);
  return [...list.items].sort((a, b) => sortKey(a).localeCompare(sortKey(b))).map((item) => (typeof item.label === 'string' ? item.label : item.label.label));
}

test('completion after type= offers user, peer and friend', async () => {
  assert.deepEqual(await labelsAt(11, 5), ['user', 'peer', 'friend']);
});

test('completion after host= offers dynamic first, then the hosts already in the file', async () => {
  assert.deepEqual(await labelsAt(12, 5), ['dynamic', '10.0.0.5']);
});
