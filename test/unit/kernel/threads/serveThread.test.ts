/**
 * The thread side of the pool, in this process over a stand-in parent port: one reply per request, carrying the
 * request's id and either the work's value or its error's message. (createThreadPool.test.ts runs it in real threads.)
 */
import { EventEmitter } from 'node:events';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { serveThread } from '../../../../src/main/kernel/threads/serveThread';

/** serveThread loaded against a fake parentPort, and the replies it posted. */
async function serveOnFakePort<I, O>(work: (input: I) => O) {
  const port = Object.assign(new EventEmitter(), { postMessage: vi.fn() });
  vi.resetModules();
  vi.doMock('node:worker_threads', () => ({ parentPort: port }));
  const fresh = await import('../../../../src/main/kernel/threads/serveThread');
  fresh.serveThread(work);
  return {
    request: (id: number, input: I) => port.emit('message', { id, input }),
    replies: () => port.postMessage.mock.calls.map(([reply]: unknown[]) => reply),
  };
}

afterEach(() => {
  vi.doUnmock('node:worker_threads');
  vi.resetModules();
});

describe('serveThread', () => {
  it('refuses to run outside a worker thread', () => {
    expect(() => serveThread((input: number) => input)).toThrow('serveThread runs only inside a worker thread');
  });

  it('answers each request with its id and the value of the work', async () => {
    const thread = await serveOnFakePort((input: number) => input * 2);
    thread.request(7, 21);
    thread.request(3, 0.5);
    expect(thread.replies()).toEqual([
      { id: 7, ok: true, value: 42 },
      { id: 3, ok: true, value: 1 },
    ]);
  });

  it('answers a throw with its message, an Error or not, and keeps serving', async () => {
    const thread = await serveOnFakePort((input: string) => {
      if (input === 'error') throw new Error('bad table');
      if (input === 'bare') throw 404;
      return input.toUpperCase();
    });
    thread.request(1, 'error');
    thread.request(2, 'bare');
    thread.request(3, 'fine');
    expect(thread.replies()).toEqual([
      { id: 1, ok: false, error: 'bad table' },
      { id: 2, ok: false, error: '404' },
      { id: 3, ok: true, value: 'FINE' },
    ]);
  });
});
