/**
 * The devices explain calls not loaded (cli/explainDropped.ts): on test/fixtures/oracle/broken-acl they are
 * exactly the ones real Asterisk 20 deletes ("Bad ACL entry ... Deleting peer", absent from `sip show
 * peers`); a template's bad line deletes every heir; chan_iax2 keeps its devices.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { droppedBy } from '../../../server/src/cli/explainDropped';
import { analyseTarget } from '../../../server/src/cli/workspace';
import type { FileDialect } from '../../../server/src/service/dialect';
import { doValidation } from '../../../server/src/service/features/validation';
import { DEFAULT_SETTINGS } from '../../../server/src/service/settings';
import { runAsterisk, skipOracle } from '../../support/asteriskOracle';

const BROKEN_ACL = path.resolve(__dirname, '../../../../test/fixtures/oracle/broken-acl');

/** The names of the devices of `file` that droppedBy says the driver deletes. */
function dropped(file: string, dialect: FileDialect): string[] {
  const analysed = analyseTarget({ filePath: file, dialect }, DEFAULT_SETTINGS);
  const placed = analysed.flatMap(({ analysis }) => doValidation(analysis).map((diagnostic) => ({ uri: analysis.uri, diagnostic })));
  const { model } = analysed[0].analysis;
  return model.endpoints.filter((endpoint) => droppedBy(endpoint, dialect, placed)).map((endpoint) => endpoint.section.name);
}

function inFolder(name: string, text: string): { file: string; done: () => void } {
  const folder = mkdtempSync(path.join(tmpdir(), 'asterisk-conf-dropped-'));
  writeFileSync(path.join(folder, name), text);
  return { file: path.join(folder, name), done: () => rmSync(folder, { recursive: true, force: true }) };
}

describe('explain: devices deleted at load', () => {
  it('a bad permit/deny on the device or in its template deletes it (chan_sip); a good one does not', () => {
    const { file, done } = inFolder('sip.conf', '[general]\n[t](!)\ntype=friend\nhost=dynamic\ndeny=bad-net\n[h1](t)\nsecret=Fh3k-92jd-QpZ3\n[ok]\ntype=friend\nhost=dynamic\npermit=10.0.0.0/8\n[c1]\ntype=peer\nhost=dynamic\ncontactpermit=10.0.0.300\n');
    try {
      assert.deepEqual(dropped(file, 'sip'), ['h1', 'c1']);
    } finally {
      done();
    }
  });

  it('chan_iax2 drops only the entry: no device is deleted', () => {
    const { file, done } = inFolder('iax.conf', '[general]\n[u1]\ntype=user\nsecret=Fh3k-92jd-QpZ3\npermit=10.0.0.300\n');
    try {
      assert.deepEqual(dropped(file, 'iax'), []);
    } finally {
      done();
    }
  });
});

describe('explain oracle: the devices we call not loaded are the ones Asterisk 20 deletes (broken-acl)', { skip: skipOracle }, () => {
  it('deleted = every device of the file less those in sip show peers', () => {
    const ours = dropped(path.join(BROKEN_ACL, 'sip.conf'), 'sip');
    const blocks = runAsterisk('20', BROKEN_ACL, ['sip show peers']);
    const shown = (blocks.get('sip show peers') ?? '').split('\n').map((line) => /^(\S+)\s+\(/.exec(line)?.[1]).filter((name): name is string => !!name);
    assert.deepEqual(shown, ['201']);
    assert.deepEqual(ours, ['202', '203']);
    assert.match(blocks.get('log') ?? '', /Deleting peer[^]*Deleting peer/);
  });
});
