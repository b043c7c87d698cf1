/**
 * The topic bus of the main process: contexts publish committed events, the sync server and other contexts
 * subscribe. Subscribing and publishing cost O(subscribers of that topic): listeners live in a per-topic array
 * replaced on change, so a publish iterates a stable snapshot with no allocation.
 */
import type { LogEvent, TopicName } from '../../../shared/contract';
import { createLogger } from '../logger';
import type { PubSubAdapter } from './pubSubAdapter';
import { createLocalAdapter } from './pubSubAdapter';

export type BusListener<T extends TopicName = TopicName> = (event: LogEvent<T>) => void;

export interface SubscribeOptions {
  /** `window` listeners feed renderer windows and receive `publish` only; `main` listeners also get `publishLocal`. */
  scope?: 'main' | 'window';
}

/** Topic publish/subscribe for the main process. */
export interface Bus {
  /** Reaches every subscriber on every node, windows included. */
  publish(event: LogEvent): void;
  /** Reaches this node's main-process subscribers only (Phoenix's `local_broadcast`). */
  publishLocal(event: LogEvent): void;
  /** Returns its own unsubscribe. */
  subscribe<T extends TopicName>(topic: T, listener: BusListener<T>, options?: SubscribeOptions): () => void;
  subscriberCount(topic?: string): number;
  dispose(): void;
}

interface Entry {
  listener: BusListener;
  window: boolean;
}

const log = createLogger('switchboard:kernel:bus');

class BusImpl implements Bus {
  #topics = new Map<string, Entry[]>();
  #total = 0;
  #adapter: PubSubAdapter;
  #solo: boolean;
  #stopAdapter: () => void;

  constructor(adapter: PubSubAdapter) {
    this.#adapter = adapter;
    this.#solo = adapter.solo === true;
    this.#stopAdapter = adapter.onMessage((event) => this.#dispatch(event, true));
  }

  publish(event: LogEvent): void {
    if (this.#solo) this.#dispatch(event, true);
    else this.#adapter.broadcast(event);
  }

  publishLocal(event: LogEvent): void {
    this.#dispatch(event, false);
  }

  subscribe<T extends TopicName>(topic: T, listener: BusListener<T>, options?: SubscribeOptions): () => void {
    const entry: Entry = { listener: listener as BusListener, window: options?.scope === 'window' };
    const current = this.#topics.get(topic);
    this.#topics.set(topic, current ? [...current, entry] : [entry]);
    this.#total++;
    let active = true;
    return () => {
      if (!active) return;
      active = false;
      const entries = this.#topics.get(topic);
      if (!entries) return;
      const next = entries.filter((e) => e !== entry);
      this.#total--;
      if (next.length === 0) this.#topics.delete(topic);
      else this.#topics.set(topic, next);
    };
  }

  subscriberCount(topic?: string): number {
    return topic === undefined ? this.#total : (this.#topics.get(topic)?.length ?? 0);
  }

  dispose(): void {
    this.#stopAdapter();
    this.#topics.clear();
    this.#total = 0;
  }

  #dispatch(event: LogEvent, toWindows: boolean): void {
    const entries = this.#topics.get(event.topic);
    if (entries === undefined) return;
    if (entries.length === 1) return this.#deliver(entries[0]!, event, toWindows);
    // The try sits outside the loop so the hot path stays a plain loop; a throw resumes with the next listener.
    let i = 0;
    while (i < entries.length) {
      try {
        for (; i < entries.length; i++) {
          const entry = entries[i]!;
          if (toWindows || !entry.window) entry.listener(event);
        }
      } catch (error) {
        // One failing subscriber must not starve the others of a committed event.
        log.error(`listener for ${event.topic} threw`, error);
        i++;
      }
    }
  }

  #deliver(entry: Entry, event: LogEvent, toWindows: boolean): void {
    if (!toWindows && entry.window) return;
    try {
      entry.listener(event);
    } catch (error) {
      log.error(`listener for ${event.topic} threw`, error);
    }
  }
}

export function createBus(adapter: PubSubAdapter = createLocalAdapter()): Bus {
  return new BusImpl(adapter);
}
