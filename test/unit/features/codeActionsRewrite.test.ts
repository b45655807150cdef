import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { applyAction, assertFixed, diagnosticFor, fixesFor, handDiagnostic, rangeOn, titles } from './codeActionsFixture';

describe('fixes that rewrite a line', () => {
  describe('deprecated options and values', () => {
    // [text, key, expected, rule]: silent old names are deprecated-alias hints, logged ones deprecated-option.
    const renames: [string, string, string, string][] = [
      ['[alice]\ntype=peer\ncanreinvite=no\n', 'canreinvite', '[alice]\ntype=peer\ndirectmedia=no\n', 'deprecated-alias'],
      ['[alice]\ntype=peer\nusername=alice\n', 'username', '[alice]\ntype=peer\ndefaultuser=alice\n', 'deprecated-option'],
      ['[general]\nexternip=203.0.113.5\n', 'externip', '[general]\nexternaddr=203.0.113.5\n', 'deprecated-alias'],
      ['[general]\nsslenable=yes\n', 'sslenable', '[general]\ntlsenable=yes\n', 'deprecated-alias'],
      ['[general]\nsslcert=/etc/asterisk/keys/asterisk.pem\n', 'sslcert', '[general]\ntlscertfile=/etc/asterisk/keys/asterisk.pem\n', 'deprecated-alias'],
      ['[general]\nmaxexpirey=3600\n', 'maxexpirey', '[general]\nmaxexpiry=3600\n', 'deprecated-alias'],
    ];
    for (const [text, key, expected, rule] of renames) {
      it(`renames ${key}`, () => {
        const line = text.split('\n').findIndex((candidate) => candidate.startsWith(`${key}=`));
        const actions = fixesFor(text, diagnosticFor(text, rule, rangeOn(line, 0, key.length)));
        assert.equal(actions.length, 1);
        assert.equal(actions[0].isPreferred, true);
        const fixed = applyAction(text, actions[0]);
        assert.equal(fixed, expected);
        assertFixed(fixed, rule);
      });
    }

    it('does not rename call-limit to callcounter (a yes/no, not a number)', () => {
      const text = '[alice]\ntype=peer\nhost=a.example\ncall-limit=2\n';
      assert.deepEqual(fixesFor(text, diagnosticFor(text, 'legacy-option', rangeOn(3, 0, 10))), []);
      // Even when asked as a deprecation with that replacement, no rename is offered.
      assert.deepEqual(fixesFor(text, handDiagnostic('deprecated-option', rangeOn(3, 0, 10), { replacement: 'callcounter' })), []);
    });

    it('removes the old name when the new one is set later in the section (it already wins)', () => {
      const text = '[alice]\ntype=peer\ncanreinvite=no\ndirectmedia=yes\n';
      const actions = fixesFor(text, diagnosticFor(text, 'deprecated-alias', rangeOn(2, 0, 11)));
      assert.deepEqual(titles(actions), ["Remove 'canreinvite' (directmedia on line 4 replaces it)"]);
      assert.equal(applyAction(text, actions[0]), '[alice]\ntype=peer\ndirectmedia=yes\n');
    });

    const values: [string, string, string][] = [
      ['[alice]\ntype=peer\nnat=yes\n', 'nat=yes', '[alice]\ntype=peer\nnat=force_rport,comedia\n'],
      ['[alice]\ntype=peer\ninsecure=very\n', 'insecure=very', '[alice]\ntype=peer\ninsecure=port,invite\n'],
      ['[alice]\ntype=peer\ninsecure=yes\n', 'insecure=yes', '[alice]\ntype=peer\ninsecure=port\n'],
    ];
    for (const [text, written, expected] of values) {
      it(`replaces ${written}`, () => {
        const line = 2;
        const valueStart = written.indexOf('=') + 1;
        const actions = fixesFor(text, diagnosticFor(text, 'deprecated-value', rangeOn(line, valueStart, written.length)));
        assert.equal(actions.length, 1);
        const fixed = applyAction(text, actions[0]);
        assert.equal(fixed, expected);
        assertFixed(fixed, 'deprecated-value');
      });
    }

    it('replaces iax auth=plaintext without writing md5 twice', () => {
      const options = { dialect: 'iax' as const };
      const text = '[alice]\ntype=peer\nhost=a.example\nauth=md5,plaintext\n';
      const actions = fixesFor(text, diagnosticFor(text, 'deprecated-value', rangeOn(3, 9, 18), options), options);
      assert.deepEqual(titles(actions), ['Replace auth=md5,plaintext with auth=md5']);
      const fixed = applyAction(text, actions[0], options);
      assert.equal(fixed, '[alice]\ntype=peer\nhost=a.example\nauth=md5\n');
      assertFixed(fixed, 'deprecated-value', options);
    });
  });

  describe('ACL entries with spaces (issue #15 B3)', () => {
    it('removes the spaces around the commas', () => {
      const text = '[alice]\ntype=peer\nhost=192.0.2.7\npermit=10.0.0.0/8, 192.168.0.0/16\n';
      const actions = fixesFor(text, diagnosticFor(text, 'bad-acl', rangeOn(3, 18, 33)));
      assert.equal(actions.length, 1);
      const fixed = applyAction(text, actions[0]);
      assert.equal(fixed, '[alice]\ntype=peer\nhost=192.0.2.7\npermit=10.0.0.0/8,192.168.0.0/16\n');
      assertFixed(fixed, 'bad-acl');
    });
    it('offers nothing for an entry that is wrong without its spaces too', () => {
      const text = '[alice]\ntype=peer\nhost=192.0.2.7\npermit=10.0.0.0/8,lan\n';
      assert.deepEqual(fixesFor(text, diagnosticFor(text, 'bad-acl', rangeOn(3, 18, 21))), []);
    });
  });

  describe('port in [general] (issue #15 B5)', () => {
    it('renames it to bindport', () => {
      const text = '[general]\nport=5062\n';
      const actions = fixesFor(text, diagnosticFor(text, 'option-device-only', rangeOn(1, 0, 4)));
      assert.deepEqual(titles(actions), ["Rename 'port' to 'bindport'"]);
      const fixed = applyAction(text, actions[0]);
      assert.equal(fixed, '[general]\nbindport=5062\n');
      assertFixed(fixed, 'option-device-only');
    });
    it('offers no rename for other device-only options', () => {
      const text = '[general]\nusername=x\n';
      assert.deepEqual(fixesFor(text, diagnosticFor(text, 'option-device-only', rangeOn(1, 0, 8))), []);
    });
  });

  describe('externaddr with a host name (issue #15 B4)', () => {
    it('writes the line as externhost', () => {
      const text = '[general]\nexternaddr=gw.example.com\n';
      const actions = fixesFor(text, diagnosticFor(text, 'address-not-numeric', rangeOn(1, 11, 25)));
      assert.deepEqual(titles(actions), ["Write 'externaddr' as externhost (it looks the name up)"]);
      const fixed = applyAction(text, actions[0]);
      assert.equal(fixed, '[general]\nexternhost=gw.example.com\n');
      assertFixed(fixed, 'address-not-numeric');
    });
    it('offers nothing when [general] has an externhost already', () => {
      const text = '[general]\nexternaddr=gw.example.com\nexternhost=gw.example.com\n';
      assert.deepEqual(fixesFor(text, diagnosticFor(text, 'address-not-numeric', rangeOn(1, 11, 25))), []);
    });
  });

  describe('duplicates', () => {
    it('removes the losing line of a duplicate option, line break included', () => {
      const text = '[alice]\ntype=peer\nhost=a.example\nhost=b.example\n';
      const actions = fixesFor(text, diagnosticFor(text, 'duplicate-option', rangeOn(2, 0, 4)));
      assert.deepEqual(titles(actions), ['Remove this duplicate host line (line 4 is the one Asterisk uses)']);
      const fixed = applyAction(text, actions[0]);
      assert.equal(fixed, '[alice]\ntype=peer\nhost=b.example\n');
      assertFixed(fixed, 'duplicate-option');
    });

    it('does not remove a line of a setting whose lines add up (nat), but does remove one a later nat=no starts over', () => {
      const text = '[alice]\ntype=peer\nhost=a.example\nnat=comedia\nnat=force_rport\n';
      assert.deepEqual(fixesFor(text, diagnosticFor(text, 'duplicate-option', rangeOn(3, 0, 3))), []);
      const reset = '[alice]\ntype=peer\nhost=a.example\nnat=comedia\nnat=no\n';
      assert.equal(fixesFor(reset, diagnosticFor(reset, 'duplicate-option', rangeOn(3, 0, 3))).length, 1);
    });

    it('never removes the winning line', () => {
      const text = '[alice]\ntype=peer\nhost=a.example\nhost=b.example\n';
      assert.deepEqual(fixesFor(text, { range: rangeOn(3, 0, 4), code: 'duplicate-option', source: 'asterisk', message: '', data: { winnerLine: 3 } }), []);
    });

    it('removes a repeated register statement, even on the last line without a break', () => {
      const text = '[general]\nregister => alice:pw@provider.example\nregister => alice:pw@provider.example';
      const actions = fixesFor(text, diagnosticFor(text, 'register-duplicate', rangeOn(2, 12, 37)));
      const fixed = applyAction(text, actions[0]);
      assert.equal(fixed, '[general]\nregister => alice:pw@provider.example');
      assertFixed(fixed, 'register-duplicate');
    });

    it('turns a second [general] into [general](+)', () => {
      const text = '[general]\nbindport=5060\n\n[general]\ncontext=public\n';
      const actions = fixesFor(text, diagnosticFor(text, 'duplicate-general', rangeOn(3, 1, 8)));
      const fixed = applyAction(text, actions[0]);
      assert.equal(fixed, '[general]\nbindport=5060\n\n[general](+)\ncontext=public\n');
      assertFixed(fixed, 'duplicate-general');
    });
  });

  describe('header option lists', () => {
    it('joins [x] (!) into [x](!) and trims the names inside', () => {
      const text = '[base](!)\ntype=friend\n[tpl] (!, base) ; phones\n';
      const actions = fixesFor(text, diagnosticFor(text, 'space-before-options', rangeOn(2, 6, 15)));
      assert.deepEqual(titles(actions), ['Write [tpl](!,base) without the space']);
      const fixed = applyAction(text, actions[0]);
      assert.equal(fixed, '[base](!)\ntype=friend\n[tpl](!,base) ; phones\n');
      assertFixed(fixed, 'space-before-options');
      assertFixed(fixed, 'space-in-options');
    });

    it('removes the spaces of (!, tpl)', () => {
      const text = '[base](!)\ntype=friend\n[tpl](!, base)\n';
      const actions = fixesFor(text, diagnosticFor(text, 'space-in-options', rangeOn(2, 8, 13)));
      assert.deepEqual(titles(actions), ['Remove the spaces: (!,base)']);
      const fixed = applyAction(text, actions[0]);
      assert.equal(fixed, '[base](!)\ntype=friend\n[tpl](!,base)\n');
      assertFixed(fixed, 'space-in-options');
    });
  });

  it('converts +=value into +=,value', () => {
    const text = '[alice]\ntype=peer\nhost=a.example\nallow=ulaw\nallow+=g729\n';
    const actions = fixesFor(text, diagnosticFor(text, 'append-without-separator', rangeOn(4, 7, 8)));
    assert.deepEqual(titles(actions), ["Write '+=,g729' so the values stay apart"]);
    const fixed = applyAction(text, actions[0]);
    assert.equal(fixed, '[alice]\ntype=peer\nhost=a.example\nallow=ulaw\nallow+=,g729\n');
    assertFixed(fixed, 'append-without-separator');
  });

  it('sets alwaysauthreject=yes', () => {
    const text = '[general]\nalwaysauthreject=no\n';
    const actions = fixesFor(text, diagnosticFor(text, 'alwaysauthreject-off', rangeOn(1, 17, 19)));
    const fixed = applyAction(text, actions[0]);
    assert.equal(fixed, '[general]\nalwaysauthreject=yes\n');
    assertFixed(fixed, 'alwaysauthreject-off');
  });

  it('sets autocreatepeer=no', () => {
    const text = '[general]\nautocreatepeer=yes\n';
    const actions = fixesFor(text, diagnosticFor(text, 'autocreatepeer', rangeOn(1, 15, 18)));
    const fixed = applyAction(text, actions[0]);
    assert.equal(fixed, '[general]\nautocreatepeer=no\n');
    assertFixed(fixed, 'autocreatepeer');
  });

  it('removes an option Asterisk never reads', () => {
    const text = '[alice]\ntype=peer\nhost=a.example\ntemplate=phones\n';
    const actions = fixesFor(text, diagnosticFor(text, 'no-effect-option', rangeOn(3, 0, 8)));
    const fixed = applyAction(text, actions[0]);
    assert.equal(fixed, '[alice]\ntype=peer\nhost=a.example\n');
    assertFixed(fixed, 'no-effect-option');
  });
});
