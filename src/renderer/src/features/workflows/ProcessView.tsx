/**
 * A process's page (`#/processes/<id>`): its widget full size (each step's output in a monospaced block), live on
 * the process's fine topic and painted by its widget store; the result widget once it ends. The coarse level
 * (`workflows.latest` of its workflow) says when a newer process of the same workflow has started.
 */
import { useFamilyStore } from '../../stores/useFamilyStore';
import { LiveProcessWidget } from './LiveProcessWidget';
import { processDetailStore } from './processDetailStore';
import { workflowLatestStore } from './workflowLatestStore';
import { processRoute, workflowsRoute } from './workflowsRoutes';
import './workflows.css';

function NewerProcess({ workflowId, processId }: { workflowId: number; processId: number }) {
  const latest = useFamilyStore(workflowLatestStore, workflowId, (s) => s.data?.processId);
  if (!latest || latest <= processId) return null;
  return (
    <p className="banner" role="status" data-testid="newer-process">
      A newer process of this workflow started: <a href={processRoute.href({ processId: latest })}>#{latest}</a>
    </p>
  );
}

export function ProcessView({ params }: { params: { processId: number } }) {
  const { processId } = params;
  const workflowId = useFamilyStore(processDetailStore, processId, (s) => s.data?.workflowId);
  return (
    <div className="view process-view">
      <div className="wf-page-header">
        <a href={workflowsRoute.href()} className="back-link" data-testid="back-link">
          <span aria-hidden="true">← </span>Workflows
        </a>
      </div>
      {workflowId !== undefined && <NewerProcess workflowId={workflowId} processId={processId} />}
      <div className="wf-page-body">
        <LiveProcessWidget processId={processId} full testId="process-widget" />
      </div>
    </div>
  );
}
