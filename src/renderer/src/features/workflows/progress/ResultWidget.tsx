/**
 * A finished process (completed, failed or cancelled): what replaces the progress widget when its process ends.
 * It says how it ended and how long it took, lists each step once with its duration, and for a failed step shows
 * its error in full with Retry.
 */
import { formatDuration } from '../../runs';
import { ProgressBar } from '../../../ui/progress/ProgressBar';
import { ActivityList } from './ActivityList';
import type { WidgetProps } from './ProgressWidget';
import { elapsedMs, processStatusLabels } from './statusText';
import { WidgetHeader } from './WidgetHeader';
import './progressWidget.css';

export function ResultWidget({ progress, retry, full = false, actions, testId = 'result-widget' }: WidgetProps) {
  const took = elapsedMs(progress, Date.now());
  const done = progress.activities.filter((a) => a.status === 'completed').length;
  const failedStep = progress.activities.find((a) => a.status === 'failed');
  return (
    <section className="wf-widget wf-result" data-testid={testId} data-status={progress.status} data-process-id={progress.processId} aria-label={`${progress.workflowName} process #${progress.processId}`}>
      <WidgetHeader progress={progress} actions={actions} testId={testId} />
      <ProgressBar value={progress.percentage} label={`${progress.workflowName} progress`} valueText={`${Math.round(progress.percentage)}%, ${processStatusLabels[progress.status].toLowerCase()}`} testId={`${testId}-bar`} />
      <p className="wf-result-summary" data-testid={`${testId}-summary`}>
        {processStatusLabels[progress.status]}
        {took === null ? '' : ` in ${formatDuration(took)}`} · {done} of {progress.activities.length} steps done
        {failedStep ? ` · ${failedStep.step} failed` : ''}
      </p>
      <ActivityList activities={progress.activities} now={Date.now()} retry={retry} output={full ? progress.output : undefined} />
    </section>
  );
}
