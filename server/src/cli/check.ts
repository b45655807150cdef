/** `asterisk-conf check [paths…]`: every diagnostic of the configs found, for CI and pre-commit. */
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
