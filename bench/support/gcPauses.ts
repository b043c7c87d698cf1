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

/** Pauses ready for `held`: starts in order, and the latest end of any pause up to each. */
export interface MergedPauses {
  starts: number[];
  latestEnds: number[];
}

export function mergePauses(list: number[]): MergedPauses {
  const pairs: [number, number][] = [];
  for (let i = 0; i < list.length; i += 2) pairs.push([list[i]!, list[i + 1]!]);
  pairs.sort((a, b) => a[0] - b[0]);
  const latestEnds: number[] = [];
  for (const [, end] of pairs) latestEnds.push(Math.max(end, latestEnds.at(-1) ?? -Infinity));
  return { starts: pairs.map(([start]) => start), latestEnds };
}

/** Whether any pause falls, even partly, within [from, to]. */
export function held({ starts, latestEnds }: MergedPauses, from: number, to: number): boolean {
  // The pauses that start by `to` are a prefix; one of them reaches `from` when the latest end among them does.
  let lo = 0;
  let hi = starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (starts[mid]! <= to) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 && latestEnds[lo - 1]! >= from;
}
