import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { readProjectConfig } from '../../../server/src/node/projectConfig';

describe('readProjectConfig: a folder\'s .asterisk-conf.json, read with the CLI\'s parser', () => {
  it('reads the rules and the version; says what is wrong with a bad file; nothing when there is none', () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'asterisk-conf-project-'));
    try {
      const uri = pathToFileURL(folder).href;
      assert.equal(readProjectConfig(uri), undefined);
      writeFileSync(path.join(folder, '.asterisk-conf.json'), '{ "rules": { "weak-secret": "error" }, "asteriskVersion": 18 }');
      assert.deepEqual(readProjectConfig(uri), { config: { rules: { 'weak-secret': 'error' }, asteriskVersion: 18 } });
      writeFileSync(path.join(folder, '.asterisk-conf.json'), '{ "rules": { "bogus": "error" } }');
      const bad = readProjectConfig(uri);
      assert.ok(bad && 'problem' in bad && /Unknown rule 'bogus'/.test(bad.problem), JSON.stringify(bad));
      assert.equal(readProjectConfig('untitled:Untitled-1'), undefined);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
