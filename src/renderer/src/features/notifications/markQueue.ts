/**
 * The window's marks not yet confirmed by the server, kept durably (localStorage, keyed by user) so a mark made
 * offline survives a reload and is sent once the connection is Live again. Every mark passes through it, online or
 * not: what is in it is what the inbox shows as read ahead of the server. `flush` sends the marks in order, one
 * flush at a time; a sent mark leaves the queue, one that failed for the connection stays for the next flush, one
 * the server refused leaves it and is reported. Replaying a mark twice is harmless: both commands are idempotent.
 */
import { SwitchboardError } from '../../../../shared/contract';

/** One mark: a notification read, or every unread one up to the highest id the window had (never later ones). */
export type MarkOp = { readonly kind: 'read'; readonly id: number } | { readonly kind: 'all'; readonly upToId: number };

/** Where the queue keeps its marks: `localStorage` in a window, a map in tests. */
export type MarkStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export interface MarkQueue {
  list(): readonly MarkOp[];
  /** Adds a mark unless the same one is queued already; false when it was. */
  add(op: MarkOp): boolean;
  /**
   * Sends the queued marks in order with `send`. Resolves once the queue is empty or a mark failed for the
   * connection (it and those after it stay). A flush asked for while one runs joins it (and makes it look again).
   */
  flush(send: (op: MarkOp) => Promise<unknown>, onRefused: (op: MarkOp, error: unknown) => void): Promise<void>;
  /** Called after every change of the list. */
  onChange(listener: (ops: readonly MarkOp[]) => void): () => void;
}

/** The window's localStorage, or a memory-only stand-in where there is none (a store test under Node). */
export function windowStorage(): MarkStorage {
  const storage = (globalThis as { localStorage?: Storage }).localStorage;
  if (storage) return storage;
  const memory = new Map<string, string>();
  return { getItem: (k) => memory.get(k) ?? null, setItem: (k, v) => void memory.set(k, v), removeItem: (k) => void memory.delete(k) };
}

export const markQueueKey = (orgId: string, userId: string) => `switchboard:notifications:marks:${orgId}:${userId}`;

const sameOp = (a: MarkOp, b: MarkOp) => (a.kind === 'read' && b.kind === 'read' ? a.id === b.id : a.kind === 'all' && b.kind === 'all' && a.upToId === b.upToId);

/** A failure that another try on a live connection may not repeat: the command never ran or its answer was lost. */
export const isRetryable = (error: unknown) => !(error instanceof SwitchboardError) || error.code === 'DISPOSED' || error.code === 'UNAUTHENTICATED';

function isMarkOp(value: unknown): value is MarkOp {
  if (typeof value !== 'object' || value === null) return false;
  const op = value as Record<string, unknown>;
  return (op.kind === 'read' && Number.isInteger(op.id)) || (op.kind === 'all' && Number.isInteger(op.upToId));
}

export function createMarkQueue(storage: MarkStorage, key: string): MarkQueue {
  const listeners = new Set<(ops: readonly MarkOp[]) => void>();
  let flushing: Promise<void> | undefined;
  let again = false;

  // Read back on every change: another window of the same user and profile may have written it meanwhile.
  function read(): MarkOp[] {
    try {
      const parsed: unknown = JSON.parse(storage.getItem(key) ?? '[]');
      return Array.isArray(parsed) ? parsed.filter(isMarkOp) : [];
    } catch {
      // A damaged entry holds nothing we could send; start over rather than fail every mark.
      return [];
    }
  }
  function write(ops: MarkOp[]) {
    if (ops.length === 0) storage.removeItem(key);
    else storage.setItem(key, JSON.stringify(ops));
    listeners.forEach((l) => l(ops));
  }
  const remove = (op: MarkOp) => write(read().filter((o) => !sameOp(o, op)));

  async function run(send: (op: MarkOp) => Promise<unknown>, onRefused: (op: MarkOp, error: unknown) => void) {
    const tried: MarkOp[] = [];
    for (let op = read()[0]; op; op = read()[0]) {
      // A mark that is still first after it was sent could not be removed (storage full or gone): stop, not spin.
      if (tried.some((t) => sameOp(t, op!))) return;
      tried.push(op);
      try {
        await send(op);
      } catch (error) {
        if (isRetryable(error)) return;
        onRefused(op, error);
      }
      remove(op);
    }
  }

  return {
    list: read,
    add(op) {
      const ops = read();
      if (ops.some((o) => sameOp(o, op))) return false;
      write([...ops, op]);
      return true;
    },
    flush(send, onRefused) {
      // A flush asked for while one runs may come after that one read its last mark: run once more after it.
      if (flushing) {
        again = true;
        return flushing;
      }
      if (read().length === 0) return Promise.resolve();
      flushing = (async () => {
        do {
          again = false;
          await run(send, onRefused);
        } while (again);
      })().finally(() => (flushing = undefined));
      return flushing;
    },
    onChange(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
  };
}
