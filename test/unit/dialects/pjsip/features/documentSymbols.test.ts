import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { SymbolKind, type DocumentSymbol } from 'vscode-languageserver-types';
import { getPjsipDocumentSymbols, getPjsipWorkspaceSymbols } from '../../../../../server/src/service/dialects/pjsip/features/documentSymbols';
import { SECRET_MASK } from '../../../../../server/src/service/features/secretMask';
import { pjsipContext } from '../../../../support/pjsipFixture';

const TEXT = [
  '[phone](!)', // 0
  'type=endpoint',
  'context=internal',
  '[alice](phone)', // 3
  'auth=alice',
  'aors=alice',
  '[alice]', // 6
  'type=auth',
  'username=alice',
  'password=S3cretAlice',
  '[alice]', // 10
  'type=aor',
  'max_contacts=1',
  '[prov]', // 13
  'type=registration',
  'server_uri=sip:sip.example.com',
  'client_uri=sip:4711@sip.example.com',
  '[lost]', // 17
  'context=x',
].join('\n');

function summary(symbols: readonly DocumentSymbol[]): unknown[] {
  return symbols.map((symbol) => [symbol.name, symbol.detail, symbol.kind, symbol.range.start.line, symbol.range.end.line]);
}

describe('pjsip outline', () => {
  it('a template, a phone grouped from its three objects, a registration, a section without type', () => {
    const symbols = getPjsipDocumentSymbols(pjsipContext(TEXT));
    assert.deepEqual(summary(symbols), [
      ['phone', 'template (endpoint)', SymbolKind.Class, 0, 2],
      ['alice', 'endpoint + auth + aor', SymbolKind.Object, 3, 12],
      ['prov', 'registration · ⇒ we register to sip:sip.example.com', SymbolKind.Event, 13, 16],
      ['lost', 'no type: not loaded', SymbolKind.Variable, 17, 18],
    ]);
    assert.deepEqual(summary(symbols[1].children!), [
      ['endpoint', 'endpoint · ⇄ both · context internal', SymbolKind.Object, 3, 5],
      ['auth', 'auth · user alice', SymbolKind.Key, 6, 9],
      ['aor', 'aor · max_contacts=1', SymbolKind.Field, 10, 12],
    ]);
  });

  it('lines are children, secrets masked', () => {
    const auth = getPjsipDocumentSymbols(pjsipContext(TEXT))[1].children![1];
    assert.deepEqual(auth.children!.map((child) => [child.name, child.detail]), [
      ['type', 'auth'],
      ['username', 'alice'],
      ['password', SECRET_MASK],
    ]);
  });

  it('the limit caps sections and lines together', () => {
    const symbols = getPjsipDocumentSymbols(pjsipContext(TEXT), 3);
    assert.equal(symbols.length, 1);
    assert.equal(symbols[0].children!.length, 2);
  });
});

describe('pjsip workspace symbols', () => {
  it('objects of every file of the include tree, with their type and file', () => {
    const context = pjsipContext('[alice]\ntype=endpoint\n#include more.conf\n', { files: { 'more.conf': '[alice]\ntype=aor\nmax_contacts=1\n[bob]\ntype=aor\n' } });
    const symbols = getPjsipWorkspaceSymbols([context, context], 'ali');
    assert.deepEqual(symbols.map((symbol) => [symbol.name, symbol.containerName, symbol.location.uri.replace(/^.*\//, ''), symbol.location.range.start.line]), [
      ['alice', 'endpoint · pjsip.conf', 'pjsip.conf', 0],
      ['alice', 'aor · more.conf', 'more.conf', 0],
    ]);
  });
});
