import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { MIN_SECRET_LENGTH, weakSecretReason } from '../../../../server/src/service/features/rules/weakSecret';

describe('weakSecretReason', () => {
  it('a name it must not equal is compared case-insensitively; empty names never match', () => {
    assert.equal(weakSecretReason('Provider-Trunk-01', ['provider-trunk-01']), 'it matches another field');
    assert.equal(weakSecretReason('Xk9-Long-Pass', ['', 'alice']), undefined);
  });

  it('equal to a name is said first, even when the password is also short or common', () => {
    assert.equal(weakSecretReason('admin', ['admin']), 'it matches another field');
    assert.equal(weakSecretReason('admin', []), 'it is one of the most common passwords');
  });

  it(`is long enough at ${MIN_SECRET_LENGTH} characters, unless digits only`, () => {
    assert.equal(weakSecretReason('a'.repeat(MIN_SECRET_LENGTH - 1), []), `it is shorter than ${MIN_SECRET_LENGTH} characters`);
    assert.equal(weakSecretReason('Ab3-defg', []), undefined);
    assert.equal(weakSecretReason('40211983', []), 'it is only digits');
  });
});
