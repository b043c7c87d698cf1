/**
 * A process's steps, each once, in order: a status icon and word, the step's name and kind, its attempt, its
 * duration (ticking while it runs), and for a failed step its error in full with Retry. `output` adds each step's
 * output in a monospaced block (the full-size widget).
 */
import type { ReactNode } from 'react';
import { formatDuration } from '../../runs';
import type { Activity } from './progressState';
import { stepDurationMs, stepStatusLabels } from './statusText';
import { StepOutput } from './StepOutput';

interface Props {
  activities: readonly Activity[];
  now: number;
  /** The Retry button for a failed step, or nothing (no Retry offered). */
  retry?: (activity: Activity) => ReactNode;
  /** Each step's output, shown under it when given. */
  output?: Readonly<Record<string, string>>;
}

export function ActivityList({ activities, now, retry, output }: Props) {
  return (
    <ol className="wf-activities" data-testid="activity-list">
      {activities.map((activity) => {
        const ms = stepDurationMs(activity, now);
        const text = output?.[activity.step];
        return (
          <li key={activity.step} className="wf-activity" data-testid="activity" data-step={activity.step} data-status={activity.status}>
            <div className="wf-activity-row">
              <span className="wf-step-status" data-status={activity.status} data-testid="activity-status">
                {stepStatusLabels[activity.status]}
              </span>
              <span className="wf-step-name" data-testid="activity-name">
                {activity.step}
              </span>
              {activity.kind && <span className="wf-step-kind muted">{activity.kind}</span>}
              {activity.attempt > 1 && <span className="muted">attempt {activity.attempt}</span>}
              <span className="wf-step-duration" data-testid="activity-duration">
                {ms === null ? '' : formatDuration(ms)}
              </span>
            </div>
            {activity.error && (
              <div className="wf-step-error" data-testid="activity-error-block">
                <pre className="wf-error-text" data-testid="activity-error">
                  {activity.willRetry ? `Attempt ${activity.attempt} failed, retrying: ` : ''}
                  {activity.error}
                </pre>
                {activity.status === 'failed' && retry?.(activity)}
              </div>
            )}
            {text !== undefined && text.length > 0 && (
              <StepOutput step={activity.step} text={text} />
            )}
          </li>
        );
      })}
    </ol>
  );
}
