/**
 * The bus's listener bookkeeping: a lone throwing listener is reported with its topic, `subscribeAll` listeners
 * stop one at a time and cost no error when none throws, and a topic leaves the counts with its last listener.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { LogEvent } from '../../../../src/shared/contract';
import { createBus } from '../../../../src/main/kernel/bus/createBus';

const topic = 'agents:updates:acme';
const event = (seq: number) => ({ seq, topic, type: 'agent_deleted', payload: { uuid: 'u' }, actor: { kind: 'system', id: 'test' }, size: 10, at: 0 }) as LogEvent;

afterEach(() => vi.restoreAllMocks());

describe('bus listeners', () => {
  it('reports a lone listener that throws, naming the bus and the topic', () => {
    const bus = createBus();
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const stop = bus.subscribe(topic, () => {
      throw new Error('boom');
    });
    bus.publish(event(1));
    expect(error).toHaveBeenCalledTimes(1);
    expect(error.mock.calls[0]![0]).toBe(`switchboard:kernel:bus listener for ${topic} threw`);
    stop();
    bus.dispose();
  });

  it('gives every subscribeAll listener each event without a report, and stops only the one that unsubscribes', () => {
    const bus = createBus();
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const first: number[] = [];
    const second: number[] = [];
    const stopFirst = bus.subscribeAll((e) => void first.push(e.seq));
    const stopSecond = bus.subscribeAll((e) => void second.push(e.seq));
    bus.publish(event(1));
    stopFirst();
    bus.publish(event(2));
    expect([first, second]).toEqual([[1], [1, 2]]);
    expect(error).not.toHaveBeenCalled();
    stopSecond();
    bus.dispose();
  });

  it('drops a topic from its counts with its last listener', () => {
    const bus = createBus();
    const stops = [bus.subscribe(topic, () => {}), bus.subscribe(topic, () => {})];
    expect(bus.topicCounts()).toEqual(new Map([[topic, 2]]));
    stops.forEach((stop) => stop());
    expect(bus.topicCounts()).toEqual(new Map());
    bus.dispose();
  });
});
