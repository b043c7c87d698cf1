/**
 * "Queued jobs N" for a toolbar, as a link to the Builds view: how many jobs wait for an agent, live from the
 * `scheduler.queue` replica (empty until its snapshot arrives), amber while any wait.
 */
import { useStore } from '../../stores/useStore';
import { buildsRoute } from './buildsRoutes';
import { queueStore } from './queueStore';
import './builds.css';

export function QueuedJobsCount() {
  const count = useStore(queueStore, (s) => s.data?.pendingCount);
  return (
    <a className="queued-jobs" href={buildsRoute.href()} data-testid="queued-jobs-link" data-waiting={count ? 'true' : undefined} title="Open Builds">
      <span className="queued-jobs-label">Queued jobs</span>
      <span className="queued-jobs-count" data-testid="queued-count">
        {count ?? ''}
      </span>
    </a>
  );
}
