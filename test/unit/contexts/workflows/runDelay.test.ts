/** The delay step and the words a step's error uses for why its job's signal fired. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { runDelay } from '../../../../src/main/contexts/workflows/steps/runDelay';
import { abortMessage } from '../../../../src/main/contexts/workflows/steps/stepKit';

const aborted = (reason: unknown) => {
  const controller = new AbortController();
  controller.abort(reason);
  return controller.signal;
};

describe('abortMessage', () => {
  it('says timed out, the host stopped, or cancelled', () => {
    expect(abortMessage(aborted('timeout'))).toBe('timed out');
    expect(abortMessage(aborted('shutdown'))).toBe('the host stopped while the step ran');
    expect(abortMessage(aborted('cancelled'))).toBe('cancelled');
    expect(abortMessage(aborted(undefined))).toBe('cancelled');
  });
});

describe('runDelay', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  const run = (ms: number, signal: AbortSignal) =>
    runDelay({ definition: { name: 'wait', kind: 'delay', ms }, signal, orgId: 'acme', processId: 1, input: {}, output: () => undefined, progress: () => undefined });

  it('waits its time and says how long', async () => {
    const controller = new AbortController();
    let settled: unknown;
    void run(30, controller.signal).then((result) => (settled = result));
    await vi.advanceTimersByTimeAsync(29);
    expect(settled).toBeUndefined();
    await vi.advanceTimersByTimeAsync(1);
    expect(settled).toEqual({ waitedMs: 30 });
    // Done waiting, it no longer listens: a later abort changes nothing.
    controller.abort('cancelled');
  });

  it('stops early with the signal’s words, and never starts on an aborted signal', async () => {
    const controller = new AbortController();
    const running = run(60_000, controller.signal);
    controller.abort('timeout');
    await expect(running).rejects.toThrow('timed out');
    expect(vi.getTimerCount()).toBe(0);
    await expect(run(10, aborted('shutdown'))).rejects.toThrow('the host stopped while the step ran');
    expect(vi.getTimerCount()).toBe(0);
  });
});
