import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { channelProfile, profileOf } from '../../../server/src/service/dialects/channel';
import { getCatalog } from '../../../server/src/service/data/catalog';
import { DIALECT_CORES } from '../../../server/src/service/dialects/cores';

describe('channel profiles', () => {
  it('sip and iax have a profile, the dialects without a channel driver none', () => {
    assert.deepEqual(
      DIALECT_CORES.filter((core) => channelProfile(core.id)).map((core) => core.id),
      ['sip', 'iax'],
    );
    assert.equal(channelProfile('sip')?.driver, 'chan_sip');
    assert.equal(channelProfile('iax')?.driver, 'chan_iax2');
    assert.equal(channelProfile('pjsip'), undefined);
    assert.equal(channelProfile('generic'), undefined);
  });

  it('the dialects that run the channel checks are exactly those with a profile', () => {
    for (const core of DIALECT_CORES) assert.equal(channelProfile(core.id) !== undefined, core.channelChecks, core.id);
  });

  it('each profile is its own dialect, and its options are the catalog', () => {
    for (const dialect of ['sip', 'iax'] as const) {
      const profile = profileOf(dialect);
      assert.equal(profile.id, dialect);
      assert.deepEqual(getCatalog(dialect).options, profile.options());
    }
  });

  it('a special section kind belongs to one driver only', () => {
    assert.equal(profileOf('sip').specialSections.get('callnumberlimits'), undefined);
    assert.equal(profileOf('iax').specialSections.get('authentication'), undefined);
  });
});
