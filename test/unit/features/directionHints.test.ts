import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Range } from 'vscode-languageserver-types';
import { getCodeLenses, getInlayHints } from '../../../server/src/service/features/directionHints';
import { analyzeText } from '../../support/fixture';

const TEXT = [
  '[general]', //                                    0
  'register => 4420017:Reg1sterPw@sip.example.com', // 1
  '[phone](!)', //                                   2
  'context=internal', //                             3
  '[alice](phone)', //                               4
  'type=user', //                                    5
  'secret=S3cr3tAlice', //                           6
  '[provider]', //                                   7
  'type=peer', //                                    8
  'host=sip.example.com', //                         9
  '[bob]', //                                        10
  'type=friend', //                                  11
  'host=dynamic', //                                 12
  '[untyped]', //                                    13
  'host=1.2.3.4', //                                 14
  '',
].join('\n');

function wholeDocument(lines = 100): Range {
  return { start: { line: 0, character: 0 }, end: { line: lines, character: 0 } };
}

describe('direction hints: inlay hints', () => {
  it('one hint after each endpoint header and each register statement, none on templates or untyped sections', () => {
    const hints = getInlayHints(analyzeText(TEXT), wholeDocument());
    assert.deepEqual(
      hints.map((hint) => [hint.position.line, hint.position.character, hint.label]),
      [
        [1, 46, '⇒ we register to sip.example.com'],
        [4, 14, '⇐ calls us'],
        [7, 10, '⇒ we call'],
        [10, 5, '⇄ both'],
      ],
    );
    assert.ok(hints.every((hint) => hint.paddingLeft === true));
  });

  it('the tooltip is the plain-words direction, secrets masked', () => {
    const hints = getInlayHints(analyzeText(TEXT), wholeDocument());
    const alice = hints.find((hint) => hint.position.line === 4)!;
    assert.equal(
      alice.tooltip,
      'Asterisk accepts calls from alice (authenticated by secret) into context internal (from template [phone]); it cannot call alice (type=user has no location).',
    );
    const bob = hints.find((hint) => hint.position.line === 10)!;
    assert.match(String(bob.tooltip), /nothing protects that: anyone can register as bob/);
    for (const hint of hints) {
      assert.ok(!String(hint.tooltip).includes('S3cr3tAlice') && !String(hint.tooltip).includes('Reg1sterPw'));
    }
  });

  it('only within the requested range', () => {
    const hints = getInlayHints(analyzeText(TEXT), { start: { line: 5, character: 0 }, end: { line: 10, character: 0 } });
    assert.deepEqual(hints.map((hint) => hint.label), ['⇒ we call', '⇄ both']);
  });

  it('a range past the end or an empty document gives nothing', () => {
    assert.deepEqual(getInlayHints(analyzeText(TEXT), { start: { line: 500, character: 0 }, end: { line: 600, character: 0 } }), []);
    assert.deepEqual(getInlayHints(analyzeText(''), wholeDocument()), []);
  });

  it('iax: the same labels, and the register host', () => {
    const hints = getInlayHints(analyzeText('[general]\nregister => branch:pw@hq.example.com\n[hq]\ntype=peer\nhost=hq.example.com\n', { dialect: 'iax' }), wholeDocument());
    assert.deepEqual(hints.map((hint) => hint.label), ['⇒ we register to hq.example.com', '⇒ we call']);
  });

  it('generic files get no hints', () => {
    assert.deepEqual(getInlayHints(analyzeText('[alice]\ntype=user\n', { dialect: 'generic' }), wholeDocument()), []);
  });

  it('a header of an included file is hinted in that file only', () => {
    const files = { 'sip.conf': '[general]\n#include "peers.conf"\n' };
    const included = analyzeText('[carol]\ntype=peer\nhost=dynamic\n', { fileName: 'peers.conf', files });
    assert.deepEqual(getInlayHints(included, wholeDocument()).map((hint) => [hint.position.line, hint.label]), [[0, '⇒ we call']]);
  });
});

describe('direction hints: code lenses', () => {
  it('the same texts, as title-only lenses on the header lines', () => {
    const lenses = getCodeLenses(analyzeText(TEXT));
    assert.deepEqual(
      lenses.map((lens) => [lens.range.start.line, lens.command?.title, lens.command?.command]),
      [
        [1, '⇒ we register to sip.example.com', ''],
        [4, '⇐ calls us', ''],
        [7, '⇒ we call', ''],
        [10, '⇄ both', ''],
      ],
    );
    assert.deepEqual(lenses[1].range, { start: { line: 4, character: 0 }, end: { line: 4, character: 14 } });
  });
});
