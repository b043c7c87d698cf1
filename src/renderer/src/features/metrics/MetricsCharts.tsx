/** Events per second and p99 commit → send over the last five minutes, one point per poll, on the shared chart. */
import { useMemo } from 'react';
import { TimeSeriesChart } from '../../ui/chart/TimeSeriesChart';
import { seriesData, type MetricsSample } from './metricsSeries';

const rateSeries = [{ label: 'Events/s', color: '--accent' }];
const p99Series = [{ label: 'p99 commit→send', color: '--waiting' }];
const ms = (v: number) => `${Math.round(v * 10) / 10} ms`;

export function MetricsCharts({ samples }: { samples: readonly MetricsSample[] }) {
  const rates = useMemo(() => seriesData(samples, 'eventsPerSecond'), [samples]);
  const p99 = useMemo(() => seriesData(samples, 'p99'), [samples]);
  return (
    <div className="metrics-charts" data-testid="metrics-charts" data-samples={samples.length}>
      <div className="metrics-card">
        <TimeSeriesChart title="Events committed per second, last 5 minutes" series={rateSeries} data={rates} xLabel="Time" yLabel="Events / s" height={150} />
      </div>
      <div className="metrics-card">
        <TimeSeriesChart title="p99 broadcast latency (commit → send), last 5 minutes" series={p99Series} data={p99} xLabel="Time" yLabel="ms" height={150} yFormat={ms} />
      </div>
    </div>
  );
}
