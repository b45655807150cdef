import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { LspSession } from './lspSession';

describe('server over stdio', () => {
  let session: LspSession;
  before(() => {
    session = new LspSession();
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
});
