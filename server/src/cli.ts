/**
 * The `asterisk-conf` command line: the same service behind a terminal (issue #8 grows it).
 * `asterisk-conf lsp --stdio` serves other editors.
 */
import { readFileSync } from 'node:fs';

const USAGE = `Usage: asterisk-conf <command>

Commands:
  lsp --stdio | --node-ipc   run the language server for an editor
  --help                     show this help
  --version                  print the version`;

function version(): string {
  try {
    return (JSON.parse(readFileSync(`${__dirname}/../package.json`, 'utf8')) as { version: string }).version;
  } catch {
    return 'unknown';
  }
}

export function runCli(argv: readonly string[]): number | 'serving' {
  const [command] = argv;
  if (command === undefined || command === '--help' || command === '-h') {
    process.stdout.write(`${USAGE}\n`);
    return command === undefined ? 2 : 0;
  }
  if (command === '--version' || command === '-v') {
    process.stdout.write(`${version()}\n`);
    return 0;
  }
  if (command === 'lsp') {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    (require('./node/main') as typeof import('./node/main')).main();
    return 'serving';
  }
  process.stderr.write(`asterisk-conf: unknown command '${command}'\n\n${USAGE}\n`);
  return 2;
}

if (require.main === module) {
  const result = runCli(process.argv.slice(2));
  if (result !== 'serving') process.exitCode = result;
}
