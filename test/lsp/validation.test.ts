import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { LspSession } from './lspSession';

describe('validation over stdio', () => {
  let session: LspSession;
  before(async () => {
    session = new LspSession();
    await session.initialize();
  });
  after(async () => {
    await session.shutdown();
  });

  it('publishes a direction diagnostic with its rule id, exact range and the "it calls us" wording', async () => {
    const uri = 'file:///etc/asterisk/sip.conf';
    const published = session.nextDiagnostics(uri);
    await session.open(uri, '[general]\nallowguest=no\n[alice]\ntype=user\nsecret=Xk9-Long-Pass\n');
    const { diagnostics } = await published;
    assert.deepEqual(
      diagnostics.map((d) => [d.code, d.source, d.severity, d.range]),
      [['user-without-context', 'asterisk', 2, { start: { line: 2, character: 1 }, end: { line: 2, character: 6 } }]],
    );
    assert.match(String(diagnostics[0].message), /alice is a user \(it calls us\)/);
  });

  it('clears it once the user gets a context', async () => {
    const uri = 'file:///etc/asterisk/sip.conf';
    const published = session.nextDiagnostics(uri, (p) => p.version === 2);
    await session.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: 2 },
      contentChanges: [{ range: { start: { line: 5, character: 0 }, end: { line: 5, character: 0 } }, text: 'context=office\n' }],
    });
    assert.deepEqual((await published).diagnostics, []);
  });
});
