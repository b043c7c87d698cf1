/**
 * Jobs completed and failed per second over the last two minutes, live on the shared chart: the series is filled
 * with zeros for quiet seconds and rolls on each second even when nothing happens.
 */
import { useMemo } from 'react';
import type uPlot from 'uplot';
import { THROUGHPUT_SECONDS, type ThroughputSecond } from '../../../../shared/contract';
import { TimeSeriesChart } from '../../ui/chart/TimeSeriesChart';
import { useTick } from '../../ui/time/useTick';

const series = [
  { label: 'Completed', color: '--ok' },
  { label: 'Failed', color: '--failed' },
];

/** uPlot's arrays for the seconds up to `nowSec`: one point per second, zero where nothing finished. */
export function throughputData(throughput: readonly ThroughputSecond[], nowSec: number): uPlot.AlignedData {
  const bySecond = new Map(throughput.map((s) => [s.at, s]));
  const xs: number[] = [];
  const completed: number[] = [];
  const failed: number[] = [];
  for (let at = nowSec - THROUGHPUT_SECONDS + 1; at <= nowSec; at++) {
    xs.push(at);
    completed.push(bySecond.get(at)?.completed ?? 0);
    failed.push(bySecond.get(at)?.failed ?? 0);
  }
  return [xs, completed, failed];
}

export function ThroughputChart({ throughput }: { throughput: readonly ThroughputSecond[] }) {
  const now = useTick(true);
  const nowSec = Math.floor(now / 1000);
  const data = useMemo(() => throughputData(throughput, nowSec), [throughput, nowSec]);
  const last = throughput.at(-1);
  return (
    <div className="queue-chart" data-testid="queue-throughput" data-completed={throughput.reduce((n, s) => n + s.completed, 0)} data-failed={throughput.reduce((n, s) => n + s.failed, 0)}>
      <TimeSeriesChart title="Queue jobs completed and failed per second, last 2 minutes" series={series} data={data} xLabel="Time" yLabel="Jobs / s" height={160} />
      <span className="visually-hidden">{last ? `Last second with activity: ${last.completed} completed, ${last.failed} failed` : 'No jobs finished in the last 2 minutes'}</span>
    </div>
  );
}
