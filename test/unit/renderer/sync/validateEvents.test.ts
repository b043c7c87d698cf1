/** Events are checked against their topic family before any replica sees them; a bad one re-snapshots its topic. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { validateEvents } from '../../../../src/renderer/src/sync/validateEvents';
import { agent } from '../features/agents/agentFixtures';

const topic = 'agents:updates:acme';

describe('validateEvents', () => {
  afterEach(() => vi.restoreAllMocks());

  it('keeps valid events in order and drops, logs and reports each one that does not match the contract', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const good = { seq: 1, topic, type: 'agent_registered', payload: { agent: agent('a') } };
    const later = { seq: 4, topic, type: 'agent_deleted', payload: { uuid: agent('b').uuid } };
    const invalid: string[] = [];
    const valid = validateEvents(
      [good, { seq: 2, topic, type: 'agent_registered', payload: {} }, { seq: 3, topic: 'nope:nothing', type: 'x', payload: {} }, later],
      (t) => invalid.push(t),
    );
    expect(valid).toEqual([good, later]);
    expect(invalid).toEqual([topic, 'nope:nothing']);
    expect(error.mock.calls.map((c) => c[0])).toEqual([
      `switchboard: dropped event 2 on ${topic}: it does not match the contract`,
      'switchboard: dropped event 3 on nope:nothing: it does not match the contract',
    ]);
  });

  it('tells topics apart after remembering thousands of them, and refuses an unknown topic every time', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const seen = (t: string, type: string, payload: unknown) => validateEvents([{ seq: 1, topic: t, type, payload }], () => {}).length;
    for (let run = 0; run < 3000; run++) expect(seen(`agent_job_run_console:${run}`, 'console_append', { offset: 0, text: 'x' })).toBe(1);
    expect(seen(topic, 'agent_deleted', { uuid: agent('c').uuid })).toBe(1);
    expect(seen(topic, 'console_append', { offset: 0, text: 'x' })).toBe(0);
    expect(seen('nope:nothing', 'x', {})).toBe(0);
    expect(seen('nope:nothing', 'x', {})).toBe(0);
  });
});
