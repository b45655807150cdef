/**
 * Wraps request handlers so one bad request never takes the server down (css-language-features
 * utils/runner.ts): cancellation answers RequestCancelled, an exception is logged and the request gets
 * the fallback value.
 */
import { CancellationToken, LSPErrorCodes, ResponseError } from 'vscode-languageserver';

export interface Logger {
  error(message: string): void;
}

function describe(error: unknown): string {
  if (error instanceof Error) return error.stack ?? error.message;
  return String(error);
}

export function runSafe<T>(logger: Logger, name: string, token: CancellationToken, fallback: T, work: () => T): T | ResponseError<void> {
  if (token.isCancellationRequested) return cancelled();
  try {
    const result = work();
    return token.isCancellationRequested ? cancelled() : result;
  } catch (error) {
    logger.error(`${name} failed: ${describe(error)}`);
    return fallback;
  }
}

/** For notifications: log and carry on. */
export function runSafeNotification(logger: Logger, name: string, work: () => void): void {
  try {
    work();
  } catch (error) {
    logger.error(`${name} failed: ${describe(error)}`);
  }
}

function cancelled(): ResponseError<void> {
  return new ResponseError(LSPErrorCodes.RequestCancelled, 'Request cancelled');
}
