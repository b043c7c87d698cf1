/** How many jobs wait for an agent, live from the `scheduler.queue` replica; empty until its snapshot arrives. */
import { useStore } from '../../stores/useStore';
import { queueStore } from './queueStore';
import './jobs.css';

export function QueuedJobsCount() {
  const count = useStore(queueStore, (s) => s.data?.pendingCount);
  return (
    <span className="queued-jobs" data-waiting={count ? 'true' : undefined}>
      <span className="queued-jobs-label" id="queued-jobs-label">
        Queued jobs
      </span>
      <span className="queued-jobs-count" data-testid="queued-count" aria-labelledby="queued-jobs-label">
        {count ?? ''}
      </span>
    </span>
  );
}
