import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import {
  isKnownPjsipOption,
  isPjsipSecret,
  lookupPjsipOption,
  pjsipOptions,
  pjsipOptionsFor,
  pjsipReferenceOptions,
} from '../../../../server/src/service/dialects/pjsip/options';
import { isPjsipObjectType, pjsipObjectTypes } from '../../../../server/src/service/dialects/pjsip/objectTypes';
import type { PjsipOptionEntry } from '../../../../server/src/service/dialects/pjsip/types';
import { SHINGLE_WORDS, shingleHashes, words } from '../../../../scripts/check-pjsip-sample';

/** A copy of ../shared/reference/pjsip-options.json, kept in step by scripts/check-pjsip-sample.ts. */
interface ReferenceOption {
  readonly object: string;
  readonly name: string;
  readonly default: string | null;
  readonly code_default?: string;
  readonly values: readonly string[] | null;
  readonly since?: string | null;
  readonly kind?: string;
  readonly source?: string;
}
const fixtures = path.resolve(__dirname, '../../../../../test/fixtures/pjsip');
const reference = (JSON.parse(readFileSync(path.join(fixtures, 'pjsip-options.json'), 'utf8')) as { options: ReferenceOption[] }).options;
const sampleShingles = new Set(readFileSync(path.join(fixtures, 'sample-shingles.txt'), 'utf8').split('\n').filter(Boolean));

const id = (objectType: string, name: string) => `${objectType}/${name.toLowerCase()}`;

/** Reference rows the catalog represents otherwise, each with its reason. */
const NOT_AN_ENTRY: Readonly<Record<string, string>> = {
  'phoneprov/*': 'a wildcard: a phoneprov object accepts any other name as a template variable (objectTypes: anyOption)',
};

/**
 * Where the catalog's default is not the reference's code default (or documented default when the code
 * names a macro), and why. "Observed" values were read with `pjsip show endpoint|transport|settings` in
 * real Asterisk 22.
 */
const DEFAULT_EXCEPTIONS: Readonly<Record<string, string | undefined>> = {
  'transport/require_client_cert': 'no', // code registers "" (the handler is never run); observed "No"
  'transport/verify_client': 'no',
  'transport/verify_server': 'no',
  'transport/allow_wildcard_certs': 'no',
  'global/default_auth_algorithms_uas': 'md5', // docs say "no", code names a macro; observed MD5
  'global/default_auth_algorithms_uac': 'md5',
  'global/endpoint_identifier_order': 'ip,username,anonymous', // macro; observed
  'global/user_agent': undefined, // depends on the build (observed "Asterisk PBX <version>")
  'global/regcontext': undefined, // macro; observed empty
  'global/default_voicemail_extension': undefined, // macro; observed empty
  'endpoint/dtls_setup': 'active', // no default in the reference; observed
  'endpoint/dtls_fingerprint': 'SHA-256', // no default in the reference; observed
  'global/taskprocessor_overload_trigger': 'global', // no default in the reference; observed
  'global/ignore_uri_user_options': 'no', // no default in the reference; observed "false"
};

/** The code's default when it is a literal, else the documented one; empty means none; bools as yes/no. */
function expectedDefault(row: ReferenceOption, entry: PjsipOptionEntry): string | undefined {
  const key = id(row.object, row.name);
  if (key in DEFAULT_EXCEPTIONS) return DEFAULT_EXCEPTIONS[key];
  const codeIsLiteral = row.code_default !== undefined && !/__stringify|^[A-Z][A-Z0-9_]*$|^default_useragent$/.test(row.code_default);
  let value = codeIsLiteral ? row.code_default : row.default;
  if (value === null || value === undefined || value === '') return undefined;
  if (entry.kind === 'bool') value = /^(yes|true|1)$/i.test(value) ? 'yes' : /^(no|false|0)$/i.test(value) ? 'no' : value;
  return value;
}

function entryFor(row: ReferenceOption): PjsipOptionEntry {
  assert.ok(isPjsipObjectType(row.object), `${row.object} is not an object type`);
  const entry = lookupPjsipOption(row.object, row.name);
  assert.ok(entry, `${id(row.object, row.name)} is missing from the catalog`);
  return entry;
}

const referenceRows = reference.filter((row) => !(id(row.object, row.name) in NOT_AN_ENTRY));

describe('pjsip option catalog against the reference table', () => {
  it('the fixture is the 348 options of 17 object types', () => {
    assert.equal(reference.length, 348);
    assert.equal(new Set(reference.map((row) => row.object)).size, 17);
  });

  it('has every reference option, for exactly its object type', () => {
    for (const row of referenceRows) assert.equal(entryFor(row).objectType, row.object, row.name);
  });

  it('has nothing the reference does not have', () => {
    const known = new Set(reference.map((row) => id(row.object, row.name)));
    const extra = pjsipOptions.filter((entry) => !known.has(id(entry.objectType, entry.name))).map((entry) => id(entry.objectType, entry.name));
    assert.deepEqual(extra, []);
    assert.equal(pjsipOptions.length, referenceRows.length);
  });

  it('represents the phoneprov wildcard as "any option" on the type', () => {
    assert.equal(isKnownPjsipOption('phoneprov', 'TIMEZONE'), true);
    assert.equal(lookupPjsipOption('phoneprov', '*'), undefined);
  });

  it('takes the default the code registers', () => {
    for (const row of referenceRows) {
      const entry = entryFor(row);
      assert.equal(entry.default, expectedDefault(row, entry), id(row.object, row.name));
    }
  });

  it('keeps the since-version of every option', () => {
    for (const row of referenceRows) assert.equal(entryFor(row).since, row.since ?? undefined, id(row.object, row.name));
  });

  it('lists every plain value of the reference for enumerated options', () => {
    for (const row of referenceRows) {
      const entry = entryFor(row);
      // Values with spaces, `<`, `:` or `|` are grammar (codec_prefs parts, the password_digest format), not keywords.
      const plain = (row.values ?? []).filter((value) => /^[A-Za-z0-9_.-]+$/.test(value));
      if (plain.length === 0) continue;
      if (entry.kind === 'secret') continue; // password_digest: MD5 / SHA-256 ... are prefixes of the value, told in the description
      const ours = new Set((entry.values ?? []).map((value) => value.value.toLowerCase()));
      for (const value of plain) assert.ok(ours.has(value.toLowerCase()), `${id(row.object, row.name)} lacks value ${value}`);
    }
  });
});

describe('pjsip option catalog', () => {
  it('has unique, lower-case names per object type', () => {
    const seen = new Set<string>();
    for (const entry of pjsipOptions) {
      assert.equal(entry.name, entry.name.toLowerCase(), `${entry.name} is not lower case`);
      const key = id(entry.objectType, entry.name);
      assert.ok(!seen.has(key), `${key} is listed twice`);
      seen.add(key);
    }
  });

  it('gives every object type that Asterisk reads a type option', () => {
    for (const type of pjsipObjectTypes) {
      if (type.name === 'subscription_persistence') continue; // stored by Asterisk, registers no type option
      assert.equal(lookupPjsipOption(type.name, 'type')?.kind, 'objectType', type.name);
    }
  });

  it('describes every option and every value of an enumeration', () => {
    for (const entry of pjsipOptions) {
      const key = id(entry.objectType, entry.name);
      assert.ok(entry.description.trim().length > 0, `${key} has no description`);
      assert.ok(entry.description.length <= 600, `${key}: description is ${entry.description.length} chars`);
      if (entry.kind === 'enum' || entry.kind === 'enumList' || entry.kind === 'codecPrefs') {
        assert.ok(entry.values && entry.values.length > 0, `${key} has no values`);
        const values = entry.values.map((value) => value.value);
        assert.equal(new Set(values).size, values.length, `${key} repeats a value`);
        for (const value of entry.values) assert.ok(value.description.trim().length > 0, `${key}=${value.value} is not described`);
      } else {
        assert.equal(entry.values, undefined, `${key} is ${entry.kind} but lists values`);
      }
    }
  });

  it('points every reference at an existing object type, and only references have a target', () => {
    for (const entry of pjsipOptions) {
      const isReference = entry.kind === 'reference' || entry.kind === 'referenceList';
      assert.equal(entry.references !== undefined, isReference, id(entry.objectType, entry.name));
      if (entry.references) assert.ok(isPjsipObjectType(entry.references), `${id(entry.objectType, entry.name)} → ${entry.references}`);
    }
  });

  it('gives durations a unit', () => {
    for (const entry of pjsipOptions) if (entry.kind === 'duration') assert.ok(entry.unit, id(entry.objectType, entry.name));
  });

  it('flags the credentials, and only them', () => {
    const secrets = pjsipOptions.filter((entry) => entry.secret).map((entry) => id(entry.objectType, entry.name));
    assert.deepEqual(secrets.sort(), [
      'auth/md5_cred',
      'auth/oauth_secret',
      'auth/password',
      'auth/password_digest',
      'auth/refresh_token',
      'transport/password',
    ]);
    assert.equal(isPjsipSecret('auth', 'PASSWORD'), true);
    assert.equal(isPjsipSecret('auth', 'username'), false);
    assert.equal(isPjsipSecret('endpoint', 'password'), false);
  });

  it('looks names up case-insensitively, per object type', () => {
    assert.equal(lookupPjsipOption('endpoint', 'TIMERS')?.name, 'timers');
    assert.equal(lookupPjsipOption('endpoint', ' context ')?.name, 'context');
    assert.equal(lookupPjsipOption('endpoint', 'username'), undefined);
    assert.equal(lookupPjsipOption('auth', 'username')?.objectType, 'auth');
    assert.equal(lookupPjsipOption('endpoint', 'host'), undefined);
  });

  it('accepts inbound-publication event_<package> options, and nothing else unknown', () => {
    assert.equal(isKnownPjsipOption('inbound-publication', 'event_asterisk-devicestate'), true);
    assert.equal(isKnownPjsipOption('inbound-publication', 'event_'), false);
    assert.equal(isKnownPjsipOption('inbound-publication', 'events'), false);
    assert.equal(isKnownPjsipOption('endpoint', 'event_presence'), false);
    assert.equal(isKnownPjsipOption('endpoint', 'host'), false);
  });

  it('lists options per object type, and the ones that name other objects', () => {
    assert.equal(pjsipOptionsFor('identify').length, reference.filter((row) => row.object === 'identify').length);
    assert.deepEqual(pjsipReferenceOptions('identify').map((entry) => entry.name), ['endpoint']);
  });
});

describe('pjsip descriptions are our own words', () => {
  const texts = (entry: PjsipOptionEntry) => [entry.description, ...(entry.values ?? []).map((value) => value.description)];
  const ourTexts = [
    ...pjsipOptions.flatMap((entry) => texts(entry).map((text) => ({ where: id(entry.objectType, entry.name), text }))),
    ...pjsipObjectTypes.map((type) => ({ where: `type ${type.name}`, text: type.description })),
  ];

  it(`no description shares ${SHINGLE_WORDS} consecutive words with pjsip.conf.sample`, () => {
    for (const { where, text } of ourTexts) {
      const copied = [...shingleHashes(text)].filter((hash) => sampleShingles.has(hash));
      assert.deepEqual(copied, [], `${where} shares a run of ${SHINGLE_WORDS} words with the sample: ${text}`);
    }
  });

  it(`no description shares ${SHINGLE_WORDS} consecutive words with the reference table's text`, () => {
    const referenceShingles = shingleHashes(reference.map((row) => [row.name, row.default ?? '', row.code_default ?? '', ...(row.values ?? []), row.source ?? ''].join(' ')).join('\n'));
    for (const { where, text } of ourTexts) {
      const copied = [...shingleHashes(text)].filter((hash) => referenceShingles.has(hash));
      assert.deepEqual(copied, [], `${where} shares a run of ${SHINGLE_WORDS} words with the reference: ${text}`);
    }
  });

  it('the sample fixture holds the runs of a whole sample (scripts/check-pjsip-sample.ts keeps it current)', () => {
    assert.ok(sampleShingles.size > 5000, `${sampleShingles.size} hashes`);
    assert.ok([...sampleShingles].every((hash) => /^[0-9a-f]{12}$/.test(hash)));
  });

  it('finds a copied run through punctuation and case, and only a run of the full length', () => {
    const original = 'Asterisk sends the call to every contact of the aor, in order.';
    const copy = 'Note: asterisk SENDS the call to every contact -- of the aor';
    assert.ok([...shingleHashes(copy)].some((hash) => shingleHashes(original).has(hash)));
    assert.deepEqual(words('Hello, World_1!'), ['hello', 'world_1']);
    assert.equal(shingleHashes('one two three four five six seven').size, 0);
  });
});
