import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { sipGeneralOptions } from '../../../server/src/service/data/sipGeneralOptions';
import type { OptionEntry } from '../../../server/src/service/data/catalogTypes';

function option(name: string): OptionEntry {
  const found = sipGeneralOptions.find((entry) => entry.name === name);
  assert.ok(found, `no record for ${name}`);
  return found;
}

describe('sip [general]-only option catalog', () => {
  describe('shape', () => {
    it('has lower-case, unique names and aliases that never collide with each other or with a name', () => {
      const seen = new Set<string>();
      for (const entry of sipGeneralOptions) {
        for (const name of [entry.name, ...(entry.aliases ?? [])]) {
          assert.equal(name, name.toLowerCase(), `${name} is not lower case`);
          assert.match(name, /^[a-z0-9_-]+$/, `${name} has an unexpected character`);
          assert.ok(!seen.has(name), `${name} is listed twice`);
          seen.add(name);
        }
      }
    });

    it('only claims [general] (or [authentication]), never a device section', () => {
      for (const entry of sipGeneralOptions) {
        assert.ok(entry.sections.length > 0, entry.name);
        for (const scope of entry.sections) {
          assert.ok(scope === 'general' || scope === 'authentication', `${entry.name}: ${scope}`);
        }
      }
    });

    it('gives every description one short paragraph', () => {
      for (const entry of sipGeneralOptions) {
        const text = entry.description.trim();
        assert.ok(text.length >= 20, `${entry.name}: description too short`);
        assert.ok(text.length <= 600, `${entry.name}: description is ${text.length} chars`);
        assert.ok(!text.includes('\n'), `${entry.name}: description spans lines`);
      }
    });

    it('describes every enumerated value, each listed once', () => {
      for (const entry of sipGeneralOptions) {
        if (entry.kind === 'enum' || entry.kind === 'enumList') {
          assert.ok(entry.values && entry.values.length >= 2, `${entry.name}: an enum needs values`);
        }
        const values = entry.values ?? [];
        assert.equal(new Set(values.map((v) => v.value)).size, values.length, `${entry.name}: duplicate value`);
        for (const value of values) {
          assert.equal(value.value, value.value.toLowerCase(), `${entry.name}=${value.value}`);
          assert.ok(value.description.trim().length > 0, `${entry.name}=${value.value} is undescribed`);
        }
      }
    });

    it('keeps bounds and units for integers only, with min not above max', () => {
      for (const entry of sipGeneralOptions) {
        if (entry.kind !== 'int') {
          assert.equal(entry.min, undefined, entry.name);
          assert.equal(entry.max, undefined, entry.name);
          assert.equal(entry.unit, undefined, entry.name);
        } else if (entry.min !== undefined && entry.max !== undefined) {
          assert.ok(entry.min <= entry.max, entry.name);
        }
      }
    });

    it('writes integer and boolean defaults the way a user would', () => {
      for (const entry of sipGeneralOptions) {
        if (entry.default === undefined) continue;
        if (entry.kind === 'int') assert.match(entry.default, /^-?\d+$/, entry.name);
        if (entry.kind === 'bool') assert.ok(entry.default === 'yes' || entry.default === 'no', entry.name);
        if (entry.kind === 'enum') {
          assert.ok(entry.values?.some((v) => v.value === entry.default), `${entry.name}: default not a value`);
        }
      }
    });
  });

  describe('register', () => {
    const register = option('register');

    it('is an outbound, repeatable statement with its own grammar', () => {
      assert.equal(register.kind, 'register');
      assert.equal(register.direction, 'outbound');
      assert.equal(register.repeatable, true);
    });

    it('documents the grammar and that the remote must know us as a dynamic peer', () => {
      assert.ok(
        register.description.includes('[peer?][transport://]user[@domain][:secret[:authuser]]@host[:port][/extension][~expiry]'),
      );
      assert.ok(register.description.includes('host=dynamic'));
    });

    it('warns that defaultexpiry must come before it', () => {
      assert.ok(register.description.includes('defaultexpiry'));
      assert.match(option('defaultexpiry').description, /[Oo]rder matters/);
    });

    it('sits with the other knobs of our own registrations', () => {
      for (const name of ['registertimeout', 'registerattempts', 'register_retry_403', 'mwi', 'mwiexpiry']) {
        assert.equal(option(name).direction, 'outbound', name);
      }
    });
  });

  describe('inbound protection', () => {
    it('treats guest and authentication options as inbound, with the safe defaults chan_sip uses', () => {
      assert.equal(option('allowguest').direction, 'inbound');
      assert.equal(option('allowguest').default, 'yes');
      assert.equal(option('alwaysauthreject').direction, 'inbound');
      assert.equal(option('alwaysauthreject').default, 'yes');
      assert.equal(option('autocreatepeer').default, 'no');
    });
  });

  describe('old names', () => {
    it('folds the ssl* names into the tls* records', () => {
      assert.deepEqual(option('tlsenable').aliases, ['sslenable']);
      assert.ok(option('tlscertfile').aliases?.includes('sslcert'));
      assert.ok(option('tlsclientmethod').aliases?.includes('sslclientmethod'));
    });

    it('folds misspelled *expirey names into their correct spelling', () => {
      for (const name of ['maxexpiry', 'minexpiry', 'defaultexpiry', 'submaxexpiry', 'subminexpiry', 'mwiexpiry']) {
        assert.deepEqual(option(name).aliases, [name.replace(/expiry$/, 'expirey')]);
      }
    });

    it('keeps externip readable under externaddr', () => {
      assert.deepEqual(option('externaddr').aliases, ['externip']);
      assert.match(option('externaddr').description, /externip.*deprecated/);
    });

    it('marks storesipcause as replaced by HANGUPCAUSE()', () => {
      assert.match(option('storesipcause').deprecatedBy ?? '', /HANGUPCAUSE/);
    });
  });

  describe('list-like options accumulate', () => {
    it('marks exactly the statements that add one item per line as repeatable', () => {
      const repeatable = sipGeneralOptions.filter((entry) => entry.repeatable).map((entry) => entry.name).sort();
      assert.deepEqual(repeatable, ['domain', 'localnet', 'mwi', 'register']);
    });
  });
});
