/**
 * The durable mark queue: marks persist (a new queue on the same storage, as after a reload, holds them), a flush
 * sends each once in order and clears it on success, keeps it (and what follows) when the connection failed,
 * drops and reports one the server refused, and concurrent flushes send nothing twice.
 */
import { describe, expect, it, vi } from 'vitest';
import { DisposedError, NotFoundError } from '../../../../../src/shared/contract';
import { createMarkQueue, markQueueKey, type MarkOp, type MarkStorage } from '../../../../../src/renderer/src/features/notifications/markQueue';

function memoryStorage(): MarkStorage & { map: Map<string, string> } {
  const map = new Map<string, string>();
  return { map, getItem: (k) => map.get(k) ?? null, setItem: (k, v) => void map.set(k, v), removeItem: (k) => void map.delete(k) };
}
const key = markQueueKey('acme', 'bob');

describe('createMarkQueue', () => {
  it('persists marks, once each, and a queue made later on the same storage (a reload) has them', () => {
    const storage = memoryStorage();
    const queue = createMarkQueue(storage, key);
    expect(queue.add({ kind: 'read', id: 3 })).toBe(true);
    expect(queue.add({ kind: 'read', id: 3 })).toBe(false);
    expect(queue.add({ kind: 'all', upToId: 9 })).toBe(true);
    expect(createMarkQueue(storage, key).list()).toEqual([
      { kind: 'read', id: 3 },
      { kind: 'all', upToId: 9 },
    ]);
    expect(createMarkQueue(storage, markQueueKey('acme', 'alice')).list()).toEqual([]);
  });

  it('sends every mark once, in order, and clears the queue (and the storage) on success', async () => {
    const storage = memoryStorage();
    const queue = createMarkQueue(storage, key);
    const changes = vi.fn();
    queue.onChange(changes);
    queue.add({ kind: 'read', id: 1 });
    queue.add({ kind: 'all', upToId: 5 });
    const sent: MarkOp[] = [];
    const send = async (op: MarkOp) => void sent.push(op);
    // Two flushes asked for at once (two reconnects in a row) join: nothing goes twice.
    await Promise.all([queue.flush(send, () => {}), queue.flush(send, () => {})]);
    expect(sent).toEqual([
      { kind: 'read', id: 1 },
      { kind: 'all', upToId: 5 },
    ]);
    expect(queue.list()).toEqual([]);
    expect(storage.map.has(key)).toBe(false);
    expect(changes).toHaveBeenLastCalledWith([]);
    await queue.flush(send, () => {});
    expect(sent).toHaveLength(2);
  });

  it('keeps a mark whose send failed for the connection, and those after it, for the next flush', async () => {
    const storage = memoryStorage();
    const queue = createMarkQueue(storage, key);
    queue.add({ kind: 'read', id: 1 });
    queue.add({ kind: 'read', id: 2 });
    const send = vi.fn(async (op: MarkOp) => {
      if (op.kind === 'read' && op.id === 1) throw new DisposedError('connection lost');
    });
    await queue.flush(send, () => {});
    expect(send).toHaveBeenCalledTimes(1);
    expect(createMarkQueue(storage, key).list()).toEqual([
      { kind: 'read', id: 1 },
      { kind: 'read', id: 2 },
    ]);
    send.mockImplementation(async () => {});
    await queue.flush(send, () => {});
    expect(queue.list()).toEqual([]);
  });

  it('drops a mark the server refused, reports it, and goes on with the rest', async () => {
    const queue = createMarkQueue(memoryStorage(), key);
    queue.add({ kind: 'read', id: 7 });
    queue.add({ kind: 'read', id: 8 });
    const refused = vi.fn();
    const sent: MarkOp[] = [];
    await queue.flush(async (op) => {
      sent.push(op);
      if (op.kind === 'read' && op.id === 7) throw new NotFoundError('No notification 7');
    }, refused);
    expect(refused).toHaveBeenCalledWith({ kind: 'read', id: 7 }, expect.any(NotFoundError));
    expect(sent).toHaveLength(2);
    expect(queue.list()).toEqual([]);
  });

  it('sends a mark added during a flush in the same flush, and ignores a damaged entry', async () => {
    const storage = memoryStorage();
    storage.setItem(key, '{not json');
    const queue = createMarkQueue(storage, key);
    expect(queue.list()).toEqual([]);
    queue.add({ kind: 'read', id: 1 });
    const sent: number[] = [];
    await queue.flush(async (op) => {
      if (op.kind === 'read') sent.push(op.id);
      if (sent.length === 1) queue.add({ kind: 'read', id: 2 });
    }, () => {});
    expect(sent).toEqual([1, 2]);
  });
});
