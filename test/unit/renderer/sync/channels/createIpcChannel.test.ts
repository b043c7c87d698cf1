/**
 * The Electron channel over the preload bridge: says hello once, passes on only frames that match the contract,
 * sends only while open, and after dispose neither sends nor delivers.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { FrameBridge } from '../../../../../src/shared/contract';
import { createIpcChannel } from '../../../../../src/renderer/src/sync/channels/createIpcChannel';

function fakeBridge() {
  const sent: unknown[] = [];
  const listeners = new Set<(frame: unknown) => void>();
  const bridge: FrameBridge = {
    send: (frame) => sent.push(frame),
    onFrame(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
  return { bridge, sent, listeners, push: (frame: unknown) => listeners.forEach((l) => l(frame)) };
}

describe('createIpcChannel', () => {
  afterEach(() => vi.restoreAllMocks());

  it('says hello, is open from the start, and sends frames as they are', () => {
    const fake = fakeBridge();
    const channel = createIpcChannel(fake.bridge);
    expect(fake.sent).toEqual([{ kind: 'hello' }]);
    expect(channel.state).toEqual({ status: 'open', attempt: 0 });
    expect(channel.send({ kind: 'ack', batch: 3 })).toBe(true);
    expect(fake.sent).toEqual([{ kind: 'hello' }, { kind: 'ack', batch: 3 }]);
    channel.dispose();
  });

  it('delivers frames that match the contract, drops the rest with one error line', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const fake = fakeBridge();
    const channel = createIpcChannel(fake.bridge);
    const frames: unknown[] = [];
    const stop = channel.onFrame((f) => frames.push(f));
    fake.push({ kind: 'welcome', epoch: 'e', head: 2 });
    fake.push({ kind: 'welcome', epoch: 'e' });
    fake.push('junk');
    expect(frames).toEqual([{ kind: 'welcome', epoch: 'e', head: 2 }]);
    expect(error.mock.calls).toEqual([
      ['switchboard: dropped a frame that does not match the contract'],
      ['switchboard: dropped a frame that does not match the contract'],
    ]);
    stop();
    fake.push({ kind: 'welcome', epoch: 'e', head: 3 });
    expect(frames).toHaveLength(1);
    channel.dispose();
  });

  it('after dispose: closed, stops listening to the bridge, sends nothing', () => {
    const fake = fakeBridge();
    const channel = createIpcChannel(fake.bridge);
    const frames: unknown[] = [];
    channel.onFrame((f) => frames.push(f));
    const stopState = channel.onState(() => {});
    stopState();
    channel.dispose();
    expect(channel.state).toEqual({ status: 'closed', attempt: 0 });
    expect(fake.listeners.size).toBe(0);
    expect(channel.send({ kind: 'ack', batch: 1 })).toBe(false);
    expect(fake.sent).toHaveLength(1);
  });
});
