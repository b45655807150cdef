/**
 * Finds what to check and analyses it like the server does, through the same config-directory service
 * (service/model/configDirectory.ts): sip.conf / iax.conf / pjsip.conf roots with their includes (an included file is
 * checked in the context of the file including it, also when it is named alone), extensions.conf
 * contexts from the same folder.
 */
import { readdirSync, realpathSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Analysis } from '../service/analysis';
import { dialectClaimingFileName, dialectOfFileName, isNamedDialect, type FileDialect } from '../service/dialect';
import { DIALECT_CORES } from '../service/dialects/cores';
import { ConfigDirectory } from '../service/model/configDirectory';
import type { IncludeHost } from '../service/model/types';
import type { ServiceSettings } from '../service/settings';
import { FileIncludeHost } from '../node/fileIncludeHost';

export class UsageError extends Error {}

const SKIPPED_FOLDERS = new Set(['node_modules', '.git', '.vscode-test', 'out', 'dist']);
/** The files Asterisk loads by name, one per dialect that has one (dialects/cores.ts). */
const ROOT_NAMES = new Set(DIALECT_CORES.flatMap((core) => (core.rootFileName ? [core.rootFileName] : [])));

export interface CheckTarget {
  readonly filePath: string;
  readonly dialect: FileDialect;
}

/** What admins keep beside the real file: Asterisk's own iax.conf.sample, sip.conf.bak, packaging leftovers, editor backups. */
const COPY_SUFFIX = /(\.(sample|bak|orig|old|save|dist|dpkg-old|dpkg-dist|dpkg-new|rpmnew|rpmsave|ucf-old|ucf-dist))+$|~$/i;

/** The dialect of a file as its name says, also for a copy such as iax.conf.sample (checked as iax, not sip). */
export function dialectOfCopy(filePath: string): FileDialect {
  return dialectClaimingFileName(filePath) ?? dialectOfFileName(filePath.replace(COPY_SUFFIX, ''));
}

/** Files named on the command line, or the sip.conf / iax.conf / pjsip.conf roots found under the folders named. */
export function findTargets(paths: readonly string[], dialectOverride?: FileDialect): CheckTarget[] {
  const targets: CheckTarget[] = [];
  const walked: WalkState = { folders: new Set(), files: new Set() };
  const add = (filePath: string) => {
    const dialect = dialectOverride ?? dialectOfCopy(filePath);
    // A file no dialect claims, named on the command line, is checked as sip.conf.
    targets.push({ filePath, dialect: isNamedDialect(dialect) ? dialect : 'sip' });
  };
  for (const given of paths) {
    const absolute = path.resolve(given);
    let stats;
    try {
      stats = statSync(absolute);
    } catch {
      throw new UsageError(`No such file or directory: ${given}`);
    }
    if (stats.isDirectory()) {
      for (const found of walk(absolute, walked)) add(found);
    } else if (stats.isFile()) {
      add(absolute);
    } else {
      throw new UsageError(`Not a regular file or directory: ${given}`);
    }
  }
  return targets;
}

/** Real paths already walked or found, shared by every folder named on the command line. */
interface WalkState {
  readonly folders: Set<string>;
  readonly files: Set<string>;
}

function realPath(filePath: string): string | undefined {
  try {
    return realpathSync.native(filePath);
  } catch {
    return undefined;
  }
}

/**
 * The roots under `folder`, depth first in name order (at most 8 levels down). Each folder and each file
 * is taken once by its real path (issue #19: six `lN -> .` links overflowed the stack, three gave 9841
 * copies of one report).
 */
function walk(folder: string, state: WalkState, depth = 0, found: string[] = []): string[] {
  const real = realPath(folder);
  if (depth > 8 || real === undefined || state.folders.has(real)) return found;
  state.folders.add(real);
  let names: string[];
  try {
    names = readdirSync(folder).sort();
  } catch {
    return found;
  }
  for (const name of names) {
    const full = path.join(folder, name);
    let stats;
    try {
      stats = statSync(full);
    } catch {
      continue;
    }
    if (stats.isDirectory() && !SKIPPED_FOLDERS.has(name)) walk(full, state, depth + 1, found);
    else if (stats.isFile() && ROOT_NAMES.has(name.toLowerCase())) {
      const file = realPath(full);
      if (file === undefined || state.files.has(file)) continue;
      state.files.add(file);
      found.push(full);
    }
  }
  return found;
}

export interface AnalysedFile {
  readonly filePath: string;
  readonly analysis: Analysis;
}

/**
 * The target and every file it includes, each analysed in the context Asterisk reads it in: a file that
 * sip.conf / iax.conf of its folder includes is analysed inside that root, as the editor does.
 */
export function analyseTarget(target: CheckTarget, settings: ServiceSettings, host: IncludeHost = new FileIncludeHost()): AnalysedFile[] {
  const analysed = new ConfigDirectory(host).analyseTree(pathToFileURL(target.filePath).href, target.dialect, settings);
  if ('problem' in analysed) throw new UsageError(`Cannot read ${target.filePath}: ${analysed.problem}${analysed.detail ? ` (${analysed.detail})` : ''}`);
  return analysed.map(({ uri, analysis }) => ({ filePath: fileURLToPath(uri), analysis }));
}
