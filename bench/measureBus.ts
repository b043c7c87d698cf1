/** Bus deliveries per second against Node's EventEmitter, same listeners, same events, same run. */
import { EventEmitter } from 'node:events';
import { createBus } from '../src/main/kernel/bus/createBus';
import type { LogEvent } from '../src/shared/contract';

export interface BusResult {
  scenario: string;
  busPerSec: number;
  emitterPerSec: number;
}

function time(fn: () => void): number {
  const start = performance.now();
  fn();
  return (performance.now() - start) / 1000;
}

export function measureBus(): BusResult[] {
  const results: BusResult[] = [];
  const scenarios = [
    { scenario: '1 topic × 10 subscribers', topics: 1, perTopic: 10, publishes: 500_000 },
    { scenario: '10k topics × 1 subscriber', topics: 10_000, perTopic: 1, publishes: 2_000_000 },
  ];
  for (const s of scenarios) {
    const bus = createBus();
    const emitter = new EventEmitter();
    emitter.setMaxListeners(0);
    let sink = 0;
    const listener = (e: { seq: number }) => {
      sink += e.seq;
    };
    const names = Array.from({ length: s.topics }, (_, i) => `agents:updates:org${i}` as `agents:updates:${string}`);
    const stops = names.flatMap((name) => Array.from({ length: s.perTopic }, () => bus.subscribe(name, listener)));
    names.forEach((name) => Array.from({ length: s.perTopic }, () => emitter.on(name, listener)));
    const events = names.map((topic, i) => ({ seq: i, topic, type: 'agent_deleted', payload: { uuid: 'x' } }) as unknown as LogEvent);
    const runBus = () => {
      for (let i = 0; i < s.publishes; i++) bus.publish(events[i % events.length]!);
    };
    const runEmitter = () => {
      for (let i = 0; i < s.publishes; i++) {
        const e = events[i % events.length]!;
        emitter.emit(e.topic, e);
      }
    };
    runBus();
    runEmitter(); // warm up both
    const deliveries = s.publishes * s.perTopic;
    // Alternated, best of five each: on a shared machine a single round mostly measures the neighbours.
    let busSeconds = Infinity;
    let emitterSeconds = Infinity;
    for (let round = 0; round < 5; round++) {
      busSeconds = Math.min(busSeconds, time(runBus));
      emitterSeconds = Math.min(emitterSeconds, time(runEmitter));
    }
    results.push({ scenario: s.scenario, busPerSec: deliveries / busSeconds, emitterPerSec: deliveries / emitterSeconds });
    stops.forEach((stop) => stop());
    bus.dispose();
    if (sink === -1) console.log(sink);
  }
  return results;
}
