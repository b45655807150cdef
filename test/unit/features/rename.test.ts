import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Position, WorkspaceEdit } from 'vscode-languageserver-types';
import { doRename, prepareRename } from '../../../server/src/service/features/rename';
import type { Analysis } from '../../../server/src/service/analysis';
import { analyzeText, applyEdits, uriOf, withCaret } from '../../support/fixture';

const SIP_CONF = [
  '[general]',
  'register => trunk?user:secret@sip.example.com',
  '[office](!)',
  'type=friend',
  'context=from-phones',
  '[alice](office)',
  '[trunk]',
  'type=peer',
  'host=sip.example.com',
  '#include sip_custom.conf',
  '',
].join('\n');

const SIP_CUSTOM_CONF = '[bob](office) ; a phone\nsubscribecontext=From-Phones\n';

const EXTENSIONS_CONF = '[general]\n[from-phones]\nexten => 100,1,Dial(SIP/alice)\n[from-trunk]\n';

const TEXTS: Record<string, string> = {
  [uriOf('sip.conf')]: SIP_CONF,
  [uriOf('sip_custom.conf')]: SIP_CUSTOM_CONF,
  [uriOf('extensions.conf')]: EXTENSIONS_CONF,
};

/** sip.conf analysed with the caret placed on `needle` of line `line` (plus `offset`). */
function sipAt(needle: string, line: number, offset = 1): { analysis: Analysis; position: Position } {
  const character = SIP_CONF.split('\n')[line].indexOf(needle) + offset;
  const analysis = analyzeText(SIP_CONF, { files: { 'sip_custom.conf': SIP_CUSTOM_CONF }, dialplan: EXTENSIONS_CONF });
  return { analysis, position: { line, character } };
}

/** Every file the edit touches, with the edit applied (whole texts, by file name). */
function applied(edit: WorkspaceEdit | { error: string } | null): Record<string, string> {
  assert.ok(edit && !('error' in edit), `expected an edit, got ${JSON.stringify(edit)}`);
  const result: Record<string, string> = {};
  for (const [uri, edits] of Object.entries(edit.changes ?? {})) result[uri.slice(uri.lastIndexOf('/') + 1)] = applyEdits(TEXTS[uri], edits);
  return result;
}

describe('rename: prepare', () => {
  it('offers the name under the cursor with its exact range', () => {
    const { analysis, position } = sipAt('office', 5);
    assert.deepEqual(prepareRename(analysis, position), { range: { start: { line: 5, character: 8 }, end: { line: 5, character: 14 } }, placeholder: 'office' });
  });

  it('offers a context= value', () => {
    const { analysis, position } = sipAt('from', 4);
    assert.deepEqual(prepareRename(analysis, position), { range: { start: { line: 4, character: 8 }, end: { line: 4, character: 19 } }, placeholder: 'from-phones' });
  });

  it('returns null where there is nothing to rename', () => {
    const { analysis } = sipAt('type', 3);
    assert.equal(prepareRename(analysis, { line: 3, character: 1 }), null);
    assert.equal(prepareRename(analysis, { line: 8, character: 7 }), null);
    assert.equal(prepareRename(analysis, { line: 42, character: 0 }), null);
    assert.equal(prepareRename(analyzeText(''), { line: 0, character: 0 }), null);
  });

  it('refuses the sections Asterisk reads by name', () => {
    const { analysis, position } = sipAt('general', 0);
    assert.deepEqual(prepareRename(analysis, position), { error: '[general] is read by Asterisk under this name; it cannot be renamed.' });
    const { text, position: iaxPosition } = withCaret('[callnumber|limits]\n');
    assert.deepEqual(prepareRename(analyzeText(text, { dialect: 'iax' }), iaxPosition), {
      error: '[callnumberlimits] is read by Asterisk under this name; it cannot be renamed.',
    });
  });

  it('refuses a context written with an escaped semicolon', () => {
    const { text, position } = withCaret('[a]\ncontext=od|d\\;name\n');
    assert.deepEqual(prepareRename(analyzeText(text), position), { error: 'This context name is written with escapes or inline comments; rename it by hand.' });
  });
});

describe('rename: across files', () => {
  it('renames a template at its header and at every [x](template) in sip.conf and the included file', () => {
    const { analysis, position } = sipAt('office', 2);
    assert.deepEqual(applied(doRename(analysis, position, 'desk')), {
      'sip.conf': SIP_CONF.replace('[office](!)', '[desk](!)').replace('[alice](office)', '[alice](desk)'),
      'sip_custom.conf': '[bob](desk) ; a phone\nsubscribecontext=From-Phones\n',
    });
  });

  it('renames the same way when started from the included file', () => {
    const analysis = analyzeText(SIP_CUSTOM_CONF, { fileName: 'sip_custom.conf', files: { 'sip.conf': SIP_CONF }, dialplan: EXTENSIONS_CONF });
    const result = applied(doRename(analysis, { line: 0, character: 7 }, 'desk'));
    assert.equal(result['sip_custom.conf'], '[bob](desk) ; a phone\nsubscribecontext=From-Phones\n');
    assert.equal(result['sip.conf'], SIP_CONF.replace('[office](!)', '[desk](!)').replace('[alice](office)', '[alice](desk)'));
  });

  it('renames a context in every context=/subscribecontext= and at its extensions.conf header', () => {
    const { analysis, position } = sipAt('from', 4);
    assert.deepEqual(applied(doRename(analysis, position, 'phones')), {
      'extensions.conf': EXTENSIONS_CONF.replace('[from-phones]', '[phones]'),
      'sip.conf': SIP_CONF.replace('context=from-phones', 'context=phones'),
      'sip_custom.conf': '[bob](office) ; a phone\nsubscribecontext=phones\n',
    });
  });

  it('renames a peer at its header and at the register peer? prefix naming it', () => {
    const { analysis, position } = sipAt('trunk', 6);
    assert.deepEqual(applied(doRename(analysis, position, 'provider')), {
      'sip.conf': SIP_CONF.replace('[trunk]', '[provider]').replace('trunk?', 'provider?'),
    });
  });

  it('allows changing only the case of a name', () => {
    const { analysis, position } = sipAt('office', 2);
    assert.equal(applied(doRename(analysis, position, 'Office'))['sip.conf'], SIP_CONF.replace('[office](!)', '[Office](!)').replace('(office)', '(Office)'));
  });
});

describe('rename: refused names', () => {
  const { analysis, position } = sipAt('office', 2);

  for (const [newName, error] of [
    ['', 'A section name cannot be empty.'],
    ['a b', 'A section name cannot contain whitespace.'],
    ['a]b', "A section name cannot contain ']'."],
    ['a,b', "A section name cannot contain ','."],
    ['a(b', "A section name cannot contain '('."],
    ['a)b', "A section name cannot contain ')'."],
    ['a;b', "A section name cannot contain ';'."],
    ['x'.repeat(80), 'A section name can have at most 79 characters (Asterisk truncates longer ones).'],
    ['!', "'!' would be read as a template or append marker in [x](!)."],
    ['alice', 'A section named [alice] already exists.'],
    ['TRUNK', 'A section named [TRUNK] already exists.'],
    ['general', 'A section named [general] already exists.'],
  ] as const) {
    it(`refuses ${JSON.stringify(newName.length > 20 ? `${newName.length} characters` : newName)}`, () => {
      assert.deepEqual(doRename(analysis, position, newName), { error });
    });
  }

  it('accepts a name of exactly 79 characters', () => {
    const name = 'x'.repeat(79);
    assert.ok(!('error' in doRename(analysis, position, name)!));
  });

  it('refuses a context name the dialplan already has', () => {
    const context = sipAt('from', 4);
    assert.deepEqual(doRename(context.analysis, context.position, 'FROM-TRUNK'), { error: 'The dialplan already has a context named [FROM-TRUNK].' });
  });

  it('refuses renaming a section to a reserved name that is not used yet', () => {
    const { text, position: caret } = withCaret('[gen|eral]\n[peer1]\n');
    const sip = analyzeText(text);
    assert.deepEqual(doRename(sip, { line: 1, character: 2 }, 'authentication'), { error: '[authentication] is a name Asterisk reserves for its settings.' });
    assert.deepEqual(doRename(sip, caret, 'main'), { error: '[general] is read by Asterisk under this name; it cannot be renamed.' });
  });

  it('returns null where there is nothing to rename', () => {
    assert.equal(doRename(analysis, { line: 3, character: 1 }, 'x'), null);
  });
});
