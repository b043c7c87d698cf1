/**
 * The garbage collector's pauses on this thread, as [start, end] pairs on the shared wall clock (timeOrigin +
 * now, as every bench stamp is), so the breakdown can tell which slow events a pause on either thread held up.
 */
import { PerformanceObserver } from 'node:perf_hooks';

export interface GcPauses {
  /** The pauses seen since the last take (Node reports them a little after they happen). */
  take(): number[];
  stop(): void;
}

export function watchGcPauses(): GcPauses {
  let pauses: number[] = [];
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      const start = performance.timeOrigin + entry.startTime;
      pauses.push(start, start + entry.duration);
    }
  });
  observer.observe({ entryTypes: ['gc'] });
  return {
    take() {
      const taken = pauses;
      pauses = [];
      return taken;
    },
    stop: () => observer.disconnect(),
  };
}
