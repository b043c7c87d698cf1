/**
 * Keeps the queue from stalling on a dead agent: a run left assigned or building by an agent silent for longer than
 * the reclaim timeout is marked failed, with a console line saying why. Sweeps on a timer the jobs context owns.
 * @internal Used by the jobs context's index.
 */
import { isFinished } from '../../../shared/contract';
import { systemRef } from '../../kernel/actor';
import type { Write } from '../../kernel/createWriter';
import type { AgentDirectory } from './createAgentProtocol';
import type { JobRows } from './jobRows';
import type { JobWrites } from './createJobWrites';

/** Sweeps once: returns the ids of the runs it failed. */
export type Reclaim = () => number[];

export function createReclaimer(write: Write, rows: JobRows, writes: JobWrites, agents: AgentDirectory, reclaimAfterMs: number): Reclaim {
  const minutes = (ms: number) => (ms >= 60_000 ? `${Math.round(ms / 60_000)} min` : `${Math.round(ms / 1000)} s`);
  return () => {
    const now = Date.now();
    const stale = rows.activeRuns().filter((run) => {
      // A run whose agent never called since it was handed the run counts from the handing.
      const last = agents.lastContact(run.agentUuid) ?? Date.parse(run.createdAt);
      return now - last > reclaimAfterMs;
    });
    if (stale.length === 0) return [];
    write(systemRef('reclaim'), (emit) => {
      for (const run of stale) {
        const current = rows.run(run.id);
        if (!current || isFinished(current.status)) continue;
        const last = agents.lastContact(run.agentUuid);
        const since = last === undefined ? 'it never called after taking the run' : `last seen ${new Date(last).toISOString()}`;
        writes.note(emit, current, `run failed: agent ${run.agentHostname} lost contact for more than ${minutes(reclaimAfterMs)} (${since})`);
        writes.setStatus(emit, current, 'failed', null);
      }
    });
    return stale.map((run) => run.id);
  };
}
