/** The Queue entry's sidebar count: queue jobs executing now, shown only while there are any. */
import { useStore } from '../../stores/useStore';
import { queueDashboardStore } from './queueDashboardStore';
import './queue.css';

export function ExecutingCount() {
  const count = useStore(queueDashboardStore, (s) => (s.data ? Object.values(s.data.counts).reduce((n, c) => n + (c?.executing ?? 0), 0) : 0));
  return (
    <span className="sidebar-count queue-executing-count" data-testid="nav-queue-count" aria-label={count ? `${count} executing` : undefined}>
      {count ? count : ''}
    </span>
  );
}
