import { describe, expect, it, vi } from 'vitest';
import { createBus } from '../../../src/main/kernel/bus/createBus';
import type { PubSubAdapter } from '../../../src/main/kernel/bus/pubSubAdapter';
import type { LogEvent } from '../../../src/shared/contract';

const event = (topic: `agents:updates:${string}`, seq = 1): LogEvent => ({ seq, topic, actor: { kind: 'system', id: 'test' }, size: 12, at: 0, type: 'agent_deleted', payload: { uuid: 'u' } });
const topic = (org: string) => `agents:updates:${org}` as `agents:updates:${string}`;

describe('bus', () => {
  it('delivers a publish to the subscribers of that topic only, in subscription order', () => {
    const bus = createBus();
    const calls: string[] = [];
    const stopA = bus.subscribe(topic('acme'), () => calls.push('a1'));
    const stopB = bus.subscribe(topic('acme'), () => calls.push('a2'));
    const stopC = bus.subscribe(topic('globex'), () => calls.push('g'));
    bus.publish(event(topic('acme')));
    expect(calls).toEqual(['a1', 'a2']);
    expect(bus.subscriberCount(topic('acme'))).toBe(2);
    stopA();
    stopA(); // unsubscribing twice is harmless
    bus.publish(event(topic('acme')));
    expect(calls).toEqual(['a1', 'a2', 'a2']);
    stopB();
    stopC();
    expect(bus.subscriberCount()).toBe(0);
    bus.dispose();
  });

  it('keeps signals apart from committed events: main-only, no seq, never to other nodes', () => {
    const bus = createBus();
    const onEvent = vi.fn();
    const onSignal = vi.fn();
    const stops = [bus.subscribe(topic('acme'), onEvent), bus.onSignal(topic('acme'), onSignal)];
    bus.signal(topic('acme'), { type: 'agent_deleted', payload: { uuid: 'u' } });
    expect(onSignal).toHaveBeenCalledWith({ topic: 'agents:updates:acme', type: 'agent_deleted', payload: { uuid: 'u' } });
    expect(onEvent).not.toHaveBeenCalled();
    bus.publish(event(topic('acme')));
    expect(onEvent).toHaveBeenCalledTimes(1);
    expect(onSignal).toHaveBeenCalledTimes(1);
    stops.forEach((s) => s());
    expect(bus.subscriberCount()).toBe(0);
    bus.dispose();
  });

  it('isolates a throwing listener from the others', () => {
    const bus = createBus();
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const after = vi.fn();
    const stops = [
      bus.subscribe(topic('acme'), () => {
        throw new Error('boom');
      }),
      bus.subscribe(topic('acme'), after),
    ];
    bus.publish(event(topic('acme')));
    expect(after).toHaveBeenCalledTimes(1);
    expect(error).toHaveBeenCalled();
    error.mockRestore();
    stops.forEach((s) => s());
    bus.dispose();
  });

  it('lets a listener unsubscribe another during a publish without skipping anyone in that publish', () => {
    const bus = createBus();
    const calls: string[] = [];
    let stopSecond = () => {};
    const stopFirst = bus.subscribe(topic('acme'), () => {
      calls.push('first');
      stopSecond();
    });
    stopSecond = bus.subscribe(topic('acme'), () => calls.push('second'));
    bus.publish(event(topic('acme')));
    bus.publish(event(topic('acme')));
    expect(calls).toEqual(['first', 'second', 'first']);
    stopFirst();
    bus.dispose();
  });

  it('fans publishes out through its adapter, so another node sharing it receives them', () => {
    // A two-node adapter: what one node broadcasts, the other receives (the bus dispatches its own node's).
    const nodes: { name: string; deliver: (e: LogEvent) => void }[] = [];
    const adapter = (name: string): PubSubAdapter => ({
      nodeName: name,
      broadcast: (e) => nodes.filter((n) => n.name !== name).forEach((n) => n.deliver(e)),
      onMessage: (deliver) => {
        const node = { name, deliver };
        nodes.push(node);
        return () => nodes.splice(nodes.indexOf(node), 1);
      },
      dispose: () => {},
    });
    const one = createBus(adapter('one'));
    const two = createBus(adapter('two'));
    const seen = vi.fn();
    const local = vi.fn();
    const stops = [two.subscribe(topic('acme'), seen), one.subscribe(topic('acme'), local)];
    one.publish(event(topic('acme'), 7));
    expect(seen).toHaveBeenCalledWith(expect.objectContaining({ seq: 7 }));
    expect(local).toHaveBeenCalledTimes(1);
    one.signal(topic('acme'), { type: 'agent_deleted', payload: { uuid: 'local' } });
    expect(seen).toHaveBeenCalledTimes(1);
    stops.forEach((stop) => stop());
    one.dispose();
    two.dispose();
    expect(nodes).toHaveLength(0);
  });
});
