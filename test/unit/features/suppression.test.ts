import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { doValidation } from '../../../server/src/service/features/validation';
import { analyzeText } from '../../support/fixture';

const PHONE = '[phone]\ntype=friend\nhost=dynamic\ncontext=office\nmd5secret=0123456789abcdef0123456789abcdef\n';
const codes = (text: string): string[] => doValidation(analyzeText(text)).map((diagnostic) => `${diagnostic.code}@${diagnostic.range.start.line}`);

describe('suppression', () => {
  it('without a comment, the diagnostics are there', () => {
    assert.deepEqual(codes(`${PHONE}secret=abc\nallow=g723.1\n`), ['weak-secret@5', 'unknown-codec@6']);
  });
  it('disable-next-line with an id switches off that rule on the next line only', () => {
    assert.deepEqual(codes(`${PHONE}; asterisk-conf-disable-next-line weak-secret\nsecret=abc\nallow=g723.1\n`), ['unknown-codec@7']);
  });
  it('disable-next-line with another id keeps the diagnostic', () => {
    assert.deepEqual(codes(`${PHONE}; asterisk-conf-disable-next-line unknown-codec\nsecret=abc\n`), ['weak-secret@6']);
  });
  it('disable-next-line takes several ids, and none means every rule', () => {
    assert.deepEqual(codes(`${PHONE}; asterisk-conf-disable-next-line unknown-codec, silent-false\ntrustrpid=maybe\n`), []);
    assert.deepEqual(codes(`${PHONE}; asterisk-conf-disable-next-line\nallow=g723.1\n`), []);
  });
  it('a trailing comment works as well as a comment line', () => {
    assert.deepEqual(codes(`${PHONE}secret=Xk9-Long-Pass ; asterisk-conf-disable-next-line unknown-codec\nallow=g723.1\n`), []);
  });
  it('the file-level form applies anywhere in the file', () => {
    assert.deepEqual(codes(`${PHONE}secret=abc\nallow=g723.1\n; asterisk-conf-disable weak-secret\n`), ['unknown-codec@6']);
    assert.deepEqual(codes(`; asterisk-conf-disable\n${PHONE}secret=abc\n`), []);
  });
  it('text in a value is not a suppression', () => {
    assert.deepEqual(codes(`${PHONE}secret=abc\ndescription=asterisk-conf-disable\n`), ['weak-secret@5']);
  });
});
