/** The sign-in screen's user list waits for a Live client, because earlier commands are refused. */
import { afterEach, describe, expect, it } from 'vitest';
import { loadUsers } from '../../../../../src/renderer/src/features/session/loadUsers';
import { createFakeClient, type FakeClient } from '../../support/createFakeClient';

const users = [{ id: 'bob', name: 'Bob', orgId: 'acme', orgName: 'Acme Corp' }];

describe('loadUsers', () => {
  let fake: FakeClient;
  afterEach(() => expect(fake.openSubscriptions()).toBe(0));

  it('asks for session.users only once the client is live', async () => {
    fake = createFakeClient({ status: 'connecting', session: null });
    const result = loadUsers(fake.client);
    await Promise.resolve();
    expect(fake.commands).toHaveLength(0);

    fake.setState({ status: 'reconnecting', attempt: 1 });
    expect(fake.commands).toHaveLength(0);
    fake.setState({ status: 'live', attempt: 0 });
    await Promise.resolve();
    expect(fake.commands.map((c) => c.name)).toEqual(['session.users']);
    fake.commands[0]!.resolve(users);
    await expect(result).resolves.toEqual(users);
  });

  it('asks at once when already live, and passes refusals on', async () => {
    fake = createFakeClient();
    const result = loadUsers(fake.client);
    await Promise.resolve();
    expect(fake.commands).toHaveLength(1);
    fake.commands[0]!.reject(Object.assign(new Error('boom'), { code: 'INTERNAL' }) as never);
    await expect(result).rejects.toThrow('boom');
  });
});
