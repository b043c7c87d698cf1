/**
 * The topic bus of the main process: contexts publish committed events, the sync server and other contexts
 * subscribe. Subscribing and publishing cost O(subscribers of that topic): listeners live in a per-topic array
 * replaced on change, so a publish iterates a stable snapshot with no allocation. Main-only signals (never logged,
 * never sent to windows or other nodes) travel on their own listener lists, typed without a seq.
 */
import type { LogEvent, TopicName, Topics } from '../../../shared/contract';
import { createLogger } from '../logger';
import { createLocalAdapter, type PubSubAdapter } from './pubSubAdapter';
import { createTopicListeners } from './createTopicListeners';

export type BusListener<T extends TopicName = TopicName> = (event: LogEvent<T>) => void;

/** A main-process signal: an event that is not logged, so it has no seq and no window ever sees it. */
export type Signal<T extends TopicName = TopicName> = { topic: T } & Topics[T];
export type SignalListener<T extends TopicName = TopicName> = (signal: Signal<T>) => void;

/** Topic publish/subscribe for the main process. */
export interface Bus {
  /** Reaches every subscriber of this node and, through the adapter, of every other node. */
  publish(event: LogEvent): void;
  /** Returns its own unsubscribe. */
  subscribe<T extends TopicName>(topic: T, listener: BusListener<T>): () => void;
  /** Reaches this node's signal listeners only (Phoenix's `local_broadcast`); nothing is logged. */
  signal<T extends TopicName>(topic: T, event: Topics[T]): void;
  onSignal<T extends TopicName>(topic: T, listener: SignalListener<T>): () => void;
  /** Event subscribers of `topic`, or of every topic. */
  subscriberCount(topic?: string): number;
  /** Event subscribers per topic (the kernel's statistics). */
  topicCounts(): Map<string, number>;
  dispose(): void;
}

const log = createLogger('switchboard:kernel:bus');
const report = (topic: string, error: unknown) => log.error(`listener for ${topic} threw`, error);

class BusImpl implements Bus {
  #events = createTopicListeners<LogEvent>(report);
  #signals = createTopicListeners<Signal>(report);
  #adapter: PubSubAdapter;
  #stopAdapter: () => void;

  constructor(adapter: PubSubAdapter) {
    this.#adapter = adapter;
    this.#stopAdapter = adapter.onMessage((event) => this.#events.dispatch(event.topic, event));
  }

  publish(event: LogEvent): void {
    this.#events.dispatch(event.topic, event);
    this.#adapter.broadcast(event);
  }

  subscribe<T extends TopicName>(topic: T, listener: BusListener<T>): () => void {
    // The listener is keyed by its topic, so it only ever receives events of `T`.
    return this.#events.add(topic, listener as BusListener);
  }

  signal<T extends TopicName>(topic: T, event: Topics[T]): void {
    this.#signals.dispatch(topic, { topic, ...event });
  }

  onSignal<T extends TopicName>(topic: T, listener: SignalListener<T>): () => void {
    return this.#signals.add(topic, listener as SignalListener);
  }

  subscriberCount(topic?: string): number {
    return this.#events.count(topic);
  }

  topicCounts(): Map<string, number> {
    return this.#events.counts();
  }

  dispose(): void {
    this.#stopAdapter();
    this.#events.clear();
    this.#signals.clear();
  }
}

export function createBus(adapter: PubSubAdapter = createLocalAdapter()): Bus {
  return new BusImpl(adapter);
}
