/**
 * The Workflows view (`#/workflows`): each definition with its version, steps, Start and its latest process's live
 * widget; "New workflow" (steps as JSON); and the live list of the organization's processes, unfinished first.
 */
import { useState } from 'react';
import type { Process, Workflow } from '../../../../shared/contract';
import { useStore } from '../../stores/useStore';
import { ReplicaView } from '../../ui/replica/ReplicaView';
import { DataTable } from '../../ui/table/DataTable';
import type { RowAttributes } from '../../ui/table/DataColumn';
import { TableFilter } from '../../ui/table/TableFilter';
import { WriteButton } from '../connection';
import { processColumns } from './processColumns';
import { SaveWorkflowPanel } from './SaveWorkflowPanel';
import { StartProcessPanel } from './StartProcessPanel';
import { WorkflowCard } from './WorkflowCard';
import type { WorkflowsList } from './workflowsListReducer';
import { processRoute } from './workflowsRoutes';
import { workflowsStore } from './workflowsStore';
import './workflows.css';

const noun = { one: 'process', other: 'processes' };
const getRowId = (p: Process) => String(p.id);
const rowVersion = (p: Process) => `${p.status}:${Math.round(p.percentage)}:${p.currentStep ?? ''}`;
const rowProps = (p: Process): RowAttributes => ({ 'data-testid': 'process-row', 'data-process-id': p.id, 'data-status': p.status });
const open = (p: Process) => {
  location.hash = processRoute.href({ processId: p.id });
};

type Panel = { kind: 'save'; initial?: { name: string; steps: string } } | { kind: 'start'; workflowId: number | undefined } | null;

function Lists({ list, filter, setPanel }: { list: WorkflowsList; filter: string; setPanel(panel: Panel): void }) {
  return (
    <div className="wf-lists">
      <section aria-labelledby="wf-definitions-heading" className="wf-section">
        <h2 id="wf-definitions-heading" className="wf-section-heading">
          Definitions <span className="muted">{list.workflows.length}</span>
        </h2>
        {list.workflows.length === 0 ? (
          <p className="muted" data-testid="workflows-empty">
            No workflows yet — <strong>New workflow</strong> saves one from JSON steps, or <code>POST /api/workflows</code>.
          </p>
        ) : (
          <ul className="wf-cards" data-testid="workflow-cards">
            {list.workflows.map((w) => (
              <WorkflowCard
                key={w.id}
                workflow={w}
                onStart={(workflowId) => setPanel({ kind: 'start', workflowId })}
                onEdit={(workflow: Workflow) => setPanel({ kind: 'save', initial: { name: workflow.name, steps: JSON.stringify(workflow.steps, null, 2) } })}
              />
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="wf-processes-heading" className="wf-section wf-processes">
        <h2 id="wf-processes-heading" className="wf-section-heading">
          Processes <span className="muted">{list.processes.length}</span>
        </h2>
        <DataTable<Process>
          rows={list.processes}
          columns={processColumns}
          getRowId={getRowId}
          filter={filter}
          noun={noun}
          initialSort={{ columnId: 'id', dir: 'desc' }}
          rowVersion={rowVersion}
          rowProps={rowProps}
          onRowActivate={open}
          caption="Processes of the organization"
          testId="processes-table"
          empty="No processes yet: Start on a workflow runs one."
        />
      </section>
    </div>
  );
}

export function WorkflowsView() {
  const status = useStore(workflowsStore, (s) => s.status);
  const data = useStore(workflowsStore, (s) => s.data);
  const error = useStore(workflowsStore, (s) => s.error);
  const [filter, setFilter] = useState('');
  const [panel, setPanel] = useState<Panel>(null);
  const close = () => setPanel(null);
  return (
    <div className="view workflows-view">
      <div className="view-toolbar">
        <TableFilter value={filter} onChange={setFilter} label="Filter processes" placeholder="Filter processes by #id, workflow, status, step or who" testId="processes-filter" />
        <span className="wf-toolbar-end">
          <WriteButton className="button" data-testid="start-process-open" aria-haspopup="dialog" disabled={!data?.workflows.length} onClick={() => setPanel({ kind: 'start', workflowId: undefined })}>
            Start process
          </WriteButton>
          <WriteButton className="button button-primary" data-testid="save-workflow-open" aria-haspopup="dialog" onClick={() => setPanel({ kind: 'save' })}>
            New workflow
          </WriteButton>
        </span>
      </div>
      <ReplicaView state={{ status, data, error }} label="workflows" testId="workflows">
        {(list) => <Lists list={list} filter={filter} setPanel={setPanel} />}
      </ReplicaView>
      {panel?.kind === 'save' && <SaveWorkflowPanel onClose={close} initial={panel.initial} />}
      {panel?.kind === 'start' && data && <StartProcessPanel workflows={data.workflows} workflowId={panel.workflowId} onClose={close} />}
    </div>
  );
}
