/** The job history reducer: creates go first (newest first), updates replace in place, the list stays bounded. */
import { describe, expect, it } from 'vitest';
import { applyAgentRunsEvent, RUNS_KEPT } from '../../../../../src/renderer/src/features/runs/agentRunsReducer';
import { agentUuid, run, wire } from './runFixtures';

const topic = `agent_job_runs:${agentUuid}`;
const created = (r: ReturnType<typeof run>) => wire(topic, 'run_created', { run: r });
const updated = (r: ReturnType<typeof run>) => wire(topic, 'run_updated', { run: r });

describe('applyAgentRunsEvent', () => {
  it('prepends created runs, newest first', () => {
    let runs = applyAgentRunsEvent([], created(run(1)));
    runs = applyAgentRunsEvent(runs, created(run(2)));
    runs = applyAgentRunsEvent(runs, created(run(3)));
    expect(runs.map((r) => r.id)).toEqual([3, 2, 1]);
  });

  it('replaces an updated run by id, keeping its place, without touching the old list', () => {
    const before = [run(3), run(2, { status: 'building' }), run(1)];
    const after = applyAgentRunsEvent(before, updated(run(2, { status: 'passed', exitCode: 0 })));
    expect(after.map((r) => [r.id, r.status])).toEqual([
      [3, 'assigned'],
      [2, 'passed'],
      [1, 'assigned'],
    ]);
    expect(before[1]!.status).toBe('building');
    expect(after[0]).toBe(before[0]);
  });

  it('ignores an update of a run it does not hold', () => {
    const runs = [run(5)];
    expect(applyAgentRunsEvent(runs, updated(run(4)))).toBe(runs);
  });

  it('does not duplicate a run created twice, and keeps as many runs as the snapshot would', () => {
    let runs = applyAgentRunsEvent([run(1)], created(run(1, { status: 'building' })));
    expect(runs.map((r) => [r.id, r.status])).toEqual([[1, 'building']]);
    for (let id = 2; id <= RUNS_KEPT + 5; id++) runs = applyAgentRunsEvent(runs, created(run(id)));
    expect(runs).toHaveLength(RUNS_KEPT);
    expect(runs[0]!.id).toBe(RUNS_KEPT + 5);
    expect(runs.at(-1)!.id).toBe(6);
  });
});
