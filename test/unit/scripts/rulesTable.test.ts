import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { renderRulesTable, withRulesTable } from '../../../scripts/rules-table';
import { ALL_RULES } from '../../../server/src/service/lintRules';

const readme = readFileSync(path.resolve(__dirname, '../../../../README.md'), 'utf8');

describe('rules-table: the README table is generated from the rule table', () => {
  it('has one row per rule', () => {
    const rows = renderRulesTable().split('\n').slice(2);
    assert.equal(rows.length, ALL_RULES.length);
    assert.ok(rows.every((row, index) => row.startsWith(`| \`${ALL_RULES[index].id}\` | ${ALL_RULES[index].defaultSeverity} |`)));
  });

  it('the committed README is in sync (run `npm run sync-contributes` after changing rules)', () => {
    assert.equal(withRulesTable(readme), readme);
  });

  // Regression: the README named `node out/scripts/rules-table.js`, CONTRIBUTING `npm run sync-contributes`.
  it('the README names one command for regenerating it: npm run sync-contributes', () => {
    const intro = readme.slice(0, readme.indexOf('<!-- rules:start -->')).split('\n').filter((line) => line.trim()).at(-1) ?? '';
    assert.match(intro, /`npm run sync-contributes`/);
    assert.doesNotMatch(readme, /rules-table\.js/);
  });
});
