/**
 * A step that has ended, however it ended, leaves no listener on its queue job's abort signal: the delay step when
 * its time is up or it was cancelled, the shell step when its command exits.
 */
import { getEventListeners } from 'node:events';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { runDelay } from '../../../../src/main/contexts/workflows/steps/runDelay';
import { runShell } from '../../../../src/main/contexts/workflows/steps/runShell';

const facts = { orgId: 'acme', processId: 1, input: {}, output: () => undefined, progress: () => undefined };
const listeners = (signal: AbortSignal) => getEventListeners(signal, 'abort');

describe('listeners on a step’s signal', () => {
  afterEach(() => vi.useRealTimers());

  it('the delay step leaves none when its time is up', async () => {
    vi.useFakeTimers();
    const { signal } = new AbortController();
    const waiting = runDelay({ ...facts, definition: { name: 'wait', kind: 'delay', ms: 10 }, signal });
    expect(listeners(signal)).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(10);
    await expect(waiting).resolves.toEqual({ waitedMs: 10 });
    expect(listeners(signal)).toEqual([]);
  });

  it('the delay step leaves none when it is cancelled', async () => {
    const controller = new AbortController();
    const waiting = runDelay({ ...facts, definition: { name: 'wait', kind: 'delay', ms: 60_000 }, signal: controller.signal });
    controller.abort('cancelled');
    await expect(waiting).rejects.toThrow('cancelled');
    expect(listeners(controller.signal)).toEqual([]);
  });

  it('the shell step leaves none when its command exits', async () => {
    const { signal } = new AbortController();
    const running = runShell({ ...facts, definition: { name: 'fail', kind: 'shell', command: 'exit 3' }, signal });
    expect(listeners(signal)).toHaveLength(1);
    await expect(running).rejects.toThrow(/^exit code 3$/);
    expect(listeners(signal)).toEqual([]);
  });
});
