import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Location, Position } from 'vscode-languageserver-types';
import { findReferences, getDefinition, getDocumentHighlights } from '../../../server/src/service/features/navigation';
import type { Analysis } from '../../../server/src/service/analysis';
import { analyzeText, uriOf, withCaret } from '../../support/fixture';

const SIP_CONF = [
  '[general]', // 0
  'context=default', // 1
  'register => trunk?user:secret@sip.example.com', // 2
  'register => other:pw@elsewhere.net', // 3
  '', // 4
  '[basic](!)', // 5
  'type=friend', // 6
  'context=from-phones', // 7
  '', // 8
  '[alice](basic)', // 9
  'host=dynamic', // 10
  '', // 11
  '[trunk]', // 12
  'type=peer', // 13
  'host=sip.example.com', // 14
  'context=from-trunk', // 15
  '#include sip_custom.conf', // 16
  '[alice](+)', // 17
  'secret=s3cret', // 18
].join('\n');

const SIP_CUSTOM_CONF = ['[bob](basic)', 'subscribecontext=from-phones', ''].join('\n');

const EXTENSIONS_CONF = ['[general]', '[from-phones]', 'exten => 100,1,Dial(SIP/alice)', '[from-trunk]', 'exten => s,1,Answer()', ''].join('\n');

const SIP = uriOf('sip.conf');
const CUSTOM = uriOf('sip_custom.conf');
const EXTENSIONS = uriOf('extensions.conf');

/** The sip.conf fixture with a `|` caret inserted at (line, character of `needle` + offset). */
function sipAt(needle: string, offset: number, line: number): { analysis: Analysis; position: Position } {
  const lines = SIP_CONF.split('\n');
  const character = lines[line].indexOf(needle) + offset;
  assert.ok(character >= offset, `${needle} not on line ${line}`);
  return { analysis: analyzeSip(), position: { line, character } };
}

function analyzeSip(): Analysis {
  return analyzeText(SIP_CONF, { files: { 'sip_custom.conf': SIP_CUSTOM_CONF }, dialplan: EXTENSIONS_CONF });
}

function analyzeCustom(): Analysis {
  return analyzeText(SIP_CUSTOM_CONF, { fileName: 'sip_custom.conf', files: { 'sip.conf': SIP_CONF }, dialplan: EXTENSIONS_CONF });
}

function loc(uri: string, line: number, start: number, end: number): Location {
  return { uri, range: { start: { line, character: start }, end: { line, character: end } } };
}

describe('navigation: definition', () => {
  it('goes from a base in [x](base) to the section it resolves to', () => {
    const { analysis, position } = sipAt('basic', 2, 9);
    assert.deepEqual(getDefinition(analysis, position), [loc(SIP, 5, 1, 6)]);
  });

  it('goes from [x](+) to the section it extends', () => {
    const { analysis, position } = sipAt('+', 0, 17);
    assert.deepEqual(getDefinition(analysis, position), [loc(SIP, 9, 1, 6)]);
  });

  it('goes from a context= value to the context in extensions.conf', () => {
    const { analysis, position } = sipAt('from-phones', 4, 7);
    assert.deepEqual(getDefinition(analysis, position), [loc(EXTENSIONS, 1, 1, 12)]);
  });

  it('goes from subscribecontext= in an included file to the context', () => {
    const { text, position } = withCaret('[bob](basic)\nsubscribecontext=from-|phones\n');
    const analysis = analyzeText(text, { fileName: 'sip_custom.conf', files: { 'sip.conf': SIP_CONF }, dialplan: EXTENSIONS_CONF });
    assert.deepEqual(getDefinition(analysis, position), [loc(EXTENSIONS, 1, 1, 12)]);
  });

  it('finds nothing for a context the dialplan does not have', () => {
    const { analysis, position } = sipAt('default', 2, 1);
    assert.deepEqual(getDefinition(analysis, position), []);
  });

  it('goes from an #include argument to the start of the included file', () => {
    const { analysis, position } = sipAt('sip_custom', 3, 16);
    assert.deepEqual(getDefinition(analysis, position), [loc(CUSTOM, 0, 0, 0)]);
  });

  it('goes from a register statement\'s host to the peer that calls that host', () => {
    const { analysis, position } = sipAt('sip.example', 4, 2);
    assert.deepEqual(getDefinition(analysis, position), [loc(SIP, 12, 1, 6)]);
  });

  it('goes from a register statement\'s peer? prefix to that peer', () => {
    const { analysis, position } = sipAt('trunk?', 2, 2);
    assert.deepEqual(getDefinition(analysis, position), [loc(SIP, 12, 1, 6)]);
  });

  it('goes from a peer\'s name to the register statement that targets its host', () => {
    const { analysis, position } = sipAt('trunk', 2, 12);
    assert.deepEqual(getDefinition(analysis, position), [loc(SIP, 2, 30, 45)]);
  });

  it('goes from a peer\'s host= value to the register statement that targets it', () => {
    const { analysis, position } = sipAt('sip.example', 1, 14);
    assert.deepEqual(getDefinition(analysis, position), [loc(SIP, 2, 30, 45)]);
  });

  it('matches register hosts and peer hosts case-insensitively', () => {
    const { text, position } = withCaret('[general]\nregister => u:p@PBX.Example.org\n[pbx]\ntype=peer\nhost=pbx.exam|ple.ORG\n');
    assert.deepEqual(getDefinition(analyzeText(text), position), [loc(SIP, 1, 16, 31)]);
  });

  it('links an IAX register statement and the peer of the same host, both ways', () => {
    const text = '[general]\nregister => me:pw@iax.example.net\n[hq]\ntype=peer\nhost=iax.example.net\n';
    const analysis = analyzeText(text, { dialect: 'iax' });
    const iax = uriOf('iax.conf');
    assert.deepEqual(getDefinition(analysis, { line: 1, character: 22 }), [loc(iax, 2, 1, 3)]);
    assert.deepEqual(getDefinition(analysis, { line: 2, character: 2 }), [loc(iax, 1, 18, 33)]);
  });

  it('finds nothing on a register host no peer calls, on a key, or past the end', () => {
    const analysis = analyzeSip();
    assert.deepEqual(getDefinition(analysis, { line: 3, character: 26 }), []);
    assert.deepEqual(getDefinition(analysis, { line: 13, character: 1 }), []);
    assert.deepEqual(getDefinition(analysis, { line: 99, character: 0 }), []);
    assert.deepEqual(getDefinition(analysis, { line: -1, character: -5 }), []);
    assert.deepEqual(getDefinition(analyzeText(''), { line: 0, character: 0 }), []);
  });
});

describe('navigation: references', () => {
  it('finds every [x](template) across the include tree, and the header when asked', () => {
    const { analysis, position } = sipAt('basic', 1, 5);
    assert.deepEqual(findReferences(analysis, position, true), [loc(SIP, 5, 1, 6), loc(SIP, 9, 8, 13), loc(CUSTOM, 0, 6, 11)]);
    assert.deepEqual(findReferences(analysis, position, false), [loc(SIP, 9, 8, 13), loc(CUSTOM, 0, 6, 11)]);
  });

  it('finds the same references from a use of the template in an included file', () => {
    const analysis = analyzeCustom();
    assert.deepEqual(findReferences(analysis, { line: 0, character: 8 }, true), [loc(SIP, 5, 1, 6), loc(SIP, 9, 8, 13), loc(CUSTOM, 0, 6, 11)]);
  });

  it('finds a section\'s every header and the register peer? prefix that names it', () => {
    const { analysis, position } = sipAt('trunk', 1, 12);
    assert.deepEqual(findReferences(analysis, position, true), [loc(SIP, 12, 1, 6), loc(SIP, 2, 12, 17)]);
    const alice = sipAt('alice', 1, 9);
    assert.deepEqual(findReferences(alice.analysis, alice.position, true), [loc(SIP, 9, 1, 6), loc(SIP, 17, 1, 6)]);
  });

  it('finds every context=/subscribecontext= naming a context, and its extensions.conf header', () => {
    const { analysis, position } = sipAt('from-phones', 1, 7);
    assert.deepEqual(findReferences(analysis, position, true), [loc(EXTENSIONS, 1, 1, 12), loc(SIP, 7, 8, 19), loc(CUSTOM, 1, 17, 28)]);
    assert.deepEqual(findReferences(analysis, position, false), [loc(SIP, 7, 8, 19), loc(CUSTOM, 1, 17, 28)]);
  });

  it('compares context names case-insensitively', () => {
    const { text, position } = withCaret('[a]\ncontext=Fr|om-Phones\n[b]\ncontext=from-phones\n');
    assert.deepEqual(findReferences(analyzeText(text, { dialplan: EXTENSIONS_CONF }), position, false), [loc(SIP, 1, 8, 19), loc(SIP, 3, 8, 19)]);
  });

  it('finds nothing where no name is under the cursor', () => {
    const analysis = analyzeSip();
    assert.deepEqual(findReferences(analysis, { line: 13, character: 2 }, true), []);
    assert.deepEqual(findReferences(analysis, { line: 4, character: 0 }, true), []);
    assert.deepEqual(findReferences(analysis, { line: 500, character: 0 }, true), []);
  });
});

describe('navigation: document highlights', () => {
  it('highlights the header as written and each use as read, in this document only', () => {
    const { analysis, position } = sipAt('basic', 1, 9);
    assert.deepEqual(getDocumentHighlights(analysis, position), [
      { range: loc(SIP, 5, 1, 6).range, kind: 3 },
      { range: loc(SIP, 9, 8, 13).range, kind: 2 },
    ]);
  });

  it('highlights the uses of a context in this document', () => {
    const analysis = analyzeCustom();
    assert.deepEqual(getDocumentHighlights(analysis, { line: 1, character: 20 }), [{ range: loc(CUSTOM, 1, 17, 28).range, kind: 2 }]);
  });

  it('highlights nothing on a key', () => {
    const { analysis, position } = sipAt('type', 1, 13);
    assert.deepEqual(getDocumentHighlights(analysis, position), []);
  });
});
