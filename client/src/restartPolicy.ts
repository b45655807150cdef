/**
 * What the client does when the language server process dies: restart it, a bounded number of times,
 * and say so in words. vscode-languageclient's default handler restarts up to 4 times in 3 minutes with a
 * generic message; this one keeps that limit (explicitly, so it is a decision and not an accident),
 * names the extension in its messages, and can be reset by the restart command.
 */
import { CloseAction, ErrorAction, type CloseHandlerResult, type ErrorHandler, type ErrorHandlerResult } from 'vscode-languageclient/node';

/** Restarts allowed within RESTART_WINDOW_MS; one more crash in the window leaves the server stopped. */
export const MAX_RESTARTS = 4;
export const RESTART_WINDOW_MS = 3 * 60 * 1000;

/** Error codes of a write to a process whose end of the channel is closed: the close event follows. */
const CLOSED_CHANNEL_CODES = new Set(['EPIPE', 'ECONNRESET', 'ERR_IPC_CHANNEL_CLOSED', 'ERR_STREAM_DESTROYED']);

export function channelClosed(error: unknown): boolean {
  const code = (error as { code?: unknown } | undefined)?.code;
  return typeof code === 'string' && CLOSED_CHANNEL_CODES.has(code);
}

export interface ServerCrash {
  readonly message: string;
  readonly restarting: boolean;
}

export class RestartLimitErrorHandler implements ErrorHandler {
  private readonly crashTimes: number[] = [];

  constructor(
    private readonly onCrash: (crash: ServerCrash) => void,
    /** True once the server process has exited or dropped its IPC channel. */
    private readonly serverGone: () => boolean,
    private readonly now: () => number = Date.now,
  ) {}

  /**
   * A write or read failed. When the process is gone, `closed()` follows and decides about the restart:
   * shutting down here would skip it (a crash just after start, while the client sends didOpen for every
   * open file, easily fails more than three writes in a row). Otherwise, as the default handler: tolerate
   * a few failures in a row, then shut the connection.
   *
   * The error itself can be the first sign: a write to a killed server fails with EPIPE at once, before
   * Node has seen the channel close or the exit (`serverGone()` is still false then), and vscode-jsonrpc
   * counts each such failure twice, so two writes in one tick used to look like a server that is alive
   * but broken: the client shut down instead of restarting (the flaky "restarts are limited" test).
   */
  error(error: Error, _message: unknown, count: number | undefined): ErrorHandlerResult {
    const gone = this.serverGone() || channelClosed(error);
    const action = gone || (count !== undefined && count <= 3) ? ErrorAction.Continue : ErrorAction.Shutdown;
    return { action, handled: true };
  }

  closed(): CloseHandlerResult {
    const now = this.now();
    this.crashTimes.push(now);
    while (this.crashTimes.length > 0 && now - (this.crashTimes[0] as number) > RESTART_WINDOW_MS) this.crashTimes.shift();
    const crashes = this.crashTimes.length;
    if (crashes > MAX_RESTARTS) {
      const message =
        `The Asterisk language server stopped ${crashes} times in 3 minutes, so it was not restarted again. ` +
        'Its log is in the output channel; run "Asterisk: Restart Language Server" to start it.';
      this.onCrash({ message, restarting: false });
      // handled: the extension shows the message itself (with buttons), so the client does not repeat it.
      return { action: CloseAction.DoNotRestart, message, handled: true };
    }
    const message = `The Asterisk language server stopped unexpectedly and was restarted (restart ${crashes} of ${MAX_RESTARTS} allowed in 3 minutes).`;
    this.onCrash({ message, restarting: true });
    return { action: CloseAction.Restart, message, handled: true };
  }

  /** A deliberate restart (the command, trust granted) starts a fresh count. */
  reset(): void {
    this.crashTimes.length = 0;
  }
}
