/**
 * The host's side beside the event list: the kernel's statistics (events per second, commit-to-send latency,
 * subscribers per topic, each connection's outbox), polled every second while shown.
 */
import { useStore } from '../../stores/useStore';
import { formatClock, formatLatency, formatSize } from './inspectorFormat';
import { kernelStatsStore } from './kernelStatsStore';

export function HostStats() {
  const stats = useStore(kernelStatsStore, (s) => s.data);
  const error = useStore(kernelStatsStore, (s) => s.error);
  return (
    <aside className="inspector-host" aria-labelledby="inspector-host-title" data-testid="inspector-host">
      <h3 id="inspector-host-title" className="inspector-heading">
        Host
      </h3>
      {error && (
        <p className="inspector-error" role="alert" data-testid="inspector-host-error">
          Statistics unavailable: {error.message}
        </p>
      )}
      {!stats ? (
        !error && <p className="muted">Loading the host’s statistics…</p>
      ) : (
        <>
          <dl className="inspector-stats">
            <dt>Events/s</dt>
            <dd data-testid="inspector-rate">{stats.eventsPerSecond}</dd>
            <dt>Commit→send</dt>
            <dd data-testid="inspector-send-latency">
              p50 {formatLatency(stats.latencyMs.p50)} · p99 {formatLatency(stats.latencyMs.p99)}
              <span className="muted"> ({stats.latencyMs.samples} batches)</span>
            </dd>
            <dt>Head</dt>
            <dd>seq {stats.head}</dd>
            <dt>As of</dt>
            <dd className="muted">{formatClock(Date.parse(stats.at))}</dd>
          </dl>
          <table className="inspector-mini inspector-topics" data-testid="inspector-topics">
            <caption>Subscribers per topic</caption>
            <thead>
              <tr>
                <th scope="col">Topic</th>
                <th scope="col">Subs</th>
              </tr>
            </thead>
            <tbody>
              {stats.topics.map((t) => (
                <tr key={t.topic} data-testid="inspector-topic" data-topic={t.topic}>
                  <th scope="row" className="cell-mono" title={t.topic}>
                    {t.topic}
                  </th>
                  <td>{t.subscribers}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <table className="inspector-mini inspector-conns" data-testid="inspector-connections">
            <caption>Connections</caption>
            <thead>
              <tr>
                <th scope="col">User</th>
                <th scope="col">Topics</th>
                <th scope="col" title="Events waiting in the outbox (their size)">
                  Queued
                </th>
                <th scope="col" title="Batches sent, not yet acknowledged">
                  In flight
                </th>
                <th scope="col" title="Times told to re-snapshot">
                  Resyncs
                </th>
              </tr>
            </thead>
            <tbody>
              {stats.connections.map((c) => (
                <tr key={c.id} data-testid="inspector-connection" data-dropping={c.dropping || undefined} title={`Connection ${c.id}`}>
                  <th scope="row">{c.userId ?? <span className="muted">signed out</span>}</th>
                  <td>{c.topics}</td>
                  <td>
                    {c.queued} <span className="muted">({formatSize(c.queuedBytes)})</span>
                    {c.dropping && <span className="inspector-dropping"> dropping</span>}
                  </td>
                  <td>{c.inFlight}</td>
                  <td>{c.resyncs}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </aside>
  );
}
