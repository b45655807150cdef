import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { applyAction, assertFixed, diagnosticFor, fixesFor, rangeOn, titles } from './codeActionsFixture';

describe('moving a register statement into [general]', () => {
  it("appends it after [general]'s last own line, leaving comments and blank lines in place", () => {
    const text = '[general]\nbindport=5060\n; providers\n\n[provider]\ntype=peer\nregister => alice:pw@provider.example\nhost=provider.example\n';
    const actions = fixesFor(text, diagnosticFor(text, 'register-outside-general', rangeOn(6, 0, 8)));
    assert.deepEqual(titles(actions), ['Move this register statement into [general]']);
    assert.equal(actions[0].isPreferred, true);
    const fixed = applyAction(text, actions[0]);
    assert.equal(fixed, '[general]\nbindport=5060\nregister => alice:pw@provider.example\n; providers\n\n[provider]\ntype=peer\nhost=provider.example\n');
    assertFixed(fixed, 'register-outside-general');
  });

  it('moves it up into a [general] written later, with its indentation and CRLF', () => {
    const text = '[provider]\r\ntype=peer\r\nhost=provider.example\r\nregister => alice:pw@provider.example\r\n[general]\r\n  bindport=5060\r\n';
    const actions = fixesFor(text, diagnosticFor(text, 'register-outside-general', rangeOn(3, 0, 8)));
    const fixed = applyAction(text, actions[0]);
    assert.equal(fixed, '[provider]\r\ntype=peer\r\nhost=provider.example\r\n[general]\r\n  bindport=5060\r\n  register => alice:pw@provider.example\r\n');
    assertFixed(fixed, 'register-outside-general');
  });

  it('creates [general] above the first section (after the leading comments) when there is none', () => {
    const text = '; my sip.conf\n\n[provider]\ntype=peer\nhost=provider.example\nregister => alice:pw@provider.example';
    const actions = fixesFor(text, diagnosticFor(text, 'register-outside-general', rangeOn(5, 0, 8)));
    const fixed = applyAction(text, actions[0]);
    assert.equal(fixed, '; my sip.conf\n\n[general]\nregister => alice:pw@provider.example\n\n[provider]\ntype=peer\nhost=provider.example');
    assertFixed(fixed, 'register-outside-general');
  });

  it('works for iax.conf too', () => {
    const options = { dialect: 'iax' as const };
    const text = '[general]\nbandwidth=low\n[provider]\ntype=peer\nhost=provider.example\nregister => alice:pw@provider.example\n';
    const actions = fixesFor(text, diagnosticFor(text, 'register-outside-general', rangeOn(5, 0, 8), options), options);
    const fixed = applyAction(text, actions[0], options);
    assert.equal(fixed, '[general]\nbandwidth=low\nregister => alice:pw@provider.example\n[provider]\ntype=peer\nhost=provider.example\n');
    assertFixed(fixed, 'register-outside-general', options);
  });
});
