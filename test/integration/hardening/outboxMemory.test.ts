/**
 * A window that reads frames but never acknowledges them cannot grow the host without bound: while 256 MiB of console
 * is appended to a run it watches, the host's memory grows by less than the outbox's byte cap plus a margin, and the
 * window is told to re-snapshot.
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultOutboxLimits } from '../../../src/main/kernel/sync/createOutbox';
import { rawWebSocket, wsFrame } from '../../support/rawHttp';
import { startTestHost, type TestHost } from '../../support/startTestHost';
import { waitFor } from '../../support/waitFor';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;
const used = () => {
  gc();
  const { heapUsed, external, arrayBuffers } = process.memoryUsage();
  return heapUsed + external + arrayBuffers;
};

describe('outbox memory', () => {
  let t: TestHost;
  beforeAll(async () => {
    t = await startTestHost();
  });
  afterAll(() => t.close());

  it('stays under the byte cap for a window that never acknowledges a console it watches', async () => {
    const actor = t.app.authenticate(t.token('acme'))!;
    const run = async <T>(name: string, input: unknown) => (await t.app.kernel.registry.run(name, input, { actor })) as T;
    const agent = await run<{ uuid: string }>('agents.register', { hostname: 'memory-1.acme' });
    await run('jobs.schedule', { name: 'loud', command: 'yes' });
    const { run: taken } = await run<{ run: { id: number } }>('agents.askForWork', { uuid: agent.uuid });
    await run('runs.reportStatus', { runId: taken.id, status: 'building' });

    const socket = await rawWebSocket(t.host.port);
    let received = 0;
    let resync = false;
    socket.on('data', (chunk: Buffer) => {
      received += chunk.length;
      if (chunk.includes('"kind":"resync"')) resync = true;
    });
    const send = (frame: unknown) => socket.write(wsFrame(1, Buffer.from(JSON.stringify(frame))));
    send({ kind: 'hello' });
    send({ kind: 'command', id: 1, name: 'session.signIn', input: { user: 'alice' } });
    send({ kind: 'subscribe', id: 2, topics: [{ topic: `agent_job_run_console:${taken.id}` }] });
    await waitFor(() => t.app.kernel.sync.connections()[0]?.topics.length === 1, 'the window to subscribe');

    const before = used();
    for (let i = 0; i < 256; i++) {
      // A new string each time, as chunks from an agent are: one shared string would hide the growth.
      await run('runs.appendConsole', { runId: taken.id, text: `${String(i).padStart(4, '0')}${'x'.repeat((1 << 20) - 6)}\n` });
      if (i % 16 === 0) await new Promise((resolve) => setImmediate(resolve));
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
    const growth = used() - before;
    // The promise, written out: 32 MiB queued plus 16 MiB in flight.
    const cap = 32 * 2 ** 20 + 16 * 2 ** 20;
    expect(defaultOutboxLimits.maxQueuedBytes + defaultOutboxLimits.maxInFlightBytes).toBeLessThanOrEqual(cap);
    expect(growth).toBeLessThan(cap + 48 * 2 ** 20);
    expect(resync).toBe(true);
    // It did read all its credit allowed: a reading window is held by acknowledgements, not by TCP. Each commit
    // leaves as its own batch while there is credit (batches and bytes), and the subscription's empty batch took one.
    const credit = Math.min(defaultOutboxLimits.window - 1, Math.floor(defaultOutboxLimits.maxInFlightBytes / 2 ** 20) - 1);
    expect(received).toBeGreaterThan(credit * 2 ** 20);
    socket.destroy();
  });
});
