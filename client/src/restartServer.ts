/**
 * The restart command (and a trust grant) stop the server and start a new one. vscode-languageclient's own
 * `restart()` gives up when the old server does not answer its shutdown within 2 s (busy with a huge file,
 * hung): it throws "Stopping the server timed out" and starts nothing, and the old process is killed two
 * seconds later — whose closing connection would then be taken for a crash of the new one. Here a stop that
 * fails ends the old process first (and waits until it has closed), then the new server starts.
 */

/** The part of a server process this needs (a Node ChildProcess has it). */
export interface ServerProcess {
  readonly exitCode: number | null;
  readonly signalCode: string | null;
  kill(signal: 'SIGKILL'): boolean;
  once(event: 'close', listener: () => void): unknown;
}

/** The part of vscode-languageclient's LanguageClient this needs. */
export interface RestartableClient {
  readonly serverProcess: ServerProcess | undefined;
  stop(): Promise<void>;
  start(): Promise<void>;
}

/** Kills `server` unless it has already ended, and resolves once it has closed (exited, streams and channel closed). */
function ended(server: ServerProcess): Promise<void> {
  if (server.exitCode !== null || server.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    server.once('close', () => resolve());
    server.kill('SIGKILL');
  });
}

export async function restartServer(client: RestartableClient, log: (message: string) => void): Promise<void> {
  const old = client.serverProcess;
  try {
    await client.stop();
  } catch (error) {
    log(`The old language server did not stop (${error instanceof Error ? error.message : String(error)}); ending it before starting a new one.`);
    if (old) await ended(old);
  }
  await client.start();
}
