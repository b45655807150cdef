import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createPrivateKey } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
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

describe('repository: no private key is committed', () => {
  // Regression: a TLS fixture once held its throw-away key (test/fixtures/pjsip-oracle/trunks/test-only-pbx.key);
  // the oracle test now makes the pair at test time.
  const SKIPPED = new Set(['.git', 'node_modules', 'out', 'dist', '.vscode-test']);
  function filesUnder(folder: string): string[] {
    return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
      if (SKIPPED.has(entry.name) || entry.isSymbolicLink()) return [];
      const full = path.join(folder, entry.name);
      return entry.isDirectory() ? filesUnder(full) : [full];
    });
  }

  /** A PEM block that node:crypto reads as a private key (the fake blocks of tests that inspect key files do not). */
  function holdsPrivateKey(text: string): boolean {
    return [...text.matchAll(/-----BEGIN ([A-Z ]*PRIVATE KEY)-----[^]*?-----END \1-----/g)].some((block) => {
      try {
        createPrivateKey(block[0]);
        return true;
      } catch {
        return false;
      }
    });
  }

  it('no file of the source tree holds a PEM private key', () => {
    const withKey = filesUnder(REPO_ROOT)
      .filter((file) => statSync(file).size < 1_000_000 && holdsPrivateKey(readFileSync(file, 'latin1')))
      .map((file) => path.relative(REPO_ROOT, file));
    assert.deepEqual(withKey, []);
  });
});
