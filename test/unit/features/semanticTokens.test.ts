import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Analysis } from '../../../server/src/service/analysis';
import { analyzeText } from '../../support/fixture';
import { getSemanticTokens, SEMANTIC_TOKENS_LEGEND } from '../../../server/src/service/features/semanticTokens';

/** Decodes the relative LSP encoding back to `[line, character, text, type, ...modifiers]`. */
function decode(analysis: Analysis): unknown[][] {
  const { data } = getSemanticTokens(analysis);
  assert.equal(data.length % 5, 0);
  const tokens: unknown[][] = [];
  let line = 0;
  let character = 0;
  for (let index = 0; index < data.length; index += 5) {
    const [deltaLine, deltaStart, length, type, modifierBits] = data.slice(index, index + 5);
    line += deltaLine;
    character = deltaLine === 0 ? character + deltaStart : deltaStart;
    const modifiers = SEMANTIC_TOKENS_LEGEND.tokenModifiers.filter((_, bit) => modifierBits & (1 << bit));
    tokens.push([line, character, analysis.document.lineText(line).slice(character, character + length), SEMANTIC_TOKENS_LEGEND.tokenTypes[type], ...modifiers]);
  }
  return tokens;
}

const tokensOf = (text: string, dialect: 'sip' | 'iax' | 'generic' = 'sip') => decode(analyzeText(text, { dialect }));

describe('semantic tokens', () => {
  it('section names, templates and inherited names', () => {
    assert.deepEqual(tokensOf('[general]\n[office](!)\n[alice](office,general,nowhere)\n'), [
      [0, 1, 'general', 'namespace', 'declaration'],
      [1, 1, 'office', 'class', 'declaration'],
      [2, 1, 'alice', 'namespace', 'declaration'],
      [2, 8, 'office', 'class'],
      [2, 15, 'general', 'namespace'],
      [2, 23, 'nowhere', 'class', 'unknown'],
    ]);
  });

  it('keys: known, deprecated, unknown; enum keywords in values, deprecated ones marked', () => {
    assert.deepEqual(tokensOf('[alice]\ndtmfmode=rfc2833\nusername=bob\nfrobnicate=1\ninsecure = port, very\ndtmfmode=nonsense\n'), [
      [0, 1, 'alice', 'namespace', 'declaration'],
      [1, 0, 'dtmfmode', 'property'],
      [1, 9, 'rfc2833', 'enumMember'],
      [2, 0, 'username', 'property', 'deprecated'],
      [3, 0, 'frobnicate', 'property', 'unknown'],
      [4, 0, 'insecure', 'property'],
      [4, 11, 'port', 'enumMember'],
      [4, 17, 'very', 'enumMember', 'deprecated'],
      [5, 0, 'dtmfmode', 'property'],
    ]);
  });

  it('the parts of a sip register statement, in column order', () => {
    assert.deepEqual(tokensOf('[general]\nregister => tcp://alice:pw:authu@sip.example.com:5070/100~300\n'), [
      [0, 1, 'general', 'namespace', 'declaration'],
      [1, 0, 'register', 'property'],
      [1, 12, 'tcp', 'keyword'],
      [1, 18, 'alice', 'parameter'],
      [1, 24, 'pw', 'string'],
      [1, 27, 'authu', 'parameter'],
      [1, 33, 'sip.example.com', 'namespace'],
      [1, 49, '5070', 'number'],
      [1, 54, '100', 'function'],
      [1, 58, '300', 'number'],
    ]);
  });

  it('the parts of an iax register statement; text IAX drops is a comment', () => {
    assert.deepEqual(tokensOf('[general]\nregister => trunk:pw@iax.example.com:4570:junk\n', 'iax').slice(1), [
      [1, 0, 'register', 'property'],
      [1, 12, 'trunk', 'parameter'],
      [1, 18, 'pw', 'string'],
      [1, 21, 'iax.example.com', 'namespace'],
      [1, 37, '4570', 'number'],
      [1, 41, ':junk', 'comment'],
    ]);
  });

  it('#exec is a keyword marked dangerous; #include gets no token', () => {
    assert.deepEqual(tokensOf('#exec /usr/bin/make-peers\n#include peers.conf\n'), [[0, 0, '#exec', 'keyword', 'dangerous']]);
  });

  it('columns count UTF-16 code units and follow \\; escapes', () => {
    assert.deepEqual(tokensOf('[général😀]\ninsecure=port\\;x,invite ; note\n'), [
      [0, 1, 'général😀', 'namespace', 'declaration'],
      [1, 0, 'insecure', 'property'],
      [1, 17, 'invite', 'enumMember'],
    ]);
  });

  it('no catalog judgement in generic files, and [callnumberlimits] addresses are not keys', () => {
    assert.deepEqual(tokensOf('[ctx]\nexten => s,1,Answer()\n', 'generic'), [
      [0, 1, 'ctx', 'namespace', 'declaration'],
      [1, 0, 'exten', 'property'],
    ]);
    assert.deepEqual(tokensOf('[callnumberlimits]\n10.0.0.0/8 = 100\n', 'iax'), [[0, 1, 'callnumberlimits', 'namespace', 'declaration']]);
  });

  it('nothing inside block comments, and nothing for an empty document', () => {
    assert.deepEqual(tokensOf(';--\n[hidden]\nx=1\n--;\n'), []);
    assert.deepEqual(getSemanticTokens(analyzeText('')).data, []);
  });

  it('the legend lists standard types first-class and our own modifiers', () => {
    assert.deepEqual(SEMANTIC_TOKENS_LEGEND.tokenModifiers, ['declaration', 'deprecated', 'unknown', 'dangerous']);
    assert.ok(SEMANTIC_TOKENS_LEGEND.tokenTypes.includes('enumMember'));
  });
});
