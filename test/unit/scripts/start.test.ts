import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';

const START = path.resolve(__dirname, '../../../../scripts/start.mjs');

describe('npm start (scripts/start.mjs)', () => {
  // Regression: off linux-x64 without `code`, it went on to the browser fallback, whose tools do not
  // exist there, and died with spawn ENOENT.
  it('off linux-x64 without `code` on PATH it says what to do in one line and exits 1, before building anything', () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'asterisk-conf-start-'));
    try {
      const pretend = path.join(folder, 'arm64.cjs');
      writeFileSync(pretend, "Object.defineProperty(process, 'arch', { value: 'arm64' });\n");
      const result = spawnSync(process.execPath, ['--require', pretend, START], {
        encoding: 'utf8',
        env: { ...process.env, PATH: `${path.dirname(process.execPath)}${path.delimiter}/usr/bin${path.delimiter}/bin` },
      });
      assert.equal(result.status, 1, result.stderr);
      assert.equal(result.stdout, '');
      assert.match(result.stderr, /^start: `code` is not on PATH, and the browser fallback needs linux-x64 \(this is linux-arm64\): install VS Code .*\n$/);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
