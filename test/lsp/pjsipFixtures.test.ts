/**
 * The Asterisk 22 oracle fixtures (test/fixtures/pjsip-oracle: valid, freepbx, trunks, edge) through the
 * built server, as an admin opens them: every file's diagnostics (a config Asterisk loads as intended gets
 * only the warnings its comments confirm), the direction hover on every endpoint header, and a rename
 * across the FreePBX-style split files. Files are read in place, never written.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Hover, MarkupContent, TextEdit, WorkspaceEdit } from 'vscode-languageserver-types';
import { LspSession } from './lspSession';

const FIXTURES = path.resolve(__dirname, '../../../test/fixtures/pjsip-oracle');
const FOLDERS = ['valid', 'freepbx', 'trunks', 'edge'];

const pjsipFiles = (folder: string): string[] =>
  fs
    .readdirSync(path.join(FIXTURES, folder))
    .filter((name) => /^pjsip([._].*)?\.conf$/.test(name))
    .sort();

describe('pjsip oracle fixtures over stdio', () => {
  let session: LspSession;
  const codes = new Map<string, string[]>();
  const texts = new Map<string, string>();

  before(async () => {
    session = new LspSession();
    await session.initialize();
    for (const folder of FOLDERS) {
      for (const name of pjsipFiles(folder)) {
        const file = path.join(FIXTURES, folder, name);
        const uri = pathToFileURL(file).href;
        const text = fs.readFileSync(file, 'utf8');
        texts.set(uri, text);
        const published = session.nextDiagnostics(uri);
        await session.open(uri, text, 'asterisk-pjsip');
        codes.set(`${folder}/${name}`, (await published).diagnostics.map((diagnostic) => String(diagnostic.code)));
      }
    }
  });

  after(async () => {
    await session.shutdown();
  });

  it('configs Asterisk 22 loads as intended get no diagnostic (their trunks let in by address cannot dial out)', () => {
    assert.ok(codes.size >= 12, [...codes.keys()].join(', '));
    for (const [file, list] of codes) assert.deepEqual(list, [], file);
  });

  it('every endpoint header hovers with a direction, never a password', async () => {
    let endpoints = 0;
    for (const [uri, text] of texts) {
      const lines = text.split('\n');
      for (let line = 0; line < lines.length; line++) {
        if (!/^\[[^\]]+\](?!\(!)/.test(lines[line]) || !/^type=endpoint$/m.test(lines.slice(line + 1, line + 3).join('\n'))) continue;
        const hover = (await session.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line, character: 1 } })) as Hover | null;
        const value = (hover?.contents as MarkupContent | undefined)?.value ?? '';
        assert.match(value, /^\*\*endpoint `[^`]+`\*\* (⇐|⇒|⇄)/, `${uri}:${line + 1}`);
        for (const password of text.matchAll(/^(?:password|md5_cred)=(.+)$/gm)) assert.ok(!value.includes(password[1]), `${uri}:${line + 1}`);
        endpoints++;
      }
    }
    assert.ok(endpoints >= 10, String(endpoints));
  });

  it('FreePBX split: renaming aor 201 in pjsip.aor.conf edits its header, aors=201 and the (+) in pjsip_custom_post.conf', async () => {
    const uriOf = (name: string): string => pathToFileURL(path.join(FIXTURES, 'freepbx', name)).href;
    const aorText = texts.get(uriOf('pjsip.aor.conf'))!;
    const line = aorText.split('\n').indexOf('[201]');
    const edit = (await session.connection.sendRequest('textDocument/rename', { textDocument: { uri: uriOf('pjsip.aor.conf') }, position: { line, character: 2 }, newName: 'warehouse' })) as WorkspaceEdit;
    const changes = edit.changes ?? {};
    const where = (name: string): string[] => (changes[uriOf(name)] ?? []).map((change: TextEdit) => `${change.range.start.line + 1}:${change.newText}`);
    assert.deepEqual(Object.keys(changes).sort(), [uriOf('pjsip.aor.conf'), uriOf('pjsip.endpoint.conf'), uriOf('pjsip_custom_post.conf')].sort());
    assert.deepEqual(where('pjsip.aor.conf'), [`${line + 1}:warehouse`]);
    const endpointLine = texts.get(uriOf('pjsip.endpoint.conf'))!.split('\n').indexOf('aors=201');
    assert.deepEqual(where('pjsip.endpoint.conf'), [`${endpointLine + 1}:warehouse`]);
    const appendLine = texts.get(uriOf('pjsip_custom_post.conf'))!.split('\n').indexOf('[201](+type=aor)');
    assert.deepEqual(where('pjsip_custom_post.conf'), [`${appendLine + 1}:warehouse`]);
  });

  it('trunks: renaming the phone template from an heir edits its header and every (desk)', async () => {
    const uri = pathToFileURL(path.join(FIXTURES, 'trunks', 'pjsip.conf')).href;
    const lines = texts.get(uri)!.split('\n');
    const heir = lines.indexOf('[301](desk)');
    const edit = (await session.connection.sendRequest('textDocument/rename', { textDocument: { uri }, position: { line: heir, character: 7 }, newName: 'phone' })) as WorkspaceEdit;
    const edited = (edit.changes?.[uri] ?? []).map((change: TextEdit) => lines[change.range.start.line]).sort();
    assert.deepEqual(edited, ['[300](desk)', '[301](desk)', '[302](desk)', '[desk](!)']);
  });
});
