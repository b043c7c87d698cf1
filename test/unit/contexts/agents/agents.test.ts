import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { LogEvent } from '../../../../src/shared/contract';
import { createContactLog } from '../../../../src/main/contexts/agents/createContactLog';
import { createTestCore, type TestCore } from '../../../support/createTestCore';

describe('agents context', () => {
  let core: TestCore;
  let events: LogEvent[];
  let stops: (() => void)[];

  beforeEach(() => {
    core = createTestCore();
    events = [];
    stops = [
      core.kernel.bus.subscribe('agents:updates:acme', (e) => events.push(e)),
      core.kernel.bus.subscribe('agents:updates:globex', (e) => events.push(e)),
    ];
  });
  afterEach(() => {
    stops.forEach((s) => s());
    expect(core.kernel.bus.subscriberCount()).toBe(0);
    core.dispose();
  });

  it('broadcasts each write on its organization topic after it commits, with the full agent', () => {
    const agent = core.agents.register(core.acme, { hostname: 'build-1.acme', os: 'Linux', resources: ['docker'] });
    expect(agent).toMatchObject({ orgId: 'acme', hostname: 'build-1.acme', enabled: true, os: 'Linux', resources: ['docker'] });
    core.agents.disable(core.acme, agent.uuid);
    core.agents.disable(core.acme, agent.uuid); // no change, no event
    core.agents.enable(core.acme, agent.uuid);
    core.agents.update(core.acme, { uuid: agent.uuid, hostname: 'build-one.acme' });
    core.agents.remove(core.acme, agent.uuid);
    expect(events.map((e) => [e.topic, e.type])).toEqual([
      ['agents:updates:acme', 'agent_registered'],
      ['agents:updates:acme', 'agent_disabled'],
      ['agents:updates:acme', 'agent_enabled'],
      ['agents:updates:acme', 'agent_updated'],
      ['agents:updates:acme', 'agent_deleted'],
    ]);
    expect(events[1]!.payload).toMatchObject({ agent: { enabled: false } });
    expect(core.agents.list('acme')).toEqual([]);
  });

  it('scopes every agent to its organization', async () => {
    const ours = core.agents.register(core.acme, { hostname: 'same-name' });
    core.agents.register(core.globex, { hostname: 'same-name' }); // unique per organization only
    expect(core.agents.list('acme').map((a) => a.uuid)).toEqual([ours.uuid]);
    expect(() => core.agents.disable(core.globex, ours.uuid)).toThrow(expect.objectContaining({ code: 'NOT_FOUND' }));
    expect(() => core.agents.remove(core.globex, ours.uuid)).toThrow(expect.objectContaining({ code: 'NOT_FOUND' }));
    expect(core.agents.list('acme')[0]!.enabled).toBe(true);
  });

  it('refuses duplicates and bad input through the registry, writing nothing', async () => {
    core.agents.register(core.acme, { hostname: 'dup' });
    const before = core.kernel.log.head();
    await expect(core.kernel.registry.run('agents.register', { hostname: 'DUP' }, { actor: core.acme })).rejects.toMatchObject({ code: 'CONFLICT' });
    await expect(core.kernel.registry.run('agents.register', { hostname: '' }, { actor: core.acme })).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      details: { fields: { hostname: 'hostname is required' } },
    });
    await expect(core.kernel.registry.run('agents.register', { hostname: 'ok', extra: 1 }, { actor: core.acme })).rejects.toMatchObject({ code: 'INVALID_INPUT' });
    await expect(core.kernel.registry.run('agents.enable', { uuid: 'not-a-uuid' }, { actor: core.acme })).rejects.toMatchObject({ code: 'INVALID_INPUT' });
    await expect(core.kernel.registry.run('agents.nope', {}, { actor: core.acme })).rejects.toMatchObject({ code: 'PROTOCOL' });
    expect(core.kernel.log.head()).toBe(before);
    expect(core.agents.list('acme')).toHaveLength(1);
  });
  it('names what it cannot find or refuses, and says which field holds the duplicate', () => {
    const agent = core.agents.register(core.acme, { hostname: 'build-1.acme' });
    expect(agent.resources).toEqual([]);
    expect(() => core.agents.disable(core.acme, 'no-such-uuid')).toThrow('No agent no-such-uuid in this organization');
    let refused: unknown;
    try {
      core.agents.register(core.acme, { hostname: 'build-1.acme' });
    } catch (error) {
      refused = error;
    }
    expect(refused).toMatchObject({ code: 'CONFLICT', message: 'An agent named build-1.acme is already registered', details: { fields: { hostname: 'already registered' } } });
    // Its own hostname is no conflict: an update may keep it.
    expect(core.agents.update(core.acme, { uuid: agent.uuid, hostname: 'build-1.acme', os: 'Linux' })).toMatchObject({ hostname: 'build-1.acme', os: 'Linux' });
  });

  it('writes an agent\'s contact at most once per third of the lost delay, and again once that much time has passed', () => {
    const agent = core.agents.register(core.acme, { hostname: 'build-1.acme' });
    let now = 1_000_000;
    const contacts = createContactLog(core.kernel.db, core.kernel.write, 30_000, () => now);
    const seen = () => events.filter((e) => e.type === 'agent_seen').length;
    contacts.record('acme', agent.uuid);
    now += 9_999;
    contacts.record('acme', agent.uuid);
    expect(seen()).toBe(1);
    expect(contacts.lastContact(agent.uuid)).toBe(now);
    now += 1; // exactly 10 s after the last write
    contacts.record('acme', agent.uuid);
    expect(seen()).toBe(2);
  });
});
