import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  CONTEXT_KEYS,
  locationOf,
  occurrencesOf,
  rangeOf,
  registerAt,
  registerPeerPart,
  symbolAt,
  valuePartSpan,
  type Occurrence,
} from '../../../server/src/service/features/namedSymbols';
import { parseConfig } from '../../../server/src/service/parser/configDocument';
import type { KeyValueNode } from '../../../server/src/service/parser/nodes';
import { analyzeText, uriOf, withCaret, type FixtureOptions } from '../../support/fixture';

function symbolUnder(textWithCaret: string, options?: FixtureOptions) {
  const { text, position } = withCaret(textWithCaret);
  const analysis = analyzeText(text, options);
  return { analysis, found: symbolAt(analysis, position) };
}

/** file:line:start-end, with a * for declarations. */
function brief(occurrences: readonly Occurrence[]): string[] {
  return occurrences.map(
    (occurrence) =>
      `${occurrence.uri.slice(occurrence.uri.lastIndexOf('/') + 1)}:${occurrence.range.start.line}:${occurrence.range.start.character}-${occurrence.range.end.character}${occurrence.isDeclaration ? '*' : ''}`,
  );
}

function keyValue(line: string): KeyValueNode {
  const node = parseConfig(line).line(0);
  assert.equal(node.kind, 'keyValue');
  return node;
}

describe('rangeOf / locationOf / valuePartSpan', () => {
  it('turn a column span into an LSP range on one line', () => {
    assert.deepEqual(rangeOf(4, { start: 1, end: 5 }), { start: { line: 4, character: 1 }, end: { line: 4, character: 5 } });
    assert.deepEqual(locationOf('file:///x', 2, { start: 0, end: 3 }), { uri: 'file:///x', range: { start: { line: 2, character: 0 }, end: { line: 2, character: 3 } } });
  });

  it('valuePartSpan maps value indices to columns, through escapes, and keeps empty parts empty', () => {
    const plain = keyValue('register => me:pw@host');
    assert.deepEqual(valuePartSpan(plain, { start: 9, end: 13 }), { start: 21, end: 25 });
    const escaped = keyValue('context=a\\;b');
    assert.deepEqual(valuePartSpan(escaped, { start: 0, end: 3 }), { start: 8, end: 12 });
    assert.deepEqual(valuePartSpan(escaped, { start: 2, end: 2 }), { start: 11, end: 11 });
  });

  it('CONTEXT_KEYS are context and subscribecontext', () => {
    assert.deepEqual([...CONTEXT_KEYS].sort(), ['context', 'subscribecontext']);
  });
});

describe('registerAt / registerPeerPart', () => {
  it('finds the register statement of a line and its unquoted peer? prefix', () => {
    const analysis = analyzeText('[general]\nregister => prov?me:pw@host\nregister => "q"?me:pw@host2\nregister => me:pw@host3');
    assert.equal(registerAt(analysis, analysis.uri, 0), undefined);
    const statement = registerAt(analysis, analysis.uri, 1);
    assert.ok(statement);
    assert.deepEqual(registerPeerPart(statement)?.text, 'prov');
    const quoted = registerAt(analysis, analysis.uri, 2);
    assert.ok(quoted);
    assert.equal(registerPeerPart(quoted), undefined);
    const withoutPeer = registerAt(analysis, analysis.uri, 3);
    assert.ok(withoutPeer);
    assert.equal(registerPeerPart(withoutPeer), undefined);
  });

  it('IAX register statements have no peer prefix', () => {
    const analysis = analyzeText('[general]\nregister => prov?me:pw@host', { dialect: 'iax' });
    const statement = registerAt(analysis, analysis.uri, 1);
    assert.ok(statement);
    assert.equal(registerPeerPart(statement), undefined);
  });
});

describe('symbolAt and occurrencesOf', () => {
  const SECTIONS = '[tpl](!)\n[a](tpl)\n[general]\nregister => tpl?me:pw@host';

  it('a section header names the section; its occurrences are the header, the bases and the register prefixes', () => {
    const { analysis, found } = symbolUnder(`[t|pl](!)\n${SECTIONS.slice(SECTIONS.indexOf('\n') + 1)}`);
    assert.deepEqual(found, { symbol: { kind: 'section', name: 'tpl', key: 'tpl' }, range: { start: { line: 0, character: 1 }, end: { line: 0, character: 4 } } });
    assert.deepEqual(brief(occurrencesOf(analysis, found.symbol)), ['sip.conf:0:1-4*', 'sip.conf:1:4-7', 'sip.conf:3:12-15']);
  });

  it('a base in a header option names the section, case kept as written, key lower-cased', () => {
    const { found } = symbolUnder('[Tpl](!)\n[a](T|PL)');
    assert.deepEqual(found, { symbol: { kind: 'section', name: 'TPL', key: 'tpl' }, range: { start: { line: 1, character: 4 }, end: { line: 1, character: 7 } } });
  });

  it('the peer? prefix of a SIP register statement names the section', () => {
    const { analysis, found } = symbolUnder('[general]\nregister => pr|ov?me:pw@host\n[prov]\ntype=peer\nhost=h');
    assert.deepEqual(found?.range, { start: { line: 1, character: 12 }, end: { line: 1, character: 16 } });
    assert.deepEqual(brief(occurrencesOf(analysis, found.symbol)), ['sip.conf:2:1-5*', 'sip.conf:1:12-16']);
  });

  it('a context value names the dialplan context; occurrences include its extensions.conf header', () => {
    const { analysis, found } = symbolUnder('[a]\ncontext=off|ice\n[b]\nsubscribecontext=Office\n[c]\ncontext=offices', { dialplan: '[office]\nexten => 1,1,NoOp' });
    assert.deepEqual(found, { symbol: { kind: 'context', name: 'office', key: 'office' }, range: { start: { line: 1, character: 8 }, end: { line: 1, character: 14 } }, notRenameable: undefined });
    assert.deepEqual(brief(occurrencesOf(analysis, found.symbol)), ['extensions.conf:0:1-7*', 'sip.conf:1:8-14', 'sip.conf:3:17-23']);
  });

  it('a context written with escapes can be found but not renamed in place', () => {
    const { found } = symbolUnder('[a]\ncontext=a\\;|b');
    assert.equal(found?.symbol.name, 'a;b');
    assert.equal(typeof found?.notRenameable, 'string');
  });

  it('nothing else is a symbol: other values, keys, empty names, comments, out of range', () => {
    assert.equal(symbolUnder('[a]\nhost=|x').found, undefined);
    assert.equal(symbolUnder('[a]\ncon|text=x').found, undefined);
    assert.equal(symbolUnder('[a]\ncontext=|').found, undefined);
    assert.equal(symbolUnder('[|]').found, undefined);
    assert.equal(symbolUnder('[a](|!)').found, undefined);
    assert.equal(symbolUnder('[a] ; n|ote').found, undefined);
    assert.equal(symbolAt(analyzeText('[a]'), { line: 9, character: 0 }), undefined);
  });

  it('occurrences follow included files', () => {
    const { analysis, found } = symbolUnder('[t|pl](!)\n#include extra.conf', { files: { 'extra.conf': '[b](tpl)' } });
    assert.ok(found);
    assert.deepEqual(
      occurrencesOf(analysis, found.symbol).map((occurrence) => occurrence.uri),
      [uriOf('sip.conf'), uriOf('extra.conf')],
    );
  });
});
