/**
 * One queue job's detail beside the list (`#/queue/jobs/<id>`): worker, queue, state, attempts, times, its args
 * as JSON, each failed attempt's error in full, and its actions. Escape or × closes it (back to `#/queue`).
 */
import { useEffect } from 'react';
import type { QueueJob } from '../../../../shared/contract';
import { RelativeTime } from '../../ui/time/RelativeTime';
import { QueueJobActions } from './QueueJobActions';
import { queueRoute } from './queueRoutes';
import { QueueStateBadge } from './QueueStateBadge';

const close = () => {
  location.hash = queueRoute.href();
};
const time = (iso: string | null) => (iso ? <RelativeTime iso={iso} /> : '—');

export function QueueJobPanel({ jobId, job }: { jobId: number; job: QueueJob | undefined }) {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape' && !event.defaultPrevented) close();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);
  return (
    <aside className="queue-panel" aria-labelledby="queue-panel-title" data-testid="queue-job-panel" data-job-id={jobId}>
      <header className="queue-panel-header">
        <h3 id="queue-panel-title" className="queue-panel-title">
          Queue job #{jobId}
        </h3>
        <a className="button button-quiet" href={queueRoute.href()} aria-label="Close job detail" title="Close (Escape)">
          ×
        </a>
      </header>
      {!job ? (
        <p className="muted" data-testid="queue-job-missing">
          Job #{jobId} is not in the dashboard: it was deleted, pruned after its retention period, or belongs to another organization.
        </p>
      ) : (
        <>
          <div className="queue-panel-status">
            <QueueStateBadge state={job.state} testId="queue-job-state" />
            {job.progress !== null && job.state === 'executing' && (
              <span className="muted">
                {Math.round(job.progress * 100)}%{job.progressNote ? ` · ${job.progressNote}` : ''}
              </span>
            )}
          </div>
          <QueueJobActions job={job} onDeleted={close} />
          <dl className="queue-panel-meta">
            <dt>Worker</dt>
            <dd data-testid="queue-job-worker">{job.worker}</dd>
            <dt>Queue</dt>
            <dd>{job.queue}</dd>
            <dt>Attempts</dt>
            <dd data-testid="queue-job-attempts">
              {job.attempt} of {job.maxAttempts}
            </dd>
            <dt>Priority</dt>
            <dd>{job.priority}</dd>
            <dt>Timeout</dt>
            <dd>{job.timeoutMs === null ? 'none' : `${job.timeoutMs} ms`}</dd>
            <dt>Inserted</dt>
            <dd>{time(job.insertedAt)}</dd>
            <dt>Scheduled</dt>
            <dd>{time(job.scheduledAt)}</dd>
            <dt>Attempted</dt>
            <dd>{time(job.attemptedAt)}</dd>
            <dt>Finished</dt>
            <dd>{time(job.finishedAt)}</dd>
            <dt>Enqueued by</dt>
            <dd>{job.enqueuedBy}</dd>
          </dl>
          <h4 className="queue-panel-subheading">Args</h4>
          <pre className="queue-panel-pre" data-testid="queue-job-args" tabIndex={0}>
            {JSON.stringify(job.args, null, 2)}
          </pre>
          <h4 className="queue-panel-subheading">Errors ({job.errors.length})</h4>
          {job.errors.length === 0 ? (
            <p className="muted">No failed attempts.</p>
          ) : (
            <ol className="queue-panel-errors" data-testid="queue-job-errors">
              {job.errors.map((e) => (
                <li key={`${e.attempt}:${e.at}`} data-testid="queue-job-error">
                  <span className="muted">
                    Attempt {e.attempt} · <RelativeTime iso={e.at} />
                  </span>
                  <pre className="queue-panel-pre queue-panel-error">{e.error}</pre>
                </li>
              ))}
            </ol>
          )}
        </>
      )}
    </aside>
  );
}
