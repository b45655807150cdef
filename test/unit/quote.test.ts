import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { accumulate, clip, MAX_QUOTED_LENGTH, quote, quoteAccumulated, type Accumulated } from '../../server/src/service/quote';

describe('quote', () => {
  it('keeps short text whole, in single quotes', () => {
    assert.equal(quote('ulaw'), "'ulaw'");
    assert.equal(clip('x'.repeat(MAX_QUOTED_LENGTH)), 'x'.repeat(MAX_QUOTED_LENGTH));
  });

  it('keeps the start and the end of long text around an ellipsis, at most the limit', () => {
    const text = `start${'-'.repeat(1000)}end`;
    const shown = clip(text);
    assert.equal(shown.length, MAX_QUOTED_LENGTH);
    assert.ok(shown.startsWith('start') && shown.endsWith('end') && shown.includes('…'));
    assert.equal(clip(text, 10), 'start…-end');
  });
});

describe('accumulate', () => {
  it('shows what quoting the whole value would show, for any sequence of appends', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 120 }), { minLength: 1, maxLength: 40 }), (parts) => {
        let built: Accumulated | undefined;
        for (const part of parts) built = accumulate(built, part);
        const whole = parts.join('');
        assert.equal(built!.length, whole.length);
        assert.equal(quoteAccumulated(built!), quote(whole));
      }),
    );
  });

  it('regression: 100,000 appends keep the built value bounded (the whole value was repeated in every message)', () => {
    let built = accumulate(undefined, 'ulaw');
    for (let index = 0; index < 100000; index++) built = accumulate(built, 'ulaw');
    assert.equal(built.length, 4 * 100001);
    assert.ok(built.head.length <= MAX_QUOTED_LENGTH && built.tail.length <= MAX_QUOTED_LENGTH);
    assert.equal(quoteAccumulated(built).length, MAX_QUOTED_LENGTH + 2);
  });
});
