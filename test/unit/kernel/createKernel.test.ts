/**
 * What `createKernel` assembles beyond its parts: the log pruned on its interval (by count, and by size with a
 * generous default), the adapter it is given, and one dispose that ends connections and the pruning timer.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { LogEvent } from '../../../src/shared/contract';
import { createKernel, type Kernel } from '../../../src/main/kernel/createKernel';
import type { PubSubAdapter } from '../../../src/main/kernel/bus/pubSubAdapter';
import type { Transport } from '../../../src/main/kernel/transport';
import { waitFor } from '../../support/waitFor';

const topic = 'agents:updates:acme';
const system = { kind: 'system', id: 'test' } as const;
const commit = (kernel: Kernel, n: number) => {
  for (let i = 0; i < n; i++) kernel.write(system, (emit) => emit(topic, { type: 'agent_deleted', payload: { uuid: `u${i}` } }));
};

describe('createKernel', () => {
  let kernel: Kernel | undefined;
  afterEach(() => {
    kernel?.dispose();
    kernel = undefined;
    vi.restoreAllMocks();
  });

  it('prunes the log on its interval down to the events it keeps', async () => {
    kernel = createKernel({ file: ':memory:', retainEvents: 3, pruneIntervalMs: 5 });
    commit(kernel, 10);
    const head = kernel.log.head();
    await waitFor(() => kernel!.log.prunedThrough() > 0, 'the log to be pruned');
    expect(kernel.log.prunedThrough()).toBe(head - 3);
    expect(kernel.log.head()).toBe(head);
  });

  it('keeps small events by default: the size cap is 128 MiB of payload', async () => {
    kernel = createKernel({ file: ':memory:', pruneIntervalMs: 5 });
    const prune = vi.spyOn(kernel.log, 'prune');
    commit(kernel, 5);
    await waitFor(() => prune.mock.calls.length > 0, 'a pruning pass');
    expect(prune.mock.calls[0]).toEqual([200_000, 128 * 2 ** 20]);
    expect(kernel.log.prunedThrough()).toBe(0);
  });

  it('publishes through the adapter it is given', () => {
    const broadcast: LogEvent[] = [];
    const adapter: PubSubAdapter = { nodeName: 'test', broadcast: (e) => void broadcast.push(e), onMessage: () => () => {}, dispose: () => {} };
    kernel = createKernel({ file: ':memory:', adapter });
    commit(kernel, 1);
    expect(broadcast.map((e) => e.topic)).toEqual([topic]);
  });

  it('ends every connection and stops pruning when disposed', async () => {
    kernel = createKernel({ file: ':memory:', pruneIntervalMs: 1 });
    let closed = 0;
    const transport: Transport = { send: () => {}, onFrame: () => () => {}, onClose: () => () => {}, close: () => void closed++ };
    kernel.sync.connect('w1', transport);
    const prune = vi.spyOn(kernel.log, 'prune');
    kernel.dispose();
    expect(closed).toBe(1);
    const calls = prune.mock.calls.length;
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(prune.mock.calls.length).toBe(calls);
    kernel = undefined;
  });
  it('refuses asynchronous work in a write, committing nothing', async () => {
    kernel = createKernel({ file: ':memory:' });
    const k = kernel;
    expect(() =>
      k.write(system, async (emit) => {
        emit(topic, { type: 'agent_deleted', payload: { uuid: 'late' } });
      }),
    ).toThrow('kernel.write work must be synchronous');
    expect(k.log.head()).toBe(0);
  });
});
