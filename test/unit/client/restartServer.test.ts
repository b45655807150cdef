import * as assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { describe, it } from 'node:test';
import { restartServer, type RestartableClient } from '../../../client/src/restartServer';

/** A stand-in for the server: a real process that would run for a minute unless killed. */
function idleProcess(): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['-e', 'setTimeout(() => undefined, 60000); console.log("up")'], { stdio: ['ignore', 'pipe', 'ignore'] });
  return new Promise((resolve) => child.stdout!.once('data', () => resolve(child)));
}

function fakeClient(serverProcess: ChildProcess | undefined, stop: () => Promise<void>, events: string[]): RestartableClient {
  return {
    serverProcess,
    stop: async () => {
      events.push('stop');
      await stop();
    },
    start: async () => {
      events.push(`start (old process ${serverProcess === undefined ? 'none' : serverProcess.exitCode !== null || serverProcess.signalCode !== null ? 'ended' : 'alive'})`);
    },
  };
}

describe('restartServer', () => {
  it('stops, then starts, and kills nothing when the server stops', async () => {
    const server = await idleProcess();
    const events: string[] = [];
    const logged: string[] = [];
    await restartServer(fakeClient(server, async () => undefined, events), (message) => logged.push(message));
    assert.deepEqual(events, ['stop', 'start (old process alive)']);
    assert.deepEqual(logged, []);
    server.kill('SIGKILL');
  });

  // Regression: LanguageClient.restart() threw "Stopping the server timed out" and started no server.
  it('ends an old server that did not stop, waits until it has closed, then starts a new one', async () => {
    const server = await idleProcess();
    const closed = new Promise<void>((resolve) => server.once('close', () => resolve()));
    const events: string[] = [];
    const logged: string[] = [];
    await restartServer(fakeClient(server, () => Promise.reject(new Error('Stopping the server timed out')), events), (message) => logged.push(message));
    assert.deepEqual(events, ['stop', 'start (old process ended)']);
    assert.equal(server.signalCode, 'SIGKILL');
    await closed;
    assert.equal(logged.length, 1);
    assert.match(logged[0], /did not stop \(Stopping the server timed out\); ending it before starting a new one/);
  });

  it('starts a new server when stopping failed and the old one had already ended, or there was none', async () => {
    const server = await idleProcess();
    await new Promise<void>((resolve) => {
      server.once('close', () => resolve());
      server.kill('SIGKILL');
    });
    const events: string[] = [];
    await restartServer(fakeClient(server, () => Promise.reject(new Error('Client is not running')), events), () => undefined);
    assert.deepEqual(events, ['stop', 'start (old process ended)']);
    const none: string[] = [];
    await restartServer(fakeClient(undefined, () => Promise.reject(new Error('Client is not running')), none), () => undefined);
    assert.deepEqual(none, ['stop', 'start (old process none)']);
  });
});
