import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { inSpan, listWordAt, locate, optionFor, valueColumnAt, valueOffsetAt, type Target } from '../../../server/src/service/features/locate';
import { parseConfig } from '../../../server/src/service/parser/configDocument';
import type { HeaderOption, KeyValueNode } from '../../../server/src/service/parser/nodes';
import { analyzeText, withCaret, type FixtureOptions } from '../../support/fixture';

function at(textWithCaret: string, options?: FixtureOptions): Target | undefined {
  const { text, position } = withCaret(textWithCaret);
  return locate(analyzeText(text, options), position);
}

/** What a header option says (the parser keeps its span packed and hands it out on demand). */
function optionParts(option: HeaderOption): HeaderOption {
  return { kind: option.kind, text: option.text, span: option.span };
}

function keyValue(line: string): KeyValueNode {
  const node = parseConfig(line).line(0);
  assert.equal(node.kind, 'keyValue');
  return node;
}

describe('locate', () => {
  describe('section headers', () => {
    it('sectionName on the name and after the closing ]', () => {
      for (const text of ['[al|ice](tpl)', '[|alice]', '[alice]|']) {
        const target = at(`[tpl](!)\n${text}`);
        assert.equal(target?.kind, 'sectionName', text);
        assert.equal(target.line, 1);
        assert.equal(target.node.name, 'alice');
        assert.equal(target.section?.name, 'alice');
      }
    });

    it('headerOption on a base name, with the option under the cursor', () => {
      const target = at('[tpl](!)\n[alice](t|pl)');
      assert.equal(target?.kind, 'headerOption');
      assert.deepEqual(optionParts(target.option), { kind: 'inherit', text: 'tpl', span: { start: 8, end: 11 } });
    });

    it('headerOption on ! and +, with their kinds', () => {
      const template = at('[alice](|!)');
      assert.equal(template?.kind, 'headerOption');
      assert.equal(template.option.kind, 'template');
      const append = at('[alice]\n[alice](+|)');
      assert.equal(append?.kind, 'headerOption');
      assert.equal(append.option.kind, 'append');
    });

    it('an empty inherit option at the cursor inside empty parentheses or after a comma', () => {
      const empty = at('[alice](|)');
      assert.equal(empty?.kind, 'headerOption');
      assert.deepEqual(optionParts(empty.option), { kind: 'inherit', text: '', span: { start: 8, end: 8 } });
      const afterComma = at('[alice](!,|)');
      assert.equal(afterComma?.kind, 'headerOption');
      assert.deepEqual(optionParts(afterComma.option), { kind: 'inherit', text: '', span: { start: 10, end: 10 } });
    });
  });

  describe('key/value lines', () => {
    it('key from the start of the key to the end of the operator, with the catalog option', () => {
      for (const text of ['|host = dynamic', 'ho|st = dynamic', 'host| = dynamic', 'host =|> dynamic']) {
        const target = at(`[a]\n${text}`);
        assert.equal(target?.kind, 'key', text);
        assert.equal(target.node.key, 'host');
        assert.equal(target.option?.name, 'host');
        assert.equal(target.section?.name, 'a');
      }
    });

    it('value from the end of the operator on, with the index into the value', () => {
      const cases: [string, number][] = [
        ['host =| dynamic', 0],
        ['host = |dynamic', 0],
        ['host = dyn|amic', 3],
        ['host = dynamic|', 7],
        ['host => |x', 0],
        ['host = dynamic  |', 7],
      ];
      for (const [text, valueOffset] of cases) {
        const target = at(`[a]\n${text}`);
        assert.equal(target?.kind, 'value', text);
        assert.equal(target.valueOffset, valueOffset, text);
        assert.equal(target.option?.name, 'host');
      }
    });

    it('maps the cursor through \\; escapes to the index into the unescaped value', () => {
      const target = at('[a]\ncallerid=a\\;b|c');
      assert.equal(target?.kind, 'value');
      assert.equal(target.node.value, 'a;bc');
      assert.equal(target.valueOffset, 3);
    });

    it('has no catalog option for an unknown key or in a generic file', () => {
      const unknown = at('[a]\nfrobnicate|=1');
      assert.equal(unknown?.kind, 'key');
      assert.equal(unknown.option, undefined);
      const generic = at('[a]\nhost|=1', { dialect: 'generic' });
      assert.equal(generic?.kind, 'key');
      assert.equal(generic.option, undefined);
    });

    it('a key line above every section has no section', () => {
      const target = at('x|=1');
      assert.equal(target?.kind, 'key');
      assert.equal(target.section, undefined);
    });
  });

  describe('directives', () => {
    it('inArgument only after the directive name', () => {
      const cases: [string, boolean][] = [
        ['#incl|ude foo.conf', false],
        ['#include| foo.conf', false],
        ['#include |foo.conf', true],
        ['#include foo.c|onf', true],
      ];
      for (const [text, inArgument] of cases) {
        const target = at(`[a]\n${text}`);
        assert.equal(target?.kind, 'directive', text);
        assert.equal(target.inArgument, inArgument, text);
        assert.equal(target.node.name, 'include');
      }
    });
  });

  describe('blank lines and lines being typed', () => {
    it('blank on an empty line, with an empty typed span at the cursor', () => {
      assert.deepEqual(strip(at('[a]\n|')), { kind: 'blank', line: 1, section: 'a', typed: '', typedSpan: { start: 0, end: 0 } });
      assert.deepEqual(strip(at('|')), { kind: 'blank', line: 0, section: undefined, typed: '', typedSpan: { start: 0, end: 0 } });
    });

    it('blank with the typed word up to the cursor on a line without =', () => {
      assert.deepEqual(strip(at('[a]\nty|')), { kind: 'blank', line: 1, section: 'a', typed: 'ty', typedSpan: { start: 0, end: 2 } });
      assert.deepEqual(strip(at('[a]\n  ty|pe')), { kind: 'blank', line: 1, section: 'a', typed: 'ty', typedSpan: { start: 2, end: 4 } });
    });
  });

  describe('comments', () => {
    it('comment inside a line comment, value just before its ;', () => {
      assert.deepEqual(strip(at('[a]\nx=1 ; co|mment')), { kind: 'comment', line: 1, section: 'a' });
      assert.equal(at('[a]\nx=1 |; comment')?.kind, 'value');
    });

    it('comment inside an inline block comment, value on both sides of it', () => {
      assert.equal(at('[a]\nx=ab;-- c| --;cd')?.kind, 'comment');
      const before = at('[a]\nx=a|b;-- c --;cd');
      assert.equal(before?.kind, 'value');
      assert.equal(before.valueOffset, 1);
      const after = at('[a]\nx=ab;-- c --;c|d');
      assert.equal(after?.kind, 'value');
      assert.equal(after.node.value, 'abcd');
      assert.equal(after.valueOffset, 3);
    });

    it('comment on every line inside a multi-line block comment', () => {
      assert.deepEqual(strip(at('[a]\n;--\nins|ide\n--;')), { kind: 'comment', line: 2, section: 'a' });
      assert.deepEqual(strip(at('[a]\n;--\n|\n--;')), { kind: 'comment', line: 2, section: 'a' });
    });
  });

  describe('positions out of range', () => {
    const text = '[a]\nhost=dynamic';
    const analysis = analyzeText(text);

    it('returns undefined for a line before the first or after the last', () => {
      assert.equal(locate(analysis, { line: -1, character: 0 }), undefined);
      assert.equal(locate(analysis, { line: 2, character: 0 }), undefined);
      assert.equal(locate(analysis, { line: 1_000_000, character: 5 }), undefined);
    });

    it('clamps the character into the line', () => {
      const pastEnd = locate(analysis, { line: 1, character: 999 });
      assert.equal(pastEnd?.kind, 'value');
      assert.equal(pastEnd.valueOffset, 7);
      const negative = locate(analysis, { line: 1, character: -5 });
      assert.equal(negative?.kind, 'key');
    });

    it('handles an empty document', () => {
      assert.equal(locate(analyzeText(''), { line: 0, character: 3 })?.kind, 'blank');
      assert.equal(locate(analyzeText(''), { line: 1, character: 0 }), undefined);
    });
  });
});

describe('valueOffsetAt / valueColumnAt', () => {
  it('are plain offsets from the value start for a value without escapes', () => {
    const node = keyValue('host = dynamic');
    assert.equal(node.valueColumns, undefined);
    assert.deepEqual([6, 7, 10, 14].map((column) => valueOffsetAt(node, column)), [0, 0, 3, 7]);
    assert.deepEqual([0, 3, 7].map((index) => valueColumnAt(node, index)), [7, 10, 14]);
  });

  it('clamp a column before the value to 0 and one past it to the value length', () => {
    const node = keyValue('host = dynamic');
    assert.equal(valueOffsetAt(node, -10), 0);
    assert.equal(valueOffsetAt(node, 0), 0);
    assert.equal(valueOffsetAt(node, 500), 7);
  });

  it('step over the backslash of a \\; escape', () => {
    // c a l l e r i d = a \ ; b
    // 0 ...           8 9 10 11 12
    const node = keyValue('callerid=a\\;b');
    assert.equal(node.value, 'a;b');
    assert.deepEqual(node.valueColumns, [9, 11, 12]);
    assert.deepEqual([9, 10, 11, 12, 13].map((column) => valueOffsetAt(node, column)), [0, 1, 1, 2, 3]);
    assert.deepEqual([0, 1, 2, 3].map((index) => valueColumnAt(node, index)), [9, 11, 12, 13]);
    assert.equal(valueOffsetAt(node, -1), 0);
    assert.equal(valueOffsetAt(node, 99), 3);
    assert.equal(valueColumnAt(node, 99), 13);
  });

  it('skip an inline ;-- --; block comment', () => {
    // x = a b ; - - space c space - - ; c d
    // 0 2 4 5 6 ...                   15 16
    const node = keyValue('x = ab;-- c --;cd');
    assert.equal(node.value, 'abcd');
    assert.deepEqual(node.valueColumns, [4, 5, 15, 16]);
    assert.deepEqual([4, 5, 6, 10, 15, 16, 17].map((column) => valueOffsetAt(node, column)), [0, 1, 2, 2, 2, 3, 4]);
    assert.deepEqual([0, 1, 2, 3, 4].map((index) => valueColumnAt(node, index)), [4, 5, 15, 16, 17]);
  });

  it('are inverse for every index of an escaped value', () => {
    const node = keyValue('callerid=a\\;b;-- z --;c');
    for (let index = 0; index <= node.value.length; index++) assert.equal(valueOffsetAt(node, valueColumnAt(node, index)), index);
  });
});

describe('inSpan and optionFor', () => {
  it('inSpan includes both ends', () => {
    assert.deepEqual([2, 3, 5, 6].map((character) => inSpan({ start: 3, end: 5 }, character)), [false, true, true, false]);
  });

  it('optionFor looks the key up in the dialect’s catalog, case-insensitively, and never for generic files', () => {
    assert.equal(optionFor(analyzeText('', { dialect: 'sip' }), 'HOST')?.name, 'host');
    assert.equal(optionFor(analyzeText('', { dialect: 'iax' }), 'trunk')?.name, 'trunk');
    assert.equal(optionFor(analyzeText('', { dialect: 'sip' }), 'trunk'), undefined);
    assert.equal(optionFor(analyzeText('', { dialect: 'generic' }), 'host'), undefined);
  });
});

/** A blank or comment target without its node, with the section by name. */
function strip(target: Target | undefined): unknown {
  if (!target) return undefined;
  const { kind, line } = target;
  const section = 'section' in target ? target.section?.name : undefined;
  if (target.kind === 'blank') return { kind, line, section, typed: target.typed, typedSpan: target.typedSpan };
  return { kind, line, section };
}

describe('listWordAt (sip, iax and pjsip list values)', () => {
  it('is the trimmed comma-separated word around an offset', () => {
    assert.deepEqual(listWordAt('a, bob ,c', 4), { text: 'bob', start: 3, end: 6 });
    assert.deepEqual(listWordAt('ulaw,alaw', 9), { text: 'alaw', start: 5, end: 9 });
    assert.deepEqual(listWordAt('', 0), { text: '', start: 0, end: 0 });
  });
});
