/** Subscriptions per topic (the reader's organization's windows) and events per second per topic family, busiest first. */
import type { KernelStats } from '../../../../shared/contract';

export function SubscriptionsTable({ topics }: { topics: KernelStats['topics'] }) {
  const sorted = [...topics].sort((a, b) => b.subscribers - a.subscribers || a.topic.localeCompare(b.topic));
  return (
    <section className="metrics-card" aria-labelledby="metrics-subs-title">
      <h3 id="metrics-subs-title">Subscriptions per topic</h3>
      {sorted.length === 0 ? (
        <p className="muted">No window of your organization follows a topic right now.</p>
      ) : (
        <table className="metrics-table" data-testid="metrics-subscriptions">
          <thead>
            <tr>
              <th scope="col">Topic</th>
              <th scope="col" className="cell-num">
                Windows
              </th>
            </tr>
          </thead>
          <tbody>
            {sorted.map((t) => (
              <tr key={t.topic} data-testid="metrics-topic" data-topic={t.topic}>
                <th scope="row" className="cell-mono" title={t.topic}>
                  {t.topic}
                </th>
                <td className="cell-num">{t.subscribers}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

export function FamilyRatesTable({ rates }: { rates: KernelStats['familyRates'] }) {
  const max = Math.max(0.001, ...rates.map((r) => r.eventsPerSecond));
  return (
    <section className="metrics-card" aria-labelledby="metrics-rates-title">
      <h3 id="metrics-rates-title">Events/s per topic family</h3>
      {rates.length === 0 ? (
        <p className="muted">No events in the last ten seconds.</p>
      ) : (
        <table className="metrics-table" data-testid="metrics-family-rates">
          <thead>
            <tr>
              <th scope="col">Family</th>
              <th scope="col">Share</th>
              <th scope="col" className="cell-num">
                Events/s
              </th>
            </tr>
          </thead>
          <tbody>
            {rates.map((r) => (
              <tr key={r.family} data-testid="metrics-family" data-family={r.family}>
                <th scope="row" className="cell-mono">
                  {r.family}
                </th>
                <td className="metrics-bar-cell">
                  <span className="metrics-bar" style={{ width: `${(r.eventsPerSecond / max) * 100}%` }} />
                </td>
                <td className="cell-num">{r.eventsPerSecond.toFixed(1)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
