/** One workflow definition: its name and version, its steps by kind, Start and New version, and its latest process's widget. */
import type { Workflow } from '../../../../shared/contract';
import { RelativeTime } from '../../ui/time/RelativeTime';
import { WriteButton } from '../connection';
import { WorkflowWidget } from './WorkflowWidget';

interface Props {
  workflow: Workflow;
  onStart(workflowId: number): void;
  onEdit(workflow: Workflow): void;
}

export function WorkflowCard({ workflow, onStart, onEdit }: Props) {
  return (
    <li className="wf-card" data-testid="workflow-card" data-workflow-id={workflow.id} data-name={workflow.name}>
      <div className="wf-card-header">
        <h3 className="wf-card-title">{workflow.name}</h3>
        <span className="muted" data-testid="workflow-version">
          v{workflow.version}
        </span>
        <span className="muted">
          · saved <RelativeTime iso={workflow.updatedAt} />
        </span>
        <span className="wf-card-actions">
          <button type="button" className="button button-small" data-testid="workflow-edit" onClick={() => onEdit(workflow)} aria-label={`New version of ${workflow.name}`}>
            New version
          </button>
          <WriteButton className="button button-small button-primary" data-testid="workflow-start" aria-label={`Start ${workflow.name}`} onClick={() => onStart(workflow.id)}>
            Start
          </WriteButton>
        </span>
      </div>
      <ol className="wf-card-steps" aria-label={`Steps of ${workflow.name}`}>
        {workflow.steps.map((s) => (
          <li key={s.name} className="wf-card-step">
            <span className="wf-step-kind-chip">{s.kind}</span> {s.name}
          </li>
        ))}
      </ol>
      <WorkflowWidget workflowId={workflow.id} />
    </li>
  );
}
