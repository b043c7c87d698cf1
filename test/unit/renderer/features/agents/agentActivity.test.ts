/**
 * The liveness derivation behind an agent's Activity cell: which job each agent holds, and idle / building / lost /
 * never seen from its last contact and the clock, with the threshold's edge, and a disabled agent alike.
 */
import { describe, expect, it } from 'vitest';
import { LOST_AFTER_MS } from '../../../../../src/shared/contract';
import { agentActivity, heldJobsByAgent } from '../../../../../src/renderer/src/features/agents/agentActivity';
import { agent, job } from './agentFixtures';

const seenAt = Date.parse('2025-03-01T12:00:00.000Z');
const seen = agent('build-01', { lastContactAt: new Date(seenAt).toISOString() });

describe('heldJobsByAgent', () => {
  it('maps each agent to its assigned or building job, the newest when the list holds two', () => {
    const jobs = [
      job(6, { status: 'scheduled' }),
      job(5, { status: 'building', agentUuid: 'a', runId: 15 }),
      job(4, { status: 'passed', agentUuid: 'b', runId: 14 }),
      job(3, { status: 'assigned', agentUuid: 'b', runId: 13 }),
      job(2, { status: 'assigned', agentUuid: 'a', runId: 12 }),
      job(1, { status: 'failed', agentUuid: 'c', runId: 11 }),
    ];
    const held = heldJobsByAgent(jobs);
    expect([...held].map(([uuid, j]) => [uuid, j.id])).toEqual([
      ['a', 5],
      ['b', 3],
    ]);
  });

  it('is empty without jobs', () => {
    expect(heldJobsByAgent([]).size).toBe(0);
  });
});

describe('agentActivity', () => {
  const building = job(7, { status: 'building', agentUuid: seen.uuid, runId: 70, name: 'deploy web' });

  it('is idle while the agent calls and holds no job', () => {
    expect(agentActivity(seen, undefined, seenAt + 12_000)).toEqual({ kind: 'idle' });
  });

  it('is building the job the agent holds, with that job', () => {
    expect(agentActivity(seen, building, seenAt + 5_000)).toEqual({ kind: 'building', job: building });
  });

  it('turns lost just past the threshold, keeping the job it was building', () => {
    expect(agentActivity(seen, undefined, seenAt + LOST_AFTER_MS).kind).toBe('idle');
    expect(agentActivity(seen, undefined, seenAt + LOST_AFTER_MS + 1)).toEqual({ kind: 'lost' });
    expect(agentActivity(seen, building, seenAt + LOST_AFTER_MS + 1)).toEqual({ kind: 'lost', job: building });
  });

  it('takes another threshold', () => {
    expect(agentActivity(seen, undefined, seenAt + 5_001, 5_000).kind).toBe('lost');
  });

  it('reads never seen for an agent that never called, unless it already holds a job', () => {
    const fresh = agent('fresh-01');
    expect(agentActivity(fresh, undefined, seenAt)).toEqual({ kind: 'never' });
    // Its contact may not have reached this window yet; holding a job says it called.
    expect(agentActivity(fresh, building, seenAt).kind).toBe('building');
  });

  it('shows a disabled agent’s liveness like any other', () => {
    const disabled = { ...seen, enabled: false };
    expect(agentActivity(disabled, undefined, seenAt + 1_000).kind).toBe('idle');
    expect(agentActivity(disabled, undefined, seenAt + LOST_AFTER_MS + 1).kind).toBe('lost');
  });
});
