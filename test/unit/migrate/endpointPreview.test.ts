import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { previewEndpoint } from '../../../server/src/service/migrate/endpointPreview';
import { buildPjsipModel } from '../../../server/src/service/dialects/pjsip/model';
import { rootFile } from '../../support/memoryHost';
import { errors, migrate } from '../../support/migrate';

const SIP = [
  '[general]',
  'register => 4420017:Xq7tR2pLm9w@192.0.2.30',
  '[authentication]',
  'auth=4420017:Xq7tR2pLm9w@voip.example.net',
  '[phone](!)',
  'type=friend',
  'host=dynamic',
  'context=office',
  '[alice](phone)',
  'secret=Fh3k92jdQpZ1',
  '[bob](phone)',
  'secret=Zr8wL1pa44Xe',
  'call-limit=2',
  '[prov]',
  'type=peer',
  'host=192.0.2.30',
  'insecure=port,invite',
  'remotesecret=Xq7tR2pLm9w',
  '',
].join('\n');

const objectsIn = (text: string): string[] => [...text.matchAll(/^\[([^\]]+)\](?:\([^)]*\))?\ntype=(\w+)$/gm)].map((match) => `${match[2]} ${match[1]}`);

describe('migrate --endpoint: what one sip.conf endpoint becomes', () => {
  it('a phone: the template it inherits, its endpoint, auth and aor; nothing of the others', () => {
    const preview = previewEndpoint(migrate(SIP), 'ALICE');
    assert.ok(preview);
    assert.equal(preview.name, 'alice');
    assert.deepEqual(objectsIn(preview.text), ['endpoint phone', 'endpoint alice', 'auth alice-auth', 'aor alice']);
    assert.deepEqual(preview.unmapped, []);
  });

  it('a provider: the realm auths it answers with, its objects, and the registration whose calls it receives', () => {
    const preview = previewEndpoint(migrate(SIP), 'prov');
    assert.ok(preview);
    assert.deepEqual(objectsIn(preview.text), [
      'auth realm-voip.example.net', 'endpoint prov', 'aor prov', 'auth prov-outauth', 'identify prov-identify', 'registration reg-192.0.2.30', 'auth reg-192.0.2.30-outauth',
    ]);
    // Cut out of the full file, the objects still refer to one another.
    assert.deepEqual(errors(buildPjsipModel(rootFile('pjsip.conf', preview.text))), []);
  });

  it("lists only that endpoint's lines not carried over; an unknown name gives nothing", () => {
    const result = migrate(SIP);
    assert.deepEqual(previewEndpoint(result, 'bob')?.unmapped.map((item) => item.option), ['call-limit']);
    assert.equal(previewEndpoint(result, 'phone'), undefined, 'a template is no endpoint');
    assert.equal(previewEndpoint(result, 'nobody'), undefined);
  });
});
