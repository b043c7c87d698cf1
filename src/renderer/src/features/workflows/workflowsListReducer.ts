/**
 * How one event on `organization:<org>` changes the Workflows view (`workflows.list`): a saved workflow replaces its
 * older version, a changed process replaces itself or arrives, unfinished processes first, then newest, bounded as
 * the server's snapshot is. Pure.
 */
import { RECENT_PROCESSES_KEPT, type OrganizationEvent, type Process, type ViewData, type Workflow } from '../../../../shared/contract';
import type { ReplicaEvent } from '../../sync/createReplica';
import type { ViewReducer } from '../../sync/createSyncClient';
import { isTerminal } from './progress/progressState';

export type WorkflowsList = ViewData<'workflows.list'>;

/** Unfinished first, then newest (ids grow with time). */
export const processOrder = (a: Process, b: Process): number => Number(isTerminal(a.status)) - Number(isTerminal(b.status)) || b.id - a.id;

/** Every unfinished process and the newest `RECENT_PROCESSES_KEPT` finished ones. */
function bound(processes: Process[]): Process[] {
  let finished = 0;
  return processes.filter((p) => !isTerminal(p.status) || ++finished <= RECENT_PROCESSES_KEPT);
}

function upsertWorkflow(workflows: readonly Workflow[], workflow: Workflow): Workflow[] {
  const index = workflows.findIndex((w) => w.id === workflow.id);
  if (index === -1) return [...workflows, workflow].sort((a, b) => a.name.localeCompare(b.name));
  // A late event never brings an older version back.
  if (workflows[index]!.version > workflow.version) return workflows.slice();
  return workflows.map((w, i) => (i === index ? workflow : w));
}

export function applyOrganizationEvent(list: WorkflowsList, event: ReplicaEvent<OrganizationEvent>): WorkflowsList {
  switch (event.type) {
    case 'workflow_saved':
      return { ...list, workflows: upsertWorkflow(list.workflows, event.payload.workflow) };
    case 'process_changed': {
      const { process } = event.payload;
      const others = list.processes.filter((p) => p.id !== process.id);
      return { ...list, processes: bound([...others, process].sort(processOrder)) };
    }
    default:
      return list;
  }
}

export const workflowsListReducer: ViewReducer<'workflows.list', WorkflowsList> = {
  init: (list) => ({ workflows: [...list.workflows].sort((a, b) => a.name.localeCompare(b.name)), processes: [...list.processes].sort(processOrder) }),
  reduce: applyOrganizationEvent,
};
