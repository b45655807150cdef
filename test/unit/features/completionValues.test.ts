import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { CompletionList } from 'vscode-languageserver-types';
import {
  MODEL_CANDIDATE_LIMIT,
  capCandidates,
  knownHosts,
  valueCompletions,
  valueWord,
  wordRange,
} from '../../../server/src/service/features/completionValues';
import { locate } from '../../../server/src/service/features/locate';
import { parseConfig } from '../../../server/src/service/parser/configDocument';
import type { KeyValueNode } from '../../../server/src/service/parser/nodes';
import { analyzeText, withCaret, type FixtureOptions } from '../../support/fixture';

function complete(textWithCaret: string, options: FixtureOptions = {}): CompletionList {
  const { text, position } = withCaret(textWithCaret);
  const analysis = analyzeText(text, options);
  const target = locate(analysis, position);
  assert.equal(target?.kind, 'value');
  assert.ok(target.option, 'the key is a catalog option');
  return valueCompletions(analysis, target.option, target.node, target.line, target.valueOffset, position.character, options.dialect === 'iax' ? 'iax' : 'sip');
}

/** label@start-end of each item's edit range (all on the caret's line). */
function labelsWithRanges(list: CompletionList): string[] {
  return list.items.map((item) => {
    const edit = item.textEdit;
    assert.ok(edit && 'range' in edit);
    return `${item.label}@${edit.range.start.character}-${edit.range.end.character}`;
  });
}

function keyValue(line: string): KeyValueNode {
  const node = parseConfig(line).line(0);
  assert.equal(node.kind, 'keyValue');
  return node;
}

describe('capCandidates', () => {
  it('keeps the candidates containing the typed text, case-insensitively', () => {
    assert.deepEqual(capCandidates(['Alice', 'bob', 'malice'], (name) => name, 'LIC'), { kept: ['Alice', 'malice'], capped: false });
    assert.deepEqual(capCandidates(['a', 'b'], (name) => name, ''), { kept: ['a', 'b'], capped: false });
  });

  it('stops at the limit and says the list is incomplete', () => {
    const names = Array.from({ length: MODEL_CANDIDATE_LIMIT + 1 }, (_, index) => `peer${index}`);
    const capped = capCandidates(names, (name) => name, 'peer');
    assert.equal(capped.kept.length, MODEL_CANDIDATE_LIMIT);
    assert.equal(capped.capped, true);
    assert.equal(capCandidates(names.slice(1), (name) => name, 'peer').capped, false);
  });
});

describe('valueWord', () => {
  it('finds the word around an offset between separators, without surrounding spaces', () => {
    assert.deepEqual(valueWord('ulaw, g722 ,gsm', 8, ','), { start: 6, end: 10, typed: 'g7' });
    assert.deepEqual(valueWord('ulaw,', 5, ','), { start: 5, end: 5, typed: '' });
    assert.deepEqual(valueWord('port,invite', 0, ','), { start: 0, end: 4, typed: '' });
  });

  it('takes the whole value when there are no separators', () => {
    assert.deepEqual(valueWord('force_rport', 5, ''), { start: 0, end: 11, typed: 'force' });
  });
});

describe('wordRange', () => {
  it('covers the whole word on the line, including the cursor', () => {
    const node = keyValue('allow=ulaw,g722');
    assert.deepEqual(wordRange(node, 3, { start: 5, end: 9, typed: 'g7' }, 7, 13), { start: { line: 3, character: 11 }, end: { line: 3, character: 15 } });
  });

  it('maps through \\; escapes', () => {
    // c o n t e x t = a \ ; b     the value is "a;b"
    const node = keyValue('context=a\\;b');
    assert.deepEqual(wordRange(node, 0, { start: 0, end: 3, typed: 'a;' }, 2, 11), { start: { line: 0, character: 8 }, end: { line: 0, character: 12 } });
  });
});

describe('valueCompletions', () => {
  it('enum: every value, replacing the whole value, deprecated ones last', () => {
    const list = complete('[a]\nnat=fo|');
    assert.deepEqual(labelsWithRanges(list), ['no@4-6', 'force_rport@4-6', 'comedia@4-6', 'auto_force_rport@4-6', 'auto_comedia@4-6', 'yes@4-6']);
    assert.equal(list.items[5].sortText, '1005');
  });

  it('bool: yes and no (and the number pattern of qualify as a snippet)', () => {
    const list = complete('[a]\nqualify=y|');
    assert.deepEqual(labelsWithRanges(list), ['yes@8-9', 'no@8-9', '<int>@8-9']);
    assert.equal(list.items[2].textEdit?.newText, '${1:number}');
  });

  it('enumList: only the words not already in the list', () => {
    assert.deepEqual(labelsWithRanges(complete('[a]\ninsecure=port,|')), ['invite@14-14', 'no@14-14', 'very@14-14', 'yes@14-14']);
  });

  it('codecs: all and the codecs not yet listed, then their negations, replacing the word under the cursor', () => {
    const list = complete('[a]\nallow=ulaw,g7|22,gsm');
    const labels = list.items.map((item) => item.label);
    assert.deepEqual(labels.slice(0, 3), ['all', 'alaw', 'g722']);
    assert.ok(!labels.includes('ulaw') && !labels.includes('gsm'));
    assert.ok(labels.includes('!ulaw') && labels.includes('!all'));
    assert.deepEqual(labelsWithRanges(list)[0], 'all@11-15');
  });

  it('context: the contexts of the dialplan', () => {
    assert.deepEqual(labelsWithRanges(complete('[a]\ncontext=of|', { dialplan: '[office]\n[public]' })), ['office@8-10', 'public@8-10']);
    assert.deepEqual(complete('[a]\ncontext=|').items, []);
  });

  it('host: dynamic first, then the hosts of peers and register statements', () => {
    const text = '[general]\nregister => me:pw@prov.example\n[p]\ntype=peer\nhost=10.0.0.2\n[a]\nhost=|';
    assert.deepEqual(labelsWithRanges(complete(text)), ['dynamic@5-5', '10.0.0.2@5-5', 'prov.example@5-5']);
  });

  it('register: the hosts of peers after the @, nothing before it', () => {
    const peers = '\n[p]\ntype=peer\nhost=10.0.0.2';
    assert.deepEqual(labelsWithRanges(complete(`[general]\nregister => me:pw@|${peers}`)), ['10.0.0.2@18-18']);
    assert.deepEqual(complete(`[general]\nregister => m|e:pw@${peers}`).items, []);
  });

  it('register: SIP starts the host at the last @, IAX at the first', () => {
    const peers = '\n[p]\ntype=peer\nhost=10.0.0.2';
    assert.deepEqual(labelsWithRanges(complete(`[general]\nregister => me@x.com:pw@1|${peers}`)), ['10.0.0.2@24-25']);
    assert.deepEqual(labelsWithRanges(complete(`[general]\nregister => me:pw@1|${peers}`, { dialect: 'iax' })), ['10.0.0.2@18-19']);
  });

  it('offers nothing for an option without a value list', () => {
    assert.deepEqual(complete('[a]\ncallerid=|').items, []);
  });
});

describe('knownHosts', () => {
  const analysis = analyzeText(
    ['[general]', 'register => me:pw@prov.example', '[p]', 'type=peer', 'host=10.0.0.2', '[d]', 'type=peer', 'host=dynamic', '[u]', 'type=user', 'host=10.9.9.9', '[q]', 'type=friend', 'host=10.0.0.2'].join('\n'),
  );

  it('has the static hosts of peers (once each) and of register statements, not dynamic ones or users', () => {
    assert.deepEqual([...knownHosts(analysis, false)], [
      ['10.0.0.2', { host: '10.0.0.2', origin: 'host of [p]' }],
      ['prov.example', { host: 'prov.example', origin: 'host of a register statement' }],
    ]);
  });

  it('peersOnly leaves out the register hosts', () => {
    assert.deepEqual([...knownHosts(analysis, true).keys()], ['10.0.0.2']);
  });
});
