/** `asterisk-conf check [paths…]`: every diagnostic of the configs found, for CI and pre-commit. */
import { readFileSync } from 'node:fs';
import { doValidation } from '../service/features/validation';
import { ALL_RULES } from '../service/lintRules';
import type { RuleSetting } from '../service/rules';
import { DEFAULT_SETTINGS, type ServiceSettings } from '../service/settings';
import type { FileDialect } from '../service/dialect';
import { countBySeverity, formatJson, formatSarif, formatText, type FileReport } from './formatters';
import { analyseTarget, findTargets, UsageError } from './workspace';

export interface CheckOptions {
  readonly paths: readonly string[];
  readonly format: 'text' | 'json' | 'sarif';
  readonly maxWarnings?: number;
  readonly quiet: boolean;
  readonly dialect?: FileDialect;
  readonly asteriskVersion?: number;
  readonly rules: Readonly<Record<string, RuleSetting>>;
  readonly configFile?: string;
  readonly color: boolean;
}

const SETTINGS = new Set<RuleSetting>(['ignore', 'hint', 'information', 'warning', 'error']);

/** `.asterisk-conf.json`: { "rules": { "<id>": "warning" }, "asteriskVersion": 20 } */
export function readConfigFile(filePath: string): { rules: Record<string, RuleSetting>; asteriskVersion?: number } {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(filePath, 'utf8'));
  } catch (error) {
    throw new UsageError(`Cannot read config file ${filePath}: ${(error as Error).message}`);
  }
  const object = (parsed ?? {}) as { rules?: Record<string, unknown>; asteriskVersion?: unknown };
  const rules: Record<string, RuleSetting> = {};
  for (const [id, value] of Object.entries(object.rules ?? {})) {
    if (!ALL_RULES.some((rule) => rule.id === id)) throw new UsageError(`Unknown rule '${id}' in ${filePath}`);
    if (!SETTINGS.has(value as RuleSetting)) throw new UsageError(`Invalid severity '${String(value)}' for '${id}' in ${filePath} (ignore | hint | information | warning | error)`);
    rules[id] = value as RuleSetting;
  }
  return { rules, asteriskVersion: typeof object.asteriskVersion === 'number' ? object.asteriskVersion : undefined };
}

export function runCheck(options: CheckOptions, version: string, write: (text: string) => void): number {
  const fromFile = options.configFile ? readConfigFile(options.configFile) : { rules: {} };
  const settings: ServiceSettings = {
    ...DEFAULT_SETTINGS,
    lint: { ...fromFile.rules, ...options.rules },
    asteriskVersion: options.asteriskVersion ?? ('asteriskVersion' in fromFile && fromFile.asteriskVersion ? fromFile.asteriskVersion : DEFAULT_SETTINGS.asteriskVersion),
  };
  const targets = findTargets(options.paths.length ? options.paths : ['.'], options.dialect);
  const reports: FileReport[] = [];
  const seen = new Set<string>();
  for (const target of targets) {
    for (const { filePath, analysis } of analyseTarget(target, settings)) {
      if (seen.has(filePath)) continue;
      seen.add(filePath);
      let diagnostics = doValidation(analysis);
      if (options.quiet) diagnostics = diagnostics.filter((d) => d.severity === 1);
      reports.push({ filePath, diagnostics });
    }
  }
  if (options.format === 'json') write(formatJson(reports));
  else if (options.format === 'sarif') write(formatSarif(reports, ALL_RULES, version));
  else write(formatText(reports, options.color));
  if (!targets.length && options.format === 'text') write('No sip.conf or iax.conf found.\n');
  const { errors, warnings } = countBySeverity(reports);
  if (errors > 0) return 1;
  if (options.maxWarnings !== undefined && warnings > options.maxWarnings) return 1;
  return 0;
}
