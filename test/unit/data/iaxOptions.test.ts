import { describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import { callNumberLimitsDescription, iaxOptions } from '../../../server/src/service/data/iaxOptions';
import type { OptionEntry } from '../../../server/src/service/data/catalogTypes';

function option(name: string): OptionEntry {
  const entry = iaxOptions.find((candidate) => candidate.name === name);
  assert.ok(entry, `iax option ${name} is in the catalog`);
  return entry;
}

describe('iax option catalog', () => {
  it('lists 90 options: the 89 parsed names plus the sample-only keyrotate', () => {
    assert.equal(iaxOptions.length, 90);
  });

  it('has unique, lower-case names', () => {
    const names = iaxOptions.map((entry) => entry.name);
    assert.equal(new Set(names).size, names.length);
    for (const name of names) assert.equal(name, name.toLowerCase(), name);
  });

  it('uses only iax scopes, never sip\'s device or authentication', () => {
    for (const entry of iaxOptions) {
      assert.ok(entry.sections.length > 0, entry.name);
      for (const scope of entry.sections) {
        assert.ok(['general', 'user', 'peer'].includes(scope), `${entry.name}: ${scope}`);
      }
    }
  });

  it('gives every option a short, non-empty description', () => {
    for (const entry of iaxOptions) {
      assert.ok(entry.description.trim().length > 0, entry.name);
      assert.ok(entry.description.length <= 600, `${entry.name} has ${entry.description.length} chars`);
    }
  });

  it('describes every value of every enum and enumList', () => {
    for (const entry of iaxOptions.filter((candidate) => candidate.kind === 'enum' || candidate.kind === 'enumList')) {
      assert.ok(entry.values && entry.values.length > 0, entry.name);
      for (const value of entry.values) assert.ok(value.description.trim().length > 0, `${entry.name}=${value.value}`);
    }
  });

  it('gives int bounds that are consistent', () => {
    for (const entry of iaxOptions) {
      if (entry.min !== undefined && entry.max !== undefined) assert.ok(entry.min <= entry.max, entry.name);
    }
    assert.deepEqual([option('trunkfreq').min, option('trunkfreq').max, option('trunkfreq').unit], [10, 1000, 'ms']);
    assert.deepEqual([option('iaxthreadcount').min, option('iaxthreadcount').max], [1, 256]);
  });

  it('states a direction for the options that decide who calls whom', () => {
    const expected: Record<string, string> = {
      type: 'both',
      auth: 'both',
      secret: 'both',
      encryption: 'both',
      context: 'inbound',
      inkeys: 'inbound',
      host: 'outbound',
      outkey: 'outbound',
      username: 'outbound',
      register: 'outbound',
      qualify: 'outbound',
      allow: 'none',
    };
    for (const [name, direction] of Object.entries(expected)) assert.equal(option(name).direction, direction, name);
  });

  it('says in the description which way type, host, context, secret, auth, inkeys, outkey, username and register act', () => {
    const directionWords = /inbound|outbound|both directions|calls us|we call|call(s)? (to|from)|we place|calling/i;
    for (const name of ['type', 'host', 'context', 'secret', 'auth', 'inkeys', 'outkey', 'username', 'register']) {
      assert.match(option(name).description, directionWords, name);
    }
  });

  it('keeps user and peer apart: a friend is never a scope', () => {
    assert.deepEqual(option('host').sections, ['peer']);
    assert.deepEqual(option('setvar').sections, ['user']);
    assert.deepEqual(option('secret').sections, ['user', 'peer']);
    assert.deepEqual(option('requirecalltoken').sections, ['user', 'peer']);
  });

  it('marks accumulating options repeatable and scalar ones not', () => {
    for (const name of ['allow', 'disallow', 'permit', 'deny', 'acl', 'setvar', 'register', 'calltokenoptional', 'bindaddr', 'context', 'secret']) {
      assert.equal(option(name).repeatable, true, name);
    }
    for (const name of ['host', 'inkeys', 'outkey', 'username', 'bindport']) assert.notEqual(option(name).repeatable, true, name);
  });

  it('lists auth as md5, rsa and a deprecated plaintext', () => {
    const auth = option('auth');
    assert.equal(auth.kind, 'enumList');
    assert.deepEqual(auth.values?.map((value) => value.value), ['md5', 'rsa', 'plaintext']);
    assert.equal(auth.values?.find((value) => value.value === 'plaintext')?.deprecatedBy, 'md5');
  });

  it('documents the register grammar and what IAX lacks compared to SIP', () => {
    const register = option('register');
    assert.equal(register.kind, 'register');
    assert.match(register.description, /user\[:secret\]@host\[:port\]/);
    assert.match(register.description, /host=dynamic/);
    assert.match(register.description, /\[keyname\]/);
    assert.match(register.description, /no transport/);
  });

  it('warns about the gotchas: OR-ed encryption, inert keyrotate, no-op codecpriority=host, bindport order', () => {
    assert.match(option('encryption').description, /OR-ed/);
    assert.match(option('keyrotate').description, /never reads it/);
    assert.match(option('codecpriority').values?.find((value) => value.value === 'host')?.description ?? '', /changes nothing/);
    assert.match(option('bindport').description, /after it/);
  });

  it('keeps qualify as text so numbers are accepted, while still offering yes and no', () => {
    const qualify = option('qualify');
    assert.equal(qualify.kind, 'text');
    assert.deepEqual(qualify.values?.map((value) => value.value), ['yes', 'no']);
    assert.match(qualify.description, /milliseconds/);
  });

  it('describes [callnumberlimits] apart from the options', () => {
    assert.equal(iaxOptions.some((entry) => entry.name.includes('/') || entry.name.includes('<')), false);
    assert.match(callNumberLimitsDescription, /address\[\/mask\] = limit/);
  });
});
