import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { getPjsipSemanticTokens } from '../../../../../server/src/service/dialects/pjsip/features/semanticTokens';
import { SEMANTIC_TOKENS_LEGEND } from '../../../../../server/src/service/features/semanticTokens';
import { pjsipContext } from '../../../../support/pjsipFixture';

/** Decoded tokens as `line:start-end type[+modifier...]`. */
function tokensOf(text: string, limit?: number): string[] {
  const { data } = getPjsipSemanticTokens(pjsipContext(text), limit);
  const out: string[] = [];
  let line = 0;
  let start = 0;
  for (let index = 0; index < data.length; index += 5) {
    line += data[index];
    start = data[index] === 0 ? start + data[index + 1] : data[index + 1];
    const modifiers = SEMANTIC_TOKENS_LEGEND.tokenModifiers.filter((_, bit) => data[index + 4] & (1 << bit));
    out.push(`${line}:${start}-${start + data[index + 2]} ${[SEMANTIC_TOKENS_LEGEND.tokenTypes[data[index + 3]], ...modifiers].join('+')}`);
  }
  return out;
}

describe('pjsip semantic tokens', () => {
  it('keys known or unknown for the object\'s type, enum words, type values', () => {
    assert.deepEqual(tokensOf('[a]\ntype=aor\nmax_contacts=1\nhost=x\n[e]\ntype=endpoint\nidentify_by=username,bogus\n'), [
      '0:1-2 namespace+declaration',
      '1:0-4 property',
      '1:5-8 class',
      '2:0-12 property',
      '3:0-4 property+unknown',
      '4:1-2 namespace+declaration',
      '5:0-4 property',
      '5:5-13 class',
      '6:0-11 property',
      '6:12-20 enumMember',
    ]);
  });

  it('references: a name of the right type, or unknown', () => {
    assert.deepEqual(tokensOf('[a]\ntype=aor\n[a]\ntype=endpoint\naors=a, zz\n').slice(-3), ['4:0-4 property', '4:5-6 namespace', '4:8-10 namespace+unknown']);
  });

  it('templates, bases, a misspelt type, #exec', () => {
    assert.deepEqual(tokensOf('[t](!)\ntype=endpoint\n[e](t,nope)\n[x]\ntype=Endpoint\n#exec foo\n'), [
      '0:1-2 class+declaration',
      '1:0-4 property',
      '1:5-13 class',
      '2:1-2 namespace+declaration',
      '2:4-5 class',
      '2:6-10 class+unknown',
      '3:1-2 namespace+declaration',
      '4:0-4 property',
      '4:5-13 class+unknown',
      '5:0-5 keyword+dangerous',
    ]);
  });

  it('the limit caps the tokens', () => {
    assert.equal(tokensOf('[a]\ntype=aor\n', 2).length, 2);
  });
});
