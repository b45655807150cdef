import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { skeletonText } from '../../../server/src/service/features/snippets';
import { profileOf } from '../../../server/src/service/dialects/channel';
import { collectParseIssues } from '../../../server/src/service/parser/documentIssues';
import { parseConfig } from '../../../server/src/service/parser/configDocument';
import { analyzeText } from '../../support/fixture';

/** The text a snippet inserts when the user accepts every default (first choice, placeholder text). */
function expand(snippet: string): string {
  return snippet
    .replace(/\$\{\d+\|((?:\\.|[^,|\\])*)(?:,(?:\\.|[^,|\\])*)*\|\}/g, (_, first: string) => first.replace(/\\(.)/g, '$1'))
    .replace(/\$\{\d+:([^}]*)\}/g, '$1')
    .replace(/\$\d+/g, '');
}

const dialects = ['sip', 'iax'] as const;

/** Each driver's snippets, as its profile offers them to completion (dialects/<dialect>/snippets.ts). */
const REGISTER_SNIPPETS = { sip: profileOf('sip').registerSnippet, iax: profileOf('iax').registerSnippet };
const SECTION_SKELETONS = { sip: profileOf('sip').skeletons, iax: profileOf('iax').skeletons };

describe('REGISTER_SNIPPETS', () => {
  it('follows each dialect’s register grammar: SIP with an extension, IAX without', () => {
    assert.equal(expand(REGISTER_SNIPPETS.sip), 'register => user:secret@host/extension');
    assert.equal(expand(REGISTER_SNIPPETS.iax), 'register => user:secret@host');
  });

  it('expands to a register statement the model parses, in [general]', () => {
    for (const dialect of dialects) {
      const analysis = analyzeText(`[general]\n${expand(REGISTER_SNIPPETS[dialect])}`, { dialect });
      assert.equal(analysis.model.registers.length, 1, dialect);
      assert.equal(analysis.model.registers[0].parsed.host?.text, 'host', dialect);
    }
  });
});

describe('SECTION_SKELETONS', () => {
  it('offers a phone and a trunk per dialect', () => {
    assert.deepEqual(SECTION_SKELETONS.sip.map((skeleton) => skeleton.label), ['phone that registers to us', 'provider trunk']);
    assert.deepEqual(SECTION_SKELETONS.iax.map((skeleton) => skeleton.label), ['phone that registers to us', 'IAX trunk to another Asterisk']);
  });

  it('has one context placeholder per skeleton, on a tab stop the body does not use otherwise', () => {
    for (const dialect of dialects) {
      for (const skeleton of SECTION_SKELETONS[dialect]) {
        assert.equal(skeleton.body.split('${CONTEXT}').length, 2, skeleton.label);
        assert.ok(!skeleton.body.includes(`\${${skeleton.contextTabStop}:`), skeleton.label);
        assert.ok(!skeleton.body.includes(`\${${skeleton.contextTabStop}|`), skeleton.label);
        assert.ok(skeleton.body.endsWith('$0'), skeleton.label);
      }
    }
  });

  it('expands to sections without parse issues and with the endpoints they promise', () => {
    const expected: Record<string, [string, boolean, boolean, string][]> = {
      sip: [
        ['phone100', true, true, 'phones'],
        ['provider', false, true, 'from-provider'],
      ],
      iax: [
        ['phone100', true, true, 'phones'],
        ['otherbox', true, false, 'from-otherbox'],
      ],
    };
    for (const dialect of dialects) {
      const endpoints = SECTION_SKELETONS[dialect].map((skeleton) => {
        const text = expand(skeletonText(skeleton, []));
        assert.deepEqual(collectParseIssues(parseConfig(text)), [], skeleton.label);
        const endpoint = analyzeText(text, { dialect }).model.endpoints[0];
        return [endpoint.section.name, endpoint.bits.user, endpoint.bits.peer, endpoint.options.get('context')?.[0].value ?? ''] as [string, boolean, boolean, string];
      });
      assert.deepEqual(endpoints, expected[dialect], dialect);
    }
  });
});

describe('skeletonText', () => {
  const phone = SECTION_SKELETONS.sip[0];

  it('without known contexts: a placeholder with the suggested name', () => {
    const text = skeletonText(phone, []);
    assert.ok(text.includes('context=${3:phones}\n'));
    assert.ok(!text.includes('${CONTEXT}'));
  });

  it('with known contexts: a choice of them, in order', () => {
    assert.ok(skeletonText(phone, ['office', 'from-phones']).includes('context=${3|office,from-phones|}\n'));
  });

  it('escapes the characters that are special in a choice', () => {
    assert.ok(skeletonText(phone, ['a,b', 'c|d', 'e$f}', 'g\\h']).includes('context=${3|a\\,b,c\\|d,e\\$f\\},g\\\\h|}\n'));
  });

  it('offers at most 20 contexts', () => {
    const contexts = Array.from({ length: 30 }, (_, index) => `ctx${index}`);
    const choice = /context=\$\{3\|([^}]*)\|\}/.exec(skeletonText(phone, contexts));
    assert.deepEqual(choice?.[1].split(','), contexts.slice(0, 20));
  });
});
