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

  it('groups the lint settings in their own category, in rule-table order, scoped per folder', () => {
    const configuration = (withSettings(packageJson).contributes as { configuration: { title: string; properties: Record<string, { scope?: string; order?: number }> }[] }).configuration;
    assert.deepEqual(configuration.map((category) => category.title), ['Asterisk Config', 'Asterisk Config: Lint Rules']);
    const [general, lint] = configuration;
    assert.ok(Object.keys(general.properties).every((key) => !key.startsWith('asterisk.lint.')));
    assert.deepEqual(Object.keys(lint.properties), ALL_RULES.map((rule) => `asterisk.lint.${rule.id}`));
    assert.deepEqual(Object.values(lint.properties).map((setting) => setting.order), ALL_RULES.map((_, index) => index));
    assert.ok(Object.values(lint.properties).every((setting) => setting.scope === 'resource'));
    assert.equal(general.properties['asterisk.asteriskVersion'].scope, 'resource');
    assert.equal(general.properties['asterisk.trace.server'].scope, 'window');
  });

  it('the committed package.json is in sync (run `npm run sync-contributes` after changing rules)', () => {
    assert.deepEqual(withSettings(packageJson), packageJson);
  });
});
