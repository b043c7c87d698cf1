/**
 * The Metrics view (`#/metrics`, the seed's performance metrics): the host's broadcast latency (commit → send) and
 * this window's own (commit → window) as histograms, live charts of events/s and p99, events/s per topic family,
 * subscriptions per topic and the windows falling behind. Statistics are polled every second while shown.
 */
import { useStore } from '../../stores/useStore';
import { LatencyHistogram } from './LatencyHistogram';
import { MetricsCharts } from './MetricsCharts';
import { metricsStore } from './metricsStore';
import { SlowWindows } from './SlowWindows';
import { FamilyRatesTable, SubscriptionsTable } from './TopicTables';
import { windowLatencyStore } from './windowLatencyStore';
import './metrics.css';

export function MetricsView() {
  const stats = useStore(metricsStore, (s) => s.stats);
  const error = useStore(metricsStore, (s) => s.error);
  const samples = useStore(metricsStore, (s) => s.samples);
  const own = useStore(windowLatencyStore, (s) => s.buckets);
  return (
    <div className="view metrics-view" data-testid="metrics-view">
      {error && (
        <p className="banner banner-error" role="alert" data-testid="metrics-error">
          Statistics unavailable: {error.message}. The last figures stay shown; they update again once the host answers.
        </p>
      )}
      {!stats ? (
        !error && (
          <p className="muted metrics-loading" role="status">
            Loading the host’s statistics…
          </p>
        )
      ) : (
        <div className="metrics-grid">
          <dl className="metrics-card metrics-figures" aria-live="off">
            <div>
              <dt>Events/s</dt>
              <dd data-testid="metrics-rate">{stats.eventsPerSecond.toFixed(1)}</dd>
            </div>
            <div>
              <dt>p50 / p99 commit→send</dt>
              <dd data-testid="metrics-p99">
                {stats.latencyMs.p50.toFixed(1)} / {stats.latencyMs.p99.toFixed(1)} ms
              </dd>
            </div>
            <div>
              <dt>Head</dt>
              <dd>seq {stats.head}</dd>
            </div>
          </dl>
          <LatencyHistogram title="Broadcast latency, commit → send" note="host, last batches" buckets={stats.latencyHistogram} testId="metrics-send-histogram" />
          <LatencyHistogram title="Broadcast latency, commit → this window" note="events this window received" buckets={own} testId="metrics-window-histogram" />
          <MetricsCharts samples={samples} />
          <FamilyRatesTable rates={stats.familyRates} />
          <SubscriptionsTable topics={stats.topics} />
          <SlowWindows connections={stats.connections} />
        </div>
      )}
    </div>
  );
}
