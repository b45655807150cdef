import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { LspSession, sessionPerSuite, SERVER_ENTRIES } from './lspSession';

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

/**
 * Issue #18: a list the client already shows is not sent again. Each "nothing was sent" is proven
 * without a sleep: `settled` returns once the server has validated every earlier change.
 */
describe('publishing: a document whose list did not change is not sent again', () => {
  const uri = 'file:///lsp-publish/sip.conf';
  const text = '; phones\n[general]\nallowguest=no\n[alice]\ntype=friend\nhost=dynamic\nsecret=Xk9-Long-Pass\ncontext=office\nbogus=1\n';
  const shown = (params: PublishDiagnosticsParams | undefined) => params?.diagnostics.map((d) => [d.code, d.severity, d.range.start.line, d.range.start.character]);
  let session: LspSession;
  /** What the client answers to workspace/configuration, and a promise per question the server asks. */
  let settings: Record<string, unknown> = {};
  let asked: () => void = () => undefined;
  before(async () => {
    session = new LspSession();
    session.connection.onRequest('workspace/configuration', (params: { items: unknown[] }) => {
      asked();
      return params.items.map(() => settings);
    });
    await session.initialize({ validationDelay: 0 }, { capabilities: { workspace: { configuration: true } } });
  });
  after(async () => {
    await session.shutdown();
  });

  const change = (version: number, line: number, character: number, inserted: string) =>
    session.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version },
      contentChanges: [{ range: { start: { line, character }, end: { line, character } }, text: inserted }],
    });

  /** Changes the settings the client answers with, and resolves once the server asked for them (its revalidation is then scheduled). */
  async function changeSettings(next: Record<string, unknown>): Promise<void> {
    settings = next;
    const question = new Promise<void>((resolve) => (asked = resolve));
    await session.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    await question;
  }

  it('an edit that changes no diagnostic sends nothing; the next edit that does is sent for its version', async () => {
    const opened = session.nextDiagnostics(uri);
    await session.open(uri, text);
    assert.deepEqual(shown(await opened), [['unknown-option', 2, 8, 0]]);
    const from = session.published.length;
    // Typing in the comment on line 0: no diagnostic changes, not even its position.
    await change(2, 0, 8, 'x');
    assert.equal((await session.settled(uri))?.version, 1, 'the list of version 1 is still the one shown');
    assert.deepEqual(session.publishedFor(uri, from), []);
    const next = session.nextDiagnostics(uri);
    await change(3, 9, 0, 'bogus2=1\n');
    const published = await next;
    assert.equal(published.version, 3);
    assert.deepEqual(shown(published), [
      ['unknown-option', 2, 8, 0],
      ['unknown-option', 2, 9, 0],
    ]);
  });

  it('an edit that moves the diagnostics (a line inserted above them) sends them at their new lines', async () => {
    const next = session.nextDiagnostics(uri);
    await change(4, 1, 0, '; general settings\n');
    const published = await next;
    assert.equal(published.version, 4);
    assert.deepEqual(shown(published), [
      ['unknown-option', 2, 9, 0],
      ['unknown-option', 2, 10, 0],
    ]);
  });

  it('an edit that moves a diagnostic within its line sends it', async () => {
    const next = session.nextDiagnostics(uri);
    await change(5, 10, 0, ' ');
    const published = await next;
    assert.equal(published.version, 5);
    assert.deepEqual(shown(published), [
      ['unknown-option', 2, 9, 0],
      ['unknown-option', 2, 10, 1],
    ]);
  });

  it('a settings change that changes a severity sends the list again; one that changes nothing sends nothing', async () => {
    const severity = session.nextDiagnostics(uri);
    await changeSettings({ lint: { 'unknown-option': 'error' } });
    assert.deepEqual(shown(await severity), [
      ['unknown-option', 1, 9, 0],
      ['unknown-option', 1, 10, 1],
    ]);
    const from = session.published.length;
    await changeSettings({ lint: { 'unknown-option': 'error' }, format: { alignOperators: true } });
    await session.settled(uri);
    assert.deepEqual(session.publishedFor(uri, from), []);
    const back = session.nextDiagnostics(uri);
    await changeSettings({});
    assert.deepEqual(shown(await back), [
      ['unknown-option', 2, 9, 0],
      ['unknown-option', 2, 10, 1],
    ]);
  });

  it('closing clears the list; reopening sends it again, even unchanged', async () => {
    const cleared = session.nextDiagnostics(uri);
    await session.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
    assert.deepEqual((await cleared).diagnostics, []);
    const reopened = session.nextDiagnostics(uri);
    await session.open(uri, text);
    const published = await reopened;
    assert.equal(published.version, 1);
    assert.deepEqual(shown(published), [['unknown-option', 2, 8, 0]]);
  });

  it('reopening a document whose list is empty sends the empty list', async () => {
    const empty = 'file:///lsp-publish-empty/sip.conf';
    const first = session.nextDiagnostics(empty);
    await session.open(empty, '[general]\nallowguest=no\n');
    assert.deepEqual((await first).diagnostics, []);
    const cleared = session.nextDiagnostics(empty);
    await session.connection.sendNotification('textDocument/didClose', { textDocument: { uri: empty } });
    await cleared;
    const again = session.nextDiagnostics(empty);
    await session.open(empty, '[general]\nallowguest=no\n');
    assert.deepEqual(await again, { uri: empty, version: 1, diagnostics: [] });
  });
});

/**
 * A change to one open document re-validates the other open documents it can affect (server/src/staleDocuments.ts):
 * sip.conf's `context=` is checked against the open extensions.conf of its folder.
 */
describe('an edit in one open document re-validates the open documents it affects', () => {
  const sip = 'file:///lsp-stale/sip.conf';
  const extensions = 'file:///lsp-stale/extensions.conf';
  const elsewhere = 'file:///lsp-stale-other/extensions.conf';
  const codes = (params: PublishDiagnosticsParams | undefined) => params?.diagnostics.map((d) => [d.code, d.range.start.line]);
  let session: LspSession;
  sessionPerSuite((started) => (session = started));

  const change = (uri: string, version: number, line: number, inserted: string) =>
    session.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version },
      contentChanges: [{ range: { start: { line, character: 0 }, end: { line, character: 0 } }, text: inserted }],
    });

  it('sip.conf\'s unknown-context warning goes when extensions.conf gets the context, and comes back when it loses it', async () => {
    await session.open(extensions, '[general]\n[sales]\nexten => 100,1,NoOp()\n', 'asterisk');
    await session.open(elsewhere, '[general]\n', 'asterisk');
    const opened = session.nextDiagnostics(sip);
    await session.open(sip, '[general]\nallowguest=no\n[alice]\ntype=friend\nhost=dynamic\nsecret=Xk9-Long-Pass\ncontext=office\n');
    assert.deepEqual(codes(await opened), [['unknown-context', 6]]);
    // An extensions.conf of another folder is no part of sip.conf's configuration.
    await change(elsewhere, 2, 1, '[office]\n');
    assert.deepEqual(codes(await session.settled(sip)), [['unknown-context', 6]]);
    // Only extensions.conf is edited; sip.conf's list follows without an edit of its own.
    await change(extensions, 2, 3, '[office]\nexten => 200,1,NoOp()\n');
    assert.deepEqual(codes(await session.settled(sip)), []);
    await session.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri: extensions, version: 3 },
      contentChanges: [{ range: { start: { line: 3, character: 1 }, end: { line: 3, character: 7 } }, text: 'orders' }],
    });
    assert.deepEqual(codes(await session.settled(sip)), [['unknown-context', 6]]);
  });

  it('closing extensions.conf re-validates sip.conf against the folder without it (nothing on disk: no context is checked)', async () => {
    await session.connection.sendNotification('textDocument/didClose', { textDocument: { uri: extensions } });
    assert.deepEqual(codes(await session.settled(sip)), []);
    await session.open(extensions, '[general]\n[sales]\n', 'asterisk');
    assert.deepEqual(codes(await session.settled(sip)), [['unknown-context', 6]]);
  });
});
