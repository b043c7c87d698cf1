/**
 * A context's kit: the kernel's handles under the context's name, and registration calls whose every registration
 * is owned by the kit's store, so disposing the store takes the context out of the kernel again. Pushes and signals
 * reach the bus without being logged.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { apiActor, systemRef } from '../../../../src/main/kernel/actor';
import type { Push, Signal } from '../../../../src/main/kernel/bus/createBus';
import { createContextKit, type OwnedKit } from '../../../../src/main/kernel/context/createContextKit';
import { createKernel, type Kernel } from '../../../../src/main/kernel/createKernel';
import { toDisposable } from '../../../../src/main/kernel/disposable';
import { agentsTopic, type LogEvent } from '../../../../src/shared/contract';

const acme = 'agents:updates:acme' as const;
const globex = 'agents:updates:globex' as const;
const deleted = (uuid: string) => ({ type: 'agent_deleted' as const, payload: { uuid } });

describe('createContextKit', () => {
  let kernel: Kernel;
  let owned: OwnedKit;
  beforeEach(() => {
    kernel = createKernel({ file: ':memory:' });
    owned = createContextKit(kernel, 'probe');
  });
  afterEach(() => kernel.dispose());

  const emit = (topic: typeof acme | typeof globex, uuid: string) => kernel.write(systemRef('test'), (e) => e(topic, deleted(uuid)));
  const line = (kind: 'command' | 'view', name: string) =>
    `${kind} ${name} (declared in src/shared/contract/agents.ts): register it with kit.${kind}('${name}', …) in its context`;

  it("hands the context the kernel's database and unit of work under its own name", () => {
    const { kit } = owned;
    expect(kit.name).toBe('probe');
    expect(kit.db).toBe(kernel.db);
    expect(kit.write).toBe(kernel.write);
    kit.migrate([{ id: 'probe/001_create', sql: 'CREATE TABLE probe_rows (id INTEGER PRIMARY KEY) STRICT' }]);
    kit.migrate([{ id: 'probe/001_create', sql: 'CREATE TABLE probe_rows (id INTEGER PRIMARY KEY) STRICT' }]);
    expect(kernel.db.prepare('SELECT count(*) AS n FROM probe_rows').get()).toEqual({ n: 0 });
  });

  it('registers commands, views and authorizers with the registry until the context is disposed', async () => {
    const { kit, store } = owned;
    kit.command('agents.delete', ({ uuid }) => ({ uuid }));
    kit.publicCommand('session.users', () => []);
    kit.view('agents.list', () => []);
    kit.authorize(agentsTopic, (actor, { org }) => actor.orgId === org);
    expect(store.size).toBe(4);
    const uuid = '00000000-0000-4000-8000-000000000001';
    await expect(kernel.registry.run('agents.delete', { uuid }, { actor: apiActor('acme') })).resolves.toEqual({ uuid });
    await expect(kernel.registry.run('session.users', {}, { actor: null })).resolves.toEqual([]);
    expect(kernel.registry.load('agents.list', {}, apiActor('acme'))).toEqual({ data: [], topics: [] });
    expect(kernel.registry.authorize(apiActor('acme'), acme)).toBe(acme);
    expect(kernel.registry.missing()).not.toContain(line('command', 'agents.delete'));

    store.dispose();
    expect(kernel.registry.missing()).toEqual(
      expect.arrayContaining([line('command', 'agents.delete'), line('view', 'agents.list'), 'topics agents:updates:{org}: authorize them with kit.authorize(…) in their context, or no window may follow them']),
    );
    expect(() => kernel.registry.authorize(apiActor('acme'), acme)).toThrow(expect.objectContaining({ code: 'FORBIDDEN' }));
    // Taken out, so another context may register them.
    const next = createContextKit(kernel, 'next');
    expect(() => next.kit.command('agents.delete', ({ uuid: u }) => ({ uuid: u }))).not.toThrow();
  });

  it("reacts to another context's committed events, on one topic or a whole family, until disposed", () => {
    const { kit, store } = owned;
    const one: string[] = [];
    const family: [string, Record<string, string>][] = [];
    kit.subscribe(acme, (event) => one.push(event.type === 'agent_deleted' ? event.payload.uuid : event.type));
    kit.subscribeFamily(agentsTopic, (event: LogEvent, params) => family.push([event.topic, params]));
    emit(acme, 'a');
    emit(globex, 'g');
    // Another family's event reaches neither.
    kernel.write(systemRef('test'), (e) => e('scheduler:updates:acme', { type: 'pending_count', payload: { count: 1 } }));
    expect(one).toEqual(['a']);
    expect(family).toEqual([
      [acme, { org: 'acme' }],
      [globex, { org: 'globex' }],
    ]);
    store.dispose();
    emit(acme, 'later');
    expect(one).toEqual(['a']);
    expect(family).toHaveLength(2);
    expect(kernel.bus.subscriberCount()).toBe(0);
  });

  it('pushes to the windows following a topic, live only: the bus delivers it and the log never holds it', () => {
    const pushes: Push[] = [];
    kernel.bus.onPush(acme, (push) => pushes.push(push));
    owned.kit.push(acme, deleted('p'));
    expect(pushes).toEqual([{ topic: acme, at: expect.any(Number), ...deleted('p') }]);
    expect(kernel.log.readSince([acme], 0)).toEqual([]);
    // A push owns nothing.
    expect(owned.store.size).toBe(0);
  });

  it("signals main-only listeners, the context's own until it is disposed", () => {
    const { kit, store } = owned;
    const onBus: Signal[] = [];
    const onKit: Signal[] = [];
    kernel.bus.onSignal(acme, (signal) => onBus.push(signal));
    kit.onSignal(acme, (signal) => onKit.push(signal));
    kit.signal(acme, deleted('s1'));
    kernel.bus.signal(acme, deleted('s2'));
    expect(onBus).toEqual([
      { topic: acme, ...deleted('s1') },
      { topic: acme, ...deleted('s2') },
    ]);
    expect(onKit).toEqual(onBus);
    expect(kernel.log.readSince([acme], 0)).toEqual([]);
    store.dispose();
    kit.signal(acme, deleted('s3'));
    expect(onBus).toHaveLength(3);
    expect(onKit).toHaveLength(2);
  });

  it("keeps a family's events in the audit trail while the context lives", () => {
    const { kit, store } = owned;
    emit(acme, 'before');
    kit.audit(agentsTopic);
    emit(acme, 'kept');
    emit(globex, 'other');
    expect(kit.auditTrail(acme).map((e) => [e.topic, e.type === 'agent_deleted' && e.payload.uuid, e.actor])).toEqual([[acme, 'kept', { kind: 'system', id: 'test' }]]);
    expect(kit.auditTrail(globex)).toHaveLength(1);
    store.dispose();
    emit(acme, 'after');
    expect(kernel.log.auditTrail(acme)).toHaveLength(1);
  });

  it('disposes what the context owns with it, last owned first, and hands each back', () => {
    const { kit, store } = owned;
    const order: string[] = [];
    const first = toDisposable(() => order.push('first'));
    expect(kit.own(first)).toBe(first);
    kit.own(toDisposable(() => order.push('second')));
    store.dispose();
    expect(order).toEqual(['second', 'first']);
  });
});
