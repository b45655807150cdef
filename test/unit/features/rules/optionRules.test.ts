import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { DiagnosticSeverity, DiagnosticTag } from 'vscode-languageserver-types';
import { editDistance } from '../../../../server/src/service/features/rules/optionRules';
import { diagnose, only, rangesOf } from './diagnose';
import { uriOf } from '../../../support/fixture';

const ALICE = '[alice]\ntype=friend\nhost=dynamic\nsecret=Xk9-Long-Pass\ncontext=office\n';

describe('optionRules', () => {
  describe('unknown-option', () => {
    it('flags the key and offers at most three close names', () => {
      const diagnostic = only('unknown-option', `${ALICE}hots=10.0.0.1\n`);
      assert.deepEqual(diagnostic.range, { start: { line: 5, character: 0 }, end: { line: 5, character: 4 } });
      assert.deepEqual(diagnostic.data, { candidates: ['host'] });
    });
    it('knows options case-insensitively, and [authentication] reads only auth', () => {
      assert.deepEqual(rangesOf('unknown-option', `${ALICE}DTMFMode=rfc2833\n`), []);
      assert.deepEqual(rangesOf('unknown-option', '[authentication]\nauth=me:Xk9-Long-Pass@realm\ncontext=x\n'), [[2, 0, 7]]);
    });
    it('authid does not suggest auth, which takes user:secret@realm (issue #15 B5)', () => {
      assert.deepEqual(only('unknown-option', `${ALICE}authid=alice\n`).data, { candidates: ['defaultuser'] });
      assert.deepEqual(only('unknown-option', '[p]\ntype=peer\nhost=192.0.2.1\nauthid=p\n', { dialect: 'iax' }).data, { candidates: ['username'] });
    });
    it('edit distance gives up past its limit', () => {
      assert.equal(editDistance('hots', 'host'), 2);
      assert.equal(editDistance('abc', 'xyzxyz', 1), 2);
    });
  });

  describe('option-general-only / option-device-only', () => {
    it('flags a [general]-only option in a device', () => {
      assert.deepEqual(rangesOf('option-general-only', `${ALICE}allowguest=no\n`), [[5, 0, 10]]);
    });
    it('flags a device-only option in [general]', () => {
      assert.deepEqual(rangesOf('option-device-only', '[general]\nsecret=Xk9-Long-Pass\n'), [[1, 0, 6]]);
    });
    it('port in [general] points at bindport (issue #15 B5)', () => {
      assert.deepEqual(only('option-device-only', '[general]\nport=5062\n').data, { replacement: 'bindport' });
      assert.deepEqual(only('option-device-only', '[general]\nport=4570\n', { dialect: 'iax' }).data, { replacement: 'bindport' });
      assert.equal(only('option-device-only', '[general]\nsecret=Xk9-Long-Pass\n').data, undefined);
    });
    it('accepts options valid in both', () => {
      const text = `[general]\ndtmfmode=rfc2833\n${ALICE}dtmfmode=info\n`;
      assert.deepEqual([...rangesOf('option-general-only', text), ...rangesOf('option-device-only', text)], []);
    });
  });

  describe('deprecated-alias / deprecated-option', () => {
    it('an old name Asterisk reads silently is a hint, struck through, with its replacement (issue #15 B6)', () => {
      for (const [text, replacement] of [
        [`${ALICE}canreinvite=no\n`, 'directmedia'],
        ['[general]\nexternip=192.0.2.1\n', 'externaddr'],
        ['[general]\nmaxexpirey=3600\n', 'maxexpiry'],
      ]) {
        const diagnostic = only('deprecated-alias', text);
        assert.equal(diagnostic.severity, DiagnosticSeverity.Hint, replacement);
        assert.deepEqual(diagnostic.tags, [DiagnosticTag.Deprecated], replacement);
        assert.deepEqual(diagnostic.data, { replacement });
        assert.deepEqual(rangesOf('deprecated-option', text), [], replacement);
      }
    });
    it('an old name Asterisk logs about stays a warning (username: a NOTICE once per process)', () => {
      const diagnostic = only('deprecated-option', `${ALICE}username=alice2\n`);
      assert.equal(diagnostic.severity, DiagnosticSeverity.Warning);
      assert.deepEqual(diagnostic.tags, [DiagnosticTag.Deprecated]);
      assert.deepEqual(diagnostic.data, { replacement: 'defaultuser' });
    });
    it('storesipcause warns only when Asterisk logs, i.e. when it is on', () => {
      assert.deepEqual(rangesOf('deprecated-option', '[general]\nstoresipcause=yes\n'), [[1, 0, 13]]);
      assert.deepEqual(rangesOf('deprecated-option', '[general]\nstoresipcause=no\n'), []);
      assert.deepEqual(rangesOf('deprecated-alias', '[general]\nstoresipcause=no\n'), [[1, 0, 13]]);
    });
    it('accepts the current names and plain synonyms', () => {
      const text = `[general]\nexternaddr=192.0.2.1\nudpbindaddr=0.0.0.0\n${ALICE}directmedia=no\n`;
      assert.deepEqual([...rangesOf('deprecated-option', text), ...rangesOf('deprecated-alias', text)], []);
    });
  });

  describe('legacy-option', () => {
    it('informs about call-limit', () => {
      assert.equal(only('legacy-option', `${ALICE}call-limit=2\n`).severity, 3);
    });
    it('says nothing about callcounter', () => {
      assert.deepEqual(rangesOf('legacy-option', `${ALICE}callcounter=yes\n`), []);
    });
  });

  describe('realtime-only-option / no-effect-option', () => {
    it('flags realtime-only keys and sample-only keys', () => {
      assert.deepEqual(rangesOf('realtime-only-option', `${ALICE}regseconds=0\n`), [[5, 0, 10]]);
      assert.deepEqual(rangesOf('no-effect-option', `${ALICE}template=phone\n`), [[5, 0, 8]]);
      assert.deepEqual(rangesOf('no-effect-option', '[general]\nkeyrotate=off\n', { dialect: 'iax' }), [[1, 0, 9]]);
    });
    it('sip tlsverifyclient in [general] is logged and skipped (issue #15 B5)', () => {
      assert.deepEqual(rangesOf('no-effect-option', '[general]\ntlsenable=yes\ntlsverifyclient=yes\n'), [[2, 0, 15]]);
    });
    it('hasvoicemail is dead only from Asterisk 23', () => {
      const text = '[p]\ntype=peer\nhost=h.example.org\nhasvoicemail=yes\n';
      assert.deepEqual(rangesOf('no-effect-option', text, { dialect: 'iax' }), []);
      assert.deepEqual(rangesOf('no-effect-option', text, { dialect: 'iax', settings: { asteriskVersion: 23 } }), [[3, 0, 12]]);
    });
  });

  describe('duplicate-option', () => {
    it('flags the overridden line and names the winner', () => {
      const diagnostic = only('duplicate-option', `${ALICE}dtmfmode=info\ndtmfmode=rfc2833\n`);
      assert.deepEqual(diagnostic.range, { start: { line: 5, character: 0 }, end: { line: 5, character: 8 } });
      assert.equal((diagnostic.data as { winnerLine: number }).winnerLine, 6);
    });
    it('iax before 23: the first type line wins', () => {
      const diagnostic = only('duplicate-option', '[b]\ntype=user\ntype=peer\nhost=h.example.org\n', { dialect: 'iax' });
      assert.deepEqual(diagnostic.range.start, { line: 2, character: 0 });
      assert.equal((diagnostic.data as { winnerLine: number }).winnerLine, 1);
    });
    it('list options may repeat', () => {
      assert.deepEqual(rangesOf('duplicate-option', `${ALICE}allow=ulaw\nallow=alaw\npermit=10.0.0.0/8\npermit=192.168.0.0/16\n`), []);
    });
    it('sip mailbox lines are a list: chan_sip appends each one (issue #15 B2)', () => {
      assert.deepEqual(rangesOf('duplicate-option', `${ALICE}mailbox=100@default\nmailbox=101@default\n`), []);
    });
    it('nat, faxdetect and sendrpid add up instead of the last line winning (issue #15 B2)', () => {
      for (const [first, second] of [
        ['nat=comedia', 'nat=force_rport'],
        ['faxdetect=cng', 'faxdetect=t38'],
        ['sendrpid=yes', 'sendrpid=no'],
      ]) {
        const diagnostic = only('duplicate-option', `${ALICE}${first}\n${second}\n`);
        assert.deepEqual(diagnostic.range.start, { line: 5, character: 0 }, first);
        assert.deepEqual(diagnostic.data, { winnerLine: 6, winnerUri: uriOf('sip.conf'), combine: 'accumulate' }, first);
      }
    });
    it('a nat line with a no word or yes starts over: the lines before it are lost', () => {
      const diagnostics = diagnose(`${ALICE}nat=comedia\nnat=no\nnat=force_rport\n`).filter((d) => d.code === 'duplicate-option');
      assert.deepEqual(
        diagnostics.map((d) => [d.range.start.line, d.data]),
        [
          [5, { winnerLine: 6, winnerUri: uriOf('sip.conf'), combine: 'accumulate', startsOver: true }],
          [6, { winnerLine: 7, winnerUri: uriOf('sip.conf'), combine: 'accumulate' }],
        ],
      );
    });
    it('iax encryption lines are OR-ed (issue #15 B2)', () => {
      const diagnostic = only('duplicate-option', '[u]\ntype=user\ncontext=office\nencryption=yes\nencryption=no\n', { dialect: 'iax' });
      assert.equal((diagnostic.data as { combine: string }).combine, 'accumulate');
    });
  });

  describe('append-without-separator', () => {
    it('flags += that glues a codec to the previous one', () => {
      const diagnostic = only('append-without-separator', `${ALICE}allow=ulaw\nallow+=g729\n`);
      assert.deepEqual(diagnostic.range, { start: { line: 6, character: 7 }, end: { line: 6, character: 8 } });
      assert.deepEqual(diagnostic.data, { fixedValue: ',g729' });
    });
    it('sees a value inherited from a template', () => {
      assert.deepEqual(rangesOf('append-without-separator', '[c](!)\nallow=ulaw\n[alice](c)\ntype=peer\nhost=h.example.net\nallow+=g729\n'), [[5, 7, 8]]);
    });
    it('accepts +=, and += with nothing before it', () => {
      assert.deepEqual(rangesOf('append-without-separator', `${ALICE}allow=ulaw\nallow+=,g729\n`), []);
      assert.deepEqual(rangesOf('append-without-separator', `${ALICE}allow+=g729\n`), []);
    });
  });
});
