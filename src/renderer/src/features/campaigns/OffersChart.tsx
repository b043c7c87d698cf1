/** Pending offers and target populated over time, live on the shared chart: one point per campaign update. */
import { useMemo } from 'react';
import { TimeSeriesChart } from '../../ui/chart/TimeSeriesChart';
import { offersChartData, type OfferPoint } from './campaignDetailReducer';
import { formatCount } from './campaignText';

const series = [
  { label: 'Pending offers', color: '--accent' },
  { label: 'Target populated', color: '--ok' },
];

export function OffersChart({ points }: { points: readonly OfferPoint[] }) {
  const data = useMemo(() => offersChartData(points), [points]);
  const last = points.at(-1);
  return (
    <div className="campaign-chart" data-testid="campaign-chart" data-points={points.length} data-pending={last?.pending ?? 0}>
      <TimeSeriesChart title="Pending offers and target populated over time" series={series} data={data} xLabel="Time" yLabel="Members / offers" height={180} yFormat={formatCount} />
      <span className="visually-hidden">{last ? `${formatCount(last.pending)} pending offers, ${formatCount(last.populated)} members populated` : 'No data yet'}</span>
    </div>
  );
}
