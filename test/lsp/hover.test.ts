import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Hover, InlayHint, MarkupContent } from 'vscode-languageserver-types';
import { LspSession } from './lspSession';

const URI = 'file:///etc/asterisk/sip.conf';
const TEXT = '[provider]\ntype=peer\nhost=sip.example.com\ndefaultuser=4420017\nremotesecret=Prov1derPw\ninsecure=port,invite\ncontext=from-provider\n';

describe('hover and direction hints over stdio', () => {
  let session: LspSession;
  before(async () => {
    session = new LspSession();
    await session.initialize();
    await session.open(URI, TEXT);
  });
  after(async () => {
    await session.shutdown();
  });

  it('hover on type= tells the direction, with the secret masked', async () => {
    const hover = (await session.connection.sendRequest('textDocument/hover', {
      textDocument: { uri: URI },
      position: { line: 1, character: 7 },
    })) as Hover;
    const text = (hover.contents as MarkupContent).value;
    assert.equal((hover.contents as MarkupContent).kind, 'markdown');
    assert.ok(text.includes('Asterisk calls provider at sip.example.com, signing in as 4420017 (remotesecret)'), text);
    assert.ok(text.includes('insecure=port,invite: no password asked'), text);
    assert.ok(!text.includes('Prov1derPw'));
    assert.deepEqual(hover.range, { start: { line: 1, character: 5 }, end: { line: 1, character: 9 } });
  });

  it('inlay hint after the header', async () => {
    const hints = (await session.connection.sendRequest('textDocument/inlayHint', {
      textDocument: { uri: URI },
      range: { start: { line: 0, character: 0 }, end: { line: 7, character: 0 } },
    })) as InlayHint[];
    assert.deepEqual(hints.map((hint) => [hint.position, hint.label]), [[{ line: 0, character: 10 }, '⇒ we call']]);
  });

  it('a hover past the end of the document answers null and the server lives on', async () => {
    const hover = await session.connection.sendRequest('textDocument/hover', { textDocument: { uri: URI }, position: { line: 99, character: 3 } });
    assert.equal(hover, null);
    assert.ok(session.alive);
  });
});
