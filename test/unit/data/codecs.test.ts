import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { BUILTIN_CODECS, CODEC_NAMES } from '../../../server/src/service/data/codecs';

const names = BUILTIN_CODECS.map((codec) => codec.value);

describe('BUILTIN_CODECS', () => {
  it('lists each name once', () => {
    const seen = new Set<string>();
    const repeated = names.filter((name) => (seen.has(name) ? true : (seen.add(name), false)));
    assert.deepEqual(repeated, []);
  });

  it('writes every name in lower case, without spaces or dots', () => {
    for (const name of names) assert.match(name, /^[a-z][a-z0-9]*$/, name);
  });

  it('describes every codec in one line', () => {
    for (const codec of BUILTIN_CODECS) {
      assert.ok(codec.description.trim().length > 0, codec.value);
      assert.ok(!codec.description.includes('\n'), codec.value);
    }
  });

  it('has the names people write most, and not the ones Asterisk does not know', () => {
    for (const name of ['ulaw', 'alaw', 'g722', 'g729', 'gsm', 'opus', 'ilbc', 'g726', 'slin16', 'h264', 't140']) assert.ok(CODEC_NAMES.has(name), name);
    for (const name of ['g723.1', 'g711', 'pcmu', 'all']) assert.equal(CODEC_NAMES.has(name), false, name);
  });

  it('starts with the audio codecs', () => {
    assert.deepEqual(names.slice(0, 2), ['ulaw', 'alaw']);
    const firstVideo = names.indexOf('h261');
    assert.ok(firstVideo > names.indexOf('slin192'));
  });
});

describe('CODEC_NAMES', () => {
  it('holds exactly the names of BUILTIN_CODECS', () => {
    assert.deepEqual([...CODEC_NAMES].sort(), [...new Set(names)].sort());
    assert.equal(CODEC_NAMES.size, names.length);
  });
});
