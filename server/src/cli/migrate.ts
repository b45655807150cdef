/**
 * `asterisk-conf migrate [--output FILE] sip.conf`: the sip.conf → pjsip.conf migration (preview) behind
 * the command line. The result goes to stdout, or to FILE (never the input file). Exit 0 when everything
 * was carried over, 1 when some lines could not be (listed on stderr, and as comments in the result),
 * 2 on usage or I/O errors.
 *
 * `--split --output DIR` writes FreePBX's layout instead (splitLayout.ts): pjsip.conf and the six
 * pjsip.<type>.conf files it includes. A folder may hold a live configuration, so it refuses when any of
 * those files exists already, unless `--force`; it checks every file before it writes one.
 */
import { existsSync, mkdirSync, realpathSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { buildModel } from '../service/model/buildModel';
import { migrateSipConf, type UnmappedItem } from '../service/migrate/sipToPjsip';
import { splitLayout } from '../service/migrate/splitLayout';
import { previewEndpoint } from '../service/migrate/endpointPreview';
import { FileIncludeHost } from '../node/fileIncludeHost';
import { dialectOfFileName } from '../service/dialect';
import { channelProfile } from '../service/dialects/channel';
import { UsageError } from './workspace';

export const MIGRATE_USAGE = 'asterisk-conf migrate [--output FILE | --split --output DIR [--force] | --endpoint NAME] sip.conf';

interface MigrateIo {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
}

interface MigrateArguments {
  readonly input: string;
  readonly output?: string;
  readonly split: boolean;
  readonly force: boolean;
  /** --endpoint NAME: print only what that endpoint becomes. */
  readonly endpoint?: string;
}

function parseArguments(args: readonly string[]): MigrateArguments {
  let output: string | undefined;
  let split = false;
  let force = false;
  let endpoint: string | undefined;
  const inputs: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '--output' || arg === '-o') {
      output = args[++i];
      if (output === undefined) throw new UsageError(`${arg} needs a file name`);
    } else if (arg.startsWith('--output=')) output = arg.slice('--output='.length);
    else if (arg === '--split') split = true;
    else if (arg === '--force') force = true;
    else if (arg === '--endpoint') {
      endpoint = args[++i];
      if (!endpoint) throw new UsageError('--endpoint needs the name of a sip.conf section');
    } else if (arg.startsWith('--endpoint=')) endpoint = arg.slice('--endpoint='.length);
    else if (arg.startsWith('-') && arg !== '-') throw new UsageError(`Unknown option: ${arg}`);
    else inputs.push(arg);
  }
  if (inputs.length !== 1) throw new UsageError(`migrate takes one sip.conf: ${MIGRATE_USAGE}`);
  if (output === '') throw new UsageError('--output needs a file name');
  if (split && output === undefined) throw new UsageError(`--split needs --output DIR (the folder the files go to): ${MIGRATE_USAGE}`);
  if (force && !split) throw new UsageError('--force goes with --split (--output FILE replaces FILE anyway)');
  if (endpoint !== undefined && (split || output !== undefined)) throw new UsageError('--endpoint prints one endpoint on stdout: it goes without --output and --split');
  if (endpoint === '') throw new UsageError('--endpoint needs the name of a sip.conf section');
  return { input: inputs[0], output, split, force, endpoint };
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

/**
 * Only chan_sip's configuration is migrated (its profile's `convertsToPjsip`): another channel driver's file
 * (iax.conf: chan_iax2, which Asterisk 22 still has) stays as it is, pjsip.conf is the target already.
 */
function refuseOtherChannels(inputPath: string): void {
  const base = path.basename(inputPath);
  const profile = channelProfile(dialectOfFileName(base));
  if (profile && !profile.convertsToPjsip) {
    throw new UsageError(`${base} configures ${profile.driver} (${profile.technology}), which Asterisk 22 still has: keep it as it is. migrate converts chan_sip's sip.conf to pjsip.conf.`);
  }
  if (/^pjsip([._-].*)?\.conf$/i.test(base)) throw new UsageError(`${base} is a pjsip configuration already: migrate reads chan_sip's sip.conf.`);
}

/** Writes the split layout into `folder`: nothing when one file exists (unless `force`) or is the input. */
function writeSplit(folder: string, files: readonly { name: string; text: string }[], inputPath: string, force: boolean): void {
  const targets = files.map((file) => ({ ...file, target: path.join(folder, file.name) }));
  for (const { target } of targets) {
    if (realOrResolved(target) === realOrResolved(inputPath)) throw new UsageError(`${target} is the input file: the migration never overwrites its source`);
    if (!force && existsSync(target)) throw new UsageError(`${target} exists: --split never overwrites a file unless --force`);
  }
  try {
    mkdirSync(folder, { recursive: true });
    for (const { target, text } of targets) writeFileSync(target, text);
  } catch (error) {
    throw new UsageError(`Cannot write into ${folder}: ${(error as Error).message}`);
  }
}

export function runMigrate(args: readonly string[], io: MigrateIo): number {
  const { input, output, split, force, endpoint } = parseArguments(args);
  const inputPath = path.resolve(input);
  refuseOtherChannels(inputPath);
  if (!split && output && realOrResolved(output) === realOrResolved(inputPath)) throw new UsageError('--output names the input file: the migration never overwrites its source');
  const host = new FileIncludeHost();
  const uri = pathToFileURL(inputPath).href;
  const loaded = host.load(uri);
  if (!('document' in loaded)) throw new UsageError(`Cannot read ${input} (${loaded.problem})`);
  const model = buildModel({ uri, document: loaded.document }, 'sip', { host });
  const result = migrateSipConf(model);
  if (endpoint !== undefined) {
    const preview = previewEndpoint(result, endpoint);
    if (!preview) throw new UsageError(`No sip.conf endpoint [${printable(endpoint)}] (type=user, peer or friend) in ${input}`);
    io.out(preview.text);
    return report(preview.unmapped, io);
  }
  if (split && output !== undefined) writeSplit(output, splitLayout(result), inputPath, force);
  else if (output) {
    try {
      writeFileSync(output, result.text);
    } catch (error) {
      throw new UsageError(`Cannot write ${output}: ${(error as Error).message}`);
    }
  } else io.out(result.text);
  return report(result.unmapped, io);
}

/** Lists what was not carried over on stderr; the exit code says whether anything was. */
function report(unmapped: readonly UnmappedItem[], io: MigrateIo): number {
  for (const item of unmapped) {
    const file = item.uri.startsWith('file:') ? path.relative(process.cwd(), fileURLToPath(item.uri)) : item.uri;
    const where = file ? ` (${file}${item.line === undefined ? '' : `:${item.line + 1}`})` : '';
    io.err(printable(`not migrated: [${item.section}] ${item.option}${where}: ${item.reason}`) + '\n');
  }
  return unmapped.length ? 1 : 0;
}
