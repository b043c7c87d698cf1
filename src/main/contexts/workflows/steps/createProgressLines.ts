/**
 * Reads a shell step's stdout for progress reports: a line `::progress <percent> [note]` (percent 0–100) is the
 * step telling how far it is, in the spirit of the seed's `step_progress`; it is reported, not kept as output.
 * Every other byte passes through as output unchanged and in order, a partial line as soon as it can't be a report.
 * @internal Used by the shell step.
 */

/** One report: how far the step is (0–100) and what it says, if anything. */
export interface StepProgress {
  readonly percent: number;
  readonly note: string | null;
}

export interface ProgressLines {
  push(chunk: string): void;
  /** The stream ended: whatever partial line is held goes out as output. */
  end(): void;
}

const PREFIX = '::progress ';
const REPORT = /^::progress (\d+(?:\.\d+)?)(?: (.*))?$/;

/** The report a whole line (without its newline) makes, or undefined for an ordinary line. */
export function parseProgressLine(line: string): StepProgress | undefined {
  const match = REPORT.exec(line.endsWith('\r') ? line.slice(0, -1) : line);
  if (!match) return undefined;
  const percent = Number(match[1]);
  if (percent > 100) return undefined;
  const note = match[2]?.trim();
  return { percent, note: note ? note : null };
}

export function createProgressLines(onOutput: (text: string) => void, onProgress: (progress: StepProgress) => void): ProgressLines {
  // Only the start of a line that could still become a report is held back; everything else flows at once.
  let held = '';
  let atLineStart = true;

  return {
    push(chunk) {
      const text = held + chunk;
      held = '';
      let passed = '';
      for (let from = 0; from < text.length; ) {
        const newline = text.indexOf('\n', from);
        const piece = text.slice(from, newline === -1 ? text.length : newline + 1);
        from += piece.length;
        const report = atLineStart && newline !== -1 && piece.startsWith('::') ? parseProgressLine(piece.slice(0, -1)) : undefined;
        if (report) {
          if (passed) onOutput(passed);
          passed = '';
          onProgress(report);
        } else if (atLineStart && newline === -1 && (PREFIX.startsWith(piece) || piece.startsWith(PREFIX))) {
          held = piece;
          continue;
        } else {
          passed += piece;
        }
        atLineStart = newline !== -1;
      }
      if (passed) onOutput(passed);
    },
    end() {
      if (held) onOutput(held);
      held = '';
    },
  };
}
