/**
 * Coalesces a step's output so a chatty command costs one write per interval (or per `maxChars`), not one per
 * line: text is held until the timer fires or the buffer is full, then written as one chunk and one `step_output`.
 * `close` writes what is left; it must run before the step's outcome is recorded, so output precedes the result.
 * @internal Used by the workflows step worker.
 */
export interface OutputBuffer {
  push(text: string): void;
  /** Writes what is held now and stops the timer. */
  close(): void;
}

export const OUTPUT_FLUSH_MS = 100;
export const OUTPUT_MAX_CHARS = 64 * 1024;

export function createOutputBuffer(flush: (text: string) => void, intervalMs = OUTPUT_FLUSH_MS, maxChars = OUTPUT_MAX_CHARS): OutputBuffer {
  let held: string[] = [];
  let size = 0;
  let timer: NodeJS.Timeout | undefined;

  function write() {
    clearTimeout(timer);
    timer = undefined;
    if (size === 0) return;
    const text = held.join('');
    held = [];
    size = 0;
    flush(text);
  }

  return {
    push(text) {
      if (text.length === 0) return;
      held.push(text);
      size += text.length;
      if (size >= maxChars) write();
      else timer ??= setTimeout(write, intervalMs);
    },
    close: write,
  };
}
