import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { CompletionList, TextEdit } from 'vscode-languageserver-protocol';
import { LspSession } from './lspSession';

describe('completion over stdio', () => {
  const uri = 'file:///etc/asterisk/sip.conf';
  const text = '[trunk]\ntype=peer\nhost=10.0.0.5\n[phone]\ntype=\nhost=\n';
  let session: LspSession;
  let triggerCharacters: string[] | undefined;
  before(async () => {
    session = new LspSession();
    triggerCharacters = (await session.initialize()).capabilities.completionProvider?.triggerCharacters;
    await session.open(uri, text);
  });
  after(async () => {
    await session.shutdown();
  });

  async function completeAt(line: number, character: number): Promise<CompletionList> {
    const result = (await session.connection.sendRequest('textDocument/completion', {
      textDocument: { uri },
      position: { line, character },
    })) as CompletionList;
    return result;
  }

  it('declares completion triggered by = and @', () => {
    assert.ok(triggerCharacters?.includes('='));
    assert.ok(triggerCharacters?.includes('@'));
  });

  it('offers user, peer and friend after type=', async () => {
    const list = await completeAt(4, 5);
    assert.deepEqual(list.items.map((item) => item.label), ['user', 'peer', 'friend']);
    assert.deepEqual((list.items[2].textEdit as TextEdit).range, { start: { line: 4, character: 5 }, end: { line: 4, character: 5 } });
    assert.equal(typeof list.items[0].documentation === 'object' && list.items[0].documentation.kind, 'markdown');
  });

  it('offers dynamic first, then the hosts already used, after host=', async () => {
    const list = await completeAt(5, 5);
    assert.deepEqual(list.items.map((item) => item.label), ['dynamic', '10.0.0.5']);
    assert.equal(list.items[0].sortText, '0');
    assert.ok(session.alive);
  });
});
