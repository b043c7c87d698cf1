/**
 * Coalesces a step's output and progress reports so a chatty command costs one write per interval (or per
 * `maxChars`), not one per line: both are held until the timer fires or the buffer is full, then written together
 * (one chunk and one `step_output`, and each report in order). `close` writes what is left; it must run before the
 * step's outcome is recorded, so output and progress precede the result.
 * @internal Used by the workflows step worker.
 */
import type { StepProgress } from './steps/createProgressLines';

export interface OutputBuffer {
  push(text: string): void;
  report(progress: StepProgress): void;
  /** Writes what is held now and stops the timer. */
  close(): void;
}

export const OUTPUT_FLUSH_MS = 100;
export const OUTPUT_MAX_CHARS = 64 * 1024;
/** What a held report counts toward `maxChars` beyond its note. */
const REPORT_CHARS = 32;

export function createOutputBuffer(flush: (text: string, reports: StepProgress[]) => void, intervalMs = OUTPUT_FLUSH_MS, maxChars = OUTPUT_MAX_CHARS): OutputBuffer {
  let held: string[] = [];
  let reports: StepProgress[] = [];
  let size = 0;
  let timer: NodeJS.Timeout | undefined;

  function write() {
    clearTimeout(timer);
    timer = undefined;
    if (size === 0) return;
    const text = held.join('');
    const heldReports = reports;
    held = [];
    reports = [];
    size = 0;
    flush(text, heldReports);
  }

  function grow(by: number) {
    size += by;
    if (size >= maxChars) write();
    else timer ??= setTimeout(write, intervalMs);
  }

  return {
    push(text) {
      if (text.length === 0) return;
      held.push(text);
      grow(text.length);
    },
    report(progress) {
      reports.push(progress);
      grow(REPORT_CHARS + (progress.note?.length ?? 0));
    },
    close: write,
  };
}
