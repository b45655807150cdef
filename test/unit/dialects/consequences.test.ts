import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { atoi, atoiSilently, generalOr, logsAndUses, qos, silentWord } from '../../../server/src/service/dialects/consequences';

const FACTS = { value: '12abc', whole: '12abc', line: 7, section: 'alice', inGeneral: false };

describe('consequences (the words of the invalid-value tables)', () => {
  it('reads numbers like C atoi', () => {
    assert.deepEqual(['12abc', ' -3', 'abc', '', '+7'].map(atoi), [12, -3, 0, 0, 7]);
  });

  it('says what an atoi reading gives, and the fallback below the floor', () => {
    assert.equal(atoiSilently('chan_x')(FACTS), 'chan_x reads the leading number 12 without a warning.');
    assert.equal(atoiSilently('chan_x', { below: 1, fallback: '60' })({ ...FACTS, value: 'abc' }), 'chan_x reads 0 without a warning, and below 1 it uses 60.');
  });

  it('quotes the log line with the line number, and what the driver uses instead', () => {
    const text = logsAndUses('chan_x', ({ line }) => `WARNING "bad at ${line}"`, 'uses 30')(FACTS);
    assert.equal(text, 'chan_x logs WARNING "bad at 7" and uses 30.');
    assert.match(qos('tos', 'chan_x')(FACTS), /^chan_x logs WARNING "Invalid tos value at line 7, refer to QoS documentation" and keeps the value it had\.$/);
  });

  it('tells [general] from a device, and a silent word reading', () => {
    const pick = generalOr('in general', 'on a device');
    assert.equal(pick({ ...FACTS, inGeneral: true }), 'in general');
    assert.equal(pick(FACTS), 'on a device');
    assert.equal(silentWord('chan_x', 'no')(FACTS), 'chan_x reads any other word as no, without a warning.');
  });
});
