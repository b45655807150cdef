import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { CompletionItemTag, InsertTextFormat, type CompletionItem, type MarkupContent, type TextEdit } from 'vscode-languageserver-types';
import { doComplete } from '../../../server/src/service/features/completion';
import { analyzeText, applyEdits, withCaret, type FixtureOptions } from '../../support/fixture';

function complete(textWithCaret: string, options: FixtureOptions = {}): { text: string; items: CompletionItem[] } {
  const { text, position } = withCaret(textWithCaret);
  return { text, items: doComplete(analyzeText(text, options), position).items };
}

/** Labels in the order the editor shows them (by sortText, then label). */
function sortedLabels(items: readonly CompletionItem[]): string[] {
  return [...items]
    .sort((a, b) => (a.sortText ?? a.label).localeCompare(b.sortText ?? b.label) || a.label.localeCompare(b.label))
    .map((item) => item.label);
}

function item(items: readonly CompletionItem[], label: string): CompletionItem {
  const found = items.find((candidate) => candidate.label === label);
  assert.ok(found, `no completion item ${label} among ${items.map((candidate) => candidate.label).join(', ')}`);
  return found;
}

function accept(text: string, chosen: CompletionItem): string {
  return applyEdits(text, [chosen.textEdit as TextEdit]);
}

function docs(chosen: CompletionItem): string {
  return (chosen.documentation as MarkupContent).value;
}

describe('completion of type=', () => {
  it('offers user, peer and friend, each documented from Asterisk\'s side', () => {
    const { text, items } = complete('[office]\ntype=|\n');
    assert.deepEqual(sortedLabels(items), ['user', 'peer', 'friend']);
    assert.match(docs(item(items, 'user')), /its calls come in and enter the dialplan at its context. We cannot call it/);
    assert.match(docs(item(items, 'peer')), /Someone we call/);
    assert.match(docs(item(items, 'friend')), /Both a user and a peer/);
    assert.equal(accept(text, item(items, 'friend')), '[office]\ntype=friend\n');
  });

  it('replaces the value already typed', () => {
    const { text, items } = complete('[office]\ntype = fr|iend\n');
    assert.deepEqual(item(items, 'peer').textEdit, { range: { start: { line: 1, character: 7 }, end: { line: 1, character: 13 } }, newText: 'peer' });
    assert.equal(accept(text, item(items, 'peer')), '[office]\ntype = peer\n');
  });

  it('offers the same three in iax.conf', () => {
    const { items } = complete('[box]\ntype=|', { dialect: 'iax' });
    assert.deepEqual(sortedLabels(items), ['user', 'peer', 'friend']);
  });
});

describe('completion of host=', () => {
  const config = [
    '[general]',
    'register => 100:pw@sip.provider.example/100',
    '[trunk]',
    'type=peer',
    'host=10.0.0.5',
    '[phone]',
    'type=friend',
    'host=dynamic',
    '[new]',
    'host=|',
  ].join('\n');

  it('offers dynamic first, documented with the registration and the secret that protects it', () => {
    const { items } = complete(config);
    assert.deepEqual(sortedLabels(items), ['dynamic', '10.0.0.5', 'sip.provider.example']);
    assert.match(docs(item(items, 'dynamic')), /must REGISTER to us/);
    assert.match(docs(item(items, 'dynamic')), /secret/);
  });

  it('says where a known host comes from', () => {
    const { items } = complete(config);
    assert.equal(item(items, '10.0.0.5').detail, 'host of [trunk]');
    assert.equal(item(items, 'sip.provider.example').detail, 'host of a register statement');
  });
});

describe('register statements', () => {
  it('offers register => in [general] as a snippet in the sip grammar', () => {
    const { text, items } = complete('[general]\nreg|\n');
    const register = item(items, 'register =>');
    assert.equal(register.insertTextFormat, InsertTextFormat.Snippet);
    assert.equal(accept(text, register), '[general]\nregister => ${1:user}:${2:secret}@${3:host}/${4:extension}\n');
  });

  it('uses the iax grammar in iax.conf (no extension)', () => {
    const { text, items } = complete('[general]\n|\n', { dialect: 'iax' });
    assert.equal(accept(text, item(items, 'register =>')), '[general]\nregister => ${1:user}:${2:secret}@${3:host}\n');
  });

  it('is not offered in a device section', () => {
    const { items } = complete('[phone]\n|');
    assert.equal(items.some((candidate) => candidate.label === 'register =>' || candidate.label === 'register'), false);
  });

  it('completes the host after the last @ with the hosts of defined peers (sip)', () => {
    const { text, items } = complete('[general]\nregister => me@example.org:pw@|\n[trunk]\ntype=peer\nhost=sip.example.net\n[desk]\ntype=user\nhost=10.9.9.9\n');
    assert.deepEqual(sortedLabels(items), ['sip.example.net']);
    assert.equal(accept(text, items[0]).split('\n')[1], 'register => me@example.org:pw@sip.example.net');
  });

  it('completes after the first @ in iax.conf, replacing the host typed so far', () => {
    const { text, items } = complete('[general]\nregister => me:pw@ia|x.old:4569\n[box]\ntype=peer\nhost=iax.example.net\n', { dialect: 'iax' });
    assert.deepEqual(sortedLabels(items), ['iax.example.net']);
    assert.equal(accept(text, items[0]).split('\n')[1], 'register => me:pw@iax.example.net:4569');
  });

  it('offers no host before the @', () => {
    const { items } = complete('[general]\nregister => me:p|w@host\n[trunk]\ntype=peer\nhost=sip.example.net\n');
    assert.deepEqual(items, []);
  });
});

describe('completion of option keys', () => {
  it('offers [general] keys in [general] and device keys in a device section', () => {
    const general = complete('[general]\n|\n').items.map((candidate) => candidate.label);
    const device = complete('[phone]\ntype=friend\n|\n').items.map((candidate) => candidate.label);
    assert.ok(general.includes('bindport'));
    assert.ok(!general.includes('host'));
    assert.ok(device.includes('host'));
    assert.ok(!device.includes('bindport'));
  });

  it('inserts key= over the typed prefix', () => {
    const { text, items } = complete('[phone]\ncon|\n');
    const context = item(items, 'context');
    assert.deepEqual(context.textEdit, { range: { start: { line: 1, character: 0 }, end: { line: 1, character: 3 } }, newText: 'context=' });
    assert.equal(accept(text, context), '[phone]\ncontext=\n');
    assert.ok(docs(context).length > 0);
  });

  it('replaces only the key on a line that already has a value', () => {
    const { text, items } = complete('[phone]\nhos|t=dynamic\n');
    assert.equal(accept(text, item(items, 'defaultip')), '[phone]\ndefaultip=dynamic\n');
  });

  it('leaves out scalar options already set in the section, but keeps repeatable ones', () => {
    const labels = complete('[phone]\ntype=friend\ncontext=phones\nallow=ulaw\n|\n').items.map((candidate) => candidate.label);
    assert.ok(!labels.includes('type'));
    assert.ok(!labels.includes('context'));
    assert.ok(labels.includes('allow'));
    assert.ok(labels.includes('host'));
  });

  it('still offers the option written on the line being edited', () => {
    const labels = complete('[phone]\ntype=friend\ncontex|t=phones\n').items.map((candidate) => candidate.label);
    assert.ok(labels.includes('context'));
  });

  it('tags deprecated options, names the replacement and sorts them last', () => {
    const { items } = complete('[phone]\n|\ntype=friend\n');
    const username = item(items, 'username');
    assert.deepEqual(username.tags, [CompletionItemTag.Deprecated]);
    assert.equal(username.detail, 'deprecated: use defaultuser');
    const labels = sortedLabels(items);
    const deprecated = items.filter((candidate) => candidate.tags?.includes(CompletionItemTag.Deprecated)).map((candidate) => candidate.label);
    assert.deepEqual(labels.slice(labels.length - deprecated.length).sort(), [...deprecated].sort());
  });

  it('offers only auth in sip [authentication]', () => {
    const { items } = complete('[authentication]\n|\nauth=me:pw@realm.example\n');
    assert.deepEqual(items.map((candidate) => candidate.label), ['auth']);
  });

  it('offers iax user keys to a user, peer keys to a peer, and both to a friend', () => {
    const user = complete('[in]\ntype=user\n|\n', { dialect: 'iax' }).items.map((candidate) => candidate.label);
    const peer = complete('[out]\ntype=peer\n|\n', { dialect: 'iax' }).items.map((candidate) => candidate.label);
    const friend = complete('[both]\ntype=friend\n|\n', { dialect: 'iax' }).items.map((candidate) => candidate.label);
    // username= is what we sign in as when we call a peer; a user has no such thing.
    assert.ok(peer.includes('username'));
    assert.ok(!user.includes('username'));
    assert.ok(friend.includes('username'));
    assert.ok(user.includes('context'));
    assert.ok(friend.includes('context'));
    assert.ok(!user.includes('register') && !peer.includes('register'));
  });
});

describe('completion of values', () => {
  it('offers only the remaining words of a list after a comma', () => {
    const { items } = complete('[phone]\nnat=force_rport,|\n');
    assert.deepEqual(sortedLabels(items), ['no', 'comedia', 'auto_force_rport', 'auto_comedia', 'yes']);
    assert.deepEqual(item(items, 'yes').tags, [CompletionItemTag.Deprecated]);
  });

  it('offers yes and no for a boolean', () => {
    const { items } = complete('[phone]\ntrustrpid=|\n');
    assert.deepEqual(sortedLabels(items), ['yes', 'no']);
  });

  it('offers yes, no and a number of milliseconds for qualify', () => {
    const { text, items } = complete('[phone]\nqualify=|\n');
    assert.deepEqual(sortedLabels(items), ['yes', 'no', '<int>']);
    const number = item(items, '<int>');
    assert.equal(number.insertTextFormat, InsertTextFormat.Snippet);
    assert.equal(number.detail, 'a number (ms)');
    assert.equal(accept(text, number), '[phone]\nqualify=${1:number}\n');
  });

  it('offers codecs, all, and negated forms after a comma, without those already listed', () => {
    const { text, items } = complete('[phone]\nallow=ulaw,|\n');
    const labels = items.map((candidate) => candidate.label);
    assert.ok(labels.includes('all') && labels.includes('alaw') && labels.includes('g722') && labels.includes('!all'));
    assert.ok(!labels.includes('ulaw'));
    assert.ok(!labels.includes('g723.1'));
    assert.equal(accept(text, item(items, 'alaw')), '[phone]\nallow=ulaw,alaw\n');
  });

  it('replaces a typed ! with the negated codec', () => {
    const { text, items } = complete('[phone]\nallow=!g7|\n');
    assert.equal(accept(text, item(items, '!g729')), '[phone]\nallow=!g729\n');
  });

  it('offers the contexts of extensions.conf for context= and subscribecontext=', () => {
    const dialplan = '[general]\n[globals]\n[phones]\n[from-provider]\n[tmpl](!)\n';
    assert.deepEqual(sortedLabels(complete('[phone]\ncontext=|\n', { dialplan }).items), ['from-provider', 'phones']);
    assert.deepEqual(sortedLabels(complete('[phone]\nsubscribecontext=ph|\n', { dialplan }).items), ['from-provider', 'phones']);
  });

  it('offers no contexts when there is no dialplan', () => {
    assert.deepEqual(complete('[phone]\ncontext=|\n').items, []);
  });
});

describe('completion in a section header', () => {
  const config = '[base](!)\ntype=friend\nsecret=hunter2\n[alice]\ntype=friend\n[phones](!)\n[bob](|)\n[later](!)\n';

  it('offers templates first, then sections defined earlier, never later ones nor itself', () => {
    const { items } = complete(config);
    assert.deepEqual(sortedLabels(items), ['base', 'phones', 'alice', '!']);
  });

  it('inserts the name inside the parentheses', () => {
    const { text, items } = complete(config);
    assert.equal(accept(text, item(items, 'base')).split('\n')[6], '[bob](base)');
  });

  it('summarises a template without showing its secret', () => {
    const documentation = docs(item(complete(config).items, 'base'));
    assert.match(documentation, /type=friend/);
    assert.doesNotMatch(documentation, /hunter2/);
    assert.match(documentation, /secret=••••••/);
  });

  it('completes after a comma, leaving out bases already named, even when the header is not closed', () => {
    const { text, items } = complete('[base](!)\n[phones](!)\n[bob](base,|');
    assert.deepEqual(sortedLabels(items), ['phones', '!']);
    assert.equal(accept(text, item(items, 'phones')), '[base](!)\n[phones](!)\n[bob](base,phones');
  });
});

describe('#include', () => {
  it('offers the .conf files of the config directory, not the document itself', () => {
    const { text, items } = complete('#include |\n[general]\n', { files: { 'sip_peers.conf': '', 'notes.txt': '', 'extensions.conf': '' } });
    assert.deepEqual(sortedLabels(items), ['extensions.conf', 'sip_peers.conf']);
    assert.equal(accept(text, item(items, 'sip_peers.conf')), '#include sip_peers.conf\n[general]\n');
  });

  it('replaces the argument typed so far', () => {
    const { text, items } = complete('#include sip_|p\n', { files: { 'sip_peers.conf': '' } });
    assert.equal(accept(text, item(items, 'sip_peers.conf')), '#include sip_peers.conf\n');
  });
});

describe('section skeletons', () => {
  it('offers a phone and a provider trunk on a blank line between sections', () => {
    const { items } = complete('[general]\nbindport=5060\n|\n[next]\n');
    const phone = item(items, 'phone that registers to us');
    assert.equal(phone.insertTextFormat, InsertTextFormat.Snippet);
    const body = (phone.textEdit as TextEdit).newText;
    assert.match(body, /\[\$\{1:phone100\}\]\ntype=friend\nhost=dynamic\nsecret=\$\{2:secret\}\ncontext=\$\{3:phones\}/);
    assert.match(body, /^; /);
    const provider = (item(items, 'provider trunk').textEdit as TextEdit).newText;
    assert.match(provider, /type=peer\nhost=.*\ndefaultuser=.*\nremotesecret=.*\nfromuser=.*\ninsecure=port,invite\ncontext=/);
    assert.match(provider, /register =>/);
  });

  it('offers the contexts of the dialplan as a choice', () => {
    const { items } = complete('|', { dialplan: '[phones]\n[office]\n' });
    assert.match((item(items, 'phone that registers to us').textEdit as TextEdit).newText, /context=\$\{3\|phones,office\|\}/);
  });

  it('offers an IAX trunk (a user in, a peer out, a register reminder) in iax.conf', () => {
    const { items } = complete('|', { dialect: 'iax' });
    const trunk = (item(items, 'IAX trunk to another Asterisk').textEdit as TextEdit).newText;
    assert.match(trunk, /type=user[\s\S]*type=peer/);
    assert.match(trunk, /register => /);
  });

  it('replaces a typed [ (and the ] the editor closed) with the skeleton', () => {
    const { text, items } = complete('[|]\n');
    const phone = item(items, 'phone that registers to us');
    assert.deepEqual((phone.textEdit as TextEdit).range, { start: { line: 0, character: 0 }, end: { line: 0, character: 2 } });
    assert.equal(phone.filterText, '[phone that registers to us');
    assert.ok(accept(text, phone).startsWith('; ${1:phone100}'));
  });

  it('is not offered in the middle of a section', () => {
    const { items } = complete('[phone]\n|\ntype=friend\n');
    assert.equal(items.some((candidate) => candidate.label === 'provider trunk'), false);
  });
});

describe('large configurations', () => {
  const peers = Array.from({ length: 400 }, (_, index) => `[p${index}]\ntype=peer\nhost=h${index}.example\n`).join('');

  it('caps the hosts taken from the model and marks the list incomplete', () => {
    const { text, position } = withCaret(`${peers}[new]\nhost=|\n`);
    const list = doComplete(analyzeText(text), position);
    assert.equal(list.isIncomplete, true);
    assert.equal(list.items.length, 301);
    assert.equal(list.items[0].label, 'dynamic');
  });

  it('narrows the capped hosts by what is typed', () => {
    const { text, position } = withCaret(`${peers}[new]\nhost=h39|\n`);
    const list = doComplete(analyzeText(text), position);
    assert.equal(list.isIncomplete, false);
    assert.deepEqual(sortedLabels(list.items), ['dynamic', 'h39.example', 'h390.example', 'h391.example', 'h392.example', 'h393.example', 'h394.example', 'h395.example', 'h396.example', 'h397.example', 'h398.example', 'h399.example']);
  });
});

describe('robustness', () => {
  it('returns nothing for positions outside the document and for empty documents in generic files', () => {
    const analysis = analyzeText('[phone]\ntype=friend\n');
    assert.deepEqual(doComplete(analysis, { line: 99, character: 0 }).items, []);
    assert.deepEqual(doComplete(analysis, { line: -1, character: -5 }).items, []);
    assert.deepEqual(doComplete(analyzeText('', { dialect: 'generic' }), { line: 0, character: 0 }).items, []);
  });

  it('keeps every edit on the cursor line', () => {
    const { items } = complete('[general]\nregister => a:b@|\n[p]\ntype=peer\nhost=h.example\n');
    for (const candidate of items) {
      const range = (candidate.textEdit as TextEdit).range;
      assert.equal(range.start.line, 1);
      assert.equal(range.end.line, 1);
    }
    assert.equal(items.length, 1);
  });
});
