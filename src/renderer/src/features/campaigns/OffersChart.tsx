/**
 * Pending offers and target populated over time, live on the shared chart: one point per campaign update, and
 * before this page opened, the points its audit trail recorded.
 */
import { useMemo } from 'react';
import { TimeSeriesChart } from '../../ui/chart/TimeSeriesChart';
import type { AuditEntry } from '../../../../shared/contract';
import { historyPoints, mergePoints, offersChartData, type OfferPoint } from './campaignDetailReducer';
import { formatCount } from './campaignText';

const series = [
  { label: 'Pending offers', color: '--accent' },
  { label: 'Target populated', color: '--ok' },
];

const compact = new Intl.NumberFormat('en-US', { notation: 'compact', maximumFractionDigits: 1 });
const axis = (value: number) => compact.format(value);

export function OffersChart({ live, entries }: { live: readonly OfferPoint[]; entries: readonly AuditEntry[] }) {
  const recorded = useMemo(() => historyPoints(entries), [entries]);
  const points = useMemo(() => mergePoints(recorded, live), [recorded, live]);
  const data = useMemo(() => offersChartData(points), [points]);
  const last = points.at(-1);
  return (
    <div className="campaign-chart" data-testid="campaign-chart" data-points={points.length} data-pending={last?.pending ?? 0}>
      <TimeSeriesChart title="Pending offers and target populated over time" series={series} data={data} xLabel="Time" yLabel="Members / offers" height={180} yFormat={axis} />
      <span className="visually-hidden">{last ? `${formatCount(last.pending)} pending offers, ${formatCount(last.populated)} members populated` : 'No data yet'}</span>
    </div>
  );
}
