/**
 * A queue job's actions: Retry once it failed, was discarded or cancelled; Cancel while it waits or runs ("Cancelling…"
 * once asked); Delete unless it runs. Disabled with the reason while the window is not Live.
 */
import { isFinalQueueState, type QueueJob } from '../../../../shared/contract';
import { useStore } from '../../stores/useStore';
import { WriteButton } from '../connection';
import { queueDashboardStore } from './queueDashboardStore';
import type { JobAction } from './queueActions';

const labels: Record<JobAction, [string, string]> = { retry: ['Retry', 'Retrying…'], cancel: ['Cancel', 'Cancelling…'], delete: ['Delete', 'Deleting…'] };

export function QueueJobActions({ job, onDeleted }: { job: QueueJob; onDeleted?(): void }) {
  const pending = useStore(queueDashboardStore, (s) => s.pendingJobs[job.id]);
  const act = useStore(queueDashboardStore, (s) => s.act);
  const offered: JobAction[] = [];
  if (job.state === 'retryable' || job.state === 'discarded' || job.state === 'cancelled') offered.push('retry');
  if (!isFinalQueueState(job.state)) offered.push('cancel');
  if (job.state !== 'executing') offered.push('delete');
  return (
    <div className="queue-job-actions">
      {offered.map((action) => {
        const busy = pending === action || (action === 'cancel' && job.cancelRequested);
        const word = labels[action][busy ? 1 : 0];
        return (
          <WriteButton
            key={action}
            className={action === 'delete' ? 'button button-small button-danger' : 'button button-small'}
            data-testid={`queue-job-${action}`}
            aria-label={`${word} queue job #${job.id}`}
            aria-busy={busy || undefined}
            disabled={busy || pending !== undefined}
            onClick={() => void act(job.id, action).then((ok) => ok && action === 'delete' && onDeleted?.())}
          >
            {word}
          </WriteButton>
        );
      })}
    </div>
  );
}
