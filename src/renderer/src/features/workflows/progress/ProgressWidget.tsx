/**
 * A running process as UI.md's progress widget: a bar with its percentage, the current step, elapsed time and ETA,
 * the latest progress note, and the activity list (each step once, with status icon, duration, a failed step's
 * error in full and Retry). The status is a polite live region, announced when it changes and not on every tick.
 */
import type { ReactNode } from 'react';
import { formatDuration } from '../../runs';
import { ProgressBar } from '../../../ui/progress/ProgressBar';
import { ActivityList } from './ActivityList';
import type { Activity, ProgressState } from './progressState';
import { describeEta, elapsedMs } from './statusText';
import { useTick } from '../../../ui/time/useTick';
import { WidgetHeader } from './WidgetHeader';
import './progressWidget.css';

export interface WidgetProps {
  progress: ProgressState;
  /** Retry for a failed step; none offered without it. */
  retry?: (activity: Activity) => ReactNode;
  /** Full size: each step's output under it. */
  full?: boolean;
  /** Shown in the header's end (a link to the process, Cancel). */
  actions?: ReactNode;
  testId?: string;
}

export function ProgressWidget({ progress, retry, full = false, actions, testId = 'progress-widget' }: WidgetProps) {
  const now = useTick(progress.status === 'running');
  const elapsed = elapsedMs(progress, now);
  const eta = describeEta(progress.eta, now);
  const percent = Math.round(progress.percentage);
  const note = progress.updates.at(-1);
  return (
    <section className="wf-widget" data-testid={testId} data-status={progress.status} data-process-id={progress.processId} aria-label={`${progress.workflowName} process #${progress.processId}`}>
      <WidgetHeader progress={progress} actions={actions} testId={testId} />
      <ProgressBar value={progress.status === 'queued' ? undefined : percent} label={`${progress.workflowName} progress`} valueText={`${percent}%, ${eta}`} testId={`${testId}-bar`}>
        <span data-testid={`${testId}-caption`}>
          {progress.currentStep ? (
            <>
              <span data-testid={`${testId}-current`}>{progress.currentStep}</span> ·{' '}
            </>
          ) : null}
          {elapsed === null ? 'waiting to start' : `${formatDuration(elapsed)} elapsed`} · {eta}
        </span>
      </ProgressBar>
      {note && (
        <p className="wf-note muted" data-testid={`${testId}-note`}>
          {note.content}
        </p>
      )}
      <ActivityList activities={progress.activities} now={now} retry={retry} output={full ? progress.output : undefined} />
    </section>
  );
}
