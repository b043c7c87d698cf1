/**
 * Pushes and the all-topics subscription: a push reaches this node's push listeners of its topic, stamped with its
 * time, and other nodes through the adapter; `subscribeAll` sees every committed event, isolated from throws;
 * dispose detaches from the adapter and drops every listener.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { LogEvent } from '../../../../src/shared/contract';
import { createBus } from '../../../../src/main/kernel/bus/createBus';
import type { PubSubAdapter } from '../../../../src/main/kernel/bus/pubSubAdapter';

const topic = 'agents:updates:acme';
const event = (seq: number, t = topic) =>
  ({ seq, topic: t, type: 'agent_deleted', payload: { uuid: 'u' }, actor: { kind: 'system', id: 'test' }, size: 10, at: 0 }) as LogEvent;

function fakeAdapter() {
  const broadcasts: unknown[] = [];
  const pushes: unknown[] = [];
  let deliver: ((e: LogEvent) => void) | undefined;
  let deliverPush: ((p: never) => void) | undefined;
  const stopped: string[] = [];
  const adapter: PubSubAdapter = {
    nodeName: 'n1',
    broadcast: (e) => broadcasts.push(e),
    onMessage(listener) {
      deliver = listener;
      return () => stopped.push('messages');
    },
    broadcastPush: (p) => pushes.push(p),
    onPush(listener) {
      deliverPush = listener as never;
      return () => stopped.push('pushes');
    },
    dispose() {},
  };
  return { adapter, broadcasts, pushes, stopped, fromOtherNode: (e: LogEvent) => deliver!(e), pushFromOtherNode: (p: unknown) => deliverPush!(p as never) };
}

describe('bus pushes and subscribeAll', () => {
  afterEach(() => vi.restoreAllMocks());

  it('delivers a push to its topic on this node with the time, and hands it to the adapter for the others', () => {
    vi.spyOn(Date, 'now').mockReturnValue(1234);
    const fake = fakeAdapter();
    const bus = createBus(fake.adapter);
    const got: unknown[] = [];
    const stop = bus.onPush(topic, (p) => got.push(p));
    bus.onPush('agents:updates:globex', () => got.push('wrong topic'));
    bus.push(topic, { type: 'agent_deleted', payload: { uuid: 'x' } });
    const push = { topic, at: 1234, type: 'agent_deleted', payload: { uuid: 'x' } };
    expect(got).toEqual([push]);
    expect(fake.pushes).toEqual([push]);
    fake.pushFromOtherNode({ ...push, at: 99 });
    expect(got).toHaveLength(2);
    stop();
    bus.push(topic, { type: 'agent_deleted', payload: { uuid: 'y' } });
    expect(got).toHaveLength(2);
    expect(bus.subscriberCount()).toBe(0); // pushes are not event subscribers
    bus.dispose();
  });

  it('gives subscribeAll every event, local or from another node, isolating a throwing listener', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const fake = fakeAdapter();
    const bus = createBus(fake.adapter);
    const all: number[] = [];
    bus.subscribeAll(() => {
      throw new Error('boom');
    });
    const stop = bus.subscribeAll((e) => all.push(e.seq));
    bus.publish(event(1));
    fake.fromOtherNode(event(2, 'agents:updates:globex'));
    expect(all).toEqual([1, 2]);
    expect(fake.broadcasts).toEqual([event(1)]); // only local publishes go out, never an echo
    expect(console.error).toHaveBeenCalledWith(`switchboard:kernel:bus listener for * (${topic}) threw`, expect.any(Error));
    stop();
    bus.publish(event(3));
    expect(all).toEqual([1, 2]);
    bus.dispose();
  });

  it('on dispose stops listening to the adapter and drops every listener', () => {
    const fake = fakeAdapter();
    const bus = createBus(fake.adapter);
    const got: string[] = [];
    bus.subscribe(topic, () => got.push('event'));
    bus.subscribeAll(() => got.push('all'));
    bus.onSignal(topic, () => got.push('signal'));
    bus.onPush(topic, () => got.push('push'));
    bus.dispose();
    expect(fake.stopped.sort()).toEqual(['messages', 'pushes']);
    bus.publish(event(1));
    bus.signal(topic, { type: 'agent_deleted', payload: { uuid: 'u' } });
    bus.push(topic, { type: 'agent_deleted', payload: { uuid: 'u' } });
    expect(got).toEqual([]);
    expect(bus.subscriberCount()).toBe(0);
  });

  it('works with an adapter that carries no pushes', () => {
    const bus = createBus({ nodeName: 'n', broadcast() {}, onMessage: () => () => {}, dispose() {} });
    const got: unknown[] = [];
    bus.onPush(topic, (p) => got.push(p.topic));
    bus.push(topic, { type: 'agent_deleted', payload: { uuid: 'u' } });
    expect(got).toEqual([topic]);
    bus.dispose();
  });
});
