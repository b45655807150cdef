/** Test helper: an IncludeHost over an in-memory folder of files. */
import { parseConfig } from '../../server/src/service/parser/configDocument';
import type { IncludeHost, ConfigFile } from '../../server/src/service/model/types';

export const CONFIG_DIR = 'file:///etc/asterisk';

export function memoryHost(files: Record<string, string>): IncludeHost {
  return {
    resolve(argument, configDirectoryUri) {
      const uri = argument.startsWith('/') ? `file://${argument}` : `${configDirectoryUri}/${argument}`;
      if (argument.includes('*')) {
        const prefix = uri.slice(0, uri.indexOf('*'));
        const suffix = uri.slice(uri.indexOf('*') + 1);
        const uris = Object.keys(files)
          .map((name) => `${CONFIG_DIR}/${name}`)
          .filter((candidate) => candidate.startsWith(prefix) && candidate.endsWith(suffix))
          .sort();
        return uris.length ? { uris } : { problem: 'glob-no-match' };
      }
      return uri.slice(CONFIG_DIR.length + 1) in files ? { uris: [uri] } : { problem: 'missing' };
    },
    load(uri) {
      const text = files[uri.slice(CONFIG_DIR.length + 1)];
      return text === undefined ? { problem: 'missing' } : { document: parseConfig(text) };
    },
  };
}

export function rootFile(name: string, text: string): ConfigFile {
  return { uri: `${CONFIG_DIR}/${name}`, document: parseConfig(text) };
}
