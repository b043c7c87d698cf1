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

/**
 * A push: an event for the windows that follow its topic, delivered live and never logged (the seed's transient and
 * toast notifications, flashes). A window that is not connected misses it, by design; it has no seq.
 */
export type Push<T extends TopicName = TopicName> = { topic: T; at: number } & Topics[T];
export type PushListener<T extends TopicName = TopicName> = (push: Push<T>) => void;

/** Topic publish/subscribe for the main process. */
export interface Bus {
  /** Reaches every subscriber of this node and, through the adapter, of every other node. */
  publish(event: LogEvent): void;
  /** Returns its own unsubscribe. */
  subscribe<T extends TopicName>(topic: T, listener: BusListener<T>): () => void;
  /** Reaches this node's signal listeners only (Phoenix's `local_broadcast`); nothing is logged. */
  signal<T extends TopicName>(topic: T, event: Topics[T]): void;
  onSignal<T extends TopicName>(topic: T, listener: SignalListener<T>): () => void;
  /** Reaches the windows following `topic` on every node, live only: nothing is logged. */
  push<T extends TopicName>(topic: T, event: Topics[T]): void;
  onPush<T extends TopicName>(topic: T, listener: PushListener<T>): () => void;
  /** Every committed event of every topic (a context reacting to a whole family filters by its template). */
  subscribeAll(listener: BusListener): () => void;
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
  #pushes = createTopicListeners<Push>(report);
  #all: BusListener[] = [];
  #adapter: PubSubAdapter;
  #stopAdapter: () => void;
  #stopAdapterPushes: () => void;

  constructor(adapter: PubSubAdapter) {
    this.#adapter = adapter;
    this.#stopAdapter = adapter.onMessage((event) => this.#dispatch(event));
    this.#stopAdapterPushes = adapter.onPush?.((push) => this.#pushes.dispatch(push.topic, push)) ?? (() => {});
  }

  #dispatch(event: LogEvent): void {
    this.#events.dispatch(event.topic, event);
    const all = this.#all;
    // An indexed loop over a snapshot, skipped when empty: no iterator on the hot path.
    for (let i = 0; i < all.length; i++) {
      try {
        all[i]!(event);
      } catch (error) {
        report(`* (${event.topic})`, error);
      }
    }
  }

  publish(event: LogEvent): void {
    this.#dispatch(event);
    this.#adapter.broadcast(event);
  }

  push<T extends TopicName>(topic: T, event: Topics[T]): void {
    const push = { topic, at: Date.now(), ...event } as Push;
    this.#pushes.dispatch(topic, push);
    this.#adapter.broadcastPush?.(push);
  }

  onPush<T extends TopicName>(topic: T, listener: PushListener<T>): () => void {
    return this.#pushes.add(topic, listener as PushListener);
  }

  subscribeAll(listener: BusListener): () => void {
    this.#all = [...this.#all, listener];
    return () => {
      this.#all = this.#all.filter((l) => l !== listener);
    };
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
    this.#stopAdapterPushes();
    this.#events.clear();
    this.#signals.clear();
    this.#pushes.clear();
    this.#all = [];
  }
}

export function createBus(adapter: PubSubAdapter = createLocalAdapter()): Bus {
  return new BusImpl(adapter);
}
