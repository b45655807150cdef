import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { SymbolKind, type DocumentSymbol, type Range } from 'vscode-languageserver-types';
import { analyzeText } from '../../support/fixture';
import { getDocumentSymbols, getWorkspaceSymbols, matchesQuery } from '../../../server/src/service/features/documentSymbols';

const SIP = [
  '[general]', //                                        0
  'context=default', //                                  1
  'register => alice:s3cr3tReg@sip.example.com/100', //  2
  '', //                                                 3
  '[office](!)', //                                      4
  'type=friend', //                                      5
  'host=dynamic', //                                     6
  'secret=t0pSecret', //                                 7
  '', //                                                 8
  '[alice](office)', //                                  9
  'context=phones', //                                   10
  '', //                                                 11
  '[carrier]', //                                        12
  'type=peer', //                                        13
  'host=sip.example.com', //                             14
  'remotesecret=r3moteSecret', //                        15
  'md5secret=0123456789abcdef0123456789abcdef', //       16
  '[frontdoor]', //                                      17
  'type=user', //                                        18
  'context=from-door', //                                19
  '', //                                                 20
].join('\n');

const range = (startLine: number, startCharacter: number, endLine: number, endCharacter: number): Range => ({
  start: { line: startLine, character: startCharacter },
  end: { line: endLine, character: endCharacter },
});

/** SymbolKind is a set of constants without names: this gives them back for readable assertions. */
function kindName(kind: SymbolKind): string {
  return Object.entries(SymbolKind).find(([, value]) => value === kind)?.[0] ?? String(kind);
}

function outline(symbols: readonly DocumentSymbol[]): unknown[] {
  return symbols.map((symbol) => [symbol.name, kindName(symbol.kind), symbol.detail]);
}

function isInside(inner: Range, outer: Range): boolean {
  const before = (a: Range['start'], b: Range['start']) => a.line < b.line || (a.line === b.line && a.character <= b.character);
  return before(outer.start, inner.start) && before(inner.end, outer.end);
}

describe('document symbols', () => {
  const symbols = getDocumentSymbols(analyzeText(SIP));

  it('lists the sections with kinds that tell general, templates, users, peers and friends apart', () => {
    assert.deepEqual(outline(symbols), [
      ['general', 'Namespace', 'general settings'],
      ['office', 'Class', 'template'],
      ['alice', 'Object', 'friend ⇄ calls us (into phones) · we call it (registers to us)'],
      ['carrier', 'Struct', 'peer ⇒ we call it (at sip.example.com) · its calls matched by address (into default)'],
      ['frontdoor', 'Interface', 'user ⇐ calls us (into from-door)'],
    ]);
  });

  it('ranges run from the header to the last non-blank line; the name is the selection', () => {
    assert.deepEqual(
      symbols.map((symbol) => [symbol.range, symbol.selectionRange]),
      [
        [range(0, 0, 2, 47), range(0, 1, 0, 8)],
        [range(4, 0, 7, 16), range(4, 1, 4, 7)],
        [range(9, 0, 10, 14), range(9, 1, 9, 6)],
        [range(12, 0, 16, 42), range(12, 1, 12, 8)],
        [range(17, 0, 19, 17), range(17, 1, 17, 10)],
      ],
    );
    for (const symbol of symbols) {
      assert.ok(isInside(symbol.selectionRange, symbol.range), symbol.name);
      for (const child of symbol.children ?? []) {
        assert.ok(isInside(child.range, symbol.range), `${symbol.name}/${child.name}`);
        assert.ok(isInside(child.selectionRange, child.range), `${symbol.name}/${child.name} selection`);
      }
    }
  });

  it('keys are children with their values; a register statement is a registration to its host', () => {
    assert.deepEqual(outline(symbols[0].children ?? []), [
      ['context', 'Property', 'default'],
      ['register → sip.example.com', 'Event', 'alice:••••••@sip.example.com/100'],
    ]);
    assert.deepEqual(symbols[0].children?.[1].range, range(2, 0, 2, 47));
    assert.deepEqual(symbols[0].children?.[1].selectionRange, range(2, 0, 2, 8));
  });

  it('masks every secret, md5secret and remotesecret', () => {
    assert.deepEqual(outline(symbols[3].children ?? []), [
      ['type', 'Property', 'peer'],
      ['host', 'Property', 'sip.example.com'],
      ['remotesecret', 'Property', '••••••'],
      ['md5secret', 'Property', '••••••'],
    ]);
  });

  it('no fixture secret appears anywhere in the symbols', () => {
    const json = JSON.stringify(symbols);
    for (const secret of ['s3cr3tReg', 't0pSecret', 'r3moteSecret', '0123456789abcdef0123456789abcdef']) {
      assert.ok(!json.includes(secret), secret);
    }
  });

  it('masks auth and dbsecret values and the secret of an iax register line', () => {
    const sip = getDocumentSymbols(analyzeText('[authentication]\nauth=bob:authPw1@realm.example.com\nauth=carol#0123456789abcdef0123456789abcdef@other\n'));
    assert.deepEqual(outline(sip), [['authentication', 'Namespace', 'credentials for outbound calls, by realm']]);
    assert.deepEqual(outline(sip[0].children ?? []), [
      ['auth', 'Property', 'bob:••••••@realm.example.com'],
      ['auth', 'Property', 'carol#••••••@other'],
    ]);
    const iax = getDocumentSymbols(analyzeText('[general]\nregister => trunk:iaxPw9@iax.example.com:4570\n[pbx]\ntype=friend\nhost=dynamic\ndbsecret=pbx/pw\n', { dialect: 'iax' }));
    assert.deepEqual(outline(iax[0].children ?? []), [['register → iax.example.com', 'Event', 'trunk:••••••@iax.example.com:4570']]);
    assert.deepEqual(outline(iax[1].children ?? []).at(-1), ['dbsecret', 'Property', '••••••']);
    assert.ok(!JSON.stringify(iax).includes('iaxPw9'));
  });

  it('a register line Asterisk rejects shows nothing of its value', () => {
    const [general] = getDocumentSymbols(analyzeText('[general]\nregister => alice:rejectedPw\n'));
    assert.deepEqual(outline(general.children ?? []), [['register → ?', 'Event', '••••••']]);
  });

  it('an endpoint without a usable type is a Variable', () => {
    assert.deepEqual(outline(getDocumentSymbols(analyzeText('[nobody]\nhost=dynamic\n'))), [['nobody', 'Variable', 'no type: skipped by Asterisk']]);
  });

  it('outlines only this document: sections and keys of included files are left out', () => {
    const analysis = analyzeText('[general]\n#include peers.conf\ncontext=x\n', { files: { 'peers.conf': 'bindport=5061\n[bob]\ntype=peer\nhost=dynamic\n' } });
    const symbols = getDocumentSymbols(analysis);
    assert.deepEqual(outline(symbols), [['general', 'Namespace', 'general settings']]);
    assert.deepEqual(outline(symbols[0].children ?? []), [['context', 'Property', 'x']]);
  });

  it('an included file outlines its own sections with the kinds the whole tree gives them', () => {
    const analysis = analyzeText('[bob]\ntype=peer\nhost=dynamic\nsecret=x\n', {
      fileName: 'peers.conf',
      files: { 'sip.conf': '[general]\n#include peers.conf\n' },
    });
    assert.deepEqual(outline(getDocumentSymbols(analysis)), [['bob', 'Struct', 'peer ⇒ we call it (registers to us)']]);
  });

  it('contexts of a generic file are namespaces, and an empty name still has a name', () => {
    assert.deepEqual(outline(getDocumentSymbols(analyzeText('[from-door]\nexten => s,1,Answer()\n[]\n', { dialect: 'generic' }))), [
      ['from-door', 'Namespace', undefined],
      ['[]', 'Namespace', undefined],
    ]);
  });

  it('an empty document has no symbols', () => {
    assert.deepEqual(getDocumentSymbols(analyzeText('')), []);
  });
});

describe('workspace symbols', () => {
  const sip = analyzeText(SIP);
  const iax = analyzeText('[general]\n[trunk]\ntype=peer\nhost=iax.example.com\n', { dialect: 'iax' });

  it('filters the sections of every analysis by a case-insensitive subsequence', () => {
    assert.deepEqual(
      getWorkspaceSymbols([sip, iax], 'CaR').map((symbol) => [symbol.name, kindName(symbol.kind), symbol.location.uri, symbol.location.range, symbol.containerName]),
      [['carrier', 'Struct', 'file:///etc/asterisk/sip.conf', range(12, 1, 12, 8), 'sip.conf']],
    );
    assert.deepEqual(
      getWorkspaceSymbols([sip, iax], 'tr').map((symbol) => symbol.name),
      ['frontdoor', 'trunk'],
    );
  });

  it('an empty query lists every section once, also when a file is open twice', () => {
    assert.deepEqual(
      getWorkspaceSymbols([sip, sip, iax], '').map((symbol) => `${symbol.containerName}:${symbol.name}`),
      ['sip.conf:general', 'sip.conf:office', 'sip.conf:alice', 'sip.conf:carrier', 'sip.conf:frontdoor', 'iax.conf:general', 'iax.conf:trunk'],
    );
  });

  it('includes the sections of included files, located in those files', () => {
    const analysis = analyzeText('[general]\n#include peers.conf\n', { files: { 'peers.conf': '[bob]\ntype=peer\nhost=dynamic\n' } });
    assert.deepEqual(
      getWorkspaceSymbols([analysis], 'bob').map((symbol) => [symbol.location.uri, symbol.location.range]),
      [['file:///etc/asterisk/peers.conf', range(0, 1, 0, 4)]],
    );
  });

  it('subsequence matching', () => {
    assert.equal(matchesQuery('carrier', 'crr'), true);
    assert.equal(matchesQuery('carrier', 'rc'), false);
    assert.equal(matchesQuery('anything', ''), true);
  });
});
