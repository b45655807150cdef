import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { KNOWN_CODECS } from '../../../server/src/service/features/codecNames';
import { applyAction, assertFixed, codesIn, diagnosticFor, fixesFor, rangeOn, titles } from './codeActionsFixture';

describe('did-you-mean fixes', () => {
  it('offers the close option name for an unknown option, and applying it fixes the line', () => {
    const text = '[alice]\ntype=friend\ncontxt=internal\n';
    const actions = fixesFor(text, diagnosticFor(text, 'unknown-option', rangeOn(2, 0, 6)));
    assert.deepEqual(titles(actions).filter((title) => title.startsWith('Change')), ["Change 'contxt' to 'context'"]);
    assert.equal(actions[0].isPreferred, true);
    const fixed = applyAction(text, actions[0]);
    assert.equal(fixed, '[alice]\ntype=friend\ncontext=internal\n');
    assertFixed(fixed, 'unknown-option');
  });

  it('offers only names valid in the section kind ([general] gets general options)', () => {
    const text = '[general]\nalow=ulaw\nbindprot=5060\n';
    const actions = fixesFor(text, diagnosticFor(text, 'unknown-option', rangeOn(2, 0, 8)));
    assert.deepEqual(titles(actions), ["Change 'bindprot' to 'bindport'"]);
    assert.equal(applyAction(text, actions[0]), '[general]\nalow=ulaw\nbindport=5060\n');
  });

  it('prefers none of the candidates when two are equally close', () => {
    const text = '[alice]\ntype=friend\ntimer1=500\n';
    const actions = fixesFor(text, diagnosticFor(text, 'unknown-option', rangeOn(2, 0, 6)));
    assert.deepEqual(titles(actions), ["Change 'timer1' to 'timerb'", "Change 'timer1' to 'timert1'"]);
    assert.deepEqual(actions.map((action) => action.isPreferred === true), [false, false]);
  });

  it('offers nothing when no known name is close', () => {
    const text = '[alice]\ntype=friend\nzzzzzzzzzz=1\n';
    assert.deepEqual(fixesFor(text, diagnosticFor(text, 'unknown-option', rangeOn(2, 0, 10))), []);
  });

  it('replaces an invalid enumerated value by the close one', () => {
    const text = '[alice]\ntype=friend\ndtmfmode=rfc2883\n';
    const actions = fixesFor(text, diagnosticFor(text, 'invalid-value', rangeOn(2, 9, 16)));
    assert.deepEqual(titles(actions), ["Change 'rfc2883' to 'rfc2833'"]);
    const fixed = applyAction(text, actions[0]);
    assert.equal(fixed, '[alice]\ntype=friend\ndtmfmode=rfc2833\n');
    assertFixed(fixed, 'invalid-value');
  });

  it('replaces only the bad word of a list value', () => {
    const text = '[alice]\ntype=peer\ninsecure=port,invte\n';
    const actions = fixesFor(text, diagnosticFor(text, 'invalid-value', rangeOn(2, 14, 19)));
    assert.equal(applyAction(text, actions[0]), '[alice]\ntype=peer\ninsecure=port,invite\n');
  });

  it('replaces an unknown codec name by a real format name (g723.1 → g723)', () => {
    const text = '[alice]\ntype=friend\nallow=ulaw,g723.1\n';
    const actions = fixesFor(text, diagnosticFor(text, 'unknown-codec', rangeOn(2, 11, 17)));
    assert.deepEqual(titles(actions), ["Change 'g723.1' to 'g723'"]);
    const fixed = applyAction(text, actions[0]);
    assert.equal(fixed, '[alice]\ntype=friend\nallow=ulaw,g723\n');
    assertFixed(fixed, 'unknown-codec');
  });

  it('only suggests codec names the unknown-codec rule accepts', () => {
    const text = `[alice]\ntype=friend\nallow=${KNOWN_CODECS.join(',')}\n`;
    assert.deepEqual(codesIn(text).filter((code) => code === 'unknown-codec'), []);
  });

  it('offers the three types for an unknown one, each saying its direction, the close one preferred', () => {
    const text = '[alice]\ntype=freind\n';
    const actions = fixesFor(text, diagnosticFor(text, 'unknown-type', rangeOn(1, 5, 11)));
    assert.deepEqual(titles(actions), [
      "Change type 'freind' to 'friend' (it calls us and we call it: both directions)",
      "Change type 'freind' to 'peer' (we call it: outbound)",
      "Change type 'freind' to 'user' (it calls us: inbound)",
    ]);
    assert.deepEqual(actions.map((action) => action.isPreferred === true), [true, false, false]);
    const fixed = applyAction(text, actions[2]);
    assert.equal(fixed, '[alice]\ntype=user\n');
    assertFixed(fixed, 'unknown-type');
  });

  it('replaces a context extensions.conf does not define by a close one it does', () => {
    const options = { dialplan: '[internal]\n[from-pstn]\n' };
    const text = '[alice]\ntype=friend\ncontext=intenral\n';
    const actions = fixesFor(text, diagnosticFor(text, 'unknown-context', rangeOn(2, 8, 16), options), options);
    assert.deepEqual(titles(actions), ["Change 'intenral' to 'internal'"]);
    const fixed = applyAction(text, actions[0], options);
    assert.equal(fixed, '[alice]\ntype=friend\ncontext=internal\n');
    assertFixed(fixed, 'unknown-context', options);
  });

  it("writes 'no' (what Asterisk reads) or 'yes' for a word that silently means no", () => {
    const text = '[general]\nallowguest=nope\n';
    const actions = fixesFor(text, diagnosticFor(text, 'silent-false', rangeOn(1, 11, 15)));
    assert.deepEqual(titles(actions), ["Write 'no' (what Asterisk reads 'nope' as)", "Write 'yes'"]);
    const fixed = applyAction(text, actions[0]);
    assert.equal(fixed, '[general]\nallowguest=no\n');
    assertFixed(fixed, 'silent-false');
  });
});
