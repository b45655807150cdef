import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { DocumentHighlight, Location, Range, TextEdit, WorkspaceEdit } from 'vscode-languageserver-types';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { LspSession } from './lspSession';

const SIP_CONF = '[general]\ncontext=default\n\n[basic](!)\ntype=friend\ncontext = from-phones   \n\n[alice](basic)\nhost=dynamic\n#include sip_custom.conf\n';
const SIP_CUSTOM_CONF = '[bob](basic)\nsubscribecontext=from-phones\n';
const EXTENSIONS_CONF = '[general]\n[from-phones]\nexten => 100,1,Dial(SIP/alice)\n';

function range(line: number, start: number, end: number): Range {
  return { start: { line, character: start }, end: { line, character: end } };
}

function apply(text: string, edits: readonly TextEdit[]): string {
  return TextDocument.applyEdits(TextDocument.create('file:///x', 'asterisk-sip', 0, text), [...edits]);
}

describe('navigation, rename and formatting over stdio', () => {
  let session: LspSession;
  let folder: string;
  let sip: string;
  let custom: string;
  let extensions: string;

  before(async () => {
    // Real files: the server follows #include and finds extensions.conf on disk, as in the editor.
    folder = fs.mkdtempSync(path.join(os.tmpdir(), 'asterisk-conf-navigation-'));
    fs.writeFileSync(path.join(folder, 'sip.conf'), SIP_CONF);
    fs.writeFileSync(path.join(folder, 'sip_custom.conf'), SIP_CUSTOM_CONF);
    fs.writeFileSync(path.join(folder, 'extensions.conf'), EXTENSIONS_CONF);
    sip = pathToFileURL(path.join(folder, 'sip.conf')).href;
    custom = pathToFileURL(path.join(folder, 'sip_custom.conf')).href;
    extensions = pathToFileURL(path.join(folder, 'extensions.conf')).href;
    session = new LspSession();
    const result = await session.initialize();
    assert.equal(result.capabilities.definitionProvider, true);
    assert.equal(result.capabilities.referencesProvider, true);
    assert.deepEqual(result.capabilities.renameProvider, { prepareProvider: true });
    assert.equal(result.capabilities.documentFormattingProvider, true);
    await session.open(sip, SIP_CONF);
    await session.open(custom, SIP_CUSTOM_CONF);
  });

  after(async () => {
    await session.shutdown();
    fs.rmSync(folder, { recursive: true, force: true });
  });

  it('goes to the template from [x](template) in the included file', async () => {
    const locations = (await session.connection.sendRequest('textDocument/definition', {
      textDocument: { uri: custom },
      position: { line: 0, character: 8 },
    })) as Location[];
    assert.deepEqual(locations, [{ uri: sip, range: range(3, 1, 6) }]);
  });

  it('goes to the context in extensions.conf from context=', async () => {
    const locations = (await session.connection.sendRequest('textDocument/definition', {
      textDocument: { uri: sip },
      position: { line: 5, character: 12 },
    })) as Location[];
    assert.deepEqual(locations, [{ uri: extensions, range: range(1, 1, 12) }]);
  });

  it('finds the references of a template in both files', async () => {
    const locations = (await session.connection.sendRequest('textDocument/references', {
      textDocument: { uri: sip },
      position: { line: 3, character: 2 },
      context: { includeDeclaration: true },
    })) as Location[];
    assert.deepEqual(locations, [
      { uri: sip, range: range(3, 1, 6) },
      { uri: sip, range: range(7, 8, 13) },
      { uri: custom, range: range(0, 6, 11) },
    ]);
  });

  it('highlights a template in the current document', async () => {
    const highlights = (await session.connection.sendRequest('textDocument/documentHighlight', {
      textDocument: { uri: sip },
      position: { line: 7, character: 9 },
    })) as DocumentHighlight[];
    assert.deepEqual(highlights, [
      { range: range(3, 1, 6), kind: 3 },
      { range: range(7, 8, 13), kind: 2 },
    ]);
  });

  it('prepares a rename with the exact range of the name', async () => {
    const prepared = await session.connection.sendRequest('textDocument/prepareRename', {
      textDocument: { uri: custom },
      position: { line: 0, character: 7 },
    });
    assert.deepEqual(prepared, { range: range(0, 6, 11), placeholder: 'basic' });
  });

  it('renames a template across sip.conf and the file it includes', async () => {
    const edit = (await session.connection.sendRequest('textDocument/rename', {
      textDocument: { uri: custom },
      position: { line: 0, character: 7 },
      newName: 'office',
    })) as WorkspaceEdit;
    assert.deepEqual(Object.keys(edit.changes ?? {}).sort(), [sip, custom].sort());
    assert.equal(apply(SIP_CONF, edit.changes![sip]), SIP_CONF.replace('[basic](!)', '[office](!)').replace('[alice](basic)', '[alice](office)'));
    assert.equal(apply(SIP_CUSTOM_CONF, edit.changes![custom]), '[bob](office)\nsubscribecontext=from-phones\n');
  });

  it('renames a context in both files and in extensions.conf', async () => {
    const edit = (await session.connection.sendRequest('textDocument/rename', {
      textDocument: { uri: sip },
      position: { line: 5, character: 12 },
      newName: 'phones',
    })) as WorkspaceEdit;
    assert.equal(apply(EXTENSIONS_CONF, edit.changes![extensions]), '[general]\n[phones]\nexten => 100,1,Dial(SIP/alice)\n');
    assert.equal(apply(SIP_CUSTOM_CONF, edit.changes![custom]), '[bob](basic)\nsubscribecontext=phones\n');
    assert.equal(apply(SIP_CONF, edit.changes![sip]), SIP_CONF.replace('context = from-phones', 'context = phones'));
  });

  it('answers a name Asterisk cannot take with an error', async () => {
    await assert.rejects(
      session.connection.sendRequest('textDocument/rename', { textDocument: { uri: sip }, position: { line: 3, character: 2 }, newName: 'my template' }),
      (error: Error) => error.message === 'A section name cannot contain whitespace.',
    );
  });

  it('formats the document', async () => {
    const edits = (await session.connection.sendRequest('textDocument/formatting', {
      textDocument: { uri: sip },
      options: { tabSize: 4, insertSpaces: true },
    })) as TextEdit[];
    assert.equal(apply(SIP_CONF, edits), SIP_CONF.replace('context = from-phones   ', 'context=from-phones'));
    assert.ok(session.alive);
  });
});
