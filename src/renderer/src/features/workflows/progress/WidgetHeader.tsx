/** The header both widgets share: the workflow, its version and process, the announced status, and the actions. */
import type { ReactNode } from 'react';
import type { ProgressState } from './progressState';
import { processStatusLabels } from './statusText';

export function WidgetHeader({ progress, actions, testId }: { progress: ProgressState; actions?: ReactNode; testId: string }) {
  return (
    <header className="wf-widget-header">
      <span className="wf-widget-title">
        {progress.workflowName} <span className="muted">v{progress.version} · #{progress.processId}</span>
      </span>
      <span aria-live="polite" aria-atomic="true" className="wf-process-status" data-status={progress.status} data-testid={`${testId}-status`}>
        {processStatusLabels[progress.status]}
      </span>
      {actions && <span className="wf-widget-actions">{actions}</span>}
    </header>
  );
}
