/** The push tap on its own: listeners of one topic come and go independently, one that throws spares the others. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createPushTap } from '../../../../src/renderer/src/sync/createPushTap';

const topic = 'user:bob:notifications';
const toast = { type: 'toast', title: 'Saved', body: null, link: '#/runs/3', level: 'success', at: '2026-01-01T00:00:00.000Z' } as const;
const push = (payload: unknown = { notification: toast }) => ({ kind: 'push' as const, topic, type: 'notification_pushed', payload, at: 42 });

afterEach(() => vi.restoreAllMocks());

describe('createPushTap', () => {
  it('keeps a topic for its other listeners when one leaves', () => {
    const tap = createPushTap();
    const stays = vi.fn();
    tap.onPush(topic, stays);
    tap.onPush(topic, vi.fn())();
    tap.emit(push());
    expect(stays).toHaveBeenCalledTimes(1);
  });

  it("an unsubscribe from before dispose does not remove a later listener's topic", () => {
    const tap = createPushTap();
    const stale = tap.onPush(topic, vi.fn());
    tap.dispose();
    const later = vi.fn();
    tap.onPush(topic, later);
    stale();
    tap.emit(push());
    expect(later).toHaveBeenCalledTimes(1);
  });

  it('forgets a topic nobody listens to any more: a malformed push on it is not even checked', () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    const tap = createPushTap();
    tap.onPush(topic, vi.fn())();
    tap.emit(push({ wrong: true }));
    expect(logged).not.toHaveBeenCalled();
  });

  it('logs a malformed push and a listener that throws, and still reaches the other listeners', () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    const tap = createPushTap();
    const after = vi.fn();
    tap.onPush(topic, () => {
      throw new Error('listener broke');
    });
    tap.onPush(topic, after);
    tap.emit(push({ wrong: true }));
    expect(logged.mock.calls.map((c) => String(c[0]))).toEqual([`switchboard: dropped a notification_pushed push on ${topic}: it does not match the contract`]);
    tap.emit(push());
    expect(after).toHaveBeenCalledTimes(1);
    expect(logged.mock.calls[1]).toEqual(['switchboard: an onPush listener threw', expect.objectContaining({ message: 'listener broke' })]);
  });

  it('delivers nothing after dispose', () => {
    const tap = createPushTap();
    const listener = vi.fn();
    tap.onPush(topic, listener);
    tap.dispose();
    tap.emit(push());
    expect(listener).not.toHaveBeenCalled();
  });
});
