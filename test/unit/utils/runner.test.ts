import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { CancellationToken, CancellationTokenSource, LSPErrorCodes, ResponseError } from 'vscode-languageserver';
import { runSafe, runSafeNotification, type Logger } from '../../../server/src/utils/runner';

function recordingLogger(): Logger & { readonly lines: string[] } {
  const lines: string[] = [];
  return { lines, error: (message: string) => lines.push(message) };
}

describe('runSafe', () => {
  it('returns the work’s result and logs nothing', () => {
    const logger = recordingLogger();
    assert.deepEqual(runSafe(logger, 'hover', CancellationToken.None, null, () => ({ contents: 'x' })), { contents: 'x' });
    assert.deepEqual(logger.lines, []);
  });

  it('answers RequestCancelled without running the work when the request is already cancelled', () => {
    const logger = recordingLogger();
    let ran = false;
    const result = runSafe(logger, 'hover', CancellationToken.Cancelled, [], () => {
      ran = true;
      return [1];
    });
    assert.ok(result instanceof ResponseError);
    assert.equal(result.code, LSPErrorCodes.RequestCancelled);
    assert.equal(ran, false);
    assert.deepEqual(logger.lines, []);
  });

  it('answers RequestCancelled when the request is cancelled while the work runs', () => {
    const source = new CancellationTokenSource();
    const result = runSafe(recordingLogger(), 'completion', source.token, [], () => {
      source.cancel();
      return [1, 2, 3];
    });
    assert.ok(result instanceof ResponseError);
    assert.equal(result.code, LSPErrorCodes.RequestCancelled);
  });

  it('logs an exception with the request name and returns the fallback', () => {
    const logger = recordingLogger();
    const fallback: number[] = [];
    const result = runSafe(logger, 'documentSymbol', CancellationToken.None, fallback, () => {
      throw new Error('boom');
    });
    assert.equal(result, fallback);
    assert.equal(logger.lines.length, 1);
    assert.ok(logger.lines[0].startsWith('documentSymbol failed: Error: boom'));
  });

  it('logs a thrown non-Error value as text', () => {
    const logger = recordingLogger();
    assert.equal(
      runSafe(logger, 'hover', CancellationToken.None, null, () => {
        throw 42;
      }),
      null,
    );
    assert.deepEqual(logger.lines, ['hover failed: 42']);
  });
});

describe('runSafeNotification', () => {
  it('runs the work and logs nothing when it succeeds', () => {
    const logger = recordingLogger();
    let ran = 0;
    runSafeNotification(logger, 'didChange', () => {
      ran++;
    });
    assert.equal(ran, 1);
    assert.deepEqual(logger.lines, []);
  });

  it('logs an exception with the notification name and does not rethrow', () => {
    const logger = recordingLogger();
    assert.doesNotThrow(() =>
      runSafeNotification(logger, 'didChangeConfiguration', () => {
        throw 'bad settings';
      }),
    );
    assert.deepEqual(logger.lines, ['didChangeConfiguration failed: bad settings']);
  });
});
