import { describe, expect, it, vi } from 'vitest';
import { createBus } from '../../../src/main/kernel/bus/createBus';
import type { PubSubAdapter } from '../../../src/main/kernel/bus/pubSubAdapter';
import type { LogEvent } from '../../../src/shared/contract';

const event = (topic: string, seq = 1) =>
  ({ seq, topic, type: 'agent_deleted', payload: { uuid: 'u' } }) as unknown as LogEvent;
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

  it('keeps publishLocal away from window subscriptions', () => {
    const bus = createBus();
    const main = vi.fn();
    const windowListener = vi.fn();
    const stops = [bus.subscribe(topic('acme'), main), bus.subscribe(topic('acme'), windowListener, { scope: 'window' })];
    bus.publishLocal(event(topic('acme')));
    expect(main).toHaveBeenCalledTimes(1);
    expect(windowListener).not.toHaveBeenCalled();
    bus.publish(event(topic('acme')));
    expect(windowListener).toHaveBeenCalledTimes(1);
    stops.forEach((s) => s());
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
    // A two-node adapter: what one node broadcasts, both receive (as Redis pub/sub would).
    const nodes: ((e: LogEvent) => void)[] = [];
    const adapter = (name: string): PubSubAdapter => ({
      nodeName: name,
      broadcast: (e) => nodes.forEach((deliver) => deliver(e)),
      onMessage: (l) => {
        nodes.push(l);
        return () => nodes.splice(nodes.indexOf(l), 1);
      },
      dispose: () => {},
    });
    const one = createBus(adapter('one'));
    const two = createBus(adapter('two'));
    const seen = vi.fn();
    const stop = two.subscribe(topic('acme'), seen);
    one.publish(event(topic('acme'), 7));
    expect(seen).toHaveBeenCalledWith(expect.objectContaining({ seq: 7 }));
    one.publishLocal(event(topic('acme'), 8));
    expect(seen).toHaveBeenCalledTimes(1);
    stop();
    one.dispose();
    two.dispose();
    expect(nodes).toHaveLength(0);
  });
});
