import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parseConfig } from '../../../server/src/service/parser/configDocument';
import { dialedOutDevice, dialOutFrom, findContext, indexDialplan } from '../../../server/src/service/model/dialplan';

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
    // The files it read, in reading order: the server marks an open sip.conf stale when one of them changes.
    assert.deepEqual(dialplan.files, ['file:///a/extensions.conf', 'file:///a/extensions_custom.conf']);
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

describe('indexDialplan: routing facts (issue #16)', () => {
  it('lists extensions once each and includes in file order, across (+) appends and files', () => {
    const dialplan = index({
      'file:///a/extensions.conf': '[office]\nexten => 100,1,Answer()\n same => n,Hangup()\nexten => 100,2,Hangup()\ninclude => Outbound\n',
      'file:///a/extensions_custom.conf': '[office](+)\nexten => _2XX/5551234,1,Answer()\ninclude => local,09:00-17:00,mon-fri,*,*\n',
    });
    assert.deepEqual(dialplan.routing.get('office'), { extensions: ['100', '_2XX'], includes: ['outbound', 'local'] });
  });

  it('finds the first pattern line that dials the number out through a trunk, `same =>` lines included', () => {
    const dialplan = index({
      'file:///a/extensions.conf': '[out]\nexten => 5000,1,Dial(PJSIP/${EXTEN}@trunk)\nexten => _9.,1,NoOp()\n same => n,Dial(PJSIP/${EXTEN:1}@trunk,30)\n',
    });
    assert.deepEqual(dialplan.routing.get('out')?.dialsOut, { context: 'out', uri: 'file:///a/extensions.conf', line: 3, pattern: '_9.', device: 'PJSIP/${EXTEN:1}@trunk' });
  });

  it('ignores lines of templates and of [general] / [globals]', () => {
    const dialplan = index({ 'file:///x.conf': '[globals]\nexten => _X.,1,Dial(SIP/t/${EXTEN})\n[tpl](!)\nexten => _X.,1,Dial(SIP/t/${EXTEN})\n' });
    assert.deepEqual([...dialplan.routing.keys()], []);
  });
});

describe('dialedOutDevice', () => {
  it('counts the number sent through a trunk, in every channel driver\'s way of writing it', () => {
    for (const application of [
      'Dial(PJSIP/${EXTEN}@provider)',
      'Dial(PJSIP/provider/sip:${EXTEN}@192.0.2.1,60)',
      'dial(SIP/example-voip/${EXTEN:1})',
      'Dial(IAX2/branch/${EXTEN:2:4})',
      'Dial(DAHDI/g1/${EXTEN})',
      'Dial(${TRUNK}/${EXTEN})',
      'Dial(PJSIP/alice&PJSIP/${EXTEN}@provider)',
    ]) {
      assert.ok(dialedOutDevice(application), application);
    }
  });

  it('does not count local phones, Local channels, other applications or a fixed number', () => {
    for (const application of ['Dial(PJSIP/${EXTEN})', 'Dial(SIP/${EXTEN},20)', 'Dial(Local/${EXTEN}@out)', 'Dial(PJSIP/5551234@provider)', 'Playback(${EXTEN})', 'Dial', '']) {
      assert.equal(dialedOutDevice(application), undefined, application);
    }
  });
});

describe('dialOutFrom', () => {
  it('follows includes transitively and names the chain', () => {
    const dialplan = index({
      'file:///a/extensions.conf': '[in]\ninclude => mid\n[mid]\ninclude => out\n[Out]\nexten => _X.,1,Dial(PJSIP/${EXTEN}@trunk)\n',
    });
    assert.deepEqual(dialOutFrom(dialplan, 'IN'), { line: dialplan.routing.get('out')?.dialsOut, via: ['mid', 'Out'] });
    assert.deepEqual(dialOutFrom(dialplan, 'out')?.via, []);
  });

  it('ends on include cycles and answers undefined when nothing dials out', () => {
    const dialplan = index({ 'file:///x.conf': '[a]\ninclude => b\n[b]\ninclude => a\ninclude => c\nexten => _X.,1,Dial(PJSIP/${EXTEN})\n' });
    assert.equal(dialOutFrom(dialplan, 'a'), undefined);
    assert.equal(dialOutFrom(dialplan, 'missing'), undefined);
  });

  it('a fixed extension that dials out is no open door: only patterns count', () => {
    const dialplan = index({ 'file:///x.conf': '[in]\nexten => 7000,1,Dial(PJSIP/${EXTEN}@trunk)\n' });
    assert.equal(dialOutFrom(dialplan, 'in'), undefined);
  });
});
