import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { editDistance } from '../../../../server/src/service/features/rules/optionRules';
import { messageOf, only, rangesOf } from './diagnose';

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
    it('accepts options valid in both', () => {
      const text = `[general]\ndtmfmode=rfc2833\n${ALICE}dtmfmode=info\n`;
      assert.deepEqual([...rangesOf('option-general-only', text), ...rangesOf('option-device-only', text)], []);
    });
  });

  describe('deprecated-option', () => {
    it('old names carry their replacement', () => {
      assert.deepEqual(only('deprecated-option', `${ALICE}canreinvite=no\n`).data, { replacement: 'directmedia' });
      assert.deepEqual(only('deprecated-option', '[general]\nexternip=192.0.2.1\n').data, { replacement: 'externaddr' });
      assert.deepEqual(only('deprecated-option', `${ALICE}username=alice2\n`).data, { replacement: 'defaultuser' });
    });
    it('accepts the current names and plain synonyms', () => {
      assert.deepEqual(rangesOf('deprecated-option', `[general]\nexternaddr=192.0.2.1\nudpbindaddr=0.0.0.0\n${ALICE}directmedia=no\n`), []);
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
  });

  describe('append-without-separator', () => {
    it('flags += that glues a codec to the previous one', () => {
      const diagnostic = only('append-without-separator', `${ALICE}allow=ulaw\nallow+=g729\n`);
      assert.deepEqual(diagnostic.range, { start: { line: 6, character: 7 }, end: { line: 6, character: 8 } });
      assert.deepEqual(diagnostic.data, { fixedValue: ',g729' });
    });
    it('on a secret-bearing option neither the message nor the data carries a value (issue #19)', () => {
      for (const [text, dialect] of [
        ['[general]\nregister => me:Pw1-reg@r1\nregister += me2:Pw2-reg@r2\n', 'sip'],
        ['[general]\nmwi => mb:Pw1-mwi@h/1\nmwi += x:Pw2-mwi@h/2\n', 'sip'],
        [`${ALICE}auth=u:Pw1-auth@r1\nauth+=u2:Pw2-auth@r2\n`, 'sip'],
        ['[general]\nregister => me:Pw1-iaxreg@r1\nregister += me2:Pw2-iaxreg@r2\n', 'iax'],
        ['[p]\ntype=peer\nhost=h\nsecret=Pw1-iax-long\nsecret+=Pw2-iax-long\n', 'iax'],
      ] as const) {
        const diagnostic = only('append-without-separator', text, { dialect });
        assert.equal(messageOf(diagnostic), `+= glues this text to the previous ${/(\w+) ?\+=/.exec(text)![1]} without a separator: Asterisk reads the two as one value. Start the text with a ','.`);
        assert.equal(diagnostic.data, undefined);
        assert.doesNotMatch(JSON.stringify(diagnostic), /Pw[12]/);
      }
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
