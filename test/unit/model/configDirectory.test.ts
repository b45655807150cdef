import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { ConfigDirectory } from '../../../server/src/service/model/configDirectory';
import { doValidation } from '../../../server/src/service/features/validation';
import { DEFAULT_SETTINGS } from '../../../server/src/service/settings';
import { cachingMemoryHost, CONFIG_DIR, memoryHost } from '../../support/memoryHost';

const FREEPBX = {
  'sip.conf': '[general]\n#include sip_general_custom.conf\n#include sip_additional.conf\n',
  'sip_general_custom.conf': 'nat=force_rport,comedia\nalwaysauthreject=yes\n',
  'sip_additional.conf': '[1001]\ntype=friend\nhost=dynamic\nsecret=Bb6n-Mm2q-Ww9e\ncontext=from-internal\n#include sip_post.conf\n',
  'sip_post.conf': '[1001](+)\ncallerid=Desk <1001>\n',
  'sip_nat.conf': 'externaddr=192.0.2.10\nlocalnet=10.0.0.0/8\n',
  'extensions.conf': '[from-internal]\nexten => _X.,1,Hangup()\n',
};

const uri = (name: string) => `${CONFIG_DIR}/${name}`;
const codes = (directory: ConfigDirectory, name: string) => {
  const analysed = directory.analyseTree(uri(name), 'sip', DEFAULT_SETTINGS);
  assert.ok(!('problem' in analysed));
  return analysed.map(({ uri: file, analysis }) => [file.slice(CONFIG_DIR.length + 1), doValidation(analysis).map((d) => d.code)]);
};

describe('ConfigDirectory', () => {
  it('finds the root of the folder that includes a file, and none for the root itself', () => {
    const directory = new ConfigDirectory(memoryHost(FREEPBX));
    assert.equal(directory.rootFor(uri('sip_general_custom.conf'), 'sip')?.uri, uri('sip.conf'));
    assert.equal(directory.rootFor(uri('sip_post.conf'), 'sip')?.uri, uri('sip.conf'));
    assert.equal(directory.rootFor(uri('sip.conf'), 'sip'), undefined);
    assert.equal(directory.rootFor(uri('sip_nat.conf'), 'sip'), undefined);
    assert.equal(directory.rootFor(uri('sip_general_custom.conf'), 'iax'), undefined);
  });

  it('calls a file nobody includes a fragment without includer, but never a root, a generic file or an unsaved buffer', () => {
    const directory = new ConfigDirectory(memoryHost(FREEPBX));
    assert.deepEqual(directory.placeOf(uri('sip_nat.conf'), 'sip'), { includerMissing: true });
    assert.equal(directory.placeOf(uri('sip_general_custom.conf'), 'sip').includerMissing, false);
    assert.deepEqual(directory.placeOf(uri('sip.conf'), 'sip'), { includerMissing: false });
    assert.deepEqual(directory.placeOf(uri('extensions.conf'), 'generic'), { includerMissing: false });
    assert.deepEqual(directory.placeOf('untitled:Untitled-1', 'sip'), { includerMissing: false });
  });

  it('checks a file named alone inside the root that includes it (check sip_general_custom.conf)', () => {
    assert.deepEqual(codes(new ConfigDirectory(memoryHost(FREEPBX)), 'sip_general_custom.conf'), [['sip_general_custom.conf', []]]);
  });

  it('gives a fragment nobody includes one information note instead of an error per line', () => {
    const analysed = new ConfigDirectory(memoryHost(FREEPBX)).analyseTree(uri('sip_nat.conf'), 'sip', DEFAULT_SETTINGS);
    assert.ok(!('problem' in analysed));
    const diagnostics = doValidation(analysed[0].analysis);
    assert.deepEqual(
      diagnostics.map((d) => [d.code, d.severity, d.range.start.line]),
      [['fragment-without-includer', 3, 0]],
    );
  });

  it('analyses a root and every file of its tree, an included file with the files it includes', () => {
    const directory = new ConfigDirectory(memoryHost(FREEPBX));
    assert.deepEqual(
      codes(directory, 'sip.conf').map(([file]) => file),
      ['sip.conf', 'sip_general_custom.conf', 'sip_additional.conf', 'sip_post.conf'],
    );
    assert.deepEqual(
      codes(directory, 'sip_additional.conf').map(([file]) => file),
      ['sip_additional.conf', 'sip_post.conf'],
    );
  });

  it('reads pjsip.conf with its FreePBX includes, a file it includes as pjsip whatever its name', () => {
    const files = {
      'pjsip.conf': '#include pjsip.transports.conf\n#include pjsip.endpoint.conf\n#include custom_endpoints.conf\n',
      'pjsip.transports.conf': '[udp]\ntype=transport\nprotocol=udp\nbind=0.0.0.0\n',
      'pjsip.endpoint.conf': '[1001]\ntype=endpoint\naors=1001\n',
      'custom_endpoints.conf': '[1001]\ntype=aor\nmax_contacts=1\n',
      'pjsip_orphan.conf': '[x]\ntype=aor\n',
    };
    const directory = new ConfigDirectory(memoryHost(files));
    assert.equal(directory.rootFor(uri('pjsip.endpoint.conf'), 'pjsip')?.uri, uri('pjsip.conf'));
    assert.equal(directory.dialectIncluding(uri('custom_endpoints.conf')), 'pjsip');
    assert.equal(directory.dialectIncluding(uri('pjsip_orphan.conf')), undefined);
    assert.equal(directory.dialectIncluding(uri('pjsip.conf')), undefined);
    const analysed = directory.analyseTree(uri('pjsip.conf'), 'pjsip', DEFAULT_SETTINGS);
    assert.ok(!('problem' in analysed));
    assert.deepEqual(
      analysed.map(({ uri: file, analysis }) => [file.slice(CONFIG_DIR.length + 1), analysis.dialect]),
      [
        ['pjsip.conf', 'pjsip'],
        ['pjsip.transports.conf', 'pjsip'],
        ['pjsip.endpoint.conf', 'pjsip'],
        ['custom_endpoints.conf', 'pjsip'],
      ],
    );
    const endpoint = analysed[2].analysis.pjsip?.get('endpoint', '1001');
    assert.ok(endpoint && analysed[2].analysis.pjsip?.referencesFrom(endpoint)[0].target, 'the aor of another file is found');
  });

  it('reports a file it cannot read', () => {
    assert.deepEqual(new ConfigDirectory(memoryHost(FREEPBX)).analyseTree(uri('nothere.conf'), 'sip', DEFAULT_SETTINGS), { problem: 'missing', detail: undefined });
  });

  it('indexes the folder’s dialplan once while its files stay on disk, again for an open file', () => {
    let open = false;
    const directory = new ConfigDirectory(cachingMemoryHost({ ...FREEPBX }), () => open);
    const first = directory.dialplanFor(uri('sip.conf'));
    assert.ok(first);
    assert.equal(directory.dialplanFor(uri('sip_nat.conf')), first);
    open = true;
    assert.notEqual(directory.dialplanFor(uri('sip.conf')), first);
    assert.equal(new ConfigDirectory(memoryHost({ 'sip.conf': '[general]\n' })).dialplanFor(uri('sip.conf')), undefined);
  });

  it('indexes the dialplan again when a file of it is read from disk again (regression: a change on disk kept the old contexts, both documents being version 0)', () => {
    const host = cachingMemoryHost({ ...FREEPBX, 'extensions.conf': '[from-internal]\n#include extensions_custom.conf\n', 'extensions_custom.conf': '[old]\n' });
    const directory = new ConfigDirectory(host);
    assert.deepEqual([...(directory.dialplanFor(uri('sip.conf'))?.contexts.keys() ?? [])].sort(), ['from-internal', 'old']);
    host.write('extensions_custom.conf', '[new]\n');
    assert.deepEqual([...(directory.dialplanFor(uri('sip.conf'))?.contexts.keys() ?? [])].sort(), ['from-internal', 'new']);
    host.write('extensions.conf', '[from-internal]\n');
    assert.deepEqual(directory.dialplanFor(uri('sip.conf'))?.files, [uri('extensions.conf')]);
  });
});
