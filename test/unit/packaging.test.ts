import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';

const REPO_ROOT = path.resolve(__dirname, '../../..');

describe('packaging: .vscodeignore ships files that exist', () => {
  // Regression: it re-included docs/images/icon.png, which the repository never had.
  it('every file it re-includes by name exists (the bundles in dist/ are built, not committed)', () => {
    const lines = readFileSync(path.join(REPO_ROOT, '.vscodeignore'), 'utf8').split('\n');
    const named = lines.filter((line) => line.startsWith('!') && !/[*?[]/.test(line)).map((line) => line.slice(1).trim());
    assert.ok(named.includes('package.json'));
    const missing = named.filter((file) => !file.startsWith('dist/') && !existsSync(path.join(REPO_ROOT, file)));
    assert.deepEqual(missing, []);
  });
});
