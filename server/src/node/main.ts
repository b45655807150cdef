/**
 * Process entry of the language server: creates the connection (stdio or node-ipc, chosen by the
 * command line the client or editor passes) and wires the Node specifics in (timers, the file
 * system behind #include). It starts nothing by itself: dist/server.js starts it through
 * serverEntry.ts, and `asterisk-conf lsp` through cli.ts, so that each process has one connection
 * (a module that also started itself answered every request twice when bundled into dist/cli.js).
 */
import { randomInt } from 'node:crypto';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startServer } from '../server';
import { FileIncludeHost } from './fileIncludeHost';
import { readProjectConfig } from './projectConfig';

export function main(): void {
  const connection = createConnection(ProposedFeatures.all);
  console.log = (...args: unknown[]) => connection.console.log(args.map(String).join(' '));
  console.error = (...args: unknown[]) => connection.console.error(args.map(String).join(' '));
  process.on('uncaughtException', (error) => connection.console.error(`Uncaught: ${error.stack ?? String(error)}`));
  let includeHost: FileIncludeHost | undefined;
  startServer(connection, {
    timer: {
      setTimeout(callback, ms) {
        const handle = setTimeout(callback, ms);
        return { dispose: () => clearTimeout(handle) };
      },
    },
    createIncludeHost: (openDocuments, allowedRoots) => (includeHost = new FileIncludeHost({ openDocuments, allowedRoots })),
    // Through the include host: in an untrusted workspace it lists nothing outside the workspace folders.
    listDirectory: (folderUri) => (folderUri.startsWith('file:') && includeHost ? includeHost.listDirectory(folderUri) : []),
    random: () => randomInt(2 ** 32) / 2 ** 32,
    readProjectConfig,
    fileChanged: (uri) => includeHost?.forget(uri),
  });
}

