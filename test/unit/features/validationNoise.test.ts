/**
 * The noise budget (issue #15 B6): on realistic configs, warnings stay rare enough that a user reads
 * them. Realistic = examples/ and every folder of test/fixtures/oracle/ not named `broken-*` or `claim-*`
 * (those trigger warnings on purpose); each sip.conf / iax.conf is checked with its includes, at default severities.
 *
 * The budget was set from the numbers of the day it was written (issue #15): 8 warnings in 360 lines of
 * 17 files = 2.2 per 100 lines; the noisiest file, legacy-pbx/sip.conf, has 6 in 46 lines = 13 per 100.
 * 5 of the 8 are deprecated aliases Asterisk reads without a word (canreinvite twice, externip,
 * maxexpirey, defaultexpirey), due to become hints (issue #15 B6; then 3 in 360 lines = 0.8 per 100):
 * lower the budget when they do, never raise it to make a new warning fit. They became hints (deprecated-alias)
 * the same day: 6 warnings in 360 lines = 1.67 per 100, and the budget went down from 2.5 to 2.0.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { doValidation } from '../../../server/src/service/features/validation';
import { ConfigDirectory } from '../../../server/src/service/model/configDirectory';
import { DEFAULT_SETTINGS } from '../../../server/src/service/settings';
import { FileIncludeHost } from '../../../server/src/node/fileIncludeHost';

/** Warnings per 100 lines, over all realistic files together. */
export const WARNINGS_PER_100_LINES = 2.0;
/** No single realistic file may be much noisier than that. */
export const WARNINGS_PER_100_LINES_IN_ONE_FILE = 15;

const REPO_ROOT = path.resolve(__dirname, '../../../..');

function realisticFolders(): string[] {
  const oracle = path.join(REPO_ROOT, 'test', 'fixtures', 'oracle');
  const folders = readdirSync(oracle)
    .filter((name) => !name.startsWith('broken-') && !name.startsWith('claim-') && statSync(path.join(oracle, name)).isDirectory())
    .map((name) => path.join(oracle, name));
  return [path.join(REPO_ROOT, 'examples'), ...folders];
}

interface FileNoise {
  readonly file: string;
  readonly lines: number;
  readonly warnings: number;
}

function noiseOf(folder: string): FileNoise[] {
  const directory = new ConfigDirectory(new FileIncludeHost());
  const found: FileNoise[] = [];
  for (const [name, dialect] of [
    ['sip.conf', 'sip'],
    ['iax.conf', 'iax'],
  ] as const) {
    const filePath = path.join(folder, name);
    if (!existsSync(filePath)) continue;
    const analysed = directory.analyseTree(pathToFileURL(filePath).href, dialect, DEFAULT_SETTINGS);
    assert.ok(!('problem' in analysed), `cannot read ${filePath}`);
    for (const { uri, analysis } of analysed) {
      const warnings = doValidation(analysis).filter((diagnostic) => diagnostic.severity === 2).length;
      found.push({ file: path.relative(REPO_ROOT, new URL(uri).pathname), lines: analysis.document.lineCount, warnings });
    }
  }
  return found;
}

describe('noise budget on realistic configs', () => {
  const files = realisticFolders().flatMap(noiseOf);

  it('checks a real amount of config', () => {
    assert.ok(files.length >= 10, `only ${files.length} files`);
    assert.ok(files.reduce((sum, file) => sum + file.lines, 0) >= 300);
  });

  it(`stays under ${WARNINGS_PER_100_LINES} warnings per 100 lines overall`, () => {
    const lines = files.reduce((sum, file) => sum + file.lines, 0);
    const warnings = files.reduce((sum, file) => sum + file.warnings, 0);
    const rate = (warnings / lines) * 100;
    assert.ok(rate < WARNINGS_PER_100_LINES, `${warnings} warnings in ${lines} lines = ${rate.toFixed(2)} per 100\n${files.map((file) => `${file.file}: ${file.warnings}/${file.lines}`).join('\n')}`);
  });

  it(`keeps every realistic file under ${WARNINGS_PER_100_LINES_IN_ONE_FILE} warnings per 100 lines`, () => {
    const noisy = files.filter((file) => file.lines >= 10 && (file.warnings / file.lines) * 100 >= WARNINGS_PER_100_LINES_IN_ONE_FILE);
    assert.deepEqual(noisy, []);
  });
});
