/**
 * What a widget offers beside a process: Cancel while it is queued or running, and Retry on a failed step (the step
 * and those after it run again). Both disabled with the reason while the window is not Live, and busy while in flight.
 */
import { useStore } from '../../stores/useStore';
import { WriteButton } from '../connection';
import type { Activity } from './progress/progressState';
import { isTerminal, type ProgressState } from './progress/progressState';
import { workflowsStore } from './workflowsStore';

export function CancelProcessButton({ progress }: { progress: Pick<ProgressState, 'processId' | 'status'> }) {
  const busy = useStore(workflowsStore, (s) => s.pending[String(progress.processId)] === true);
  const cancel = useStore(workflowsStore, (s) => s.cancel);
  if (isTerminal(progress.status)) return null;
  return (
    <WriteButton
      className="button button-small"
      data-testid="process-cancel"
      aria-label={`${busy ? 'Cancelling…' : 'Cancel'} process #${progress.processId}`}
      aria-busy={busy || undefined}
      disabled={busy}
      onClick={() => void cancel(progress.processId)}
    >
      {busy ? 'Cancelling…' : 'Cancel'}
    </WriteButton>
  );
}

export function RetryStepButton({ processId, activity }: { processId: number; activity: Activity }) {
  const busy = useStore(workflowsStore, (s) => s.pending[`${processId}:${activity.step}`] === true);
  const retryStep = useStore(workflowsStore, (s) => s.retryStep);
  return (
    <WriteButton
      className="button button-small"
      data-testid="step-retry"
      aria-label={`${busy ? 'Retrying…' : 'Retry'} step ${activity.step}`}
      aria-busy={busy || undefined}
      disabled={busy}
      onClick={() => void retryStep(processId, activity.step)}
    >
      {busy ? 'Retrying…' : 'Retry'}
    </WriteButton>
  );
}
