/**
 * The `asterisk-conf` command line: the same service as the editor (no second parser, no second rule
 * set) for CI, scripts and editors over SSH.
 */
import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { parseRuleOption, runCheck, type CheckOptions } from './cli/check';
import { runExplain } from './cli/explain';
import { runMigrate } from './cli/migrate';
import { UsageError } from './cli/workspace';
import { isNamedDialect, namedDialects, type FileDialect } from './service/dialect';
import type { RuleSetting } from './service/rules';

const CHECK_OPTIONS = `Options for check:
  --format text|json|sarif    output format (default text)
  --max-warnings <n>          exit 1 when there are more than n warnings
  --quiet                     report errors only
  --rule <id>=<severity>      set a rule's severity (ignore|hint|information|warning|error); repeatable
  --config <file>             rule severities from a JSON file (default: ./.asterisk-conf.json if present)
  --dialect sip|iax|pjsip     treat the files as this dialect whatever their names
  --asterisk-version <n>      the Asterisk major version the configs are for (default 20)
  --no-color                  plain text output`;

const EXPLAIN_OPTIONS = `Options for explain:
  --dialect sip|iax|pjsip     read the file as this dialect whatever its name`;

const EXIT_CODES = 'Exit codes: 0 no problems at the threshold, 1 problems, 2 usage or I/O error.';

const USAGE = `Usage: asterisk-conf <command> [options]

Commands:
  check [paths...]            report every problem in the sip.conf / iax.conf / pjsip.conf files
                              found (files, or folders searched for sip.conf, iax.conf and
                              pjsip.conf; default: .)
  explain <file> [section]    who calls whom and who authenticates whom, per endpoint (pjsip.conf:
                              per endpoint and registration)
  migrate [--output FILE] <sip.conf>
                              write it as pjsip.conf (preview; stdout by default); exit 1 when
                              something could not be carried over (listed on stderr);
                              --split --output DIR [--force]: one file per object type;
                              --endpoint NAME: only what that sip.conf endpoint becomes
  lsp --stdio | --node-ipc    run the language server for an editor

${CHECK_OPTIONS}

${EXPLAIN_OPTIONS}

Other:
  --help, -h                  show this help
  --version, -v               print the version

${EXIT_CODES}`;

const CHECK_USAGE = `Usage: asterisk-conf check [paths...] [options]

Reports every problem in the sip.conf / iax.conf / pjsip.conf files given, or found under the folders given
(default: the current folder), with their includes and the folder's extensions.conf.

${CHECK_OPTIONS}

${EXIT_CODES}`;

const EXPLAIN_USAGE = `Usage: asterisk-conf explain <file> [section] [options]

Who calls whom and who authenticates whom, for each endpoint of a sip.conf or iax.conf, or each
endpoint and registration of a pjsip.conf (or one section), seen from Asterisk's side; secrets are
masked.

${EXPLAIN_OPTIONS}`;

/** What `lsp` takes: the connection kinds vscode-languageserver's createConnection reads from argv. */
const LSP_TRANSPORT = /^--(stdio|node-ipc|socket=\d+|pipe=.+)$/;

function version(): string {
  for (const candidate of [path.join(__dirname, '../package.json'), path.join(__dirname, '../../package.json'), path.join(__dirname, '../../../package.json')]) {
    try {
      const parsed = JSON.parse(readFileSync(candidate, 'utf8')) as { name?: string; version?: string };
      if (parsed.name === 'asterisk-conf' && parsed.version) return parsed.version;
    } catch {
      // try the next location (bundled in dist/ or compiled in out/)
    }
  }
  return 'unknown';
}

interface Io {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
  readonly isTty: boolean;
}

function parseDialect(value: string | undefined): FileDialect {
  if (value !== undefined && isNamedDialect(value)) return value;
  const names = namedDialects();
  throw new UsageError(`--dialect must be ${names.slice(0, -1).join(', ')} or ${names[names.length - 1]} (got '${value ?? ''}')`);
}

function parseCheckArguments(args: readonly string[], isTty: boolean): CheckOptions {
  const paths: string[] = [];
  const rules: Record<string, RuleSetting> = {};
  let format: CheckOptions['format'] = 'text';
  let maxWarnings: number | undefined;
  let quiet = false;
  let dialect: FileDialect | undefined;
  let asteriskVersion: number | undefined;
  let configFile: string | undefined;
  let color = isTty && !process.env.NO_COLOR;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = (): string => {
      const next = inline ?? args[++i];
      if (next === undefined) throw new UsageError(`${flag} needs a value`);
      return next;
    };
    switch (flag) {
      case '--format': {
        const chosen = value();
        if (chosen !== 'text' && chosen !== 'json' && chosen !== 'sarif') throw new UsageError(`--format must be text, json or sarif (got '${chosen}')`);
        format = chosen;
        break;
      }
      case '--max-warnings': {
        const raw = value();
        const n = Number(raw);
        if (!Number.isInteger(n) || n < 0) throw new UsageError(`--max-warnings needs a whole number (got '${raw}')`);
        maxWarnings = n;
        break;
      }
      case '--quiet':
        quiet = true;
        break;
      case '--rule': {
        const [id, severity] = parseRuleOption(value());
        rules[id] = severity;
        break;
      }
      case '--config':
        configFile = value();
        if (!existsSync(configFile)) throw new UsageError(`Config file not found: ${configFile}`);
        break;
      case '--dialect':
        dialect = parseDialect(value());
        break;
      case '--asterisk-version': {
        const raw = value();
        asteriskVersion = Number(raw);
        if (!Number.isInteger(asteriskVersion) || asteriskVersion < 1) throw new UsageError(`--asterisk-version needs a major version number (got '${raw}')`);
        break;
      }
      case '--no-color':
        color = false;
        break;
      default:
        if (arg.startsWith('-')) throw new UsageError(`Unknown option: ${arg}`);
        paths.push(arg);
    }
  }
  if (!configFile && existsSync('.asterisk-conf.json')) configFile = '.asterisk-conf.json';
  return { paths, format, maxWarnings, quiet, dialect, asteriskVersion, rules, configFile, color };
}

function wantsHelp(args: readonly string[]): boolean {
  return args.includes('--help') || args.includes('-h');
}

function parseExplainArguments(args: readonly string[]): { positional: string[]; dialect?: FileDialect } {
  const positional: string[] = [];
  let dialect: FileDialect | undefined;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '--dialect') dialect = parseDialect(args[++i]);
    else if (arg.startsWith('--dialect=')) dialect = parseDialect(arg.slice('--dialect='.length));
    else if (arg.startsWith('-')) throw new UsageError(`Unknown option: ${arg}`);
    else positional.push(arg);
  }
  return { positional, dialect };
}

export function runCli(argv: readonly string[], io: Io): number | 'serving' {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case undefined:
        io.err(`${USAGE}\n`);
        return 2;
      case '--help':
      case '-h':
      case 'help':
        io.out(`${USAGE}\n`);
        return 0;
      case '--version':
      case '-v':
        io.out(`${version()}\n`);
        return 0;
      case 'check':
        if (wantsHelp(rest)) {
          io.out(`${CHECK_USAGE}\n`);
          return 0;
        }
        return runCheck(parseCheckArguments(rest, io.isTty), version(), io.out);
      case 'explain': {
        if (wantsHelp(rest)) {
          io.out(`${EXPLAIN_USAGE}\n`);
          return 0;
        }
        const { positional, dialect } = parseExplainArguments(rest);
        if (!positional.length) throw new UsageError('explain needs a file: asterisk-conf explain <file> [section] (see explain --help)');
        return runExplain(positional[0], positional[1], dialect, io.out);
      }
      case 'migrate':
        return runMigrate(rest, io);
      case 'lsp':
        if (!rest.some((arg) => LSP_TRANSPORT.test(arg))) throw new UsageError('lsp needs a connection: asterisk-conf lsp --stdio (or --node-ipc when started by a Node client)');
        // eslint-disable-next-line @typescript-eslint/no-require-imports
        (require('./node/main') as typeof import('./node/main')).main();
        return 'serving';
      default:
        throw new UsageError(`Unknown command '${command}'`);
    }
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`asterisk-conf: ${error.message}\n`);
      if (/^Unknown (command|option)/.test(error.message)) io.err(`\n${USAGE}\n`);
      return 2;
    }
    io.err(`asterisk-conf: internal error: ${(error as Error).stack ?? String(error)}\n`);
    return 2;
  }
}

if (require.main === module) {
  const result = runCli(process.argv.slice(2), {
    out: (text) => process.stdout.write(text),
    err: (text) => process.stderr.write(text),
    isTty: process.stdout.isTTY === true,
  });
  if (result !== 'serving') process.exitCode = result;
}
