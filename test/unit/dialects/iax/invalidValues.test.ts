import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { IAX_CONSEQUENCES } from '../../../../server/src/service/dialects/iax/invalidValues';
import { lookupOption } from '../../../../server/src/service/data/catalog';

describe('iax invalid values', () => {
  it('each entry is an option of the iax catalog, under its canonical name', () => {
    for (const name of Object.keys(IAX_CONSEQUENCES)) assert.equal(lookupOption('iax', name)?.name, name, name);
  });

  it('each text says what chan_iax2 (or Asterisk itself) does, ends with a period, and never speaks of chan_sip', () => {
    for (const [name, consequence] of Object.entries(IAX_CONSEQUENCES)) {
      for (const inGeneral of [true, false]) {
        const text = consequence({ value: 'zz', whole: 'zz', line: 3, section: 'a', inGeneral });
        assert.match(text, /^(chan_iax2|Asterisk) .*\.$/s, name);
        assert.ok(!text.includes('chan_sip'), name);
      }
    }
  });
});
