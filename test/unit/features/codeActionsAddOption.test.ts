import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { generateSecret, SECRET_ALPHABET } from '../../../server/src/service/features/codeActionsAddOption';
import { applyAction, assertFixed, diagnosticFor, fixesFor, rangeOn, seededRandom, titles } from './codeActionsFixture';

describe('fixes that add an option line after the header', () => {
  it('adds type=, offering friend / peer / user in direction words, preferring what the options point to', () => {
    const text = '[alice]\r\n  host=dynamic\r\n  context=internal\r\n';
    const actions = fixesFor(text, diagnosticFor(text, 'missing-type', rangeOn(0, 1, 6)));
    assert.deepEqual(titles(actions), [
      'Add type=friend (it calls us and we call it: both directions)',
      'Add type=peer (we call it: outbound)',
      'Add type=user (it calls us: inbound)',
    ]);
    assert.deepEqual(actions.map((action) => action.isPreferred === true), [true, false, false]);
    // CRLF kept, indentation of the section's lines followed.
    const fixed = applyAction(text, actions[0]);
    assert.equal(fixed, '[alice]\r\n  type=friend\r\n  host=dynamic\r\n  context=internal\r\n');
    assertFixed(fixed, 'missing-type');
  });

  it('adds type= to a section that is the last line of the file', () => {
    const text = '[general]\n[carol]';
    const actions = fixesFor(text, diagnosticFor(text, 'missing-type', rangeOn(1, 1, 6)));
    assert.equal(applyAction(text, actions[1]), '[general]\n[carol]\ntype=peer');
  });

  it('adds a context from extensions.conf (up to five), one action each', () => {
    const options = { dialplan: '[general]\n[internal]\n[from-pstn]\n[a]\n[b]\n[c]\n[d]\n' };
    const text = '[alice]\ntype=friend\nhost=dynamic\nsecret=Xk3pQ9vLm2RtZw7\n';
    const actions = fixesFor(text, diagnosticFor(text, 'user-without-context', rangeOn(0, 1, 6), options), options);
    assert.deepEqual(titles(actions), [
      'Add context=internal (its calls enter the dialplan there)',
      'Add context=from-pstn (its calls enter the dialplan there)',
      'Add context=a (its calls enter the dialplan there)',
      'Add context=b (its calls enter the dialplan there)',
      'Add context=c (its calls enter the dialplan there)',
    ]);
    const fixed = applyAction(text, actions[0], options);
    assert.equal(fixed, '[alice]\ncontext=internal\ntype=friend\nhost=dynamic\nsecret=Xk3pQ9vLm2RtZw7\n');
    assertFixed(fixed, 'user-without-context', options);
  });

  it('adds a from-<name> placeholder context when there is no extensions.conf', () => {
    const text = '[alice]\ntype=user\nsecret=Xk3pQ9vLm2RtZw7\n';
    const actions = fixesFor(text, diagnosticFor(text, 'user-without-context', rangeOn(0, 1, 6)));
    assert.deepEqual(titles(actions), ['Add context=from-alice (its calls enter this context; define it in extensions.conf)']);
    assert.equal(actions[0].isPreferred, true);
    const fixed = applyAction(text, actions[0]);
    assert.equal(fixed, '[alice]\ncontext=from-alice\ntype=user\nsecret=Xk3pQ9vLm2RtZw7\n');
    assertFixed(fixed, 'user-without-context');
  });

  it('writes `key = value` when the format settings ask for spaces', () => {
    const options = { settings: { format: { spaceAroundOperator: true, alignOperators: false } } };
    const text = '[alice]\ntype = user\n';
    const actions = fixesFor(text, diagnosticFor(text, 'user-without-context', rangeOn(0, 1, 6), options), options);
    assert.equal(applyAction(text, actions[0], options), '[alice]\ncontext = from-alice\ntype = user\n');
  });

  it('adds a generated secret to a dynamic peer, and never shows it in the title', () => {
    const text = '[alice]\ntype=friend\nhost=dynamic\ncontext=internal\n';
    const diagnostic = diagnosticFor(text, 'dynamic-without-secret', rangeOn(0, 1, 6));
    const actions = fixesFor(text, diagnostic, {}, seededRandom(42));
    const secret = generateSecret(seededRandom(42));
    assert.deepEqual(titles(actions), ['Add secret= with a generated 24-character secret (the device must register with it)']);
    assert.ok(!actions[0].title.includes(secret));
    const fixed = applyAction(text, actions[0]);
    assert.equal(fixed, `[alice]\nsecret=${secret}\ntype=friend\nhost=dynamic\ncontext=internal\n`);
    assertFixed(fixed, 'dynamic-without-secret');
    assertFixed(fixed, 'weak-secret');
  });

  it('generates 24 characters from an alphabet without look-alikes or config syntax', () => {
    const secret = generateSecret(seededRandom(1));
    assert.equal(secret.length, 24);
    assert.match(secret, /^[A-HJ-NP-Za-hjkmnp-z2-9]+$/);
    assert.ok(!/[0O1lIio;,=#"]/.test(SECRET_ALPHABET));
    // A random source at its bounds stays inside the alphabet.
    assert.equal(generateSecret(() => 0.9999999999, 3), '999');
    assert.equal(generateSecret(() => 0, 3), 'AAA');
  });

  it('replaces a weak secret by a generated one (not preferred: the device must change too)', () => {
    const text = '[alice]\ntype=friend\ncontext=internal\nsecret=alice\n';
    const actions = fixesFor(text, diagnosticFor(text, 'weak-secret', rangeOn(3, 7, 12)), {}, seededRandom(5));
    assert.deepEqual(titles(actions), ['Replace with a generated 24-character secret (update the device too)']);
    assert.equal(actions[0].isPreferred, undefined);
    const fixed = applyAction(text, actions[0]);
    assert.equal(fixed, `[alice]\ntype=friend\ncontext=internal\nsecret=${generateSecret(seededRandom(5))}\n`);
    assertFixed(fixed, 'weak-secret');
  });
});
