/**
 * The runs feature: an agent's job history and a run's page with its live console (the console widget lives in
 * `console/`), their stores (families keyed by agent uuid and run id) and routes, and the status and duration
 * pieces the Builds view shows for jobs too.
 */
import { definePage } from '../../app/router';
import { defineFeature } from '../../app/defineFeature';
import { AgentRunsView } from './AgentRunsView';
import { agentRunsStore } from './agentRunsStore';
import { runConsoleStore } from './runConsoleStore';
import { agentRunsRoute, runRoute } from './runsRoutes';
import { RunView } from './RunView';

export { agentRunsReducer } from './agentRunsReducer';
export { formatDuration, runElapsed } from './formatDuration';
export { RunDuration } from './RunDuration';
export { runConsoleReducer } from './runConsoleReducer';
export { RunStatusBadge } from './RunStatusBadge';
export { agentRunsRoute, runRoute } from './runsRoutes';
export { statusLabels } from './statusLabels';

export const runsFeature = defineFeature({
  name: 'runs',
  stores: [agentRunsStore, runConsoleStore],
  pages: [
    definePage(agentRunsRoute, { label: 'Job history', View: AgentRunsView, section: 'agents' }),
    definePage(runRoute, { label: 'Run', View: RunView, section: 'builds' }),
  ],
});
