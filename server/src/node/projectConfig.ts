/**
 * `.asterisk-conf.json` for the language server: the same file, read by the same parser as the CLI's
 * (`readConfigFile`), so the editor and CI apply the same rule severities. A file that cannot be used
 * is reported, never thrown.
 */
import { existsSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { readConfigFile } from '../cli/check';
import type { ProjectConfigResult } from '../projectSettings';

export const PROJECT_CONFIG_NAME = '.asterisk-conf.json';

export function readProjectConfig(folderUri: string): ProjectConfigResult | undefined {
  if (!folderUri.startsWith('file:')) return undefined;
  let file: string;
  try {
    file = path.join(fileURLToPath(folderUri), PROJECT_CONFIG_NAME);
  } catch {
    return undefined;
  }
  if (!existsSync(file)) return undefined;
  try {
    return { config: readConfigFile(file) };
  } catch (error) {
    return { problem: (error as Error).message };
  }
}
