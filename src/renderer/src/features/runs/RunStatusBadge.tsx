/**
 * A run's status as a word, a colour and an icon (amber assigned/building, green passed, red failed, grey
 * cancelled). The icon is drawn by CSS, so the element's text is exactly the word, for people and tests alike.
 */
import type { RunStatus } from '../../../../shared/contract';
import { statusLabels } from './formatDuration';

export function RunStatusBadge({ status, testId }: { status: RunStatus; testId?: string }) {
  return (
    <span className="run-status" data-status={status} data-testid={testId}>
      {statusLabels[status]}
    </span>
  );
}
