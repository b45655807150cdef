// The restart policy's decisions (client/src/restartPolicy.ts), checked in the extension host because the
// policy speaks vscode-languageclient's types, which need the vscode module.
import * as assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { CloseAction, ErrorAction } from 'vscode-languageclient/node';
import { channelClosed, MAX_RESTARTS, RestartLimitErrorHandler } from '../../../client/src/restartPolicy';
import { test } from './harness';

/** The error a write to a killed server really fails with: EPIPE from Node's IPC channel. */
function writeToKilledChild(): Promise<Error> {
  return new Promise((resolve, reject) => {
    // The extension host's binary runs as plain Node (Electron needs to be told).
    const child = spawn(process.execPath, ['-e', 'process.on("message", () => undefined); process.send("ready")'], {
      env: { ...process.env, ELECTRON_RUN_AS_NODE: '1' },
      stdio: ['ignore', 'ignore', 'ignore', 'ipc'],
    });
    child.once('error', reject);
    child.once('message', () => {
      child.kill('SIGKILL');
      child.once('exit', () => {
        // The channel is closed now: a send fails (EPIPE, or ERR_IPC_CHANNEL_CLOSED once Node has seen it).
        try {
          child.send('after the crash', (error) => (error ? resolve(error) : reject(new Error('a send to a killed child succeeded'))));
        } catch (error) {
          resolve(error as Error);
        }
      });
    });
  });
}

// Regression: two writes failing with EPIPE in the same tick (before Node has seen the exit) counted as a
// live but broken server: the client shut down instead of restarting — "restarts are limited" flaked with
// `state stopped, pid undefined`.
test('restart policy: a write error saying the channel is closed never shuts the client down', async () => {
  const policy = new RestartLimitErrorHandler(() => undefined, () => false);
  const epipe = Object.assign(new Error('write EPIPE'), { code: 'EPIPE' });
  assert.equal(policy.error(epipe, undefined, 4).action, ErrorAction.Continue);
  assert.equal(policy.error(epipe, undefined, 40).action, ErrorAction.Continue);
  const real = await writeToKilledChild();
  assert.ok(channelClosed(real), `not recognised as a closed channel: ${String((real as { code?: unknown }).code)} ${real.message}`);
  assert.equal(policy.error(real, undefined, 4).action, ErrorAction.Continue);
  // A server that is alive but keeps failing (not a closed channel) is still shut down after a few errors.
  assert.equal(policy.error(new Error('malformed'), undefined, 2).action, ErrorAction.Continue);
  assert.equal(policy.error(new Error('malformed'), undefined, 4).action, ErrorAction.Shutdown);
});

test('restart policy: restarts up to the limit within the window, then stops; reset starts a fresh count', async () => {
  let now = 0;
  const crashes: boolean[] = [];
  const policy = new RestartLimitErrorHandler((crash) => crashes.push(crash.restarting), () => true, () => now);
  for (let i = 0; i < MAX_RESTARTS; i++) assert.equal((await policy.closed()).action, CloseAction.Restart);
  assert.equal((await policy.closed()).action, CloseAction.DoNotRestart);
  policy.reset();
  assert.equal((await policy.closed()).action, CloseAction.Restart);
  now += 3 * 60 * 1000 + 1;
  // The crash before the window does not count any more: MAX_RESTARTS more restarts are allowed.
  for (let i = 0; i < MAX_RESTARTS; i++) assert.equal((await policy.closed()).action, CloseAction.Restart);
  assert.deepEqual(crashes, [true, true, true, true, false, true, true, true, true, true]);
});
