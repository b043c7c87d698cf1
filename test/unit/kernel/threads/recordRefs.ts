/** Records, for each worker thread, whether its last `ref()`/`unref()` left it keeping the process alive. */
import { Worker } from 'node:worker_threads';
import { vi } from 'vitest';

/** Spies on `Worker.prototype.ref` and `unref` (restored with `vi.restoreAllMocks`), filling `refed` in spawn order. */
export function recordRefs(refed: Map<Worker, boolean>): void {
  const { ref, unref } = Worker.prototype;
  vi.spyOn(Worker.prototype, 'ref').mockImplementation(function (this: Worker) {
    refed.set(this, true);
    ref.call(this);
  });
  vi.spyOn(Worker.prototype, 'unref').mockImplementation(function (this: Worker) {
    refed.set(this, false);
    unref.call(this);
  });
}
