/**
 * A job's or run's status as a word, a colour and an icon (amber queued/assigned/building, green passed, red
 * failed, grey cancelled). The icon is drawn by CSS, so the element's text is exactly the word, for people and
 * tests alike. The Builds view shows it for jobs, the run pages for runs.
 */
import type { JobStatus } from '../../../../shared/contract';
import { statusLabels } from './statusLabels';
import './statusBadge.css';

export function RunStatusBadge({ status, testId }: { status: JobStatus; testId?: string }) {
  return (
    <span className="run-status" data-status={status} data-testid={testId}>
      {statusLabels[status]}
    </span>
  );
}
