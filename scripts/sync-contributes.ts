/**
 * Writes package.json's settings from the rule table, so every rule has its `asterisk.lint.<id>`
 * setting with the right default (never hand-kept). Two categories, so the Settings UI stays navigable:
 * "Asterisk Config" (the handful of general settings) and "Asterisk Config: Lint Rules" (one setting per
 * rule, in the rule table's order). Settings that may differ per folder (the rules, the Asterisk version,
 * formatting) are `resource`-scoped; they also come from a folder's `.asterisk-conf.json`.
 *   npx tsc -p . && node out/scripts/sync-contributes.js           rewrite package.json
 *   npx tsc -p . && node out/scripts/sync-contributes.js --check   exit 1 when package.json is stale
 */
import { readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { ALL_RULES } from '../server/src/service/lintRules';

const SEVERITIES = ['ignore', 'hint', 'information', 'warning', 'error'];

interface SettingSchema {
  readonly type: string;
  readonly enum?: readonly string[];
  readonly default: unknown;
  readonly markdownDescription: string;
  readonly scope?: string;
  readonly order?: number;
}

/** Every `asterisk.*` setting the server reads; lint ones from the rule table. */
export function settingsSchema(): Record<string, SettingSchema> {
  const settings: Record<string, SettingSchema> = {
    'asterisk.asteriskVersion': { type: 'number', default: 20, scope: 'resource', markdownDescription: 'The Asterisk major version your configs are for. Rules that depend on it: chan_sip is gone from 21 on; iax.conf takes the last `type=` line from 23 on.' },
    'asterisk.directionHints': { type: 'string', enum: ['inlayHints', 'codeLens', 'off'], default: 'inlayHints', markdownDescription: 'How each endpoint\'s direction is shown at a glance: `⇐ calls us`, `⇒ we call`, `⇄ both`.' },
    'asterisk.hover.revealSecrets': { type: 'boolean', default: false, markdownDescription: 'Show secrets in hovers. They are never shown anywhere else (outline, hints, CLI, log).' },
    'asterisk.format.spaceAroundOperator': { type: 'boolean', default: false, scope: 'resource', markdownDescription: 'Format `key = value` instead of `key=value`.' },
    'asterisk.format.alignOperators': { type: 'boolean', default: false, scope: 'resource', markdownDescription: 'Line up the operators of a section\'s lines when formatting.' },
    'asterisk.validation.delay': { type: 'number', default: 200, markdownDescription: 'Milliseconds after the last keystroke before diagnostics are refreshed.' },
    'asterisk.trace.server': { type: 'string', enum: ['off', 'messages', 'verbose'], default: 'off', scope: 'window', markdownDescription: 'Trace the communication between VS Code and the language server in the output channel.' },
  };
  for (const [index, rule] of ALL_RULES.entries()) {
    settings[`asterisk.lint.${rule.id}`] = {
      type: 'string',
      enum: SEVERITIES,
      default: rule.defaultSeverity,
      scope: 'resource',
      order: index,
      markdownDescription: `${rule.summary}${rule.fileInvalid ? ' Asterisk refuses the whole file.' : ''} Suppress one line with \`; asterisk-conf-disable-next-line ${rule.id}\`.`,
    };
  }
  return settings;
}

export function withSettings(packageJson: Record<string, unknown>): Record<string, unknown> {
  const contributes = (packageJson.contributes ?? {}) as Record<string, unknown>;
  const all = Object.entries(settingsSchema());
  const general = Object.fromEntries(all.filter(([key]) => !key.startsWith('asterisk.lint.')));
  const lint = Object.fromEntries(all.filter(([key]) => key.startsWith('asterisk.lint.')));
  const configuration = [
    { id: 'asterisk', title: 'Asterisk Config', order: 0, properties: general },
    { id: 'asterisk-lint', title: 'Asterisk Config: Lint Rules', order: 1, properties: lint },
  ];
  return { ...packageJson, contributes: { ...contributes, configuration } };
}

function main(): void {
  const file = path.resolve(__dirname, '../../package.json');
  const current = readFileSync(file, 'utf8');
  const updated = `${JSON.stringify(withSettings(JSON.parse(current) as Record<string, unknown>), null, 2)}\n`;
  if (process.argv.includes('--check')) {
    if (updated !== current) {
      console.error('package.json settings are out of date: run `npm run sync-contributes`.');
      process.exitCode = 1;
    }
    return;
  }
  writeFileSync(file, updated);
}

if (require.main === module) main();
