/**
 * Windows falling behind: those with events queued, more than one batch unacknowledged, or dropping (waiting to
 * re-snapshot), and the resyncs each was told to do; every window is listed, the slow ones first and marked.
 */
import type { ConnectionStats } from '../../../../shared/contract';

export const isSlow = (c: ConnectionStats) => c.dropping || c.queued > 0 || c.inFlight > 1;

export function SlowWindows({ connections }: { connections: readonly ConnectionStats[] }) {
  const slow = connections.filter(isSlow).length;
  const resyncs = connections.reduce((n, c) => n + c.resyncs, 0);
  const sorted = [...connections].sort((a, b) => Number(isSlow(b)) - Number(isSlow(a)) || b.resyncs - a.resyncs);
  return (
    <section className="metrics-card" aria-labelledby="metrics-windows-title">
      <h3 id="metrics-windows-title">
        Windows <span className="muted" data-testid="metrics-slow-summary">{`${slow} slow · ${resyncs} resyncs`}</span>
      </h3>
      <table className="metrics-table" data-testid="metrics-windows">
        <thead>
          <tr>
            <th scope="col">User</th>
            <th scope="col" className="cell-num">Topics</th>
            <th scope="col" className="cell-num" title="Events waiting in the outbox">Queued</th>
            <th scope="col" className="cell-num" title="Batches sent, not yet acknowledged">In flight</th>
            <th scope="col" className="cell-num" title="Times told to re-snapshot">Resyncs</th>
          </tr>
        </thead>
        <tbody>
          {sorted.map((c) => (
            <tr key={c.id} data-testid="metrics-window" data-slow={isSlow(c) || undefined} title={`Connection ${c.id}`}>
              <th scope="row">
                {c.userId ?? <span className="muted">signed out</span>}
                {c.dropping && <span className="metrics-dropping"> dropping</span>}
              </th>
              <td className="cell-num">{c.topics}</td>
              <td className="cell-num">{c.queued}</td>
              <td className="cell-num">{c.inFlight}</td>
              <td className="cell-num">{c.resyncs}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
