import { describe, expect, it, vi } from 'vitest';
import { IPC_CHANNEL, type ClientFrame, type ServerFrame } from '../../../../src/shared/contract';
import { createIpcTransport } from '../../../../src/main/transports/ipc/createIpcTransport';

const hello: ClientFrame = { kind: 'hello' };
const frame: ServerFrame = { kind: 'error', error: { code: 'PROTOCOL', message: 'x' } };

function target() {
  const sent: unknown[][] = [];
  let destroyed = false;
  return { sent, destroy: () => (destroyed = true), isDestroyed: () => destroyed, send: (...args: unknown[]) => sent.push(args) };
}

describe('createIpcTransport', () => {
  it('sends frames on the IPC channel until the page ends', () => {
    const t = target();
    const page = createIpcTransport(t, vi.fn());
    page.transport.send(frame);
    expect(t.sent).toEqual([[IPC_CHANNEL, frame]]);
    page.end();
    page.transport.send(frame);
    expect(t.sent).toHaveLength(1);
  });

  it('drops frames for a destroyed webContents', () => {
    const t = target();
    const page = createIpcTransport(t, vi.fn());
    t.destroy();
    page.transport.send(frame);
    expect(t.sent).toEqual([]);
  });

  it('delivers received frames to current listeners only, and none after the end', () => {
    const page = createIpcTransport(target(), vi.fn());
    const kept = vi.fn();
    const dropped = vi.fn();
    page.transport.onFrame(kept);
    const off = page.transport.onFrame(dropped);
    off();
    page.receive(hello);
    expect(kept).toHaveBeenCalledWith(hello);
    expect(dropped).not.toHaveBeenCalled();
    page.end();
    page.receive(hello);
    expect(kept).toHaveBeenCalledTimes(1);
  });

  it('ends once: onEnd and each close listener fire a single time, by end() or close()', () => {
    const onEnd = vi.fn();
    const page = createIpcTransport(target(), onEnd);
    const closed = vi.fn();
    const unsubscribed = vi.fn();
    page.transport.onClose(closed);
    page.transport.onClose(unsubscribed)();
    page.transport.close();
    page.end();
    expect(onEnd).toHaveBeenCalledTimes(1);
    expect(closed).toHaveBeenCalledTimes(1);
    expect(unsubscribed).not.toHaveBeenCalled();
  });
});
