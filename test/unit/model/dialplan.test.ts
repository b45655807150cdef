import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parseConfig } from '../../../server/src/service/parser/configDocument';
import { findContext, indexDialplan } from '../../../server/src/service/model/dialplan';

function index(files: Record<string, string>) {
  return indexDialplan(Object.entries(files).map(([uri, text]) => ({ uri, document: parseConfig(text) })));
}

describe('indexDialplan', () => {
  it('makes every section a context, except [general] and [globals] in any case', () => {
    const dialplan = index({
      'file:///etc/asterisk/extensions.conf': '[General]\nstatic=yes\n[GLOBALS]\nTRUNK=x\n[from-internal]\nexten => 100,1,Answer()\n[default]\n',
    });
    assert.deepEqual([...dialplan.contexts.keys()], ['from-internal', 'default']);
    assert.deepEqual(dialplan.contexts.get('from-internal'), {
      name: 'from-internal',
      uri: 'file:///etc/asterisk/extensions.conf',
      line: 4,
      nameSpan: { start: 1, end: 14 },
    });
  });

  it('indexes the included files too, keeping the first definition in reading order', () => {
    const dialplan = index({
      'file:///a/extensions.conf': '[public]\n',
      'file:///a/extensions_custom.conf': '\n[Public]\n[custom]\n',
    });
    assert.deepEqual([...dialplan.contexts.keys()], ['public', 'custom']);
    assert.equal(dialplan.contexts.get('public')?.uri, 'file:///a/extensions.conf');
    assert.equal(dialplan.contexts.get('custom')?.line, 2);
  });

  it('skips templates: Asterisk never turns them into contexts', () => {
    const dialplan = index({ 'file:///x.conf': '[base](!)\n[office](base)\n' });
    assert.deepEqual([...dialplan.contexts.keys()], ['office']);
  });

  it('prefers a plain header over an earlier (+) append of the same name', () => {
    const dialplan = index({ 'file:///x.conf': '[late](+)\n[late]\n[late](+)\n' });
    assert.equal(dialplan.contexts.get('late')?.line, 1);
  });

  it('counts an (+) append as the definition when it is the only header', () => {
    const dialplan = index({ 'file:///x.conf': '[only](+)\n' });
    assert.equal(dialplan.contexts.get('only')?.line, 0);
  });

  it('ignores sections inside block comments', () => {
    const dialplan = index({ 'file:///x.conf': ';--\n[hidden]\n--;\n[shown]\n' });
    assert.deepEqual([...dialplan.contexts.keys()], ['shown']);
  });
});

describe('findContext', () => {
  const dialplan = index({ 'file:///x.conf': '[From-Trunk]\n' });

  it('finds a context whatever the case of the name asked for', () => {
    assert.equal(findContext(dialplan, 'from-trunk')?.name, 'From-Trunk');
    assert.equal(findContext(dialplan, 'FROM-TRUNK')?.line, 0);
  });

  it('returns undefined for an unknown context and for the settings sections', () => {
    assert.equal(findContext(dialplan, 'from-pstn'), undefined);
    assert.equal(findContext(index({ 'file:///x.conf': '[general]\n' }), 'general'), undefined);
  });
});
