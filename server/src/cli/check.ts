/** `asterisk-conf check [paths…]`: every diagnostic of the configs found, for CI and pre-commit. */
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver-types';
import { doValidation } from '../service/features/validation';
import { ALL_RULES } from '../service/lintRules';
import type { RuleSetting } from '../service/rules';
import { DEFAULT_SETTINGS, type ServiceSettings } from '../service/settings';
import type { FileDialect } from '../service/dialect';
import { countBySeverity, formatJson, formatSarif, formatText, type FileReport } from './formatters';
import { analyseTarget, findTargets, UsageError } from './workspace';
import { readFileCapped } from '../node/fileIncludeHost';
import { quote } from '../service/quote';

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

/** Text from the config file in a message: clipped, control characters replaced (it goes to a terminal). */
function shown(text: string): string {
  // eslint-disable-next-line no-control-regex
  return quote(text.replace(/[\u0000-\u001f\u007f-\u009f]/g, '?'));
}

/** A config file larger than this is refused unread (a real one is a few hundred bytes). */
export const MAX_CONFIG_FILE_BYTES = 1024 * 1024;

/**
 * The text of the config file, read the way includes are (issue #19): only a regular file, opened without
 * blocking, at most MAX_CONFIG_FILE_BYTES (a link to /dev/zero grew to 16 GB, to /dev/stdin hung).
 */
function readConfigText(filePath: string): string {
  let bytes: Uint8Array;
  try {
    bytes = readFileCapped(filePath, MAX_CONFIG_FILE_BYTES);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UsageError(`Cannot read config file ${filePath}: ${code ? `${code}` : 'not a regular file'}`);
  }
  if (bytes.length > MAX_CONFIG_FILE_BYTES) throw new UsageError(`Cannot read config file ${filePath}: larger than ${MAX_CONFIG_FILE_BYTES} bytes`);
  return new TextDecoder('utf-8').decode(bytes);
}

/** `.asterisk-conf.json`: { "rules": { "<id>": "warning" }, "asteriskVersion": 20 } */
export function readConfigFile(filePath: string): { rules: Record<string, RuleSetting>; asteriskVersion?: number } {
  let parsed: unknown;
  const text = readConfigText(filePath);
  try {
    parsed = JSON.parse(text);
  } catch {
    // The parser's message quotes the text: a link to another file must not print its first bytes.
    throw new UsageError(`Cannot read config file ${filePath}: not valid JSON`);
  }
  const object = (parsed ?? {}) as { rules?: Record<string, unknown>; asteriskVersion?: unknown };
  const rules: Record<string, RuleSetting> = {};
  for (const [id, value] of Object.entries(object.rules ?? {})) {
    if (!ALL_RULES.some((rule) => rule.id === id)) throw new UsageError(`Unknown rule ${shown(id)} in ${filePath}`);
    if (!SETTINGS.has(value as RuleSetting)) throw new UsageError(`Invalid severity ${shown(String(value))} for ${shown(id)} in ${filePath} (ignore | hint | information | warning | error)`);
    rules[id] = value as RuleSetting;
  }
  return { rules, asteriskVersion: typeof object.asteriskVersion === 'number' ? object.asteriskVersion : undefined };
}

/** Reads a `--rule <id>=<severity>` value; an unknown id or severity is a usage error, as in `.asterisk-conf.json`. */
export function parseRuleOption(raw: string): [string, RuleSetting] {
  const [id, severity] = raw.split('=');
  if (!id || !SETTINGS.has(severity as RuleSetting)) throw new UsageError(`--rule takes <id>=<ignore|hint|information|warning|error> (got '${raw}')`);
  if (!ALL_RULES.some((rule) => rule.id === id)) throw new UsageError(`Unknown rule '${id}' in --rule ${raw} (the rule ids are listed in the README's rules table)`);
  return [id, severity as RuleSetting];
}

/** `write` takes the report (stdout). */
export function runCheck(options: CheckOptions, version: string, write: (text: string) => void): number {
  const fromFile = options.configFile ? readConfigFile(options.configFile) : { rules: {} };
  const settings: ServiceSettings = {
    ...DEFAULT_SETTINGS,
    lint: { ...fromFile.rules, ...options.rules },
    asteriskVersion: options.asteriskVersion ?? ('asteriskVersion' in fromFile && fromFile.asteriskVersion ? fromFile.asteriskVersion : DEFAULT_SETTINGS.asteriskVersion),
  };
  const paths = options.paths.length ? options.paths : ['.'];
  const targets = findTargets(paths, options.dialect);
  // A wrong path in CI must not pass silently: finding nothing to check is a usage error.
  if (!targets.length) throw new UsageError(`Nothing to check: no sip.conf, iax.conf or pjsip.conf under ${paths.join(', ')}`);
  const reports: FileReport[] = [];
  const hiddenReports: FileReport[] = [];
  const seen = new Set<string>();
  for (const target of targets) {
    for (const { filePath, analysis } of analyseTarget(target, settings)) {
      if (seen.has(filePath)) continue;
      seen.add(filePath);
      const all = doValidation(analysis);
      const isError = (d: Diagnostic) => d.severity === DiagnosticSeverity.Error;
      reports.push({ filePath, diagnostics: options.quiet ? all.filter(isError) : all });
      if (options.quiet) hiddenReports.push({ filePath, diagnostics: all.filter((d) => !isError(d)) });
    }
  }
  const hidden = countBySeverity(hiddenReports);
  if (options.format === 'json') write(formatJson(reports));
  else if (options.format === 'sarif') write(formatSarif(reports, ALL_RULES, version));
  else if (targets.length) write(formatText(reports, options.color, hidden));
  const { errors, warnings } = countBySeverity(reports);
  if (errors > 0) return 1;
  if (options.maxWarnings !== undefined && warnings > options.maxWarnings) return 1;
  return 0;
}
