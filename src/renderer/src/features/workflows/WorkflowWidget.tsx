/**
 * A workflow's latest process, by the seed's multi-level subscription: the coarse `workflows.latest` (topics
 * `workflow:<id>`, `version:<id>`) says which process is the latest, and once one exists the widget adds its fine
 * topic (`process:<id>`) for step-level progress; a `process_created` moves it to the new process.
 */
import { useFamilyStore } from '../../stores/useFamilyStore';
import { LiveProcessWidget } from './LiveProcessWidget';
import { workflowLatestStore } from './workflowLatestStore';
import { processRoute } from './workflowsRoutes';

export function WorkflowWidget({ workflowId, throttleMs }: { workflowId: number; throttleMs?: number }) {
  const processId = useFamilyStore(workflowLatestStore, workflowId, (s) => s.data?.processId);
  if (processId === undefined) return null;
  if (processId === null) {
    return (
      <p className="muted wf-none" data-testid="workflow-no-process">
        No process yet: Start runs one.
      </p>
    );
  }
  return (
    <LiveProcessWidget
      key={processId}
      processId={processId}
      throttleMs={throttleMs}
      testId="workflow-widget"
      extra={
        <a className="button button-small button-quiet" href={processRoute.href({ processId })} data-testid="workflow-widget-open">
          Open
        </a>
      }
    />
  );
}
