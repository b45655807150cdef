import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { CompletionItem, CompletionList, TextEdit } from 'vscode-languageserver-types';
import { doPjsipComplete } from '../../../../../server/src/service/dialects/pjsip/features/completion';
import { renderPjsipOptionDocumentation } from '../../../../../server/src/service/dialects/pjsip/features/optionDocs';
import { lookupPjsipOption, pjsipOptionsFor } from '../../../../../server/src/service/dialects/pjsip/options';
import { applyEdits } from '../../../../support/fixture';
import { pjsipAt, type PjsipFixtureOptions } from '../../../../support/pjsipFixture';
import { withCaret } from '../../../../support/fixture';

function complete(textWithCaret: string, options: PjsipFixtureOptions = {}): CompletionList {
  const { context, position } = pjsipAt(textWithCaret, options);
  return doPjsipComplete(context, position);
}

function labels(list: CompletionList): string[] {
  return list.items.map((item) => item.label);
}

function item(list: CompletionList, label: string): CompletionItem {
  const found = list.items.find((candidate) => candidate.label === label);
  assert.ok(found, `no item ${label} in ${labels(list).join(', ')}`);
  return found;
}

/** The whole text after accepting `label`. */
function accept(textWithCaret: string, label: string, options: PjsipFixtureOptions = {}): string {
  const { text } = withCaret(textWithCaret);
  return applyEdits(text, [item(complete(textWithCaret, options), label).textEdit as TextEdit]);
}

describe('pjsip completion: option keys of the section\'s object type', () => {
  it('an aor offers the aor options with their docs, and not the endpoint\'s', () => {
    const list = complete('[a]\ntype=aor\n|\n');
    assert.deepEqual(new Set(labels(list).filter((label) => !label.includes(' '))), new Set(pjsipOptionsFor('aor').map((option) => option.name).filter((name) => name !== 'type')));
    assert.deepEqual(item(list, 'max_contacts').documentation, renderPjsipOptionDocumentation(lookupPjsipOption('aor', 'max_contacts')!));
    assert.equal(accept('[a]\ntype=aor\nmax_c|\n', 'max_contacts'), '[a]\ntype=aor\nmax_contacts=\n');
  });

  it('a scalar option already set is not offered again; a repeatable one is', () => {
    const list = complete('[e]\ntype=endpoint\ncontext=x\nallow=ulaw\n|\n');
    assert.ok(!labels(list).includes('context'));
    assert.ok(labels(list).includes('allow'));
    assert.ok(labels(list).includes('aors'));
  });

  it('in a template with a type: that type\'s options; without any type: only type', () => {
    assert.ok(labels(complete('[t](!)\ntype=identify\n|\n')).includes('match'));
    assert.deepEqual(labels(complete('[x]\n|\nfoo=1\n')), ['type']);
  });

  it('on an existing key: the name only, replacing the key', () => {
    assert.equal(accept('[a]\ntype=aor\nmax_con|tacts=1\n', 'max_contacts'), '[a]\ntype=aor\nmax_contacts=1\n');
  });
});

describe('pjsip completion: values', () => {
  it('type= offers the object types read from the file', () => {
    const list = complete('[a]\ntype=|\n');
    assert.ok(labels(list).includes('endpoint') && labels(list).includes('registration'));
    assert.ok(!labels(list).includes('contact'));
    assert.equal(accept('[a]\ntype=end|\n', 'endpoint'), '[a]\ntype=endpoint\n');
  });

  it('an enum offers its values; an enum list leaves out the words written', () => {
    assert.deepEqual(labels(complete('[e]\ntype=endpoint\ndtmf_mode=|\n')), lookupPjsipOption('endpoint', 'dtmf_mode')!.values!.map((value) => value.value));
    const identifyBy = lookupPjsipOption('endpoint', 'identify_by')!;
    const list = complete('[e]\ntype=endpoint\nidentify_by=username,|\n');
    assert.ok(!labels(list).includes('username'));
    assert.equal(list.items.length, identifyBy.values!.length - 1);
  });

  it('a yes/no option offers yes and no', () => {
    assert.deepEqual(labels(complete('[a]\ntype=aor\nremove_existing=|\n')), ['yes', 'no']);
  });

  it('aors= offers the aors of the include tree, not the endpoints or auths of the same name', () => {
    const text = '[alice]\ntype=aor\nmax_contacts=1\n[bob]\ntype=auth\nusername=bob\npassword=x\n[e]\ntype=endpoint\naors=|\n#include more.conf\n';
    const list = complete(text, { files: { 'more.conf': '[carol]\ntype=aor\ncontact=sip:192.0.2.3\n' } });
    assert.deepEqual(labels(list), ['alice', 'carol']);
    assert.ok(String((item(list, 'carol').documentation as { value: string }).value).startsWith('**aor `carol`**'));
  });

  it('a reference list: the next name, without those already listed', () => {
    const text = '[a]\ntype=aor\nmax_contacts=1\n[b]\ntype=aor\nmax_contacts=1\n[e]\ntype=endpoint\naors=a,|\n';
    assert.deepEqual(labels(complete(text)), ['b']);
    assert.equal(accept(text, 'b'), text.replace('|', 'b'));
  });

  it('auth= and outbound_auth= offer auths; endpoint= endpoints; transport= transports', () => {
    const objects = '[in]\ntype=auth\nusername=a\npassword=x\n[udp]\ntype=transport\nprotocol=udp\nbind=0.0.0.0\n[p]\ntype=endpoint\n';
    assert.deepEqual(labels(complete(`${objects}[q]\ntype=endpoint\noutbound_auth=|\n`)), ['in']);
    assert.deepEqual(labels(complete(`${objects}[q]\ntype=endpoint\ntransport=|\n`)), ['udp']);
    assert.deepEqual(labels(complete(`${objects}[q]\ntype=identify\nendpoint=|\n`)), ['p']);
  });

  it('context= offers the contexts of the dialplan', () => {
    assert.deepEqual(labels(complete('[e]\ntype=endpoint\ncontext=|\n', { dialplan: '[internal]\nexten => 1,1,NoOp()\n[from-prov]\n' })), ['internal', 'from-prov']);
  });
});

describe('pjsip completion: skeletons and headers', () => {
  it('between sections: the three skeletons, with the dialplan\'s contexts as choices', () => {
    const list = complete('|\n[a]\ntype=aor\n', { dialplan: '[phones]\n' });
    assert.deepEqual(labels(list), ['phone that registers to us', 'provider trunk (we register to it)', 'trunk matched by IP']);
    assert.ok((item(list, 'phone that registers to us').textEdit as TextEdit).newText.includes('context=${3|phones|}'));
  });

  it('after a typed [: the skeletons replace the bracket', () => {
    const list = complete('[|]\n');
    assert.equal(item(list, 'trunk matched by IP').filterText, '[trunk matched by IP');
  });

  it('inside (…): templates written earlier, ! and +', () => {
    const list = complete('[phone](!)\ntype=endpoint\n[alice](|)\n[late](!)\n');
    assert.deepEqual(labels(list), ['phone', '!', '+']);
  });
});
