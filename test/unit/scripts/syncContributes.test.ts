import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { settingsSchema, withSettings } from '../../../scripts/sync-contributes';
import { ALL_RULES } from '../../../server/src/service/lintRules';

const packageJson = JSON.parse(readFileSync(path.resolve(__dirname, '../../../../package.json'), 'utf8')) as Record<string, unknown>;

describe('sync-contributes: package.json settings come from the rule table', () => {
  it('every rule has an asterisk.lint.<id> setting defaulting to its severity', () => {
    const settings = settingsSchema();
    for (const rule of ALL_RULES) {
      assert.equal(settings[`asterisk.lint.${rule.id}`]?.default, rule.defaultSeverity, rule.id);
      assert.deepEqual(settings[`asterisk.lint.${rule.id}`]?.enum, ['ignore', 'hint', 'information', 'warning', 'error']);
    }
  });

  it('the committed package.json is in sync (run `npm run sync-contributes` after changing rules)', () => {
    assert.deepEqual(withSettings(packageJson), packageJson);
  });
});
