/** The reconnect schedule: exponential with capped jitter, Offline after a bounded number of failures, a low cap for a host on this machine. */
import { describe, expect, it } from 'vitest';
import { createBackoff, isLoopbackUrl, LOCAL_BACKOFF } from '../../../../../src/renderer/src/sync/channels/createBackoff';

describe('createBackoff', () => {
  it('doubles from the initial delay up to the cap, with jitter that never passes it', () => {
    const low = createBackoff({ initialDelayMs: 100, maxDelayMs: 1000, random: () => 0.5 });
    expect([1, 2, 3, 4, 5, 6].map((n) => low.delay(n))).toEqual([100, 200, 400, 800, 1000, 1000]);
    const high = createBackoff({ initialDelayMs: 100, maxDelayMs: 1000, random: () => 0.999 });
    expect(high.delay(5)).toBe(1000);
    const early = createBackoff({ initialDelayMs: 100, maxDelayMs: 1000, random: () => 0 });
    expect(early.delay(1)).toBe(75);
  });

  it('counts as Offline after `offlineAfter` failures and then retries at the slow pace', () => {
    const backoff = createBackoff({ offlineAfter: 3, offlineDelayMs: 30_000, random: () => 0.5 });
    expect([1, 2, 3].map((n) => backoff.isOffline(n))).toEqual([false, false, true]);
    expect(backoff.delay(3)).toBe(30_000);
    expect(backoff.delay(50)).toBe(30_000);
  });

  it('keeps a local host within a second, Offline or not', () => {
    const local = createBackoff({ ...LOCAL_BACKOFF, random: () => 0.999 });
    for (let n = 1; n < 20; n++) expect(local.delay(n)).toBeLessThan(1000);
  });

  it('knows a host on this machine', () => {
    expect(isLoopbackUrl('ws://127.0.0.1:4700/ws')).toBe(true);
    expect(isLoopbackUrl('ws://localhost:4700/ws')).toBe(true);
    expect(isLoopbackUrl('ws://[::1]:4700/ws')).toBe(true);
    expect(isLoopbackUrl('wss://switchboard.example.com/ws')).toBe(false);
    expect(isLoopbackUrl('not a url')).toBe(false);
    // The whole 127/8 block and *.localhost are this machine; names that merely start like them are not.
    expect(isLoopbackUrl('ws://127.10.20.30:4700/ws')).toBe(true);
    expect(isLoopbackUrl('ws://app.localhost:4700/ws')).toBe(true);
    expect(isLoopbackUrl('ws://127.0.0.1.evil.example/ws')).toBe(false);
    expect(isLoopbackUrl('ws://localhost.evil.example/ws')).toBe(false);
  });
});
