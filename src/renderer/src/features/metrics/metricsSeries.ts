/** The live charts' samples: one per statistics poll (events/s and p99 commit → send), the last `SERIES_SECONDS` kept. Pure. */
import type { KernelStats } from '../../../../shared/contract';
import type uPlot from 'uplot';

export const SERIES_SECONDS = 300;

export interface MetricsSample {
  /** Epoch seconds. */
  readonly t: number;
  readonly eventsPerSecond: number;
  readonly p99: number;
}

export function addSample(samples: readonly MetricsSample[], stats: KernelStats): readonly MetricsSample[] {
  const parsed = Date.parse(stats.at);
  const t = (Number.isNaN(parsed) ? Date.now() : parsed) / 1000;
  const sample = { t, eventsPerSecond: stats.eventsPerSecond, p99: stats.latencyMs.p99 };
  const last = samples.at(-1);
  const next = last && last.t >= t ? [...samples.slice(0, -1), sample] : [...samples, sample];
  return next[0]!.t <= t - SERIES_SECONDS ? next.filter((s) => s.t > t - SERIES_SECONDS) : next;
}

export const seriesData = (samples: readonly MetricsSample[], field: 'eventsPerSecond' | 'p99'): uPlot.AlignedData => [samples.map((s) => s.t), samples.map((s) => s[field])];
