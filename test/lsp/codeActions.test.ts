import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { CodeAction } from 'vscode-languageserver-types';
import { applyEdits } from '../support/fixture';
import { LspSession, sessionPerSuite } from './lspSession';

describe('code actions over stdio', () => {
  let session: LspSession;
  sessionPerSuite((started) => (session = started));

  it('answers a published diagnostic with its quick fix, whose edit repairs the text', async () => {
    const uri = 'file:///etc/asterisk/sip.conf';
    const text = '[general]\ncontext=public\n\n[phones] (!)\ntype=friend\n';
    const published = session.nextDiagnostics(uri);
    await session.open(uri, text);
    const { diagnostics } = await published;
    const diagnostic = diagnostics.find((candidate) => candidate.code === 'space-before-options');
    assert.ok(diagnostic, 'the server publishes space-before-options');
    const actions = (await session.connection.sendRequest('textDocument/codeAction', {
      textDocument: { uri },
      range: diagnostic.range,
      context: { diagnostics: [diagnostic], only: ['quickfix'] },
    })) as CodeAction[];
    assert.deepEqual(
      actions.map((action) => action.title),
      ['Write [phones](!) without the space', 'Disable space-before-options for this line', 'Disable space-before-options for this file'],
    );
    const edits = actions[0].edit?.changes?.[uri] ?? [];
    assert.equal(applyEdits(text, edits), '[general]\ncontext=public\n\n[phones](!)\ntype=friend\n');

    // The fixed text, sent back, no longer has the diagnostic.
    const republished = session.nextDiagnostics(uri, (params) => params.version === 2);
    await session.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ text: applyEdits(text, edits) }] });
    assert.deepEqual((await republished).diagnostics.filter((candidate) => candidate.code === 'space-before-options'), []);
  });
});
