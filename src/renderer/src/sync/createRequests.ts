/**
 * Request/response bookkeeping over a frame channel: numbers each request, settles it from its `result` or `error`
 * frame (a big snapshot's leading rows arrive first as `part` frames and are put back in front of its data), and
 * fails everything pending at once when the connection drops, so no caller ever hangs.
 * @internal Used by the sync client.
 */
import {
  DisposedError,
  fromWireError,
  ProtocolError,
  type ClientFrame,
  type ServerFrame,
  type SwitchboardError,
} from '../../../shared/contract';
import type { FrameChannel } from './frameChannel';

type Outgoing = ClientFrame extends infer F ? (F extends { id: number } ? Omit<F, 'id'> : never) : never;

export interface Pending {
  resolve(result: { value: unknown; seq: number | undefined }): void;
  reject(error: SwitchboardError): void;
}

export interface Requests {
  /**
   * Sends `frame` and calls back synchronously when its answer is handled, before any later frame is: for steps
   * whose effect must land before the next delta (promise continuations may run after it).
   */
  call(frame: Outgoing, settled: Pending): void;
  request<T>(frame: Outgoing): Promise<T>;
  requestWithSeq(frame: Outgoing): Promise<{ value: unknown; seq: number | undefined }>;
  /** Settles the request a `result` or `error` frame answers; keeps a `part` frame's rows for its result. */
  settle(frame: ServerFrame): void;
  failAll(error: SwitchboardError): void;
}

interface Parts {
  readonly rows: (readonly unknown[])[];
  /** The snapshot's rows in all, as its first part said. */
  readonly total: number;
}

/** A snapshot's value with its leading rows put back in front of the rows the result carried. */
function withLeadingRows(value: unknown, parts: Parts): unknown {
  const data = (value as { data?: unknown } | null)?.data;
  if (!Array.isArray(data)) throw new ProtocolError('A snapshot sent in parts ended without rows');
  const rows = ([] as unknown[]).concat(...parts.rows, data);
  // A part that did not arrive (dropped as malformed) would leave the view short of rows: refuse it instead.
  if (rows.length !== parts.total) throw new ProtocolError(`A snapshot sent in parts arrived with ${rows.length} of its ${parts.total} rows`);
  return { ...(value as object), data: rows };
}

export function createRequests(channel: FrameChannel): Requests {
  const pending = new Map<number, Pending>();
  const parts = new Map<number, Parts>();
  let nextId = 1;

  function call(frame: Outgoing, settled: Pending): void {
    const id = nextId++;
    if (!channel.send({ ...frame, id } as ClientFrame)) {
      settled.reject(new DisposedError('Not connected to Switchboard; try again once the window is Live'));
      return;
    }
    pending.set(id, settled);
  }

  function requestWithSeq(frame: Outgoing): Promise<{ value: unknown; seq: number | undefined }> {
    return new Promise((resolve, reject) => call(frame, { resolve, reject }));
  }

  return {
    call,
    requestWithSeq,
    request: <T>(frame: Outgoing) => requestWithSeq(frame).then((r) => r.value as T),
    settle(frame) {
      if (frame.kind === 'part') {
        // Rows for a request nobody waits for any more are dropped, not kept.
        if (!pending.has(frame.id)) return;
        const received = parts.get(frame.id);
        if (received) received.rows.push(frame.rows);
        else parts.set(frame.id, { rows: [frame.rows], total: frame.total });
      } else if (frame.kind === 'result') {
        const entry = pending.get(frame.id);
        const leading = parts.get(frame.id);
        pending.delete(frame.id);
        parts.delete(frame.id);
        if (!entry) return;
        let value = frame.value;
        try {
          if (leading) value = withLeadingRows(value, leading);
        } catch (error) {
          entry.reject(error as SwitchboardError);
          return;
        }
        entry.resolve({ value, seq: frame.seq });
      } else if (frame.kind === 'error') {
        const error = fromWireError(frame.error);
        const entry = frame.id === undefined ? undefined : pending.get(frame.id);
        if (frame.id !== undefined) parts.delete(frame.id);
        if (entry) {
          pending.delete(frame.id!);
          entry.reject(error);
        } else console.error('switchboard: error from main', error);
      }
    },
    failAll(error) {
      const entries = [...pending.values()];
      pending.clear();
      parts.clear();
      entries.forEach((p) => p.reject(error));
    },
  };
}
