import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { parseAuthEntry, type AuthEntry } from '../../../server/src/service/model/authEntry';

/** The text of every part that is present. */
function texts(entry: AuthEntry): Record<string, string> {
  const result: Record<string, string> = {};
  for (const name of ['user', 'secret', 'md5secret', 'realm'] as const) {
    const part = entry[name];
    if (part) result[name] = part.text;
  }
  return result;
}
function codes(entry: AuthEntry): string[] {
  return entry.problems.map((problem) => problem.code);
}

describe('parseAuthEntry', () => {
  it('reads user:secret@realm', () => {
    const entry = parseAuthEntry('alice:pw@example.com');
    assert.equal(entry.accepted, true);
    assert.deepEqual(texts(entry), { user: 'alice', secret: 'pw', realm: 'example.com' });
    assert.deepEqual(entry.user?.span, { start: 0, end: 5 });
    assert.deepEqual(entry.secret?.span, { start: 6, end: 8 });
    assert.deepEqual(entry.realm?.span, { start: 9, end: 20 });
    assert.deepEqual(entry.problems, []);
  });

  it('reads user#md5secret@realm', () => {
    const entry = parseAuthEntry('alice#0123456789abcdef0123456789ABCDEF@realm');
    assert.deepEqual(texts(entry), { user: 'alice', md5secret: '0123456789abcdef0123456789ABCDEF', realm: 'realm' });
    assert.deepEqual(entry.md5secret?.span, { start: 6, end: 38 });
    assert.deepEqual(entry.problems, []);
  });

  it('splits at the last @, so the user part may contain @', () => {
    const entry = parseAuthEntry('bob@corp:pw@realm');
    assert.deepEqual(texts(entry), { user: 'bob@corp', secret: 'pw', realm: 'realm' });
  });

  it('looks for # only when there is no colon: the colon wins wherever it is', () => {
    assert.deepEqual(texts(parseAuthEntry('alice:pw#x@realm')), { user: 'alice', secret: 'pw#x', realm: 'realm' });
    assert.deepEqual(texts(parseAuthEntry('alice#h:x@realm')), { user: 'alice#h', secret: 'x', realm: 'realm' });
  });

  it('splits the secret at the first colon only', () => {
    assert.deepEqual(texts(parseAuthEntry('alice:p:w@realm')), { user: 'alice', secret: 'p:w', realm: 'realm' });
  });

  it('rejects an entry without @, without realm, without user part, or empty', () => {
    for (const value of ['alice:pw', 'alice:pw@', '@realm', '']) {
      const entry = parseAuthEntry(value);
      assert.equal(entry.accepted, false, value);
      assert.deepEqual(codes(entry), ['auth-bad-format'], value);
      assert.deepEqual(entry.problems[0].span, { start: 0, end: value.length }, value);
      assert.deepEqual(texts(entry), {}, value);
    }
  });

  it('flags an empty user name that Asterisk keeps', () => {
    const entry = parseAuthEntry(':pw@realm');
    assert.equal(entry.accepted, true);
    assert.deepEqual(texts(entry), { user: '', secret: 'pw', realm: 'realm' });
    assert.deepEqual(codes(entry), ['auth-empty-user']);
  });

  it('flags a missing secret: Asterisk answers with an empty password', () => {
    const entry = parseAuthEntry('alice@realm');
    assert.deepEqual(texts(entry), { user: 'alice', realm: 'realm' });
    assert.deepEqual(codes(entry), ['auth-missing-secret']);
    assert.deepEqual(entry.problems[0].span, { start: 0, end: 5 });
  });

  it('flags an md5secret that is not 32 hex digits', () => {
    const entry = parseAuthEntry('alice#secret@realm');
    assert.deepEqual(codes(entry), ['auth-bad-md5secret']);
    assert.deepEqual(entry.problems[0].span, { start: 6, end: 12 });
    assert.match(entry.problems[0].message, /MD5\("alice:realm:secret"\)/);
  });

  it('flags a realm Asterisk truncates to 79 bytes', () => {
    const entry = parseAuthEntry(`alice:pw@${'r'.repeat(80)}`);
    assert.deepEqual(codes(entry), ['auth-realm-too-long']);
    assert.deepEqual(entry.problems[0].span, { start: 9, end: 89 });
  });
});

describe('parseAuthEntry on arbitrary text', () => {
  it('never throws and keeps every span inside the value', () => {
    const unit = fc.constantFrom('a', '@', ':', '#', ' ', '"', 'é');
    fc.assert(fc.property(fc.string({ unit, maxLength: 30 }), (value) => {
      const entry = parseAuthEntry(value);
      const spans = [entry.user, entry.secret, entry.md5secret, entry.realm].flatMap((part) => (part ? [part.span] : []));
      for (const span of [...spans, ...entry.problems.map((problem) => problem.span)]) {
        assert.ok(span.start >= 0 && span.start <= span.end && span.end <= value.length, value);
      }
      assert.equal(entry.accepted, entry.realm !== undefined);
    }));
  });
});
