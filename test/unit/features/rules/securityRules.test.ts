import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import * as path from 'node:path';
import { analyseTarget } from '../../../../server/src/cli/workspace';
import { weakSecretReason } from '../../../../server/src/service/features/rules/securityRules';
import { doValidation } from '../../../../server/src/service/features/validation';
import { DEFAULT_SETTINGS } from '../../../../server/src/service/settings';
import { runAsterisk, skipOracle } from '../../../support/asteriskOracle';
import { diagnose, messageOf, only, rangesOf } from './diagnose';

/** A [general] in sip.conf whose guest settings a [general](+) of an included file overrides. */
const GENERAL_INCLUDED = {
  'sip.conf': '[general]\ncontext=phones\nallowguest=no\nalwaysauthreject=yes\n[alice]\ntype=friend\nhost=dynamic\nsecret=Xk9-Long-Pass\ncontext=phones\n#include sip_general.conf\n',
  'sip_general.conf': '[general](+)\nallowguest=yes\nalwaysauthreject=no\nautocreatepeer=persist\n',
};
const SECURITY_CODES = ['allowguest-permissive', 'alwaysauthreject-off', 'autocreatepeer'];

/** `code line:start-end` of the [general] security rules in one file of GENERAL_INCLUDED, analysed as the editor does. */
function generalCodesIn(fileName: keyof typeof GENERAL_INCLUDED): string[] {
  return diagnose(GENERAL_INCLUDED[fileName], { fileName, files: GENERAL_INCLUDED })
    .filter((diagnostic) => SECURITY_CODES.includes(String(diagnostic.code)))
    .map((diagnostic) => `${String(diagnostic.code)} ${diagnostic.range.start.line}:${diagnostic.range.start.character}-${diagnostic.range.end.character}`);
}

describe('securityRules', () => {
  describe('allowguest-permissive', () => {
    it("guests (the default) landing in Asterisk's built-in context", () => {
      const diagnostic = only('allowguest-permissive', '[general]\nudpbindaddr=0.0.0.0\n');
      assert.deepEqual(diagnostic.range, { start: { line: 0, character: 1 }, end: { line: 0, character: 8 } });
      assert.deepEqual(diagnostic.data, { context: 'default' });
    });
    it('guests sharing the context of authenticated devices, on the allowguest value', () => {
      const text = '[general]\nallowguest=yes\ncontext=office\n[t](!)\ncontext=office\n[alice](t)\ntype=friend\nhost=dynamic\nsecret=Xk9-Long-Pass\n';
      assert.deepEqual(rangesOf('allowguest-permissive', text), [[1, 11, 14]]);
    });
    it('regression: reads allowguest and context in [general](+) too (chan_sip merges them into [general])', () => {
      assert.deepEqual(rangesOf('allowguest-permissive', '[general]\nudpbindaddr=0.0.0.0\n[general](+)\nallowguest=no\n'), []);
      assert.deepEqual(rangesOf('allowguest-permissive', '[general]\nudpbindaddr=0.0.0.0\n[general](+)\ncontext=public\n'), []);
      // The later line wins, wherever it is: here the (+) turns guests back on, reported on its value.
      assert.deepEqual(rangesOf('allowguest-permissive', '[general]\nallowguest=no\n[general](+)\nallowguest=yes\n'), [[3, 11, 14]]);
    });
    it("regression: a [general](+) of an included file is reported there, on its own lines, not on [general]'s name", () => {
      assert.deepEqual(generalCodesIn('sip.conf'), []);
      assert.deepEqual(generalCodesIn('sip_general.conf'), ['allowguest-permissive 1:11-14', 'alwaysauthreject-off 2:17-19', 'autocreatepeer 3:15-22']);
      // No allowguest line anywhere (the default yes): on [general]'s name, in its own file only.
      const files = { 'sip.conf': '[general]\nudpbindaddr=0.0.0.0\n#include sip_general.conf\n', 'sip_general.conf': '[general](+)\nbindport=5060\n' };
      assert.deepEqual(rangesOf('allowguest-permissive', files['sip.conf'], { files }), [[0, 1, 8]]);
      assert.deepEqual(rangesOf('allowguest-permissive', files['sip_general.conf'], { fileName: 'sip_general.conf', files }), []);
    });
    it('accepts allowguest=no, and guests kept in their own context', () => {
      assert.deepEqual(rangesOf('allowguest-permissive', '[general]\nallowguest=no\n'), []);
      assert.deepEqual(rangesOf('allowguest-permissive', '[general]\ncontext=public\n'), []);
    });
  });

  describe('insecure-invite-dynamic', () => {
    it('flags insecure=invite on a dynamic peer, on the value', () => {
      const text = '[phone]\ntype=peer\nhost=dynamic\nsecret=Xk9-Long-Pass\ninsecure=port,invite\n';
      assert.deepEqual(rangesOf('insecure-invite-dynamic', text), [[4, 9, 20]]);
    });
    it('accepts it on a provider with a fixed host', () => {
      assert.deepEqual(rangesOf('insecure-invite-dynamic', '[prov]\ntype=peer\nhost=sip.example.net\ninsecure=port,invite\n'), []);
    });
  });

  describe('alwaysauthreject-off', () => {
    it('flags alwaysauthreject=no', () => {
      assert.deepEqual(rangesOf('alwaysauthreject-off', '[general]\nallowguest=no\nalwaysauthreject=no\n'), [[2, 17, 19]]);
    });
    it('accepts yes', () => {
      assert.deepEqual(rangesOf('alwaysauthreject-off', '[general]\nallowguest=no\nalwaysauthreject=yes\n'), []);
    });
  });

  describe('weak-secret', () => {
    it('short, name-like, digits-only and common secrets; never shown in the message', () => {
      assert.equal(weakSecretReason('abc', []), 'it is shorter than 8 characters');
      // Not "the user name": the message must not tell which shown value the password is (issue #19).
      assert.equal(weakSecretReason('Alice', ['alice']), 'it matches another field');
      assert.equal(weakSecretReason('1234567890', []), 'it is one of the most common passwords');
      assert.equal(weakSecretReason('98127364512', []), 'it is only digits');
      assert.equal(weakSecretReason('password1', []), 'it is one of the most common passwords');
      const diagnostic = only('weak-secret', '[alice]\ntype=friend\nhost=dynamic\ncontext=x\nsecret=alice\n');
      assert.deepEqual(diagnostic.range, { start: { line: 4, character: 7 }, end: { line: 4, character: 12 } });
      assert.doesNotMatch(messageOf(diagnostic), /=alice|'alice'/);
    });
    it('checks the secret of auth= and ignores md5secret', () => {
      assert.deepEqual(rangesOf('weak-secret', '[authentication]\nauth=me:pass@realm.example\n'), [[1, 8, 12]]);
      assert.deepEqual(rangesOf('weak-secret', '[a]\ntype=peer\nhost=h.example.net\nmd5secret=abc\n'), []);
    });
    it('accepts a long random secret', () => {
      assert.equal(weakSecretReason('Xk9-Long-Pass', ['alice']), undefined);
    });
  });

  describe('exec-present', () => {
    it('flags #exec from the directive to its argument', () => {
      assert.deepEqual(rangesOf('exec-present', '[general]\nallowguest=no\n#exec /usr/local/bin/peers\n'), [[2, 0, 26]]);
    });
    it('says nothing about #include', () => {
      assert.deepEqual(rangesOf('exec-present', '[general]\nallowguest=no\n#include other.conf\n', { files: { 'other.conf': '' } }), []);
    });
  });

  describe('autocreatepeer', () => {
    it('flags yes and persist', () => {
      assert.deepEqual(rangesOf('autocreatepeer', '[general]\nallowguest=no\nautocreatepeer=persist\n'), [[2, 15, 22]]);
    });
    it('accepts no', () => {
      assert.deepEqual(diagnose('[general]\nallowguest=no\nautocreatepeer=no\n'), []);
    });
  });
});

describe('securityRules oracle: a [general](+) of an included file (real Asterisk 20)', { skip: skipOracle }, () => {
  const folder = path.resolve(__dirname, '../../../../../test/fixtures/oracle/claim-s16-general-append-include');
  it('chan_sip uses its allowguest, alwaysauthreject and autocreatepeer, and we report them on its lines', () => {
    const settings = runAsterisk('20', folder, ['sip show settings']).get('sip show settings') ?? '';
    assert.match(settings, /Allow unknown access:\s+Yes/);
    assert.match(settings, /Always auth rejects:\s+No/);
    assert.match(settings, /AutoCreate Peer:\s+Persisted/);
    const placed = analyseTarget({ filePath: path.join(folder, 'sip.conf'), dialect: 'sip' }, DEFAULT_SETTINGS).flatMap(({ filePath, analysis }) =>
      doValidation(analysis)
        .filter((diagnostic) => SECURITY_CODES.includes(String(diagnostic.code)))
        .map((diagnostic) => `${path.basename(filePath)}:${diagnostic.range.start.line + 1} ${String(diagnostic.code)}`),
    );
    assert.deepEqual(placed.sort(), ['sip_general.conf:2 allowguest-permissive', 'sip_general.conf:3 alwaysauthreject-off', 'sip_general.conf:4 autocreatepeer']);
  });
});
