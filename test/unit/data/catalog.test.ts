import { describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import { combineOf, getCatalog, lookupOption, optionsForScope } from '../../../server/src/service/data/catalog';
import { iaxOptions } from '../../../server/src/service/data/iaxOptions';
import { sipDeviceOptions } from '../../../server/src/service/data/sipDeviceOptions';
import { sipGeneralOptions } from '../../../server/src/service/data/sipGeneralOptions';
import type { Dialect } from '../../../server/src/service/data/catalogTypes';

describe('option catalog loader', () => {
  it('serves the iax catalog as written', () => {
    const catalog = getCatalog('iax');
    assert.equal(catalog.dialect, 'iax');
    assert.equal(catalog.options, iaxOptions);
  });

  it('combines the sip general and device catalogs', () => {
    const catalog = getCatalog('sip');
    assert.equal(catalog.dialect, 'sip');
    assert.equal(catalog.options.length, sipGeneralOptions.length + sipDeviceOptions.length);
    assert.ok(sipGeneralOptions.every((entry) => catalog.options.includes(entry)));
    assert.ok(sipDeviceOptions.every((entry) => catalog.options.includes(entry)));
  });

  it('returns the same catalog object on every call', () => {
    assert.equal(getCatalog('sip'), getCatalog('sip'));
  });

  it('looks names up case-insensitively, like Asterisk', () => {
    assert.equal(lookupOption('iax', 'RequireCallToken')?.name, 'requirecalltoken');
    assert.equal(lookupOption('iax', 'HOST')?.name, 'host');
    assert.equal(lookupOption('sip', 'MaxExpiry')?.name, 'maxexpiry');
  });

  it('returns undefined for unknown names and for names of the other dialect', () => {
    assert.equal(lookupOption('iax', 'nosuchoption'), undefined);
    assert.equal(lookupOption('iax', 'defaultuser'), undefined);
    assert.equal(lookupOption('sip', 'peercontext'), undefined);
  });

  it('resolves sip aliases to their canonical entry', () => {
    assert.equal(lookupOption('sip', 'maxexpirey')?.name, 'maxexpiry');
    assert.equal(lookupOption('sip', 'MAXEXPIREY')?.name, 'maxexpiry');
    assert.equal(lookupOption('sip', 'canreinvite')?.name, 'directmedia');
  });

  it('leads sip username to defaultuser, whether kept as an alias or as a deprecated entry', () => {
    const username = lookupOption('sip', 'username');
    assert.ok(username, 'username is known');
    assert.ok(username.name === 'defaultuser' || username.deprecatedBy === 'defaultuser', username.name);
  });

  for (const dialect of ['sip', 'iax'] as const satisfies readonly Dialect[]) {
    it(`${dialect}: no name or alias appears twice`, () => {
      const seen = new Map<string, string>();
      for (const entry of getCatalog(dialect).options) {
        for (const name of [entry.name, ...(entry.aliases ?? [])]) {
          const key = name.toLowerCase();
          assert.equal(seen.get(key), undefined, `${key} is claimed by ${seen.get(key)} and ${entry.name}`);
          seen.set(key, entry.name);
        }
      }
    });

    it(`${dialect}: every name and alias resolves to its own entry`, () => {
      for (const entry of getCatalog(dialect).options) {
        assert.equal(lookupOption(dialect, entry.name), entry, entry.name);
        for (const alias of entry.aliases ?? []) assert.equal(lookupOption(dialect, alias), entry, alias);
      }
    });
  }

  it('lists the options of one scope', () => {
    const peerOptions = optionsForScope('iax', 'peer').map((entry) => entry.name);
    assert.ok(peerOptions.includes('host'));
    assert.ok(peerOptions.includes('secret'));
    assert.ok(!peerOptions.includes('setvar'));
    assert.ok(!peerOptions.includes('bindport'));
    assert.deepEqual(optionsForScope('iax', 'callnumberlimits'), []);
    assert.ok(optionsForScope('sip', 'general').some((entry) => entry.name === 'bindport'));
  });

  it('says how the lines of each option combine (issue #15 B2)', () => {
    const combine = (dialect: Dialect, name: string) => {
      const entry = lookupOption(dialect, name);
      assert.ok(entry, name);
      return combineOf(entry);
    };
    assert.deepEqual(['nat', 'faxdetect', 'sendrpid'].map((name) => combine('sip', name)), ['accumulate', 'accumulate', 'accumulate']);
    assert.deepEqual(['allow', 'permit', 'setvar', 'mailbox'].map((name) => combine('sip', name)), ['list', 'list', 'list', 'list']);
    assert.deepEqual(['dtmfmode', 'context'].map((name) => combine('sip', name)), ['replace', 'replace']);
    assert.deepEqual(['encryption', 'allow', 'mailbox'].map((name) => combine('iax', name)), ['accumulate', 'list', 'replace']);
  });

  it('no option both accumulates and is a list', () => {
    for (const dialect of ['sip', 'iax'] as const) for (const entry of getCatalog(dialect).options) assert.ok(!(entry.accumulates && entry.repeatable), entry.name);
  });
});
