/**
 * pjsip.conf over stdio: the built server answers hover, completion, definition, references, inlay hints,
 * outline and quick fixes on real files (pjsip.conf including a FreePBX-style split file, extensions.conf
 * beside them), through the pjsip dialect module.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { CodeAction, CompletionList, Diagnostic, DocumentSymbol, Hover, InlayHint, Location, MarkupContent, Range, SemanticTokens, WorkspaceEdit } from 'vscode-languageserver-types';
import { SEMANTIC_TOKENS_LEGEND } from '../../server/src/service/features/semanticTokens';
import { LspSession } from './lspSession';

const PJSIP_CONF = [
  '[alice]', // 0
  'type=endpoint',
  'context=internal',
  'auth=alice-in',
  'aors=alice',
  '[alice-in]', // 5
  'type=auth',
  'username=alice',
  'password=S3cretAlice',
  '[bob]', // 9
  'type=endpoint',
  'aors=',
  '#include pjsip.aor.conf', // 12
  '',
].join('\n');
const AOR_CONF = '[alice]\ntype=aor\nmax_contacts=1\n[bob]\ntype=aor\nmax_contact=1\n';
const EXTENSIONS_CONF = '[internal]\nexten => 100,1,Dial(PJSIP/alice)\n';

function range(line: number, start: number, end: number): Range {
  return { start: { line, character: start }, end: { line, character: end } };
}

describe('pjsip.conf over stdio', () => {
  let session: LspSession;
  let folder: string;
  let pjsip: string;
  let aors: string;

  before(async () => {
    folder = fs.mkdtempSync(path.join(os.tmpdir(), 'asterisk-conf-pjsip-'));
    fs.writeFileSync(path.join(folder, 'pjsip.conf'), PJSIP_CONF);
    fs.writeFileSync(path.join(folder, 'pjsip.aor.conf'), AOR_CONF);
    fs.writeFileSync(path.join(folder, 'extensions.conf'), EXTENSIONS_CONF);
    pjsip = pathToFileURL(path.join(folder, 'pjsip.conf')).href;
    aors = pathToFileURL(path.join(folder, 'pjsip.aor.conf')).href;
    session = new LspSession();
    await session.initialize();
    await session.open(pjsip, PJSIP_CONF, 'asterisk-pjsip');
  });

  after(async () => {
    await session.shutdown();
    fs.rmSync(folder, { recursive: true, force: true });
  });

  it('hover on the endpoint header: the direction from Asterisk\'s side, no password', async () => {
    const hover = (await session.connection.sendRequest('textDocument/hover', { textDocument: { uri: pjsip }, position: { line: 0, character: 2 } })) as Hover;
    const text = (hover.contents as MarkupContent).value;
    assert.ok(text.startsWith('**endpoint `alice`** ⇄ both'), text);
    assert.ok(text.includes('⇐ challenged: auth `alice-in` (user `alice`)'), text);
    assert.ok(text.includes('⇐ lands in context `internal`'), text);
    assert.ok(text.includes('⇒ aor `alice`: up to 1 registered device'), text);
    assert.ok(!text.includes('S3cretAlice'));
    assert.deepEqual(hover.range, range(0, 1, 6));
  });

  it('completion after aors= offers the aors of the included file, not the endpoints', async () => {
    const list = (await session.connection.sendRequest('textDocument/completion', { textDocument: { uri: pjsip }, position: { line: 11, character: 5 } })) as CompletionList;
    assert.deepEqual(list.items.map((item) => item.label), ['alice', 'bob']);
    assert.deepEqual(list.items.map((item) => item.detail), ['aor', 'aor']);
  });

  it('definition from aors=alice goes to the aor in the split file; references find both', async () => {
    const locations = (await session.connection.sendRequest('textDocument/definition', { textDocument: { uri: pjsip }, position: { line: 4, character: 7 } })) as Location[];
    assert.deepEqual(locations, [{ uri: aors, range: range(0, 1, 6) }]);
    const references = (await session.connection.sendRequest('textDocument/references', {
      textDocument: { uri: pjsip },
      position: { line: 4, character: 7 },
      context: { includeDeclaration: true },
    })) as Location[];
    assert.deepEqual(references, [
      { uri: aors, range: range(0, 1, 6) },
      { uri: pjsip, range: range(4, 5, 10) },
    ]);
  });

  it('inlay hints after the endpoint headers', async () => {
    const hints = (await session.connection.sendRequest('textDocument/inlayHint', { textDocument: { uri: pjsip }, range: { start: { line: 0, character: 0 }, end: { line: 13, character: 0 } } })) as InlayHint[];
    assert.deepEqual(hints.map((hint) => [hint.position.line, hint.label]), [[0, '⇄ both'], [9, '⇐ calls us']]);
  });

  it('the outline shows each object with its type and direction', async () => {
    const symbols = (await session.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri: pjsip } })) as DocumentSymbol[];
    assert.deepEqual(symbols.map((symbol) => [symbol.name, symbol.detail]), [
      ['alice', 'endpoint · ⇄ both · context internal'],
      ['alice-in', 'auth · user alice'],
      ['bob', 'endpoint · ⇐ calls us · context default'],
    ]);
  });

  it('rename of the aor changes its header in the split file and aors=, not the endpoint of the same name', async () => {
    const edit = (await session.connection.sendRequest('textDocument/rename', { textDocument: { uri: pjsip }, position: { line: 4, character: 7 }, newName: 'alice-aor' })) as WorkspaceEdit;
    assert.deepEqual(edit.changes, {
      [aors]: [{ range: range(0, 1, 6), newText: 'alice-aor' }],
      [pjsip]: [{ range: range(4, 5, 10), newText: 'alice-aor' }],
    });
  });

  it('semantic tokens know the object types: the aor named by aors=, the type= value', async () => {
    const { data } = (await session.connection.sendRequest('textDocument/semanticTokens/full', { textDocument: { uri: pjsip } })) as SemanticTokens;
    const decoded: string[] = [];
    for (let index = 0, line = 0, start = 0; index < data.length; index += 5) {
      line += data[index];
      start = data[index] === 0 ? start + data[index + 1] : data[index + 1];
      decoded.push(`${line}:${start}+${data[index + 2]} ${SEMANTIC_TOKENS_LEGEND.tokenTypes[data[index + 3]]}/${data[index + 4]}`);
    }
    assert.ok(decoded.includes('1:5+8 class/0'), decoded.join(' '));
    assert.ok(decoded.includes('4:5+5 namespace/0'), decoded.join(' '));
  });

  it('a did-you-mean quick fix for the unknown aor option in the included file', async () => {
    await session.open(aors, AOR_CONF, 'asterisk-pjsip');
    const published = await session.nextDiagnostics(aors, (params) => params.diagnostics.some((diagnostic) => diagnostic.code === 'pjsip-unknown-option'));
    const diagnostic = published.diagnostics.find((candidate) => candidate.code === 'pjsip-unknown-option') as Diagnostic;
    const actions = (await session.connection.sendRequest('textDocument/codeAction', {
      textDocument: { uri: aors },
      range: diagnostic.range,
      context: { diagnostics: [diagnostic] },
    })) as CodeAction[];
    const fix = actions.find((action) => action.title === "Change 'max_contact' to 'max_contacts'");
    assert.ok(fix, actions.map((action) => action.title).join(', '));
    assert.deepEqual(fix.edit?.changes?.[aors], [{ range: range(5, 0, 11), newText: 'max_contacts' }]);
    assert.ok(session.alive);
  });
});
