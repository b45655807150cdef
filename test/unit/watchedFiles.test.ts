import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { diskChangesAffect, DiskChangeType, fileKey, isProjectConfig, WATCHED_GLOBS, type DiskDependent } from '../../server/src/watchedFiles';

const ETC = 'file:///etc/asterisk';
const OTHER = 'file:///srv/pbx2';
const { Created, Changed, Deleted } = DiskChangeType;

function analysed(uri: string, readFiles: string[], awaitsFile = false): DiskDependent {
  return { uri, readFiles: new Set([uri, ...readFiles]), awaitsFile };
}

const affects = (type: DiskChangeType, uri: string, dependent: DiskDependent): boolean => diskChangesAffect([{ uri, type }], dependent);

describe('diskChangesAffect: which open documents a change on disk makes stale', () => {
  const sip = analysed(`${ETC}/sip.conf`, [`${ETC}/sip_custom.conf`, `${ETC}/extensions.conf`, `${OTHER}/shared_contexts.conf`]);

  it('a file of its include tree or dialplan tree, changed or deleted, in any folder', () => {
    for (const type of [Changed, Deleted, Created]) {
      assert.equal(affects(type, `${ETC}/sip_custom.conf`, sip), true, `include tree, ${type}`);
      assert.equal(affects(type, `${ETC}/extensions.conf`, sip), true, `dialplan, ${type}`);
      assert.equal(affects(type, `${OTHER}/shared_contexts.conf`, sip), true, `dialplan file of another folder, ${type}`);
    }
  });

  it('a changed or deleted file it does not read leaves it alone, in its folder too', () => {
    for (const type of [Changed, Deleted]) {
      assert.equal(affects(type, `${ETC}/voicemail.conf`, sip), false);
      assert.equal(affects(type, `${OTHER}/sip_other.conf`, sip), false);
    }
  });

  it('a deleted folder that held a file it reads', () => {
    assert.equal(affects(Deleted, OTHER, sip), true);
    assert.equal(affects(Deleted, 'file:///srv/pbx', sip), false, 'a folder whose name is a prefix of another');
  });

  it('a root or extensions.conf of its folder, created or changed: it may now include the document or hold the dialplan', () => {
    const fragment = analysed(`${ETC}/sip_nat.conf`, []);
    assert.equal(affects(Changed, `${ETC}/sip.conf`, fragment), true);
    assert.equal(affects(Created, `${ETC}/sip.conf`, fragment), true);
    assert.equal(affects(Changed, `${ETC}/pjsip.conf`, fragment), true);
    assert.equal(affects(Created, `${ETC}/extensions.conf`, fragment), true);
    assert.equal(affects(Deleted, `${ETC}/sip.conf`, fragment), false, 'a root that did not include it');
    assert.equal(affects(Changed, `${OTHER}/sip.conf`, fragment), false, 'the root of another folder');
  });

  it('a file created under its folder may be what an include that found nothing names; elsewhere only when its tree awaits one', () => {
    assert.equal(affects(Created, `${ETC}/sip_new.conf`, sip), true);
    assert.equal(affects(Created, `${ETC}/custom/peers.conf`, sip), true, 'a subfolder');
    assert.equal(affects(Created, `${OTHER}/peers.conf`, sip), false);
    const awaiting = analysed(`${ETC}/sip.conf`, [], true);
    assert.equal(affects(Created, `${OTHER}/peers.conf`, awaiting), true);
    assert.equal(affects(Changed, `${OTHER}/peers.conf`, awaiting), false, 'a change to a file it never read');
  });

  it('a document not analysed yet is stale for any change; its own file never is (the editor owns it)', () => {
    assert.equal(affects(Changed, `${OTHER}/anything.conf`, { uri: `${ETC}/sip.conf`, readFiles: undefined, awaitsFile: true }), true);
    assert.equal(affects(Changed, `${ETC}/sip.conf`, sip), false);
  });

  it('compares the client’s spelling of a URI with Node’s (%5B for [, an escaped drive colon)', () => {
    const bracketed = analysed('file:///srv/my%20%5Bpbx%5D/sip.conf', ['file:///srv/my%20[pbx]/sip_custom.conf']);
    assert.equal(affects(Changed, 'file:///srv/my%20%5Bpbx%5D/sip_custom.conf', bracketed), true);
    const windows = analysed('file:///c%3A/pbx/sip.conf', ['file:///C:/pbx/sip_custom.conf']);
    assert.equal(affects(Changed, 'file:///c%3A/pbx/sip_custom.conf', windows), true);
    assert.equal(fileKey('file:///etc/100%.conf'), 'file:///etc/100%.conf', 'a malformed escape is kept as written');
  });
});

describe('diskChangesAffect: a batch of changes', () => {
  it('is stale when one change of the batch affects it, and not for an empty batch', () => {
    const sip = analysed(`${ETC}/sip.conf`, [`${ETC}/sip_custom.conf`]);
    const unrelated = { uri: `${OTHER}/voicemail.conf`, type: Changed };
    assert.equal(diskChangesAffect([unrelated, { uri: `${ETC}/sip_custom.conf`, type: Changed }], sip), true);
    assert.equal(diskChangesAffect([unrelated, unrelated], sip), false);
    assert.equal(diskChangesAffect([], { uri: `${ETC}/sip.conf`, readFiles: undefined, awaitsFile: true }), false);
  });
});

describe('what is watched', () => {
  it('every .conf and the project settings file', () => {
    assert.deepEqual(WATCHED_GLOBS, ['**/*.conf', '**/.asterisk-conf.json']);
    assert.equal(isProjectConfig('file:///etc/asterisk/.asterisk-conf.json'), true);
    assert.equal(isProjectConfig('file:///etc/asterisk/sip.conf'), false);
  });
});
