/**
 * Acknowledges delta batches: the host counts an ack of batch N as credit for every batch up to N, so frames handled
 * in one go (a burst read from the socket in one chunk) need one ack, sent once they are all applied.
 * @internal Used by the sync client.
 */
export interface Acks {
  /** Batch `batch` is applied: ack it, together with any batch applied in the same go. */
  applied(batch: number): void;
}

export function createAcks(send: (batch: number) => void): Acks {
  let due = 0;
  let queued = false;
  const flush = () => {
    queued = false;
    send(due);
  };
  return {
    applied(batch) {
      due = batch;
      if (queued) return;
      queued = true;
      // A microtask, not a timer: the ack leaves as soon as the frames at hand are handled, never a turn later.
      queueMicrotask(flush);
    },
  };
}
