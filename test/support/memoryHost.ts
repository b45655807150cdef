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

/**
 * A memoryHost that keeps each file's parsed document until the file is written, the way the server's
 * include host caches a file while its size and mtime stay the same: a file read again is a new document.
 */
export function cachingMemoryHost(files: Record<string, string>): IncludeHost & { write(name: string, text: string | undefined): void } {
  const inner = memoryHost(files);
  const loaded = new Map<string, ReturnType<IncludeHost['load']>>();
  return {
    resolve: (argument, configDirectoryUri) => inner.resolve(argument, configDirectoryUri),
    load(uri) {
      const cached = loaded.get(uri) ?? inner.load(uri);
      loaded.set(uri, cached);
      return cached;
    },
    write(name, text) {
      if (text === undefined) delete files[name];
      else files[name] = text;
      loaded.delete(`${CONFIG_DIR}/${name}`);
    },
  };
}
