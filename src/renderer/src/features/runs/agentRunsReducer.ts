/**
 * How one event on an agent's runs topic changes its job history (`runs.byAgent`, newest first). Pure, like every
 * reducer. The list keeps as many runs as the server's snapshot holds, so a long-open window matches a reload.
 */
import type { AgentRunsEvent, Run } from '../../../../shared/contract';
import type { ReplicaEvent } from '../../sync/createReplica';
import type { ViewReducer } from '../../sync/createSyncClient';

/** The server's `runs.byAgent` snapshot size (RUNS_PER_AGENT in the jobs context). */
export const RUNS_KEPT = 100;

export function applyAgentRunsEvent(runs: Run[], event: ReplicaEvent<AgentRunsEvent>): Run[] {
  switch (event.type) {
    case 'run_created': {
      const { run } = event.payload;
      // Ids grow with time, so newest-first is descending id; a replayed create replaces rather than duplicates.
      const next = [run, ...runs.filter((r) => r.id !== run.id)].sort((a, b) => b.id - a.id);
      return next.length > RUNS_KEPT ? next.slice(0, RUNS_KEPT) : next;
    }
    case 'run_updated': {
      const { run } = event.payload;
      const index = runs.findIndex((r) => r.id === run.id);
      // A run already trimmed off the end (or never seen) is not brought back by an update.
      if (index === -1) return runs;
      const next = runs.slice();
      next[index] = run;
      return next;
    }
    default:
      return runs;
  }
}

export const agentRunsReducer: ViewReducer<'runs.byAgent', Run[]> = { init: (runs) => runs, reduce: applyAgentRunsEvent };
