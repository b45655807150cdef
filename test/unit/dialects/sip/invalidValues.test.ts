import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { SIP_CONSEQUENCES } from '../../../../server/src/service/dialects/sip/invalidValues';
import { lookupOption } from '../../../../server/src/service/data/catalog';

describe('sip invalid values', () => {
  it('each entry is an option of the sip catalog, under its canonical name', () => {
    for (const name of Object.keys(SIP_CONSEQUENCES)) assert.equal(lookupOption('sip', name)?.name, name, name);
  });

  it('each text says what chan_sip (or Asterisk itself) does, ends with a period, and never speaks of chan_iax2', () => {
    for (const [name, consequence] of Object.entries(SIP_CONSEQUENCES)) {
      for (const inGeneral of [true, false]) {
        const text = consequence({ value: 'zz', whole: 'zz', line: 3, section: 'a', inGeneral });
        assert.match(text, /^(chan_sip|Asterisk) .*\.$/s, name);
        assert.ok(!text.includes('chan_iax2'), name);
      }
    }
  });
});
