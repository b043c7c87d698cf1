/**
 * An organization seeded with its users: created once with all of them, left alone when it exists already; a user
 * found by exact id.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { createTestCore, type TestCore } from '../../../support/createTestCore';

describe('accounts.seedOrganization', () => {
  let core: TestCore;
  afterEach(() => core.dispose());

  it('creates the organization with every user, once', () => {
    core = createTestCore();
    const users = Array.from({ length: 1000 }, (_, i) => ({ id: `u${i + 1}`, name: `User ${i + 1}` }));
    expect(core.accounts.seedOrganization({ id: 'big', name: 'Big Org', users })).toBe(true);
    expect(core.accounts.orgIds()).toContain('big');
    const seeded = core.accounts.listUsers().filter((u) => u.orgId === 'big');
    expect(seeded).toHaveLength(1000);
    expect(core.accounts.resolveUser('u500')).toEqual({ userId: 'u500', userName: 'User 500', orgId: 'big', orgName: 'Big Org' });
    expect(core.accounts.findUser('u500')).toEqual({ id: 'u500', name: 'User 500', orgId: 'big', orgName: 'Big Org' });
    // By exact id, as the notifications context asks: not by name, not case-insensitively.
    expect(core.accounts.findUser('U500')).toBeUndefined();
    expect(core.accounts.findUser('User 500')).toBeUndefined();

    expect(core.accounts.seedOrganization({ id: 'big', name: 'Renamed', users: [{ id: 'u1001', name: 'Late' }] })).toBe(false);
    expect(core.accounts.listUsers().filter((u) => u.orgId === 'big')).toHaveLength(1000);
  });

  it('leaves the demo organizations as they were', () => {
    core = createTestCore();
    expect(core.accounts.seedOrganization({ id: 'acme', name: 'Other', users: [] })).toBe(false);
    expect(core.accounts.listUsers().map((u) => u.id)).toEqual(['alice', 'bob', 'carol']);
  });
});
