/**
 * `asterisk-conf migrate [--output FILE] sip.conf`: the sip.conf → pjsip.conf migration (preview) behind
 * the command line. The result goes to stdout, or to FILE (never the input file). Exit 0 when everything
 * was carried over, 1 when some lines could not be (listed on stderr, and as comments in the result),
 * 2 on usage or I/O errors.
 */
import { realpathSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { buildModel } from '../service/model/buildModel';
import { migrateSipConf } from '../service/migrate/sipToPjsip';
import { FileIncludeHost } from '../node/fileIncludeHost';
import { UsageError } from './workspace';

export const MIGRATE_USAGE = 'asterisk-conf migrate [--output FILE] sip.conf';

interface MigrateIo {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
}

function parseArguments(args: readonly string[]): { input: string; output?: string } {
  let output: string | undefined;
  const inputs: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '--output' || arg === '-o') {
      output = args[++i];
      if (output === undefined) throw new UsageError(`${arg} needs a file name`);
    } else if (arg.startsWith('--output=')) output = arg.slice('--output='.length);
    else if (arg.startsWith('-') && arg !== '-') throw new UsageError(`Unknown option: ${arg}`);
    else inputs.push(arg);
  }
  if (inputs.length !== 1) throw new UsageError(`migrate takes one sip.conf: ${MIGRATE_USAGE}`);
  if (output === '') throw new UsageError('--output needs a file name');
  return { input: inputs[0], output };
}

const realOrResolved = (file: string): string => {
  try {
    return realpathSync(file);
  } catch {
    return path.resolve(file);
  }
};

/** Names come from the file: control characters must not reach the terminal. */
// eslint-disable-next-line no-control-regex
const printable = (text: string): string => text.replace(/[\u0000-\u001f\u007f-\u009f]/g, '?');

export function runMigrate(args: readonly string[], io: MigrateIo): number {
  const { input, output } = parseArguments(args);
  const inputPath = path.resolve(input);
  if (output && realOrResolved(output) === realOrResolved(inputPath)) throw new UsageError('--output names the input file: the migration never overwrites its source');
  const host = new FileIncludeHost();
  const uri = pathToFileURL(inputPath).href;
  const loaded = host.load(uri);
  if (!('document' in loaded)) throw new UsageError(`Cannot read ${input} (${loaded.problem})`);
  const model = buildModel({ uri, document: loaded.document }, 'sip', { host });
  const result = migrateSipConf(model);
  if (output) {
    try {
      writeFileSync(output, result.text);
    } catch (error) {
      throw new UsageError(`Cannot write ${output}: ${(error as Error).message}`);
    }
  } else io.out(result.text);
  for (const item of result.unmapped) {
    const file = item.uri.startsWith('file:') ? path.relative(process.cwd(), fileURLToPath(item.uri)) : item.uri;
    const where = file ? ` (${file}${item.line === undefined ? '' : `:${item.line + 1}`})` : '';
    io.err(printable(`not migrated: [${item.section}] ${item.option}${where}: ${item.reason}`) + '\n');
  }
  return result.unmapped.length ? 1 : 0;
}
