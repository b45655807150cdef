import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { LspSession, SERVER_ENTRIES } from './lspSession';

for (const entry of SERVER_ENTRIES) {
  describe(`server over stdio, started as ${entry === 'cli' ? '`asterisk-conf lsp --stdio`' : 'dist/server.js'}`, () => {
    let session: LspSession;
    before(() => {
      session = new LspSession(['--stdio'], entry);
    });
    after(async () => {
      await session.shutdown();
    });

    it('declares incremental text sync', async () => {
      const result = await session.initialize();
      const sync = result.capabilities.textDocumentSync as { change: number; openClose: boolean };
      assert.equal(sync.change, 2);
      assert.equal(sync.openClose, true);
      assert.equal(result.serverInfo?.name, 'asterisk-conf');
    });

    it('publishes parse diagnostics on open, with exact ranges and the rule id as code', async () => {
      const uri = 'file:///etc/asterisk/sip.conf';
      const published = session.nextDiagnostics(uri);
      await session.open(uri, 'bindport=5060\n[general]\ncontext=default\n');
      const { diagnostics, version } = await published;
      assert.equal(version, 1);
      assert.deepEqual(
        diagnostics.map((d) => [d.code, d.source, d.severity, d.range]),
        [['key-before-section', 'asterisk', 1, { start: { line: 0, character: 0 }, end: { line: 0, character: 13 } }]],
      );
    });

    it('updates diagnostics after an incremental change', async () => {
      const uri = 'file:///etc/asterisk/sip.conf';
      const published = session.nextDiagnostics(uri, (p) => p.version === 2);
      await session.connection.sendNotification('textDocument/didChange', {
        textDocument: { uri, version: 2 },
        contentChanges: [{ range: { start: { line: 0, character: 0 }, end: { line: 1, character: 0 } }, text: '' }],
      });
      const { diagnostics } = await published;
      assert.deepEqual(diagnostics, []);
    });

    it('a change that breaks a header is reported at the header', async () => {
      const uri = 'file:///etc/asterisk/sip.conf';
      const published = session.nextDiagnostics(uri, (p) => p.version === 3);
      await session.connection.sendNotification('textDocument/didChange', {
        textDocument: { uri, version: 3 },
        contentChanges: [{ range: { start: { line: 0, character: 8 }, end: { line: 0, character: 9 } }, text: '' }],
      });
      const { diagnostics } = await published;
      assert.deepEqual(diagnostics.map((d) => [d.code, d.range.start.line]), [['unclosed-section', 0]]);
    });

    it('ignores a stale change and keeps serving', async () => {
      const uri = 'file:///etc/asterisk/sip.conf';
      await session.connection.sendNotification('textDocument/didChange', {
        textDocument: { uri, version: 3 },
        contentChanges: [{ text: 'garbage' }],
      });
      const published = session.nextDiagnostics(uri, (p) => p.version === 4);
      await session.connection.sendNotification('textDocument/didChange', {
        textDocument: { uri, version: 4 },
        contentChanges: [{ range: { start: { line: 0, character: 8 }, end: { line: 0, character: 8 } }, text: ']' }],
      });
      assert.deepEqual((await published).diagnostics, []);
      assert.ok(session.alive);
    });

    // Regression: `asterisk-conf lsp --stdio` started two servers on one connection (the bundled
    // main.ts started itself as the main module, then the CLI started it again): every answer came twice.
    it('answers each request exactly once', async () => {
      const uri = 'file:///etc/asterisk/sip.conf';
      await session.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 1, character: 2 } });
      await session.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri } });
      await session.shutdownAndDrain();
      assert.deepEqual(session.answeredMoreThanOnce(), []);
      assert.equal(session.answersById.size, 4, `answers: ${JSON.stringify([...session.answersById])}`);
    });
  });
}
