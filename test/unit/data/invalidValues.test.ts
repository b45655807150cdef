import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { getCatalog, lookupOption } from '../../../server/src/service/data/catalog';
import { atoi, describedOptions, invalidValueConsequence } from '../../../server/src/service/data/invalidValues';

const CHECKED_KINDS = new Set(['enum', 'enumList', 'int', 'port', 'tos', 'cos']);

describe('invalidValues (issue #15 B3)', () => {
  for (const dialect of ['sip', 'iax'] as const) {
    it(`${dialect}: every option whose value is checked says what the driver does with a bad one`, () => {
      const described = new Set(describedOptions(dialect));
      for (const option of getCatalog(dialect).options) {
        const checked = CHECKED_KINDS.has(option.kind) || (option.kind === 'text' && (option.values?.length ?? 0) > 0);
        if (checked && option.name !== 'type') assert.ok(described.has(option.name), `${dialect} ${option.name}`);
      }
    });
    it(`${dialect}: every described option is a real option`, () => {
      for (const name of describedOptions(dialect)) assert.equal(lookupOption(dialect, name)?.name, name, name);
    });
  }

  it('reads numbers like C atoi', () => {
    assert.deepEqual(['12abc', ' -3', 'abc', '', '+7'].map(atoi), [12, -3, 0, 0, 7]);
  });

  it('iax thread counts above 256 are clamped with a notice', () => {
    const facts = { value: '300', whole: '300', line: 3, section: 'general', inGeneral: true };
    assert.match(invalidValueConsequence('iax', 'iaxthreadcount', facts) ?? '', /NOTICE "limiting iaxthreadcount to 256" and uses 256/);
    assert.match(invalidValueConsequence('iax', 'iaxmaxthreadcount', facts) ?? '', /NOTICE "Limiting iaxmaxthreadcount to 256" and uses 256/);
  });

  it('quotes the log line with the value, the line and the section Asterisk prints', () => {
    const facts = { value: 'sometimes', whole: 'sometimes', line: 12, section: 'alice', inGeneral: false };
    assert.match(invalidValueConsequence('sip', 'dtmfmode', facts) ?? '', /"Unknown dtmf mode 'sometimes' on line 12, using rfc2833"/);
    assert.match(invalidValueConsequence('sip', 'qualify', facts) ?? '', /"Qualification of peer 'alice' should be/);
    assert.match(invalidValueConsequence('sip', 'qualify', { ...facts, inGeneral: true }) ?? '', /"Qualification default should be/);
  });

  it('nat words it does not know leave the device without NAT handling, silently', () => {
    const text = invalidValueConsequence('sip', 'nat', { value: 'auto', whole: 'auto', line: 5, section: 'a', inGeneral: false }) ?? '';
    assert.match(text, /without a warning/);
    assert.match(text, /as nat=no/);
  });
});
