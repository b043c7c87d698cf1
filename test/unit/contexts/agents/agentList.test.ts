import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createAgentList } from '../../../../src/main/contexts/agents/createAgentList';
import { createAgentRows } from '../../../../src/main/contexts/agents/agentRows';
import { createTestCore, type TestCore } from '../../../support/createTestCore';

describe('agents list kept in memory', () => {
  let core: TestCore;
  // What the table holds now, read past the kept list.
  let table: () => unknown[];

  beforeEach(() => {
    core = createTestCore();
    const rows = createAgentRows(core.kernel.db);
    table = () => rows.list('acme');
  });
  afterEach(() => core.dispose());

  it('answers what the table holds after every kind of write', async () => {
    const [b, a] = [core.agents.register(core.acme, { hostname: 'b-host' }), core.agents.register(core.acme, { hostname: 'a-host' })];
    const steps: [string, () => unknown][] = [
      ['disable', () => core.agents.disable(core.acme, b.uuid)],
      ['update without a new hostname', () => core.agents.update(core.acme, { uuid: a.uuid, os: 'Linux', resources: ['docker'] })],
      ['rename (a new place in the order)', () => core.agents.update(core.acme, { uuid: a.uuid, hostname: 'c-host' })],
      ['contact', () => core.agents.recordContact('acme', b.uuid)],
      ['register', () => core.agents.register(core.acme, { hostname: 'aa-host' })],
      ['delete', () => core.agents.remove(core.acme, b.uuid)],
      ['another organization', () => core.agents.register(core.globex, { hostname: 'b-host' })],
      ['through the registry', () => core.run('agents.enable', { uuid: a.uuid }, core.user('bob'))],
    ];
    expect(core.agents.list('acme')).toEqual(table());
    for (const [step, write] of steps) {
      await write();
      expect({ step, list: core.agents.list('acme') }).toEqual({ step, list: table() });
      expect(core.load('agents.list', {}, core.user('bob'))).toEqual(table());
    }
  });

  it('hands out the same frozen agents until one changes, in a list of the caller\'s own', () => {
    const [one, two] = [core.agents.register(core.acme, { hostname: 'one' }), core.agents.register(core.acme, { hostname: 'two' })];
    const first = core.agents.list('acme');
    first.pop();
    const second = core.agents.list('acme');
    expect(second).toHaveLength(2);
    expect(second[0]).toBe(first[0]);
    expect(Object.isFrozen(second[0]) && Object.isFrozen(second[0]!.resources)).toBe(true);
    core.agents.disable(core.acme, two.uuid);
    const third = core.agents.list('acme');
    expect(third[0]).toBe(second[0]);
    expect(third[1]).not.toBe(second[1]);
    // Taken again once, then kept.
    expect(core.agents.list('acme')[1]).toBe(third[1]);
    expect(third.map((a) => [a.uuid, a.enabled])).toEqual([
      [one.uuid, true],
      [two.uuid, false],
    ]);
  });

  it('keeps nothing a write read before it rolled back', () => {
    const agent = core.agents.register(core.acme, { hostname: 'one', os: 'Linux' });
    core.agents.list('acme');
    // A committed change marks the agent; the write below reads the list before it rolls back.
    core.agents.disable(core.acme, agent.uuid);
    expect(() =>
      core.kernel.write({ kind: 'agent', id: agent.uuid }, () => {
        core.kernel.db.prepare("UPDATE agents SET os = 'Windows' WHERE uuid = ?").run(agent.uuid);
        expect(core.agents.list('acme')[0]!.os).toBe('Windows');
        throw new Error('rolled back');
      }),
    ).toThrow('rolled back');
    expect(core.agents.list('acme')[0]).toMatchObject({ os: 'Linux', enabled: false });
    expect(core.agents.list('acme')).toEqual(table());
  });

  it('takes a contact from its event, reading no row, and anything else from the table', () => {
    const [one, two] = [core.agents.register(core.acme, { hostname: 'one' }), core.agents.register(core.acme, { hostname: 'two' })];
    const rows = createAgentRows(core.kernel.db);
    let reads = 0;
    const list = createAgentList(core.kernel.db, { ...rows, get: (orgId, uuid) => (reads++, rows.get(orgId, uuid)) });
    const before = list.list('acme');
    list.seen('acme', two.uuid, '2026-11-28T15:00:00.000Z');
    const after = list.list('acme');
    expect(reads).toBe(0);
    expect(after[0]).toBe(before[0]);
    expect(after[1]).toEqual({ ...before[1], lastContactAt: '2026-11-28T15:00:00.000Z' });
    expect(Object.isFrozen(after[1])).toBe(true);
    // Any other change is read again from its row; a contact from an agent the list lacks makes it read the table.
    list.changed('acme', one.uuid);
    list.list('acme');
    expect(reads).toBe(1);
    const three = core.agents.register(core.acme, { hostname: 'three' });
    list.seen('acme', three.uuid, '2026-11-28T15:00:01.000Z');
    expect(list.list('acme').map((a) => a.uuid)).toEqual([one.uuid, three.uuid, two.uuid]);
  });
});
