/** A latency histogram as a table of bars: one row per bucket (bound, bar, count), the bars scaled to the largest. */
import { bucketLabel, histogramPercentile, type Bucket } from './latencyHistogram';

const bound = (ms: number | null | undefined) => (ms === undefined ? '—' : ms === null ? '> 1 s' : `≤ ${ms} ms`);

export function LatencyHistogram({ title, buckets, note, testId }: { title: string; buckets: readonly Bucket[]; note: string; testId: string }) {
  const max = Math.max(1, ...buckets.map((b) => b.count));
  const total = buckets.reduce((n, b) => n + b.count, 0);
  return (
    <figure className="metrics-card metrics-histogram" data-testid={testId} data-total={total}>
      <figcaption>
        <strong>{title}</strong>
        <span className="muted">
          {' '}
          {note} · {total} samples · p50 {bound(histogramPercentile(buckets, 0.5))} · p99 {bound(histogramPercentile(buckets, 0.99))}
        </span>
      </figcaption>
      <table className="metrics-bars">
        <caption className="visually-hidden">{title}</caption>
        <thead className="visually-hidden">
          <tr>
            <th scope="col">Latency</th>
            <th scope="col">Share</th>
            <th scope="col">Count</th>
          </tr>
        </thead>
        <tbody>
          {buckets.map((b, i) => (
            <tr key={i} data-testid={`${testId}-bucket`}>
              <th scope="row">{bucketLabel(buckets, i)}</th>
              <td className="metrics-bar-cell">
                <span className="metrics-bar" style={{ width: `${(b.count / max) * 100}%` }} />
              </td>
              <td className="cell-num">{b.count}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
