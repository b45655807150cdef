// Chooses the e2e runner: E2E_RUNNER=server (default on Linux: VS Code server + Chromium, offline) or
// electron (@vscode/test-electron, default elsewhere). Arguments (--vsix FILE) go to the runner.
import { main as runElectron } from './runElectron';
import { main as runServer } from './runServer';

const runner = process.env.E2E_RUNNER ?? (process.platform === 'linux' ? 'server' : 'electron');

async function dispatch(argv: readonly string[]): Promise<number> {
  switch (runner) {
    case 'server':
      return runServer(argv);
    case 'electron':
      return runElectron(argv);
    default:
      console.error(`e2e: unknown E2E_RUNNER=${runner} (expected server or electron)`);
      return 1;
  }
}

void dispatch(process.argv.slice(2)).then((code) => process.exit(code));
