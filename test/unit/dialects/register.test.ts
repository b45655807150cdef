import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readRegister, type RegisterShown } from '../../../server/src/service/dialects/register';
import { parseIaxRegister, parseSipRegister } from '../../../server/src/service/model/registerStatement';

const masked: RegisterShown = { part: (part) => part?.text ?? '', secret: () => '***' };

describe('register statements read by the grammar that parsed them (issue #16)', () => {
  it('reads a chan_sip line with the SIP parts, a chan_iax2 line with the IAX parts', () => {
    assert.deepEqual(
      readRegister(parseSipRegister('trunk?alice:pw@sip.example.com')).parts.map((named) => named.name),
      ['peer', 'user', 'secret', 'host'],
    );
    assert.deepEqual(readRegister(parseIaxRegister('alice:pw@iax.example.com:4570')).parts.map((named) => named.name), ['user', 'secret', 'host', 'port']);
  });

  it('describes a part in the words of its own grammar', () => {
    assert.match(readRegister(parseSipRegister('alice@h')).partText('host'), /REGISTER/);
    assert.match(readRegister(parseIaxRegister('alice@h')).partText('host'), /IAX server/);
  });

  it('summarises each grammar with its own default renewal', () => {
    assert.match(readRegister(parseSipRegister('alice:pw@h')).summary(masked), /defaultexpiry/);
    assert.match(readRegister(parseIaxRegister('alice:pw@h')).summary(masked), /every 60 seconds/);
  });

  it('gives every part it lists in the order of the line', () => {
    for (const parsed of [parseSipRegister('p?tls://u@d:5070:pw:au@h:5071/ext~90'), parseIaxRegister('u:pw@h:1@x:y')]) {
      const starts = readRegister(parsed).parts.map((named) => named.part.span.start);
      assert.deepEqual(starts, [...starts].sort((a, b) => a - b));
    }
  });
});
