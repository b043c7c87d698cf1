/**
 * The registry on its own: names arriving over the wire are looked up as own properties of the contract, every
 * refusal is a typed error whose message names what was refused, a view's topics are authorized before its data
 * leaves, and `missing()` names, for each declaration nobody registered, where it is declared and how to fix it.
 */
import { describe, expect, it } from 'vitest';
import { apiActor, userActor, type Actor } from '../../../../src/main/kernel/actor';
import { createRegistry, type Registry } from '../../../../src/main/kernel/registry/createRegistry';
import { agentsTopic, commandSpecs, topicFamilies, viewSpecs, type Agent, type Session } from '../../../../src/shared/contract';

const session: Session = { userId: 'alice', userName: 'Alice', orgId: 'acme', orgName: 'Acme' };
const alice = userActor(session);
const acmeApi = apiActor('acme');

const agent: Agent = {
  uuid: '00000000-0000-4000-8000-000000000001',
  orgId: 'acme',
  hostname: 'build-01',
  ipAddress: null,
  os: null,
  resources: [],
  enabled: true,
  createdAt: '2024-01-01T00:00:00.000Z',
  updatedAt: '2024-01-01T00:00:00.000Z',
  lastContactAt: null,
};

/** What a call threw, so a test can compare its class, code, message and details at once. */
function thrown(attempt: () => unknown): { name: string; code: unknown; message: string; details: unknown } {
  try {
    attempt();
  } catch (error) {
    const e = error as Error & { code?: unknown; details?: unknown };
    return { name: e.name, code: e.code, message: e.message, details: e.details };
  }
  throw new Error('expected a throw');
}

async function rejected(attempt: Promise<unknown>): Promise<{ name: string; code: unknown; message: string; details: unknown }> {
  try {
    await attempt;
  } catch (error) {
    const e = error as Error & { code?: unknown; details?: unknown };
    return { name: e.name, code: e.code, message: e.message, details: e.details };
  }
  throw new Error('expected a rejection');
}

describe('createRegistry: commands', () => {
  it('refuses a command the contract does not declare, Object.prototype names included', async () => {
    const registry = createRegistry();
    for (const name of ['nope', 'constructor', 'toString', 'hasOwnProperty', '__proto__']) {
      expect(await rejected(registry.run(name, {}, { actor: alice }))).toMatchObject({
        name: 'ProtocolError',
        code: 'PROTOCOL',
        message: `Unknown command "${name}"`,
      });
    }
  });

  it('fails loudly, not as a domain error, for a declared command no context registered', async () => {
    const registry = createRegistry();
    const failure = await rejected(registry.run('agents.register', { hostname: 'x' }, { actor: alice }));
    expect(failure).toEqual({
      name: 'Error',
      code: undefined,
      message: 'Command agents.register is in the contract but no context registered a handler for it',
      details: undefined,
    });
  });

  it('refuses a non-public command before sign-in without calling its handler or parsing its input', async () => {
    const registry = createRegistry();
    const calls: unknown[] = [];
    registry.command('agents.register', (input) => (calls.push(input), agent));
    // Invalid input too: an anonymous caller learns nothing about the command's schema.
    expect(await rejected(registry.run('agents.register', { hostname: '' }, { actor: null }))).toEqual({
      name: 'UnauthenticatedError',
      code: 'UNAUTHENTICATED',
      message: 'Sign in before running agents.register',
      details: undefined,
    });
    expect(calls).toEqual([]);
  });

  it('runs a public command without an actor, passing the parsed input and the context through', async () => {
    const registry = createRegistry();
    const seen: unknown[] = [];
    const bindSession = () => {};
    registry.publicCommand('session.users', (input, context) => {
      seen.push(input, context);
      return [];
    });
    await expect(registry.run('session.users', undefined, { actor: null, bindSession })).resolves.toEqual([]);
    // A missing input is the empty object.
    expect(seen).toEqual([{}, { actor: null, bindSession }]);
  });

  it('hands a non-public handler the actor and the input as the contract parsed it', async () => {
    const registry = createRegistry();
    const seen: unknown[] = [];
    registry.command('agents.register', (input, context) => {
      seen.push(input, context.actor);
      return agent;
    });
    // The schema trims the hostname: the handler sees the parsed value, not the raw one.
    await expect(registry.run('agents.register', { hostname: '  build-01  ' }, { actor: alice })).resolves.toBe(agent);
    expect(seen).toEqual([{ hostname: 'build-01' }, alice]);
  });

  it('refuses invalid input with the field paths forms show beside their fields', async () => {
    const registry = createRegistry();
    registry.command('agents.register', () => agent);
    const nested = await rejected(registry.run('agents.register', { hostname: 'ok', resources: ['fine', ''] }, { actor: alice }));
    expect(nested).toMatchObject({ name: 'InvalidInputError', code: 'INVALID_INPUT', details: { fields: { 'resources.1': expect.any(String) } } });
    const { fields } = nested.details as { fields: Record<string, string> };
    expect(Object.keys(fields)).toEqual(['resources.1']);
    expect(nested.message).toBe(`Invalid input for agents.register: resources.1: ${fields['resources.1']}`);
    // An unknown key is an issue of the whole input: it is filed under `_` and the message names no field.
    const stray = await rejected(registry.run('agents.register', { hostname: 'ok', extra: 1 }, { actor: alice }));
    expect(stray.code).toBe('INVALID_INPUT');
    expect(stray.message).toBe('Invalid input for agents.register: Unrecognized key: "extra"');
    expect(stray.details).toEqual({ fields: { _: 'Unrecognized key: "extra"' } });
  });

  it('registers a public handler only for a command the contract declares public', () => {
    const registry = createRegistry();
    expect(thrown(() => registry.publicCommand('agents.register', () => agent))).toMatchObject({
      message: 'agents.register is not declared public in the contract',
    });
    // Refused before anything was registered.
    expect(registry.missing()).toContain(
      "command agents.register (declared in src/shared/contract/agents.ts): register it with kit.command('agents.register', …) in its context",
    );
  });

  it('refuses names outside the contract, of the right kind, and a second registration', () => {
    const registry = createRegistry();
    expect(thrown(() => registry.command('nope' as 'agents.register', () => agent)).message).toBe('Command nope is not in the contract');
    // A view's name is not a command's, and an Object.prototype name is nobody's.
    expect(thrown(() => registry.command('agents.list' as 'agents.register', () => agent)).message).toBe('Command agents.list is not in the contract');
    expect(thrown(() => registry.command('constructor' as 'agents.register', () => agent)).message).toBe('Command constructor is not in the contract');
    expect(thrown(() => registry.view('agents.register' as 'agents.list', () => [])).message).toBe('View agents.register is not in the contract');
    expect(thrown(() => registry.view('toString' as 'agents.list', () => [])).message).toBe('View toString is not in the contract');

    registry.command('agents.register', () => agent);
    expect(thrown(() => registry.command('agents.register', () => agent)).message).toBe('Command agents.register is registered twice');
    registry.view('agents.list', () => []);
    expect(thrown(() => registry.view('agents.list', () => [])).message).toBe('View agents.list is registered twice');
    registry.authorizeTopics(agentsTopic, () => true);
    expect(thrown(() => registry.authorizeTopics(agentsTopic, () => false)).message).toBe('Topics agents:updates:{org} is registered twice');
  });

  it('takes a registration out again when it is disposed, so it may be registered anew', async () => {
    const registry = createRegistry();
    const first = registry.command('agents.register', () => agent);
    first.dispose();
    await expect(registry.run('agents.register', { hostname: 'x' }, { actor: alice })).rejects.toThrow(/no context registered a handler/);
    registry.command('agents.register', () => ({ ...agent, hostname: 'second' }));
    await expect(registry.run('agents.register', { hostname: 'x' }, { actor: alice })).resolves.toMatchObject({ hostname: 'second' });
  });
});

describe('createRegistry: views', () => {
  const withAgentsView = (authorize?: (actor: Actor, params: Record<string, string>) => boolean) => {
    const registry = createRegistry();
    const loaded: unknown[] = [];
    registry.view('agents.list', (params, actor) => (loaded.push([params, actor]), [agent]));
    if (authorize) registry.authorizeTopics(agentsTopic, authorize);
    return { registry, loaded };
  };

  it('refuses a view the contract does not declare, Object.prototype names included', () => {
    const registry = createRegistry();
    for (const name of ['nope', 'constructor', 'toString', 'valueOf']) {
      expect(thrown(() => registry.load(name, {}, alice))).toMatchObject({ name: 'ProtocolError', code: 'PROTOCOL', message: `Unknown view "${name}"` });
    }
  });

  it('fails loudly, not as a domain error, for a declared view no context registered', () => {
    const registry = createRegistry();
    expect(thrown(() => registry.load('agents.list', {}, alice))).toEqual({
      name: 'Error',
      code: undefined,
      message: 'View agents.list is in the contract but no context registered a loader for it',
      details: undefined,
    });
  });

  it('refuses an anonymous reader without calling the loader', () => {
    const { registry, loaded } = withAgentsView(() => true);
    expect(thrown(() => registry.load('agents.list', {}, null))).toEqual({
      name: 'UnauthenticatedError',
      code: 'UNAUTHENTICATED',
      message: 'Sign in before loading agents.list',
      details: undefined,
    });
    expect(loaded).toEqual([]);
  });

  it('refuses invalid params with their fields', () => {
    const { registry, loaded } = withAgentsView(() => true);
    expect(thrown(() => registry.load('agents.list', { org: 'globex' }, alice))).toMatchObject({
      code: 'INVALID_INPUT',
      message: 'Invalid input for agents.list: Unrecognized key: "org"',
      details: { fields: { _: 'Unrecognized key: "org"' } },
    });
    expect(loaded).toEqual([]);
  });

  it("gives a window the view's data with the topics it may follow, each checked by its family's authorizer", () => {
    const asked: unknown[] = [];
    const { registry, loaded } = withAgentsView((actor, params) => (asked.push([actor.userId, params]), true));
    // A missing params object is the empty one.
    expect(registry.load('agents.list', undefined, alice)).toEqual({ data: [agent], topics: ['agents:updates:acme'] });
    expect(loaded).toEqual([[{}, alice]]);
    expect(asked).toEqual([['alice', { org: 'acme' }]]);
  });

  it("refuses a window's view whose topics it may not follow: the data never leaves", () => {
    const refusing = withAgentsView(() => false).registry;
    expect(thrown(() => refusing.load('agents.list', {}, alice))).toEqual({
      name: 'ForbiddenError',
      code: 'FORBIDDEN',
      message: 'Not allowed to subscribe to agents:updates:acme',
      details: undefined,
    });
    // Deny by default: a family nobody vouched for is nobody's to follow.
    const unvouched = withAgentsView().registry;
    expect(thrown(() => unvouched.load('agents.list', {}, alice))).toMatchObject({ code: 'FORBIDDEN', message: 'Not allowed to subscribe to agents:updates:acme' });
  });

  it('gives an API caller the data to read once: it follows no topic, so none is authorized', () => {
    const { registry, loaded } = withAgentsView();
    expect(registry.load('agents.list', {}, acmeApi)).toEqual({ data: [agent], topics: [] });
    expect(loaded).toEqual([[{}, acmeApi]]);
  });
});

describe('createRegistry: topics', () => {
  it('refuses an anonymous subscriber, naming the topic', () => {
    const registry = createRegistry();
    registry.authorizeTopics(agentsTopic, () => true);
    expect(thrown(() => registry.authorize(null, 'agents:updates:acme'))).toEqual({
      name: 'UnauthenticatedError',
      code: 'UNAUTHENTICATED',
      message: 'Sign in before subscribing to agents:updates:acme',
      details: undefined,
    });
  });

  it('refuses a topic of no family in the contract as invalid input', () => {
    const registry = createRegistry();
    expect(thrown(() => registry.authorize(alice, 'secrets:all'))).toEqual({
      name: 'InvalidInputError',
      code: 'INVALID_INPUT',
      message: 'Unknown topic "secrets:all"',
      details: undefined,
    });
  });

  it("asks the family's authorizer with the topic's params, and refuses by default", () => {
    const registry = createRegistry();
    expect(thrown(() => registry.authorize(alice, 'agents:updates:acme'))).toEqual({
      name: 'ForbiddenError',
      code: 'FORBIDDEN',
      message: 'Not allowed to subscribe to agents:updates:acme',
      details: undefined,
    });
    const asked: unknown[] = [];
    const stop = registry.authorizeTopics(agentsTopic, (actor, params) => (asked.push([actor, params]), params.org === actor.orgId));
    expect(registry.authorize(alice, 'agents:updates:acme')).toBe('agents:updates:acme');
    expect(thrown(() => registry.authorize(alice, 'agents:updates:globex'))).toMatchObject({
      code: 'FORBIDDEN',
      message: 'Not allowed to subscribe to agents:updates:globex',
    });
    expect(asked).toEqual([
      [alice, { org: 'acme' }],
      [alice, { org: 'globex' }],
    ]);
    stop.dispose();
    expect(thrown(() => registry.authorize(alice, 'agents:updates:acme')).code).toBe('FORBIDDEN');
  });
});

describe('createRegistry: missing', () => {
  const commandLine = (name: string, domain: string) => `command ${name} (declared in src/shared/contract/${domain}.ts): register it with kit.command('${name}', …) in its context`;
  const viewLine = (name: string, domain: string) => `view ${name} (declared in src/shared/contract/${domain}.ts): register it with kit.view('${name}', …) in its context`;
  const topicsLine = (template: string) => `topics ${template}: authorize them with kit.authorize(…) in their context, or no window may follow them`;

  it('names every command, view and topic family of the contract while nothing is registered, each with its fix', () => {
    const missing = createRegistry().missing();
    expect(missing).toHaveLength(Object.keys(commandSpecs).length + Object.keys(viewSpecs).length + topicFamilies.length);
    expect(missing).toContain(commandLine('agents.register', 'agents'));
    expect(missing).toContain(commandLine('session.signIn', 'session'));
    expect(missing).toContain(viewLine('agents.list', 'agents'));
    expect(missing).toContain(viewLine('kernel.stats', 'kernel'));
    expect(missing).toContain(topicsLine('agents:updates:{org}'));
    // Commands first, then views, then topic families, each in the contract's order.
    expect(missing[0]).toContain(`command ${Object.keys(commandSpecs)[0]!} (declared in src/shared/contract/`);
    expect(missing.at(-1)).toBe(topicsLine(topicFamilies.at(-1)!.template));
    expect(missing.every((line) => !line.includes('contract/?.ts'))).toBe(true);
  });

  it('drops what is registered and is empty once everything is', () => {
    const registry: Registry = createRegistry();
    registry.command('agents.register', () => agent);
    registry.view('agents.list', () => []);
    registry.authorizeTopics(agentsTopic, () => true);
    const missing = registry.missing();
    expect(missing).not.toContain(commandLine('agents.register', 'agents'));
    expect(missing).not.toContain(viewLine('agents.list', 'agents'));
    expect(missing).not.toContain(topicsLine('agents:updates:{org}'));
    expect(missing).toContain(commandLine('agents.update', 'agents'));

    const complete = createRegistry();
    for (const name of Object.keys(commandSpecs)) complete.command(name as 'agents.register', () => agent);
    for (const name of Object.keys(viewSpecs)) complete.view(name as 'agents.list', () => []);
    for (const family of topicFamilies) complete.authorizeTopics(family, () => true);
    expect(complete.missing()).toEqual([]);
  });
});
