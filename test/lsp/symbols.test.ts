import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { DocumentLink, DocumentSymbol, FoldingRange, SelectionRange, SemanticTokens, SemanticTokensLegend, SymbolInformation } from 'vscode-languageserver-types';
import { LspSession } from './lspSession';

const SIP_CONF = [
  '[general]',
  'register => alice:regPw42@sip.example.com',
  '#include sip_peers.conf',
  '',
  '[phones](!)',
  'type=friend',
  'host=dynamic',
  'secret=phonePw77',
  ';-- old settings',
  'nat=yes',
  '--;',
  '',
  '[alice](phones)',
  'dtmfmode=rfc2833',
].join('\n');
const SIP_PEERS_CONF = '[carrier]\ntype=peer\nhost=sip.example.com\n';

describe('outline, folding, selection, links and semantic tokens over stdio', () => {
  let session: LspSession;
  let folder: string;
  let sip: string;
  let peers: string;
  let legend: SemanticTokensLegend;

  before(async () => {
    // Real files: the server follows #include on disk.
    folder = fs.mkdtempSync(path.join(os.tmpdir(), 'asterisk-conf-symbols-'));
    fs.writeFileSync(path.join(folder, 'sip.conf'), SIP_CONF);
    fs.writeFileSync(path.join(folder, 'sip_peers.conf'), SIP_PEERS_CONF);
    sip = pathToFileURL(path.join(folder, 'sip.conf')).href;
    peers = pathToFileURL(path.join(folder, 'sip_peers.conf')).href;
    session = new LspSession();
    const { capabilities } = await session.initialize();
    assert.equal(capabilities.documentSymbolProvider, true);
    assert.equal(capabilities.workspaceSymbolProvider, true);
    assert.equal(capabilities.foldingRangeProvider, true);
    assert.equal(capabilities.selectionRangeProvider, true);
    assert.deepEqual(capabilities.documentLinkProvider, { resolveProvider: false });
    const provider = capabilities.semanticTokensProvider as { legend: SemanticTokensLegend; full: boolean };
    assert.equal(provider.full, true);
    legend = provider.legend;
    await session.open(sip, SIP_CONF);
  });

  after(async () => {
    await session.shutdown();
    fs.rmSync(folder, { recursive: true, force: true });
  });

  it('outlines the sections with their keys, never showing a secret', async () => {
    const symbols = (await session.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri: sip } })) as DocumentSymbol[];
    assert.deepEqual(
      symbols.map((symbol) => [symbol.name, symbol.detail, symbol.range.start.line, symbol.range.end.line, (symbol.children ?? []).map((child) => child.name)]),
      [
        ['general', 'general settings', 0, 2, ['register → sip.example.com']],
        ['phones', 'template', 4, 10, ['type', 'host', 'secret']],
        ['alice', 'friend ⇄ calls us (into default) · we call it (registers to us)', 12, 13, ['dtmfmode']],
      ],
    );
    const json = JSON.stringify(symbols);
    assert.ok(!json.includes('regPw42') && !json.includes('phonePw77'));
  });

  it('finds sections of the open file and of the files it includes', async () => {
    const symbols = (await session.connection.sendRequest('workspace/symbol', { query: 'car' })) as SymbolInformation[];
    assert.deepEqual(
      symbols.map((symbol) => [symbol.name, symbol.location.uri, symbol.location.range.start]),
      [['carrier', peers, { line: 0, character: 1 }]],
    );
  });

  it('folds sections and the block comment', async () => {
    const ranges = (await session.connection.sendRequest('textDocument/foldingRange', { textDocument: { uri: sip } })) as FoldingRange[];
    assert.deepEqual(
      ranges.map((range) => [range.startLine, range.endLine, range.kind]),
      [
        [0, 2, undefined],
        [4, 10, undefined],
        [8, 10, 'comment'],
        [12, 13, undefined],
      ],
    );
  });

  it('grows a selection from a value to the document', async () => {
    const [selection] = (await session.connection.sendRequest('textDocument/selectionRange', {
      textDocument: { uri: sip },
      positions: [{ line: 13, character: 11 }],
    })) as SelectionRange[];
    const lines: string[] = [];
    for (let current: SelectionRange | undefined = selection; current; current = current.parent) {
      lines.push(`${current.range.start.line}:${current.range.start.character}-${current.range.end.line}:${current.range.end.character}`);
    }
    assert.deepEqual(lines, ['13:9-13:16', '13:0-13:16', '12:0-13:16', '0:0-13:16']);
  });

  it('links the #include to the file on disk', async () => {
    const links = (await session.connection.sendRequest('textDocument/documentLink', { textDocument: { uri: sip } })) as DocumentLink[];
    assert.deepEqual(
      links.map((link) => [link.range, link.target]),
      [[{ start: { line: 2, character: 9 }, end: { line: 2, character: 23 } }, peers]],
    );
  });

  it('sends semantic tokens the legend decodes', async () => {
    const { data } = (await session.connection.sendRequest('textDocument/semanticTokens/full', { textDocument: { uri: sip } })) as SemanticTokens;
    const decoded: string[] = [];
    let line = 0;
    let character = 0;
    for (let index = 0; index < data.length; index += 5) {
      line += data[index];
      character = data[index] === 0 ? character + data[index + 1] : data[index + 1];
      const modifiers = legend.tokenModifiers.filter((_, bit) => data[index + 4] & (1 << bit));
      const text = SIP_CONF.split('\n')[line].slice(character, character + data[index + 2]);
      decoded.push([line, text, legend.tokenTypes[data[index + 3]], ...modifiers].join(' '));
    }
    assert.deepEqual(decoded, [
      '0 general namespace declaration',
      '1 register property',
      '1 alice parameter',
      '1 regPw42 string',
      '1 sip.example.com namespace',
      '4 phones class declaration',
      '5 type property',
      '5 friend enumMember',
      '6 host property',
      '7 secret property',
      '12 alice namespace declaration',
      '12 phones class',
      '13 dtmfmode property',
      '13 rfc2833 enumMember',
    ]);
  });
});
