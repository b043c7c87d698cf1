/**
 * The WebSocket boundary of a real host: protocol violations, oversized frames, random bytes after the handshake and
 * fuzzed frame shapes end (at most) that socket, with the right close code; the host stays up and nothing invalid is
 * written. A valid command's largest frame (a 1 MiB console append) still fits the frame limit.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_FRAME_BYTES } from '../../../src/main/transports/ws/attachWsServer';
import { closedWith, rawWebSocket, wsFrame } from '../../support/rawHttp';
import { waitFor } from '../../support/waitFor';
import { startTestHost, type TestHost } from '../../support/startTestHost';

describe('WebSocket boundary', () => {
  let t: TestHost;
  beforeAll(async () => {
    t = await startTestHost();
  });
  afterAll(() => t.close());

  const healthy = async () => (await fetch(`${t.host.url}/api/health`)).status === 200;
  const text = (value: unknown) => Buffer.from(typeof value === 'string' ? value : JSON.stringify(value));

  it.each([
    ['an oversized frame', () => wsFrame(1, Buffer.alloc(MAX_FRAME_BYTES + 1, 0x61)), 1009],
    ['an unmasked client frame', () => wsFrame(1, text({ kind: 'hello' }), { masked: false }), 1002],
    ['invalid UTF-8 in a text frame', () => wsFrame(1, Buffer.from([0x7b, 0xff, 0xfe, 0x7d])), 1007],
    ['a reserved opcode', () => wsFrame(3, Buffer.from('x')), 1002],
    ['reserved bits without an extension', () => wsFrame(1, Buffer.from('{}'), { rsv: 4 }), 1002],
  ])('closes the socket on %s with code %i, and the host stays up', async (_what, frame, code) => {
    const socket = await rawWebSocket(t.host.port);
    socket.write(frame());
    expect(await closedWith(socket)).toBe(code);
    expect(await healthy()).toBe(true);
  });

  it('survives random bytes after the handshake', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ minLength: 1, maxLength: 512 }), async (bytes) => {
        const socket = await rawWebSocket(t.host.port);
        socket.write(Buffer.from(bytes));
        socket.end();
        await closedWith(socket, 500);
      }),
      { numRuns: 60 },
    );
    expect(await healthy()).toBe(true);
  });

  it('answers fuzzed frame shapes and unknown names (even Object.prototype ones) with errors, writing nothing', async () => {
    const head = t.app.kernel.log.head();
    const socket = await rawWebSocket(t.host.port);
    const replies: string[] = [];
    socket.on('data', (chunk: Buffer) => replies.push(chunk.toString('latin1')));
    const frame = fc.oneof(
      fc.json({ maxDepth: 3 }),
      fc.record({ kind: fc.constantFrom('command', 'snapshot'), id: fc.nat(), name: fc.constantFrom('constructor', 'toString', '__proto__', 'hasOwnProperty', 'agents.register', ''), view: fc.constantFrom('constructor', 'valueOf', 'agents.list'), input: fc.anything(), params: fc.anything() }).map((f) => JSON.stringify(f)),
      fc.record({ kind: fc.constantFrom('subscribe', 'unsubscribe', 'ack', 'hello', 'nope'), id: fc.integer(), topics: fc.array(fc.oneof(fc.string(), fc.record({ topic: fc.string(), since: fc.integer() }))), batch: fc.integer() }).map((f) => JSON.stringify(f)),
    );
    await fc.assert(
      fc.asyncProperty(frame, async (payload) => {
        socket.write(wsFrame(1, Buffer.from(payload)));
      }),
      { numRuns: 400 },
    );
    socket.write(wsFrame(1, text({ kind: 'command', id: 9001, name: 'constructor', input: {} })));
    // The host answers in order: once the last frame's answer is in, every earlier one is too (however busy the machine).
    await waitFor(() => replies.join('').includes('Unknown command \\"constructor\\"'), 'the answer to the last frame', 15_000);
    const all = replies.join('');
    expect(all).not.toContain('"INTERNAL"');
    socket.destroy();
    expect(await healthy()).toBe(true);
    expect(t.app.kernel.log.head()).toBe(head);
  });

  it("carries a valid command's largest frame: a 1 MiB console append of escaped text", async () => {
    const socket = await rawWebSocket(t.host.port);
    // Characters JSON escapes as \\u00XX take six bytes each: the worst case the frame limit must hold.
    const worst = JSON.stringify({ kind: 'command', id: 1, name: 'runs.appendConsole', input: { runId: 1, text: '\u0001'.repeat(1 << 20) } });
    expect(Buffer.byteLength(worst)).toBeLessThan(MAX_FRAME_BYTES);
    const replies: string[] = [];
    socket.on('data', (chunk: Buffer) => replies.push(chunk.toString('latin1')));
    socket.write(wsFrame(1, Buffer.from(worst)));
    await new Promise((resolve) => setTimeout(resolve, 500));
    // Not signed in: the host read the whole frame and answered it, rather than closing the socket.
    expect(replies.join('')).toContain('UNAUTHENTICATED');
    socket.destroy();
  });
});
