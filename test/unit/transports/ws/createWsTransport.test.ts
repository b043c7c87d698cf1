/** One ws socket as a kernel Transport: validation of incoming frames, listeners, close. */
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { WebSocket, WebSocketServer } from 'ws';
import type { Transport } from '../../../../src/main/kernel/transport';
import { createWsTransport } from '../../../../src/main/transports/ws/createWsTransport';

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).reverse().forEach((cleanup) => cleanup()));

/** A server socket wrapped as a Transport, and the client at the other end. */
async function pair(): Promise<{ transport: Transport; client: WebSocket; next(): Promise<unknown> }> {
  const wss = new WebSocketServer({ port: 0, host: '127.0.0.1' });
  cleanups.push(() => wss.close());
  await new Promise((resolve) => wss.once('listening', resolve));
  const accepted = new Promise<Transport>((resolve) => wss.once('connection', (ws) => resolve(createWsTransport(ws))));
  const client = new WebSocket(`ws://127.0.0.1:${(wss.address() as AddressInfo).port}`);
  cleanups.push(() => client.terminate());
  const received: unknown[] = [];
  const waiting: ((frame: unknown) => void)[] = [];
  client.on('message', (data) => {
    const frame: unknown = JSON.parse(String(data));
    const waiter = waiting.shift();
    if (waiter) waiter(frame);
    else received.push(frame);
  });
  await new Promise((resolve) => client.once('open', resolve));
  const next = () => (received.length > 0 ? Promise.resolve(received.shift()) : new Promise((resolve) => waiting.push(resolve)));
  return { transport: await accepted, client, next };
}

describe('createWsTransport', () => {
  it('hands valid frames to the listeners still subscribed', async () => {
    const { transport, client, next } = await pair();
    const kept = vi.fn();
    const dropped = vi.fn();
    transport.onFrame(kept);
    transport.onFrame(dropped)();
    client.send(JSON.stringify({ kind: 'hello' }));
    // The malformed frame after it is answered only once the hello has been handled.
    client.send('{');
    await next();
    expect(kept).toHaveBeenCalledWith({ kind: 'hello' });
    expect(dropped).not.toHaveBeenCalled();
  });

  it('answers malformed frames with a PROTOCOL error naming the first problem, and passes none on', async () => {
    const { transport, client, next } = await pair();
    const listener = vi.fn();
    transport.onFrame(listener);
    client.send('not json');
    expect(await next()).toEqual({ kind: 'error', error: { code: 'PROTOCOL', message: 'Malformed frame' } });
    client.send(Buffer.from(JSON.stringify({ kind: 'hello' })), { binary: true });
    expect(await next()).toEqual({ kind: 'error', error: { code: 'PROTOCOL', message: 'Malformed frame' } });
    client.send(JSON.stringify({ kind: 'no such kind' }));
    const answer = (await next()) as { error: { message: string } };
    expect(answer.error.message).toMatch(/^Malformed frame: \S/);
    expect(listener).not.toHaveBeenCalled();
  });

  it('sends frames as JSON text', async () => {
    const { transport, next } = await pair();
    transport.send({ kind: 'error', error: { code: 'INTERNAL', message: 'x' } });
    expect(await next()).toEqual({ kind: 'error', error: { code: 'INTERNAL', message: 'x' } });
  });

  it('tells subscribed close listeners once when the peer goes', async () => {
    const { transport, client } = await pair();
    const closed = new Promise<void>((resolve) => transport.onClose(resolve));
    const dropped = vi.fn();
    transport.onClose(dropped)();
    client.close();
    await closed;
    expect(dropped).not.toHaveBeenCalled();
  });

  it('close() ends the socket normally (1000, "closing")', async () => {
    const { transport, client } = await pair();
    const closed = new Promise<[number, string]>((resolve) => client.once('close', (code, reason) => resolve([code, String(reason)])));
    transport.close();
    expect(await closed).toEqual([1000, 'closing']);
  });
});
