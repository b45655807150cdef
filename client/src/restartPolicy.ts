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
   */
  error(_error: Error, _message: unknown, count: number | undefined): ErrorHandlerResult {
    const action = this.serverGone() || (count !== undefined && count <= 3) ? ErrorAction.Continue : ErrorAction.Shutdown;
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
