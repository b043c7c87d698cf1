/**
 * The organization's workflows (latest versions) and processes (the `workflows.list` replica) with save, start,
 * cancel and retry: the Workflows view, the process page's actions and the sidebar count read it.
 */
import { defineReplicaStore } from '../../stores/defineReplicaStore';
import { workflowsActions } from './workflowsActions';
import { workflowsListReducer } from './workflowsListReducer';

export const workflowsStore = defineReplicaStore({ view: 'workflows.list', params: () => ({}), ...workflowsListReducer, actions: workflowsActions });
