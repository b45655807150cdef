import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { SPLIT_FILES, splitLayout } from '../../../server/src/service/migrate/splitLayout';
import { buildPjsipModel, type PjsipModel } from '../../../server/src/service/dialects/pjsip/model';
import { memoryHost, rootFile } from '../../support/memoryHost';
import { errors, migrate } from '../../support/migrate';

const SIP = [
  '[general]',
  'register => 4420017:Xq7tR2pLm9w@sip.example.net',
  '',
  '[alice]',
  'type=friend',
  'host=dynamic',
  'secret=Fh3k92jdQpZ1',
  '',
  '[provider]',
  'type=peer',
  'host=sip.example.net',
  'insecure=port,invite',
  'remotesecret=Xq7tR2pLm9w',
  '',
].join('\n');

/** `[name]` + `type=` of every object in a text, in order. */
const objectsIn = (text: string): string[] => [...text.matchAll(/^\[([^\]]+)\]\ntype=(\w+)$/gm)].map((match) => `${match[2]} ${match[1]}`);

describe('the split layout (migrate --split)', () => {
  it('pjsip.conf includes one file per object type, in FreePBX names', () => {
    const files = splitLayout(migrate(SIP));
    assert.deepEqual(files.map((file) => file.name), ['pjsip.conf', ...SPLIT_FILES.map((split) => split.name)]);
    assert.deepEqual(
      files[0].text.split('\n').filter((line) => line.startsWith('#include')),
      ['pjsip.transports.conf', 'pjsip.endpoint.conf', 'pjsip.aor.conf', 'pjsip.auth.conf', 'pjsip.identify.conf', 'pjsip.registration.conf'].map((name) => `#include ${name}`),
    );
    assert.deepEqual(objectsIn(files[0].text), []);
  });

  it('each file holds the objects of its type, and together they are the single file, in the same order', () => {
    const result = migrate(SIP);
    const files = splitLayout(result);
    const byName = new Map(files.map((file) => [file.name, file.text]));
    assert.deepEqual(objectsIn(byName.get('pjsip.endpoint.conf')!), ['endpoint alice', 'endpoint provider']);
    assert.deepEqual(objectsIn(byName.get('pjsip.aor.conf')!), ['aor alice', 'aor provider']);
    assert.deepEqual(objectsIn(byName.get('pjsip.auth.conf')!), ['auth alice-auth', 'auth provider-outauth', 'auth reg-sip.example.net-outauth']);
    assert.deepEqual(objectsIn(byName.get('pjsip.identify.conf')!), ['identify provider-identify']);
    assert.deepEqual(objectsIn(byName.get('pjsip.registration.conf')!), ['registration reg-sip.example.net']);
    assert.deepEqual(objectsIn(byName.get('pjsip.transports.conf')!), ['transport transport-udp']);
    const together = files.flatMap((file) => objectsIn(file.text)).sort();
    assert.deepEqual(together, objectsIn(result.text).sort());
    // The comments that say what a sip.conf section was stay with its endpoint.
    assert.match(byName.get('pjsip.endpoint.conf')!, /^; \[alice\] was type=friend .*\n(;.*\n)*\[alice\]\ntype=endpoint$/m);
  });

  it('a type with no object still gets its file (a missing #include file refuses pjsip.conf)', () => {
    const files = splitLayout(migrate('[bob]\ntype=user\nsecret=Zr8wL1pa44Xe\n'));
    const registration = files.find((file) => file.name === 'pjsip.registration.conf');
    assert.ok(registration);
    assert.deepEqual(objectsIn(registration.text), []);
    assert.match(registration.text, /^; \(none\)$/m);
  });

  it('pjsip.conf with its includes is the same objects, option for option, as the single file', () => {
    const result = migrate(SIP);
    const files = splitLayout(result);
    const split = buildPjsipModel(rootFile('pjsip.conf', files[0].text), { host: memoryHost(Object.fromEntries(files.map((file) => [file.name, file.text]))) });
    const optionsOf = (model: PjsipModel): string[] =>
      model.objects.flatMap((object) => object.lines.map((line) => `${object.type} ${object.name} ${line.canonical}=${line.value}`)).sort();
    assert.deepEqual(optionsOf(split), optionsOf(result.pjsip));
    assert.deepEqual(errors(split), []);
  });
});
