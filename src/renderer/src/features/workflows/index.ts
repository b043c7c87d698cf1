/**
 * The workflows feature: the Workflows view (definitions with their latest process's live widget, save and start
 * forms, the processes list), a process's page with its widget full size, the progress and result widgets with
 * their coalescing widget store (progress/), and the sidebar count of running processes.
 */
import { definePage } from '../../app/router';
import { defineFeature } from '../../app/defineFeature';
import { processDetailStore } from './processDetailStore';
import { ProcessView } from './ProcessView';
import { progressSourcesStore } from './progressSourcesStore';
import { RunningProcessesCount } from './RunningProcessesCount';
import { workflowLatestStore } from './workflowLatestStore';
import { processRoute, workflowsIcon, workflowsRoute } from './workflowsRoutes';
import { workflowsStore } from './workflowsStore';
import { WorkflowsView } from './WorkflowsView';

export { createProgressWidget, type ProgressWidget } from './progress/createProgressWidget';
export { ProcessWidget } from './progress/ProcessWidget';
export { processRoute, workflowsRoute } from './workflowsRoutes';

export const workflowsFeature = defineFeature({
  name: 'workflows',
  stores: [workflowsStore, processDetailStore, workflowLatestStore, progressSourcesStore],
  pages: [
    definePage(workflowsRoute, { label: 'Workflows', View: WorkflowsView, preload: [workflowsStore], nav: { id: 'workflows', shortcut: '3', icon: workflowsIcon, Count: RunningProcessesCount } }),
    definePage(processRoute, { label: 'Process', View: ProcessView, section: 'workflows' }),
  ],
});
