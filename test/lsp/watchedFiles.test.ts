/**
 * Files changed on disk by another program (server/src/watchedFiles.ts): the server registers its watchers
 * when the client can take them, and a `workspace/didChangeWatchedFiles` event re-validates the open
 * documents that read the file, with the disk's new text.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { PublishDiagnosticsParams, RegistrationParams } from 'vscode-languageserver-protocol/node';
import { LspSession, sessionPerSuite } from './lspSession';

const CREATED = 1;
const CHANGED = 2;
const DELETED = 3;

const codes = (params: PublishDiagnosticsParams | undefined) => params?.diagnostics.map((d) => [d.code, d.range.start.line]);

describe('a config changed on disk by another program re-validates the open documents that read it', () => {
  let session: LspSession;
  let folder: string;
  sessionPerSuite((started) => (session = started));
  before(() => {
    folder = fs.mkdtempSync(path.join(os.tmpdir(), 'asterisk-conf-watched-'));
  });
  after(() => fs.rmSync(folder, { recursive: true, force: true }));

  const fileUri = (name: string) => pathToFileURL(path.join(folder, name)).href;
  const write = (name: string, text: string) => fs.writeFileSync(path.join(folder, name), text);
  const changed = (type: number, ...names: string[]) =>
    session.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: names.map((name) => ({ uri: fileUri(name), type })) });

  const SIP = '[general]\nallowguest=no\n#include sip_custom.conf\n[alice]\ntype=friend\nhost=dynamic\nsecret=Xk9-Long-Pass\ncontext=office\n';

  it('the unknown-context warning goes once extensions.conf on disk gets the context, and comes back when it loses it', async () => {
    write('extensions.conf', '[general]\n[sales]\nexten => 100,1,NoOp()\n');
    write('sip_custom.conf', '; nothing yet\n');
    const sip = fileUri('sip.conf');
    const opened = session.nextDiagnostics(sip);
    await session.open(sip, SIP);
    assert.deepEqual(codes(await opened), [['unknown-context', 7]]);

    write('extensions.conf', '[general]\n[sales]\nexten => 100,1,NoOp()\n[office]\nexten => 200,1,NoOp()\n');
    await changed(CHANGED, 'extensions.conf');
    assert.deepEqual(codes(await session.settled(sip)), []);

    // Same size as the text before: only the event tells the server (the include host's cache is dropped).
    write('extensions.conf', '[general]\n[sales]\nexten => 100,1,NoOp()\n[orders]\nexten => 200,1,NoOp()\n');
    await changed(CHANGED, 'extensions.conf');
    assert.deepEqual(codes(await session.settled(sip)), [['unknown-context', 7]]);
  });

  it('an included file created and deleted on disk: the missing include goes and comes back', async () => {
    const sip = fileUri('sip.conf');
    fs.rmSync(path.join(folder, 'sip_custom.conf'));
    await changed(DELETED, 'sip_custom.conf');
    assert.deepEqual(codes(await session.settled(sip)), [['include-problem', 2], ['unknown-context', 7]]);

    write('sip_custom.conf', '[bob]\ntype=peer\nhost=192.0.2.7\ncontext=office\n');
    await changed(CREATED, 'sip_custom.conf');
    assert.deepEqual(codes(await session.settled(sip)), [['unknown-context', 7]]);

    fs.rmSync(path.join(folder, 'sip_custom.conf'));
    await changed(DELETED, 'sip_custom.conf');
    assert.deepEqual(codes(await session.settled(sip)), [['include-problem', 2], ['unknown-context', 7]]);
  });

  it('a file open in the editor is the editor’s: an event for it changes nothing, whatever the disk holds', async () => {
    const sip = fileUri('sip.conf');
    const extensions = fileUri('extensions.conf');
    await session.open(extensions, '[general]\n[office]\nexten => 200,1,NoOp()\n', 'asterisk');
    write('sip_custom.conf', '; back\n');
    await changed(CREATED, 'sip_custom.conf');
    assert.deepEqual(codes(await session.settled(sip)), [], 'the open extensions.conf defines office');
    write('extensions.conf', '[general]\n');
    await changed(CHANGED, 'extensions.conf');
    assert.deepEqual(codes(await session.settled(sip)), [], 'the buffer still defines office');
  });
});

describe('the server registers its file watchers when the client can take them', () => {
  const registrations = async (capabilities: Record<string, unknown>): Promise<RegistrationParams[]> => {
    const session = new LspSession();
    const received: RegistrationParams[] = [];
    session.connection.onRequest('client/registerCapability', (params: RegistrationParams) => {
      received.push(params);
    });
    try {
      await session.initialize(undefined, { capabilities });
      // The registration is sent on `initialized`, before the probe's diagnostics.
      await session.settled('file:///lsp-watched/none.conf');
      return received;
    } finally {
      await session.shutdown();
    }
  };

  it('with dynamic registration: every .conf and .asterisk-conf.json', async () => {
    const received = await registrations({ workspace: { didChangeWatchedFiles: { dynamicRegistration: true } } });
    assert.deepEqual(
      received.flatMap((params) => params.registrations.map((registration) => [registration.method, registration.registerOptions])),
      [['workspace/didChangeWatchedFiles', { watchers: [{ globPattern: '**/*.conf' }, { globPattern: '**/.asterisk-conf.json' }] }]],
    );
  });

  it('without it (Neovim 0.7): none', async () => {
    assert.deepEqual(await registrations({}), []);
  });
});
