import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { CHANNEL_SECRETS } from '../../../server/src/service/dialects/secrets';
import { DIALECT_CORES } from '../../../server/src/service/dialects/cores';

describe('dialect secrets', () => {
  it("chan_sip's and chan_iax2's secret options, lower case; their auth= is no object name", () => {
    assert.deepEqual(CHANNEL_SECRETS.options, ['secret', 'md5secret', 'remotesecret', 'dbsecret']);
    assert.equal(CHANNEL_SECRETS.authNamesObjects, false);
  });

  it('only pjsip states secrets of its own; sip, iax and any other .conf keep the channel ones', () => {
    assert.deepEqual(
      DIALECT_CORES.filter((core) => core.secrets).map((core) => core.id),
      ['pjsip'],
    );
  });
});
