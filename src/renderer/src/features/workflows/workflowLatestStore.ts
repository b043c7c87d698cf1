/**
 * The coarse level of a workflow's widget (the `workflows.latest` replica on `workflow:<id>` and `version:<id>`):
 * its definition and which process is its latest. `process_created` names a new one, which the widget then follows
 * on its fine topic (the seed's multi-level subscription).
 */
import type { ProcessStatus, Workflow } from '../../../../shared/contract';
import { defineReplicaFamily } from '../../stores/defineReplicaFamily';

export interface WorkflowLatest {
  readonly workflow: Workflow;
  readonly processId: number | null;
  /** The latest process's status when it ended (coarse), or null while it runs or before one exists. */
  readonly ended: ProcessStatus | null;
}

export const workflowLatestStore = defineReplicaFamily({
  view: 'workflows.latest',
  params: (workflowId: number) => ({ workflowId }),
  init: ({ workflow, process }): WorkflowLatest => ({ workflow, processId: process?.id ?? null, ended: null }),
  reduce(state: WorkflowLatest, event): WorkflowLatest {
    switch (event.type) {
      case 'process_created':
        return event.payload.processId === state.processId ? state : { ...state, processId: event.payload.processId, ended: null };
      case 'workflow_completed':
        return event.payload.processId === state.processId ? { ...state, ended: event.payload.status } : state;
      case 'version_created':
        return { ...state, workflow: event.payload.workflow };
      default:
        return state;
    }
  },
});
