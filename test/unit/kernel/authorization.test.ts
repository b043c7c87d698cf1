/** The authorization matrix: who may subscribe to which topic, load which view, run which command. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { userActor } from '../../../src/main/kernel/actor';
import { createTestCore, type TestCore } from '../../support/createTestCore';

describe('authorization', () => {
  let core: TestCore;
  beforeEach(() => {
    core = createTestCore();
  });
  afterEach(() => core.dispose());

  const actor = (user: string) => userActor(core.accounts.resolveUser(user));

  it.each([
    ['alice', 'agents:updates:acme', true],
    ['bob', 'agents:updates:acme', true],
    ['carol', 'agents:updates:acme', false],
    ['carol', 'agents:updates:globex', true],
    ['alice', 'agents:updates:globex', false],
  ])('%s subscribing to %s allowed: %s', (user, topic, allowed) => {
    const attempt = () => core.kernel.registry.authorize(actor(user), topic);
    if (allowed) expect(attempt).not.toThrow();
    else expect(attempt).toThrow(expect.objectContaining({ code: 'FORBIDDEN' }));
  });

  it('refuses unknown topics, anonymous subscribers and anonymous views with typed errors', () => {
    expect(() => core.kernel.registry.authorize(actor('alice'), 'secrets:all')).toThrow(expect.objectContaining({ code: 'INVALID_INPUT' }));
    expect(() => core.kernel.registry.authorize(null, 'agents:updates:acme')).toThrow(expect.objectContaining({ code: 'UNAUTHENTICATED' }));
    expect(() => core.kernel.registry.load('agents.list', {}, null)).toThrow(expect.objectContaining({ code: 'UNAUTHENTICATED' }));
  });

  it("loads only the actor's own organization's view", () => {
    core.agents.register(core.globex, { hostname: 'theirs' });
    core.agents.register(core.acme, { hostname: 'ours' });
    const data = core.kernel.registry.load('agents.list', {}, actor('alice')).data as { hostname: string }[];
    expect(data.map((a) => a.hostname)).toEqual(['ours']);
  });

  it('runs public commands without a session and nothing else', async () => {
    await expect(core.kernel.registry.run('session.users', {}, { actor: null })).resolves.toHaveLength(3);
    await expect(core.kernel.registry.run('agents.register', { hostname: 'x' }, { actor: null })).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
  });
});
