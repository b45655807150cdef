import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
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

describe('#include completion in restricted mode (untrusted workspace, issue #19)', () => {
  let root: string;
  let workspace: string;
  before(() => {
    root = mkdtempSync(path.join(tmpdir(), 'asterisk-conf-restricted-'));
    workspace = path.join(root, 'ws');
    mkdirSync(workspace);
    mkdirSync(path.join(root, 'outside'));
    writeFileSync(path.join(workspace, 'sip.conf'), '[general]\n');
    writeFileSync(path.join(workspace, 'inside-peers.conf'), '[a]\n');
    writeFileSync(path.join(root, 'outside', 'sip.conf'), '[general]\n');
    writeFileSync(path.join(root, 'outside', 'private-notes.conf'), '[b]\n');
    symlinkSync(path.join(root, 'outside'), path.join(workspace, 'linked'));
  });
  after(() => rmSync(root, { recursive: true, force: true }));

  /** The labels offered after `#include ` in a document opened at `uri`. */
  async function offered(trusted: boolean, uri: string): Promise<string[]> {
    const session = new LspSession();
    try {
      await session.initialize({ validationDelay: 0, trusted }, { workspaceFolders: [{ uri: pathToFileURL(workspace).href, name: 'ws' }] });
      await session.open(uri, '[general]\n#include \n');
      const list = (await session.connection.sendRequest('textDocument/completion', { textDocument: { uri }, position: { line: 1, character: 9 } })) as CompletionList;
      return list.items.map((item) => item.label);
    } finally {
      await session.shutdown();
    }
  }

  it('lists the workspace folder of a document inside it', async () => {
    assert.ok((await offered(false, pathToFileURL(path.join(workspace, 'sip.conf')).href)).includes('inside-peers.conf'));
  });

  it('lists nothing of a folder outside: opened there, through a symlinked folder or with .. in its URI', async () => {
    const outsideUris = [
      pathToFileURL(path.join(root, 'outside', 'sip.conf')).href,
      pathToFileURL(path.join(workspace, 'linked', 'sip.conf')).href,
      `${pathToFileURL(workspace).href}/../outside/sip.conf`,
    ];
    for (const uri of outsideUris) assert.ok(!(await offered(false, uri)).includes('private-notes.conf'), uri);
    // Trusted, the same folders are listed: the test can see a listing.
    for (const uri of outsideUris) assert.ok((await offered(true, uri)).includes('private-notes.conf'), uri);
  });
});
