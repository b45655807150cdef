/**
 * Writes the README's rule table from ALL_RULES (the table is generated, never hand-kept), between
 * `<!-- rules:start -->` and `<!-- rules:end -->`.
 *   npm run sync-contributes                                  rewrite README.md (and package.json's settings)
 *   npx tsc -p . && node out/scripts/rules-table.js --check   exit 1 when README.md is stale
 */
import { readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { ALL_RULES } from '../server/src/service/lintRules';

const START = '<!-- rules:start -->';
const END = '<!-- rules:end -->';

function escapeCell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}

export function renderRulesTable(): string {
  const lines = [
    '| Rule id (`asterisk.lint.<id>`) | Default | What it catches |',
    '| --- | --- | --- |',
    ...ALL_RULES.map((rule) => `| \`${rule.id}\` | ${rule.defaultSeverity} | ${escapeCell(rule.summary)}${rule.fileInvalid ? ' Asterisk refuses the whole file.' : ''} |`),
  ];
  return lines.join('\n');
}

/** The README with the table replaced, or undefined when the markers are missing. */
export function withRulesTable(readme: string): string | undefined {
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  if (start < 0 || end < start) return undefined;
  return `${readme.slice(0, start + START.length)}\n${renderRulesTable()}\n${readme.slice(end)}`;
}

function main(): void {
  // out/scripts/rules-table.js → the repository root.
  const readmePath = path.resolve(__dirname, '../../README.md');
  const readme = readFileSync(readmePath, 'utf8');
  const updated = withRulesTable(readme);
  if (updated === undefined) {
    console.error(`README.md has no ${START} ... ${END} markers.`);
    process.exitCode = 1;
    return;
  }
  if (process.argv.includes('--check')) {
    if (updated !== readme) {
      console.error('README.md rule table is stale: run `npm run sync-contributes`.');
      process.exitCode = 1;
    } else console.log(`README.md rule table is up to date (${ALL_RULES.length} rules).`);
    return;
  }
  if (updated !== readme) writeFileSync(readmePath, updated);
  console.log(`README.md rule table: ${ALL_RULES.length} rules.`);
}

if (require.main === module) main();
