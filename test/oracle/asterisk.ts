/**
 * Real Asterisk as the oracle (STYLE.md rule 12): finds the runner (`../shared/tools/asterisk/run.sh`, or
 * the script ASTERISK_ORACLE names), loads a config folder into it and reads back what it says: the
 * output of each CLI command and the NOTICE / WARNING / ERROR lines it logged.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import * as path from 'node:path';

export type Oracle = { readonly runScript: string; readonly version: string } | { readonly unavailable: string };

/** The repository's root, from out/test/oracle (compiled) or test/oracle (sources). */
export const REPO_ROOT = path.resolve(__dirname, '..', '..', __dirname.includes(`${path.sep}out${path.sep}`) ? '..' : '.');

/**
 * Where the oracle is, or why there is none. ASTERISK_ORACLE=/path/to/run.sh points at a script with the
 * same interface (`run.sh VERSION CONFDIR COMMAND...`, same output), e.g. a wrapper around your own build;
 * ASTERISK_ORACLE_VERSION picks the version argument (default 20: chan_sip and chan_iax2).
 */
export function findOracle(env: NodeJS.ProcessEnv = process.env): Oracle {
  const version = env.ASTERISK_ORACLE_VERSION ?? '20';
  if (env.ASTERISK_ORACLE) {
    return existsSync(env.ASTERISK_ORACLE) ? { runScript: path.resolve(env.ASTERISK_ORACLE), version } : { unavailable: `ASTERISK_ORACLE=${env.ASTERISK_ORACLE} does not exist` };
  }
  const runScript = path.resolve(REPO_ROOT, '..', 'shared', 'tools', 'asterisk', 'run.sh');
  if (!existsSync(runScript)) return { unavailable: `no ${runScript} (set ASTERISK_ORACLE=/path/to/run.sh to use your own Asterisk build)` };
  if (process.platform !== 'linux' || process.arch !== 'x64') return { unavailable: `the bundled Asterisk builds are linux-x64 only (this is ${process.platform}-${process.arch})` };
  if (process.getuid?.() !== 0) return { unavailable: 'the bundled runner needs root (it starts Asterisk in its own network namespace)' };
  return { runScript, version };
}

export interface AsteriskRun {
  /** Each command's output lines, by command. */
  readonly outputs: ReadonlyMap<string, readonly string[]>;
  /** The log, one `LEVEL file.c: message` per line. */
  readonly log: readonly string[];
}

/** Loads `folder` into Asterisk, runs the commands, returns what it printed. */
export function runAsterisk(oracle: { runScript: string; version: string }, folder: string, commands: readonly string[]): Promise<AsteriskRun> {
  return new Promise((resolve, reject) => {
    execFile(oracle.runScript, [oracle.version, folder, ...commands], { maxBuffer: 64 * 1024 * 1024, timeout: 120_000 }, (error, stdout, stderr) => {
      if (error) reject(new Error(`${oracle.runScript} failed on ${folder}: ${error.message}\n${stderr}`));
      else resolve(parseRunOutput(stdout));
    });
  });
}

/** Splits the runner's output at its `=== <command>` lines. */
export function parseRunOutput(stdout: string): AsteriskRun {
  const outputs = new Map<string, string[]>();
  let log: string[] = [];
  let current: string[] | undefined;
  for (const line of stdout.split('\n')) {
    if (line.startsWith('=== ')) {
      const name = line.slice(4);
      current = [];
      if (name === 'log') log = current;
      else outputs.set(name, current);
    } else if (current && line.trim() !== '') {
      current.push(line);
    }
  }
  return { outputs, log };
}

/** Runs `work` over `items`, at most `limit` at a time (the machine's cores are shared). */
export function pool<T, R>(items: readonly T[], limit: number, work: (item: T) => Promise<R>): Map<T, Promise<R>> {
  const results = new Map<T, Promise<R>>();
  let running = 0;
  const queue: (() => void)[] = [];
  for (const item of items) {
    results.set(
      item,
      new Promise<R>((resolve, reject) => {
        const start = () => {
          running++;
          work(item)
            .then(resolve, reject)
            .finally(() => {
              running--;
              queue.shift()?.();
            });
        };
        if (running < limit) start();
        else queue.push(start);
      }),
    );
  }
  return results;
}

/** A command Asterisk did not know: the channel driver is not loaded (no sip.conf, or it refused it). */
export function commandMissing(lines: readonly string[] | undefined): boolean {
  return !lines || lines.some((line) => line.startsWith('No such command'));
}

/**
/** The `Key : value` lines of a `show peer NAME` / `show user NAME`; undefined when Asterisk has no such object. */
export function detailFields(lines: readonly string[] | undefined): Map<string, string> | undefined {
  if (commandMissing(lines) || lines!.some((line) => / not found\.$/.test(line))) return undefined;
  const fields = new Map<string, string>();
  for (const line of lines!) {
    const match = /^\s*(?:\* )?([^:]+?)\s*: ?(.*)$/.exec(line);
    if (match && !fields.has(match[1])) fields.set(match[1], match[2].trim());
  }
  return fields;
}

/** The cells of each row of a fixed-width listing, cut where the header's column names start. */
export function listingRows(lines: readonly string[] | undefined): Record<string, string>[] {
  if (commandMissing(lines) || !lines!.length) return [];
  const header = lines![0];
  const columns: { name: string; start: number }[] = [];
  for (const match of header.matchAll(/\S+/g)) columns.push({ name: match[0], start: match.index ?? 0 });
  return lines!
    .slice(1)
    .filter((line) => !/^\d+ (sip|iax2) (peers|registrations)|registrations\.$/i.test(line))
    .map((line) => {
      const row: Record<string, string> = {};
      columns.forEach((column, index) => {
        row[column.name] = line.slice(column.start, columns[index + 1]?.start ?? line.length).trim();
      });
      return row;
    });
}
