import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { applyTrackedChange, changeAffects, mayHoldInclude, type DocumentChange, type Dependent } from '../../server/src/staleDocuments';
import { ConfigDocument, type TextChange } from '../../server/src/service/parser/configDocument';

const ETC = 'file:///etc/asterisk';
const OTHER = 'file:///srv/pbx2';

function edit(uri: string, dialect: DocumentChange['dialect'], mayChangeIncludes = false): DocumentChange {
  return { uri, dialect, mayChangeIncludes };
}

function analysed(uri: string, ...readFiles: string[]): Dependent {
  return { uri, readFiles: new Set([uri, ...readFiles]) };
}

describe('changeAffects: which open documents a change makes stale', () => {
  const sip = analysed(`${ETC}/sip.conf`, `${ETC}/sip_custom.conf`, `${ETC}/extensions.conf`);

  it('an edit in an unrelated folder leaves the document on the keystroke path (regression: every edit anywhere forced a full analysis)', () => {
    assert.equal(changeAffects(edit(`${OTHER}/sip.conf`, 'sip'), sip), false);
    assert.equal(changeAffects(edit(`${OTHER}/extensions.conf`, 'generic'), sip), false);
  });

  it('a channel file of the same folder that it does not include leaves it alone', () => {
    assert.equal(changeAffects(edit(`${ETC}/iax.conf`, 'iax'), sip), false);
    assert.equal(changeAffects(edit(`${ETC}/pjsip.conf`, 'pjsip'), sip), false);
  });

  it('a file of its include tree makes it stale, in any folder', () => {
    assert.equal(changeAffects(edit(`${ETC}/sip_custom.conf`, 'sip'), sip), true);
    const included = analysed(`${ETC}/sip_custom.conf`, `${ETC}/sip.conf`, `${OTHER}/shared_peers.conf`);
    assert.equal(changeAffects(edit(`${ETC}/sip.conf`, 'sip'), included), true, 'its root');
    assert.equal(changeAffects(edit(`${OTHER}/shared_peers.conf`, 'sip'), included), true, 'a file of another folder in the tree');
  });

  it('a file of its dialplan tree makes it stale, in any folder', () => {
    const withDialplan = analysed(`${ETC}/sip.conf`, `${ETC}/extensions.conf`, `${OTHER}/contexts.conf`);
    assert.equal(changeAffects(edit(`${OTHER}/contexts.conf`, 'generic'), withDialplan), true);
  });

  it('extensions.conf or any file of no dialect in the same folder makes it stale (it may feed the dialplan)', () => {
    const alone = analysed(`${ETC}/sip.conf`);
    assert.equal(changeAffects(edit(`${ETC}/extensions.conf`, 'generic'), alone), true);
    assert.equal(changeAffects(edit(`${ETC}/extensions_custom.conf`, 'generic'), alone), true);
  });

  it('a change that may add or remove an include makes every other document stale, in any folder', () => {
    assert.equal(changeAffects(edit(`${OTHER}/sip.conf`, 'sip', true), sip), true);
    assert.equal(changeAffects(edit(`${ETC}/iax.conf`, 'iax', true), sip), true);
  });

  it('a document not analysed yet is stale; the changed document itself is not judged here', () => {
    assert.equal(changeAffects(edit(`${OTHER}/sip.conf`, 'sip'), { uri: `${ETC}/sip.conf`, readFiles: undefined }), true);
    assert.equal(changeAffects(edit(`${ETC}/sip.conf`, 'sip', true), sip), false);
  });
});

describe('mayHoldInclude', () => {
  it('holds for # and block comment marks, not for options and comments', () => {
    assert.deepEqual(
      ['#include a.conf', '#tryinclude b.conf', '#exec x', ';--', '--;', 'host=dynamic', '; a comment', '[peer](tpl)', 'a-b'].map(mayHoldInclude),
      [true, true, true, true, true, false, false, false, false],
    );
  });
});

describe('applyTrackedChange', () => {
  const text = '[general]\n#include sip_custom.conf\n;- not a block\nhost=dynamic\n[alice]\n';
  function track(change: TextChange): { mayChangeIncludes: boolean; text: string } {
    const document = new ConfigDocument(text, 1);
    const { mayChangeIncludes } = applyTrackedChange(document, change);
    return { mayChangeIncludes, text: document.getText() };
  }
  const at = (line: number, start: number, end = start) => ({ start: { line, character: start }, end: { line, character: end } });

  it('typing in an option line may not change an include, and the text is applied', () => {
    assert.deepEqual(track({ range: at(3, 12), text: 'x' }), { mayChangeIncludes: false, text: text.replace('dynamic', 'dynamicx') });
  });

  it('renaming the file of an include without touching its # may', () => {
    assert.equal(track({ range: at(1, 9, 19), text: 'other' }).mayChangeIncludes, true);
  });

  it('deleting a line that holds an include may', () => {
    assert.equal(track({ range: { start: { line: 1, character: 0 }, end: { line: 2, character: 0 } }, text: '' }).mayChangeIncludes, true);
  });

  it('inserting an include may, and so does turning ";-" into a block comment opener', () => {
    assert.equal(track({ range: at(4, 0), text: '#tryinclude more.conf\n' }).mayChangeIncludes, true);
    assert.equal(track({ range: at(2, 2), text: '-' }).mayChangeIncludes, true);
  });

  it('a whole-text replacement may when the old or the new text holds an include', () => {
    assert.equal(track({ text: '[general]\n' }).mayChangeIncludes, true, 'the old text had one');
    const plain = new ConfigDocument('[general]\n', 1);
    assert.equal(applyTrackedChange(plain, { text: '[alice]\nhost=dynamic\n' }).mayChangeIncludes, false);
  });
});
