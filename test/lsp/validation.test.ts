import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { PassThrough } from 'node:stream';
import type { Diagnostic } from 'vscode-languageserver-types';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { createProtocolConnection, StreamMessageReader, StreamMessageWriter, type PublishDiagnosticsParams } from 'vscode-languageserver-protocol/node';
import { startServer } from '../../server/src/server';
import { LspSession, sessionPerSuite } from './lspSession';

describe('validation over stdio', () => {
  let session: LspSession;
  sessionPerSuite((started) => (session = started));

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

  it('regression: a file of 20,000 unknown options publishes at most 1,000 diagnostics and says how many were left out (1,000,000 lines published 1,000,001)', async () => {
    const uri = 'file:///etc/asterisk-caps/sip.conf';
    // A file this large gets its lines' syntax problems first (none here), then the full list.
    const published = session.nextDiagnostics(uri, (p) => p.diagnostics.length > 0);
    await session.open(uri, '[general]\n' + 'bogus=1\n'.repeat(20000));
    const { diagnostics } = await published;
    assert.equal(diagnostics.length, 1001);
    const last = diagnostics[1000];
    assert.equal(last.code, 'analysis-limit');
    // [general]'s guest warning and 999 unknown options are shown; the 1000th unknown option (line 1000) is the first left out.
    assert.deepEqual(last.range.start, { line: 1000, character: 0 });
    assert.match(String(last.message), /^19001 more problems are not shown: this file has 20001,/);
    const symbols = (await session.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri } })) as { children?: unknown[] }[];
    assert.equal(symbols.length + symbols.reduce((sum, symbol) => sum + (symbol.children?.length ?? 0), 0), 5000);
  });

  it('a didChange of several changes (multi-cursor Enter and typing in two peers) is diagnosed like the text opened fresh', async () => {
    const uri = 'file:///etc/asterisk-multi/sip.conf';
    const text = '[general]\nallowguest=no\n[alice]\ntype=friend\nhost=dynamic\ncontext=office\n[bob]\ntype=friend\nhost=dynamic\ncontext=office\n';
    const opened = session.nextDiagnostics(uri);
    await session.open(uri, text);
    await opened;
    // Bottom-up, as editors send them: a new line in [bob], then one in [alice].
    const changes = [
      { range: { start: { line: 7, character: 11 }, end: { line: 7, character: 11 } }, text: '\nbogusoption=1' },
      { range: { start: { line: 3, character: 11 }, end: { line: 3, character: 11 } }, text: '\ncanreinvite=no' },
    ];
    const edited = session.nextDiagnostics(uri, (p) => p.version === 2);
    await session.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: changes });
    const after = (await edited).diagnostics.map((d) => [d.code, d.range.start.line]);
    const freshUri = 'file:///etc/asterisk-multi-fresh/sip.conf';
    const fresh = session.nextDiagnostics(freshUri);
    await session.open(freshUri, text.replace('type=friend\nhost', 'type=friend\ncanreinvite=no\nhost').replace(/(\[bob\]\ntype=friend)/, '$1\nbogusoption=1'));
    assert.deepEqual(after, (await fresh).diagnostics.map((d) => [d.code, d.range.start.line]));
    assert.ok(after.some(([code, line]) => code === 'unknown-option' && line === 9));
  });

  it('a large file gets its syntax problems at once, then the full list for the same version', async () => {
    const uri = 'file:///etc/asterisk-early/sip.conf';
    // 20,001 lines: an unclosed header (a line's own syntax problem) and an unknown option (needs the analysis).
    const text = '[general]\nallowguest=no\n[broken\n[alice]\ntype=friend\nbogus=1\n' + '; filler\n'.repeat(19995);
    const first = session.nextDiagnostics(uri);
    const full = session.nextDiagnostics(uri, (p) => p.diagnostics.some((d) => d.code === 'unknown-option'));
    await session.open(uri, text);
    const early = await first;
    assert.equal(early.version, 1);
    assert.deepEqual(early.diagnostics.map((d) => [d.code, d.range.start.line]), [['unclosed-section', 2]]);
    const complete = await full;
    assert.equal(complete.version, 1);
    assert.ok(complete.diagnostics.some((d) => d.code === 'unclosed-section' && d.range.start.line === 2));
    assert.ok(complete.diagnostics.some((d) => d.code === 'unknown-option' && d.range.start.line === 5));
  });

  it('notes once that a fragment nobody includes is only valid inside a section, also after a keystroke', async () => {
    const uri = 'file:///lsp-fragment/sip_nat.conf';
    const published = session.nextDiagnostics(uri);
    await session.open(uri, 'localnet=10.0.0.0/8\nnat=force_rport,comedia\n');
    assert.deepEqual(
      (await published).diagnostics.map((d) => [d.code, d.severity, d.range.start.line]),
      [['fragment-without-includer', 3, 0]],
    );
    await session.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: 2 },
      contentChanges: [{ range: { start: { line: 2, character: 0 }, end: { line: 2, character: 0 } }, text: 'qualify=yes\n' }],
    });
    // An unchanged list is not sent again (issue #18): read what the client shows once the edit is validated.
    assert.deepEqual(
      (await session.settled(uri))?.diagnostics.map((d) => d.code),
      ['fragment-without-includer'],
    );
  });

  it('checks a fragment inside the sip.conf on disk that includes it', async () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'asterisk-conf-lsp-'));
    writeFileSync(path.join(folder, 'sip.conf'), '[general]\nallowguest=no\n#include sip_general_custom.conf\n');
    writeFileSync(path.join(folder, 'sip_general_custom.conf'), 'alwaysauthreject=yes\n');
    const uri = pathToFileURL(path.join(folder, 'sip_general_custom.conf')).href;
    const published = session.nextDiagnostics(uri);
    await session.open(uri, 'alwaysauthreject=yes\nnat=force_rport,comedia\n');
    assert.deepEqual((await published).diagnostics, []);
    rmSync(folder, { recursive: true, force: true });
  });
});

// Regression: the editor ignored .asterisk-conf.json, so it and CI (the CLI reads the file) disagreed.
describe('validation follows the workspace\'s .asterisk-conf.json, like the CLI', () => {
  let session: LspSession;
  let folder: string;
  before(async () => {
    folder = mkdtempSync(path.join(tmpdir(), 'asterisk-conf-lsp-project-'));
    mkdirSync(path.join(folder, 'asterisk'));
    writeFileSync(path.join(folder, '.asterisk-conf.json'), '{ "rules": { "key-before-section": "warning", "missing-equals": "ignore" } }');
    session = new LspSession();
    await session.initialize({ validationDelay: 0 }, { workspaceFolders: [{ uri: pathToFileURL(folder).href, name: 'pbx' }] });
  });
  after(async () => {
    await session.shutdown();
    rmSync(folder, { recursive: true, force: true });
  });

  it('applies the rule severities of the workspace folder file, and of the config directory file over it', async () => {
    const uri = pathToFileURL(path.join(folder, 'asterisk', 'sip.conf')).href;
    const published = session.nextDiagnostics(uri);
    await session.open(uri, 'bindport=5060\n[general]\nnoequals\n[x\n');
    const watched = (diagnostics: Diagnostic[]) => diagnostics.filter((d) => ['key-before-section', 'missing-equals', 'unclosed-section'].includes(String(d.code))).map((d) => [d.code, d.severity]);
    assert.deepEqual(
      watched((await published).diagnostics),
      [
        ['key-before-section', 2],
        ['unclosed-section', 1],
      ],
    );
    writeFileSync(path.join(folder, 'asterisk', '.asterisk-conf.json'), '{ "rules": { "unclosed-section": "hint" } }');
    const again = session.nextDiagnostics(uri, (p) => p.diagnostics.some((d) => d.code === 'unclosed-section' && d.severity === 4));
    await session.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(path.join(folder, 'asterisk', '.asterisk-conf.json')).href, type: 1 }] });
    assert.deepEqual(
      watched((await again).diagnostics),
      [
        ['key-before-section', 2],
        ['unclosed-section', 4],
      ],
    );
  });
});


// Regression: a workspace folder added after start was ignored until the next settings change.
describe('a workspace folder added or removed later', () => {
  let session: LspSession;
  let folder: string;
  before(async () => {
    folder = mkdtempSync(path.join(tmpdir(), 'asterisk-conf-lsp-folders-'));
    mkdirSync(path.join(folder, 'asterisk'));
    writeFileSync(path.join(folder, '.asterisk-conf.json'), '{ "rules": { "missing-equals": "ignore" } }');
    session = new LspSession();
    await session.initialize({ validationDelay: 0 }, { capabilities: { workspace: { workspaceFolders: true } }, workspaceFolders: [] });
  });
  after(async () => {
    await session.shutdown();
    rmSync(folder, { recursive: true, force: true });
  });

  it('brings in its .asterisk-conf.json at once, and takes it away again', async () => {
    const uri = pathToFileURL(path.join(folder, 'asterisk', 'sip.conf')).href;
    const folderUri = pathToFileURL(folder).href;
    const hasMissingEquals = (p: { diagnostics: Diagnostic[] }) => p.diagnostics.some((d) => d.code === 'missing-equals');
    const first = session.nextDiagnostics(uri);
    await session.open(uri, '[general]\nnoequals\n');
    assert.equal(hasMissingEquals(await first), true, 'outside any workspace folder the folder file does not apply');

    const added = session.nextDiagnostics(uri, (p) => !hasMissingEquals(p));
    await session.connection.sendNotification('workspace/didChangeWorkspaceFolders', { event: { added: [{ uri: folderUri, name: 'pbx' }], removed: [] } });
    assert.equal(hasMissingEquals(await added), false);

    const removed = session.nextDiagnostics(uri, hasMissingEquals);
    await session.connection.sendNotification('workspace/didChangeWorkspaceFolders', { event: { added: [], removed: [{ uri: folderUri, name: 'pbx' }] } });
    assert.equal(hasMissingEquals(await removed), true);
  });
});

describe('validation, the server in process with a timer that is due at once', () => {
  it("writes a large file's early list before its analysis starts (issue #18)", async () => {
    const toServer = new PassThrough();
    const toClient = new PassThrough();
    // Everything the server wrote, as it wrote it (before the client reads any of it).
    let written = '';
    const write = toClient.write.bind(toClient) as (chunk: unknown, ...rest: unknown[]) => boolean;
    toClient.write = ((chunk: unknown, ...rest: unknown[]) => {
      written += String(chunk);
      return write(chunk, ...rest);
    }) as typeof toClient.write;
    const uri = 'file:///etc/asterisk-early-order/sip.conf';
    // What the server had written when each timer ran: a timer due by the next turn of the event loop
    // (a 0 ms timer on a loaded machine) runs before the writer's turn.
    const writtenWhenTimersRan: boolean[] = [];
    const connection = createConnection(ProposedFeatures.all, new StreamMessageReader(toServer), new StreamMessageWriter(toClient));
    startServer(connection, {
      timer: {
        setTimeout(callback) {
          let disposed = false;
          queueMicrotask(() => {
            if (disposed) return;
            writtenWhenTimersRan.push(written.includes(uri));
            callback();
          });
          return { dispose: () => (disposed = true) };
        },
      },
    });
    const client = createProtocolConnection(new StreamMessageReader(toClient), new StreamMessageWriter(toServer));
    const publishes: PublishDiagnosticsParams[] = [];
    let bothArrived: () => void = () => undefined;
    const both = new Promise<void>((resolve) => (bothArrived = resolve));
    client.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => {
      if (params.uri === uri && publishes.push(params) === 2) bothArrived();
    });
    client.listen();
    try {
      await client.sendRequest('initialize', { processId: null, rootUri: null, capabilities: {}, initializationOptions: { validationDelay: 0 } });
      await client.sendNotification('initialized', {});
      const text = '[general]\nallowguest=no\n[broken\n[alice]\ntype=friend\nbogus=1\n' + '; filler\n'.repeat(19995);
      await client.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'asterisk-sip', version: 1, text } });
      await both;
      assert.deepEqual(publishes[0].diagnostics.map((d) => d.code), ['unclosed-section']);
      assert.ok(publishes[1].diagnostics.some((d) => d.code === 'unknown-option'));
      assert.ok(writtenWhenTimersRan.length > 0);
      assert.deepEqual(writtenWhenTimersRan, writtenWhenTimersRan.map(() => true), 'every validation ran after the early list was written');
    } finally {
      client.dispose();
      connection.dispose();
    }
  });
});
