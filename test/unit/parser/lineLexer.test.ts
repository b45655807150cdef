import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { HEADER_LINE_SCAN, lexLine, MAX_SECTION_NAME_LENGTH, NEEDS_LEX, PLAIN_LINE_SCAN, scanLine, scannedLineHasNoIssues } from '../../../server/src/service/parser/lineLexer';
import type { KeyValueNode, LineNode, SectionHeaderNode, DirectiveNode } from '../../../server/src/service/parser/nodes';

function lex(text: string, depthIn = 0): LineNode {
  return lexLine(text, depthIn, false, 1);
}
function keyValue(text: string, depthIn = 0): KeyValueNode {
  const node = lex(text, depthIn);
  assert.equal(node.kind, 'keyValue', `expected a key/value line: ${text}`);
  return node as KeyValueNode;
}
function header(text: string): SectionHeaderNode {
  const node = lex(text);
  assert.equal(node.kind, 'section');
  return node as SectionHeaderNode;
}
function codes(node: LineNode): string[] {
  return node.issues.map((issue) => issue.code);
}
/** The text a span covers. */
function at(text: string, span: { start: number; end: number }): string {
  return text.slice(span.start, span.end);
}

describe('lineLexer: key/value lines', () => {
  it('splits at the first = and strips name and value', () => {
    const text = '  setvar = FOO=bar  ';
    const node = keyValue(text);
    assert.equal(node.key, 'setvar');
    assert.equal(node.value, 'FOO=bar');
    assert.equal(node.operator, '=');
    assert.equal(at(text, node.keySpan), 'setvar');
    assert.equal(at(text, node.valueSpan), 'FOO=bar');
  });

  it('reads => and += as operators', () => {
    const register = keyValue('register => alice:pw@example.com');
    assert.equal(register.operator, '=>');
    assert.equal(register.value, 'alice:pw@example.com');
    const append = keyValue('allow += ,g729');
    assert.equal(append.operator, '+=');
    assert.equal(append.key, 'allow');
    assert.equal(append.value, ',g729');
  });

  it('a ; starts a comment even inside quotes', () => {
    const text = 'callerid="A;B" <1>';
    const node = keyValue(text);
    assert.equal(node.value, '"A');
    assert.deepEqual(node.comments.map((span) => at(text, span)), [';B" <1>']);
  });

  it('\\; is an escaped semicolon: the backslash goes, the value keeps ;', () => {
    const text = 'secret=a\\;b ; real comment';
    const node = keyValue(text);
    assert.equal(node.value, 'a;b');
    assert.equal(at(text, node.valueSpan), 'a\\;b');
    assert.deepEqual(node.valueColumns, [7, 9, 10]);
  });

  it('an empty value is allowed and its span sits after the operator', () => {
    const text = 'context=';
    const node = keyValue(text);
    assert.equal(node.value, '');
    assert.deepEqual(node.valueSpan, { start: 8, end: 8 });
  });

  it('a leading backslash escapes the first character of the name', () => {
    assert.equal(keyValue('\\[foo]=bar').key, '[foo]');
    assert.deepEqual(codes(lex('\\ x=1')), ['invalid-escape']);
  });

  it('a line without = is invalid; an empty name too', () => {
    assert.deepEqual(codes(lex('just words')), ['missing-equals']);
    assert.deepEqual(codes(lex(' = value')), ['empty-name']);
  });

  it('hands out one string for a key or short value that repeats, and exact text for each line', () => {
    const first = keyValue('type=friend');
    const second = keyValue('  type = friend ; again');
    assert.equal(second.key, 'type');
    assert.equal(second.value, 'friend');
    // The same strings (one copy kept for a 90k-line file), yet a different text is never mistaken for it.
    assert.ok(Object.is(first.key, second.key) && Object.is(first.value, second.value));
    assert.equal(keyValue('tyqe=friend').key, 'tyqe');
    assert.equal(keyValue('type=frien').value, 'frien');
    const long = 'x'.repeat(40);
    assert.equal(keyValue(`setvar=${long}`).value, long);
  });

  it('every node keeps its own state: lines lexed one after another do not share what differs', () => {
    const plain = keyValue('host=dynamic');
    const commented = keyValue('host=a ;-- block');
    const escaped = keyValue('secret=a\\;b');
    const after = keyValue('qualify=yes');
    assert.deepEqual([plain.depthIn, plain.depthOut, plain.openedAt, plain.comments, plain.issues], [0, 0, -1, [], []]);
    assert.deepEqual([commented.depthOut, commented.openedAt, commented.comments.length], [1, 7, 1]);
    assert.equal(escaped.value, 'a;b');
    assert.equal(after.value, 'yes');
    assert.equal(after.valueColumns, undefined);
    assert.deepEqual([after.keySpan, after.operatorSpan, after.valueSpan], [
      { start: 0, end: 7 },
      { start: 7, end: 8 },
      { start: 8, end: 11 },
    ]);
    assert.deepEqual(plain.valueSpan, { start: 5, end: 12 }, 'the earlier node is unchanged');
    assert.equal(plain.kind, 'keyValue');
  });

  it('spans stay exact at the longest line Asterisk reads', () => {
    const value = 'v'.repeat(8180);
    const node = keyValue(`key=${value}`);
    assert.deepEqual(node.valueSpan, { start: 4, end: 8184 });
  });
});

describe('lineLexer: block comments', () => {
  it(';-- opens, --; closes, and text around an inline block is glued together', () => {
    const node = keyValue('a=1;-- x --;2');
    assert.equal(node.value, '12');
    assert.equal(node.depthOut, 0);
    assert.deepEqual(node.valueColumns, [2, 12]);
  });

  it(';--- is a line comment, not a block opener', () => {
    const node = lex(';--- a ruler ---');
    assert.equal(node.kind, 'trivia');
    assert.equal(node.depthOut, 0);
  });

  it('an opener carries depth to the next line, and nesting counts', () => {
    const open = lex('type=peer ;-- start');
    assert.equal(open.kind, 'keyValue');
    assert.equal(open.depthOut, 1);
    const inner = lex(';-- nested', 1);
    assert.equal(inner.depthOut, 2);
    const closing = lex('x --; y=2', 1);
    assert.equal(closing.depthOut, 0);
    assert.equal((closing as KeyValueNode).key, 'y');
  });

  it('a stray --; drives the counter negative and keeps the rest of the line', () => {
    const node = keyValue('foo=bar--; note');
    assert.equal(node.value, 'bar--; note');
    assert.equal(node.depthOut, -1);
    assert.deepEqual(codes(node), ['stray-block-comment-end']);
    const swallowed = lex('host=dynamic', -1);
    assert.equal(swallowed.kind, 'trivia');
    assert.equal(lex(';--', -1).depthOut, 0);
  });
});

describe('lineLexer: section headers', () => {
  it('reads templates, appends and inherited names with their spans', () => {
    const text = '[alice](!,phone,+)';
    const node = header(text);
    assert.equal(node.name, 'alice');
    assert.equal(node.isTemplate, true);
    assert.equal(node.isAppend, true);
    assert.deepEqual(node.options?.map((option) => [option.kind, option.text, at(text, option.span)]), [
      ['template', '', '!'],
      ['inherit', 'phone', 'phone'],
      ['append', '', '+'],
    ]);
  });

  it('does not trim the name', () => {
    assert.equal(header('[ foo ]').name, ' foo ');
  });

  it('[x] (!) is not a template', () => {
    const node = header('[x] (!)');
    assert.equal(node.isTemplate, false);
    assert.equal(node.options, undefined);
    assert.deepEqual(codes(node), ['space-before-options']);
  });

  it('(!, tpl) looks for " tpl"', () => {
    const text = '[x](!, tpl)';
    const node = header(text);
    assert.deepEqual(codes(node), ['space-in-options']);
    assert.equal(at(text, node.issues[0].span), ' tpl');
  });

  it('empty names in the option list are flagged where they are', () => {
    assert.deepEqual(header('[x]()').issues.map((issue) => [issue.code, issue.span]), [['empty-inherit', { start: 3, end: 5 }]]);
    assert.deepEqual(header('[x](a,)').issues.map((issue) => [issue.code, issue.span]), [['empty-inherit', { start: 5, end: 6 }]]);
  });

  it('reports a missing ] or )', () => {
    assert.deepEqual(codes(lex('[general')), ['unclosed-section']);
    assert.deepEqual(codes(lex('[x](!')), ['unclosed-options']);
  });

  it('a header may carry a comment', () => {
    const node = header('[alice] ; a phone');
    assert.equal(node.name, 'alice');
    assert.deepEqual(codes(node), []);
  });
});

describe('lineLexer: directives and limits', () => {
  it('reads #include with its argument, quotes removed, name case-insensitive', () => {
    const text = '#INCLUDE "sip_custom.conf"';
    const node = lex(text) as DirectiveNode;
    assert.equal(node.kind, 'directive');
    assert.equal(node.name, 'include');
    assert.equal(node.argument, 'sip_custom.conf');
    assert.equal(at(text, node.argumentSpan!), 'sip_custom.conf');
  });

  it('flags unknown directives and a missing argument', () => {
    assert.deepEqual(codes(lex('#incldue x.conf')), ['unknown-directive']);
    assert.deepEqual(codes(lex('#include')), ['missing-directive-argument']);
  });

  it('skips a line over 8190 characters without touching the comment depth', () => {
    const node = lex('a=' + 'x'.repeat(8189) + ';--');
    assert.equal(node.kind, 'trivia');
    assert.equal(node.depthOut, 0);
    assert.deepEqual(codes(node), ['line-too-long']);
  });

  it('drops a byte order mark on the first line', () => {
    const node = lexLine('\ufeff[general]', 0, true, 1) as SectionHeaderNode;
    assert.equal(node.name, 'general');
    assert.deepEqual(node.nameSpan, { start: 2, end: 9 });
  });
});

describe('lineLexer: scanLine (a parse without nodes)', () => {
  it('judges plain lines and headers, and leaves comment machinery to lexLine', () => {
    assert.equal(scanLine('type=friend', 0, false), PLAIN_LINE_SCAN);
    assert.equal(scanLine('  [alice](tpl) ; a phone', 0, false), HEADER_LINE_SCAN);
    assert.equal(scanLine('x=1 ; [not a header]', 0, false), PLAIN_LINE_SCAN);
    assert.equal(scanLine('; [commented]', 0, false), PLAIN_LINE_SCAN);
    assert.equal(scanLine('x=1 ;-- opens', 0, false), NEEDS_LEX);
    assert.equal(scanLine('x=1 --; closes', 0, false), NEEDS_LEX);
    assert.equal(scanLine('secret=a\\;b', 0, false), NEEDS_LEX);
    assert.equal(scanLine('x=1', 1, false), NEEDS_LEX, 'inside a block comment');
    assert.equal(scanLine('[general]', 0, true), NEEDS_LEX, 'the first line (a byte order mark)');
    assert.equal(scanLine(`x=${'a'.repeat(8190)}`, 0, false), NEEDS_LEX, 'a line Asterisk may cut');
  });

  it('property: where it judges a line, lexLine agrees (depth stays 0, section exactly for a header)', () => {
    const piece = fc.constantFrom('[', ']', '(', ')', ';', '-', '--;', ';--', '\\', '=', ' ', '\t', '\v', 'a', '#', '\ufeff', 'é');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 24 }), fc.integer({ min: -2, max: 2 }), fc.boolean(), (parts, depth, first) => {
        const text = parts.join('');
        const scanned = scanLine(text, depth, first);
        if (scanned === NEEDS_LEX) return;
        const node = lexLine(text, depth, first, 1);
        assert.equal(node.depthIn, 0);
        assert.equal(node.depthOut, 0);
        assert.equal(node.kind === 'section', scanned === HEADER_LINE_SCAN);
      }),
      { numRuns: 5000 },
    );
  });
});

describe('lineLexer: scannedLineHasNoIssues (the early list without lexing)', () => {
  it('clears the common lines and leaves every line with a problem (or anything unusual) to lexLine', () => {
    for (const text of ['type=friend', '  allow += ulaw ; codecs', '', '   ', '; extension 6001', '[6001](phone-endpoint)', '[phone-endpoint](!)', '[a](!,tpl,+b) ; note', 'callerid="User 6001" <6001>', 'x => y']) {
      assert.equal(scannedLineHasNoIssues(text), true, text);
      assert.deepEqual(lexLine(text, 0, false, 1).issues, [], text);
    }
    for (const text of ['[broken', 'novalue', '=1', '+=1', '[]', `[${'n'.repeat(MAX_SECTION_NAME_LENGTH + 1)}]`, '[a](', '[a]()', '[a](b,,c)', '[a](b,)', '[a]( b)', '[a] (b)', '[a] x', '[a](b) x']) {
      assert.equal(scannedLineHasNoIssues(text), false, text);
      assert.notDeepEqual(lexLine(text, 0, false, 1).issues, [], text);
    }
    assert.equal(scannedLineHasNoIssues('#include x.conf'), false, 'a directive is lexed');
  });

  it('property: where it clears a line scanLine judged, lexLine finds no issue', () => {
    const piece = fc.constantFrom('[', ']', '(', ')', ',', '!', '+', ';', '-', '=', '>', '\\', ' ', '\t', '#', 'a', 'é', 'n'.repeat(40));
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 16 }), (parts) => {
        const text = parts.join('');
        if (scanLine(text, 0, false) === NEEDS_LEX || !scannedLineHasNoIssues(text)) return;
        assert.deepEqual(lexLine(text, 0, false, 1).issues, [], JSON.stringify(text));
      }),
      { numRuns: 5000 },
    );
  });
});

/** Everything a node says, read through its fields (shared parts and packed spans included). */
function view(node: LineNode): unknown {
  const base = { kind: node.kind, length: node.length, depthIn: node.depthIn, depthOut: node.depthOut, openedAt: node.openedAt, comments: [...node.comments], issues: [...node.issues] };
  if (node.kind !== 'section') return base;
  return {
    ...base,
    name: node.name,
    nameSpan: node.nameSpan,
    headerSpan: node.headerSpan,
    optionsSpan: node.optionsSpan,
    options: node.options?.map((option) => ({ kind: option.kind, text: option.text, span: option.span })),
    isTemplate: node.isTemplate,
    isAppend: node.isAppend,
  };
}

describe('lineLexer: parts shared between nodes (the heap of a large file, issue #18)', () => {
  it('headers with the same options at the same column share one list; each keeps its own name and spans', () => {
    const first = header('[1000](phone-endpoint)');
    const second = header('[1001](phone-endpoint)');
    assert.equal(second.options, first.options);
    assert.deepEqual([second.name, second.nameSpan, second.headerSpan, second.optionsSpan], ['1001', { start: 1, end: 5 }, { start: 0, end: 22 }, { start: 7, end: 21 }]);
    const moved = '[10000](phone-endpoint)';
    const longer = header(moved);
    assert.notEqual(longer.options, first.options, 'another column: other spans');
    assert.deepEqual(longer.options?.map((option) => [option.kind, at(moved, option.span)]), [['inherit', 'phone-endpoint']]);
  });

  it('keeps the template and append flags of a header whose option list is shared', () => {
    for (let i = 0; i < 2; i++) {
      const node = header('[a](!,+type=aor)');
      assert.deepEqual([node.isTemplate, node.isAppend], [true, true]);
      assert.deepEqual(node.options?.map((option) => [option.kind, option.text]), [['template', ''], ['append', 'type=aor']]);
      const plain = header('[b](tpl)');
      assert.deepEqual([plain.isTemplate, plain.isAppend], [false, false]);
    }
  });

  it('reports a problem in the options every time the header is lexed', () => {
    for (let i = 0; i < 3; i++) assert.deepEqual(codes(header('[x](!, tpl)')), ['space-in-options']);
  });

  it('comment lines with the comment at the same columns share one comment state; each reads its columns', () => {
    const one = lex('; extension 1000');
    const other = lex('; extension 1001');
    assert.equal(other.comments, one.comments);
    assert.deepEqual(other.comments, [{ start: 0, end: 16 }]);
    const indented = lex('  ; extension 1000');
    assert.deepEqual(indented.comments, [{ start: 2, end: 18 }]);
    const trailing = keyValue('context=from-internal ; lobby');
    assert.deepEqual(trailing.comments, [{ start: 22, end: 29 }]);
    assert.deepEqual(lex(';--').depthOut, 1, 'a block comment opener keeps its own state');
  });

  it('property: a line reads the same whatever was lexed before it, and its spans cover its text', () => {
    // Widths that put parts far apart in the same slot of the caches (slots repeat every 256 columns).
    const width = fc.constantFrom(0, 1, 2, 30, 31, 255, 256, 257, 286, 287);
    const lead = width.map((count) => ' '.repeat(count));
    const name = fc.constantFrom('1000', '10000', 'a', 'phone', '');
    const option = fc.constantFrom('!', 'tpl', 'phone-endpoint', '+', '+type=aor', ' tpl', '');
    const headerLine = fc
      .tuple(lead, name, fc.option(fc.array(option, { minLength: 1, maxLength: 3 }), { nil: undefined }), fc.constantFrom('', ' ; note', ' x'))
      .map(([blanks, sectionName, options, tail]) => `${blanks}[${sectionName}]${options ? `(${options.join(',')})` : ''}${tail}`);
    const commentLine = fc.tuple(lead, width).map(([blanks, length]) => `${blanks};${'c'.repeat(length)}`);
    const otherLine = fc.constantFrom('', 'key=value ; c', ';--', '--;', 'x=1 ;-- y --; z');
    fc.assert(
      fc.property(fc.array(fc.oneof(headerLine, commentLine, otherLine), { minLength: 1, maxLength: 24 }), (texts) => {
        const forward = texts.map((text) => view(lex(text)));
        const backward = [...texts].reverse().map((text) => view(lex(text))).reverse();
        assert.deepEqual(backward, forward);
        for (const text of texts) {
          const node = lex(text);
          for (const comment of node.comments) assert.equal(at(text, comment).startsWith(';') || at(text, comment).startsWith('--;'), true, JSON.stringify(text));
          if (node.kind !== 'section') continue;
          assert.equal(at(text, node.headerSpan).startsWith('['), true, JSON.stringify(text));
          for (const option of node.options ?? []) {
            const written = at(text, option.span);
            assert.equal(written, option.kind === 'template' ? '!' : option.kind === 'append' ? `+${option.text}` : option.text, JSON.stringify(text));
          }
        }
      }),
      { numRuns: 2000 },
    );
  });
});
