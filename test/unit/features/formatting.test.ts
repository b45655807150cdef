import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { format } from '../../../server/src/service/features/formatting';
import { parseConfig } from '../../../server/src/service/parser/configDocument';
import type { Range } from 'vscode-languageserver-types';
import type { ServiceSettings } from '../../../server/src/service/settings';
import { analyzeText, applyEdits } from '../../support/fixture';

/** Property runs per `npm test`; FUZZ_RUNS raises it. */
const RUNS = Number(process.env.FUZZ_RUNS ?? 300);

type FormatSettings = ServiceSettings['format'];

function formatted(text: string, settings: Partial<FormatSettings> = {}, range?: Range): string {
  const format_ = { spaceAroundOperator: false, alignOperators: false, ...settings };
  const analysis = analyzeText(text, { settings: { format: format_ } });
  return applyEdits(text, format(analysis, range));
}

describe('formatting: operator spacing', () => {
  it('glues key, operator and value by default', () => {
    assert.equal(formatted('[general]\ncontext = default\nport  =  5060\nregister   =>   u:s@host\nallow +=  ulaw\n'), '[general]\ncontext=default\nport=5060\nregister=>u:s@host\nallow+=ulaw\n');
  });

  it('puts one space around the operator with spaceAroundOperator', () => {
    assert.equal(
      formatted('[general]\ncontext=default\nregister=>u:s@host\nallow+=ulaw\n', { spaceAroundOperator: true }),
      '[general]\ncontext = default\nregister => u:s@host\nallow += ulaw\n',
    );
  });

  it('aligns the operators of each section separately', () => {
    const text = '[general]\ncontext=default\nport=5060\nregister => u@h\n[alice]\ntype=friend\nhost=dynamic\n';
    assert.equal(
      formatted(text, { alignOperators: true, spaceAroundOperator: true }),
      '[general]\ncontext  = default\nport     = 5060\nregister => u@h\n[alice]\ntype = friend\nhost = dynamic\n',
    );
    assert.equal(
      formatted(text, { alignOperators: true }),
      '[general]\ncontext =default\nport    =5060\nregister=>u@h\n[alice]\ntype=friend\nhost=dynamic\n',
    );
  });

  it('keeps an empty value without a dangling space', () => {
    assert.equal(formatted('[a]\ncallerid =  \n', { spaceAroundOperator: true }), '[a]\ncallerid =\n');
  });

  it('keeps the indentation of indented lines', () => {
    assert.equal(formatted('[a]\n\t  type   =  peer\n'), '[a]\n\t  type=peer\n');
  });
});

describe('formatting: what it never changes', () => {
  it('keeps comments where they are relative to the value, and comment-only lines as written', () => {
    const text = '[a]   ; the a section   \n; a comment line   \ntype = peer    ; why   \n\n  ;indented comment\nhost=dynamic;glued comment\n';
    assert.equal(formatted(text), '[a]   ; the a section\n; a comment line\ntype=peer    ; why\n\n  ;indented comment\nhost=dynamic;glued comment\n');
  });

  it('leaves lines with escaped semicolons or inline block comments in the value entirely alone', () => {
    const text = '[a]\nsetvar = A=b\\;c   \ncallerid = x;-- note --;y  \ntype ;-- odd --; = peer\n';
    assert.equal(formatted(text), text);
  });

  it('never touches the lines of a block comment', () => {
    const text = '[a]\ntype = peer ;-- starts a block   \nhost = inside   \n  still inside --; port = 5060  \ncontext = x\n';
    assert.equal(formatted(text), '[a]\ntype = peer ;-- starts a block   \nhost = inside   \n  still inside --; port = 5060  \ncontext=x\n');
  });

  it('keeps a blank between a key ending in + and =, so it does not become an append', () => {
    assert.equal(formatted('[a]\nodd+ = 1\n\\+ = 2\n'), '[a]\nodd+ =1\n\\+ =2\n');
    assert.deepEqual(meaning('[a]\nodd+ =1\n'), meaning('[a]\nodd+ = 1\n'));
  });

  it('keeps a blank between = and a value starting with >, so it does not become =>', () => {
    assert.equal(formatted('[a]\nodd = >1\n'), '[a]\nodd= >1\n');
  });

  it('keeps CRLF line breaks and trims the blanks before them', () => {
    assert.equal(formatted('[a]  \r\ntype = peer \r\n'), '[a]\r\ntype=peer\r\n');
  });

  it('keeps non-breaking spaces, which Asterisk does not strip', () => {
    assert.equal(formatted('[a]\ncallerid=Bob\u00a0\n'), '[a]\ncallerid=Bob\u00a0\n');
  });

  it('is a no-op on an already formatted document (no edits at all)', () => {
    const analysis = analyzeText('[general]\ncontext=default\n; note\n\n[alice](!)\ntype=friend\n');
    assert.deepEqual(format(analysis, undefined), []);
  });

  it('returns minimal edits: only the changed characters of each changed line', () => {
    const analysis = analyzeText('[a]\ntype = peer\nhost=dynamic   \n');
    assert.deepEqual(format(analysis, undefined), [
      { range: { start: { line: 1, character: 4 }, end: { line: 1, character: 7 } }, newText: '=' },
      { range: { start: { line: 2, character: 12 }, end: { line: 2, character: 15 } }, newText: '' },
    ]);
  });

  it('does not glue a lone CR and an LF into one line break when emptying a blank line', () => {
    assert.equal(formatted('[a]\r   \ntype = peer\n'), '[a]\r   \ntype=peer\n');
  });

  it('never pushes a line past the length Asterisk reads, and leaves over-long lines alone', () => {
    const nearLimit = `[a]\nsetvar=${'x'.repeat(8183)}\n`; // 8190 characters: spaces would make it unreadable
    assert.equal(formatted(nearLimit, { spaceAroundOperator: true }), nearLimit);
    const tooLong = `[a]\nsetvar = ${'x'.repeat(8190)}   \n`;
    assert.equal(formatted(tooLong), tooLong);
  });

  it('handles an empty document', () => {
    assert.deepEqual(format(analyzeText(''), undefined), []);
  });
});

describe('formatting: range', () => {
  const text = '[a]\ntype = peer\nhost = dynamic\ncontext = x\n';

  it('formats only the lines of the range', () => {
    const range = { start: { line: 2, character: 0 }, end: { line: 2, character: 3 } };
    assert.equal(formatted(text, {}, range), '[a]\ntype = peer\nhost=dynamic\ncontext = x\n');
  });

  it('does not format the line a selection ends at the start of', () => {
    const range = { start: { line: 1, character: 0 }, end: { line: 3, character: 0 } };
    assert.equal(formatted(text, {}, range), '[a]\ntype=peer\nhost=dynamic\ncontext = x\n');
  });

  it('aligns to the whole section even when formatting part of it', () => {
    const range = { start: { line: 1, character: 0 }, end: { line: 1, character: 0 } };
    assert.equal(formatted(text, { alignOperators: true, spaceAroundOperator: true }, range), '[a]\ntype    = peer\nhost = dynamic\ncontext = x\n');
  });

  it('survives a range past the end of the document', () => {
    const range = { start: { line: 40, character: 0 }, end: { line: 90, character: 0 } };
    assert.equal(formatted('[a]\ntype = peer   ', {}, range), '[a]\ntype=peer');
  });
});

/** What Asterisk reads from each line: the parse, without positions. */
function meaning(text: string): string[] {
  return parseConfig(text).lines.map((node) => {
    switch (node.kind) {
      case 'section':
        return `section ${JSON.stringify(node.name)} ${JSON.stringify(node.options?.map((option) => [option.kind, option.text]) ?? null)}`;
      case 'keyValue':
        return `entry ${JSON.stringify(node.key)} ${node.operator} ${JSON.stringify(node.value)}`;
      case 'directive':
        return `directive ${node.name} ${JSON.stringify(node.argument ?? null)}`;
      case 'invalid':
        return `invalid ${node.issues.map((issue) => issue.code).join(',')}`;
      default:
        return `trivia ${node.depthIn} ${node.depthOut}`;
    }
  });
}

const blank = fc.constantFrom('', ' ', '  ', '\t', ' \t ', '\uFEFF');
const word = fc.constantFrom('type', 'host', 'context', 'odd+', '\\+', '\\[x]', 'allow', 'a b', 'setvar', '');
const operator = fc.constantFrom('=', '=>', '+=', '==', '= >', '+ =');
const value = fc.constantFrom('', 'peer', 'dynamic', 'A=b\\;c', '>x', 'x;-- c --;y', 'u:s@h', '"A;B" <1>', 'x--; y', 'Bob\u00a0', '\\');
const comment = fc.constantFrom('', ';', '; note  ', ';-- block --;', ';-- opens', 'closes --;', ';--- not a block', ' ;;');
const lineBreak = fc.constantFrom('\n', '\r\n', '\r');

const keyValueLine = fc
  .tuple(blank, word, blank, operator, blank, value, blank, comment, blank)
  .map((parts) => parts.join(''));
const headerLine = fc
  .tuple(blank, fc.constantFrom('[general]', '[alice](!)', '[bob](alice)', '[ x ]', '[unclosed', '[c](+)'), blank, comment, blank)
  .map((parts) => parts.join(''));
const otherLine = fc.constantFrom('', '   ', '#include sip_custom.conf  ', '; comment', 'no equals here  ', '--;', ';--', '\t');
const anyLine = fc.oneof({ weight: 4, arbitrary: keyValueLine }, { weight: 1, arbitrary: headerLine }, { weight: 2, arbitrary: otherLine });
const documentText = fc.array(fc.tuple(anyLine, lineBreak), { maxLength: 14 }).map((lines) => lines.map(([line, eol]) => line + eol).join(''));
const settings = fc.record({ spaceAroundOperator: fc.boolean(), alignOperators: fc.boolean() });

describe('formatting: properties', () => {
  it('never changes what Asterisk reads, and formatting twice equals formatting once', () => {
    fc.assert(
      fc.property(documentText, settings, (text, formatSettings) => {
        const once = formatted(text, formatSettings);
        assert.deepEqual(meaning(once), meaning(text));
        assert.equal(formatted(once, formatSettings), once);
      }),
      { numRuns: RUNS },
    );
  });

  it('a range format agrees with the document format on the lines of the range', () => {
    fc.assert(
      fc.property(documentText, settings, fc.nat(14), fc.nat(14), (text, formatSettings, a, b) => {
        const range = { start: { line: Math.min(a, b), character: 0 }, end: { line: Math.max(a, b), character: 1 } };
        const whole = formatted(text, formatSettings).split(/\r\n|\r|\n/);
        const partial = formatted(text, formatSettings, range).split(/\r\n|\r|\n/);
        const original = text.split(/\r\n|\r|\n/);
        assert.equal(partial.length, original.length);
        partial.forEach((line, index) => {
          const inRange = index >= range.start.line && index <= range.end.line;
          assert.equal(line, inRange ? whole[index] : original[index]);
        });
      }),
      { numRuns: RUNS },
    );
  });
});

describe('formatting: pjsip.conf (issue #16)', () => {
  const pjsip = (text: string, settings: Partial<FormatSettings> = {}): string => {
    const analysis = analyzeText(text, { dialect: 'pjsip', settings: { format: { spaceAroundOperator: false, alignOperators: false, ...settings } } });
    return applyEdits(text, format(analysis, undefined));
  };
  const text = [
    '[phone](!)',
    'type = endpoint',
    'context =   office ; where its calls land',
    'allow=!all,ulaw',
    '[alice](phone)',
    'auth  = alice',
    'aors=alice',
    '[alice](+type=aor)',
    'max_contacts =1',
    '[alice]',
    'type=auth',
    'auth_type= userpass',
    'password =  s3cret-Long-2026',
    '',
  ].join('\n');

  it('aligns each object of a split name on its own, keeps headers, templates, (+type=) and comments as written', () => {
    assert.equal(
      pjsip(text, { alignOperators: true, spaceAroundOperator: true }),
      [
        '[phone](!)',
        'type    = endpoint',
        'context = office ; where its calls land',
        'allow   = !all,ulaw',
        '[alice](phone)',
        'auth = alice',
        'aors = alice',
        '[alice](+type=aor)',
        'max_contacts = 1',
        '[alice]',
        'type      = auth',
        'auth_type = userpass',
        'password  = s3cret-Long-2026',
        '',
      ].join('\n'),
    );
  });

  it('changes only the space around operators: the same file once spaces are taken out, and formatting twice changes nothing', () => {
    const once = pjsip(text, { spaceAroundOperator: true });
    assert.equal(once.replace(/ /g, ''), text.replace(/ /g, ''));
    assert.equal(pjsip(once, { spaceAroundOperator: true }), once);
  });
});
