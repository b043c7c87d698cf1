/**
 * A process's widget, live: it follows the process's fine topic (`processes.detail`) through its own widget store,
 * which paints at most once per `throttleMs` and always the last state, and shows the progress widget while it runs
 * and the result widget once it ends, with Cancel and Retry.
 */
import type { ReactNode } from 'react';
import { useFamilyStore } from '../../stores/useFamilyStore';
import { useStore } from '../../stores/useStore';
import { ProcessWidget } from './progress/ProcessWidget';
import { useProgressWidget } from './progress/useProgressWidget';
import { processDetailStore } from './processDetailStore';
import { CancelProcessButton, RetryStepButton } from './ProcessActions';
import { progressSourcesStore } from './progressSourcesStore';

interface Props {
  processId: number;
  /** Full size: each step's output under it. */
  full?: boolean;
  throttleMs?: number;
  /** Extra header actions (a link to the process page). */
  extra?: ReactNode;
  testId?: string;
}

export function LiveProcessWidget({ processId, full = false, throttleMs, extra, testId }: Props) {
  const sourceOf = useStore(progressSourcesStore, (s) => s.sourceOf);
  const progress = useProgressWidget(sourceOf(processId), throttleMs);
  const status = useFamilyStore(processDetailStore, processId, (s) => s.status);
  const error = useFamilyStore(processDetailStore, processId, (s) => s.error);
  if (!progress) {
    return status === 'error' ? (
      <p className="banner banner-error" role="alert" data-testid="process-error">
        Could not load process #{processId}: {error?.message ?? 'unknown error'}
      </p>
    ) : (
      <p className="muted" role="status" data-testid="process-loading">
        Loading process #{processId}…
      </p>
    );
  }
  return (
    <div className="wf-live" data-stale={status === 'stale' ? 'true' : undefined}>
      <ProcessWidget
        progress={progress}
        full={full}
        testId={testId}
        retry={(activity) => <RetryStepButton processId={processId} activity={activity} />}
        actions={
          <>
            {extra}
            <CancelProcessButton progress={progress} />
          </>
        }
      />
    </div>
  );
}
