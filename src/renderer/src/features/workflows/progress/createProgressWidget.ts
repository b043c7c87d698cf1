/**
 * A progress widget's own zustand store: it takes process events (or whole states from a replica), applies every
 * one of them to a pending state, and publishes that state at most once per `throttleMs` on a trailing timer, so a
 * burst of a thousand events costs one paint and the last paint is always the last state. A terminal status
 * (completed, failed, cancelled) is published at once. Unlike the seed's throttle, nothing is ever dropped.
 * React-free; `useProgressWidget` binds it to a view.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { ProcessEvent } from '../../../../../shared/contract/workflows';
import { applyProgressEvents } from './applyProgressEvent';
import { isTerminal, type ProgressState } from './progressState';

/** What a widget paints: the state last published, undefined until the first. */
export interface ProgressWidgetState {
  readonly progress: ProgressState | undefined;
  /** How many times it published (tests and the widget-load bench read it). */
  readonly publishes: number;
}

/** One widget's store: read with getState/subscribe; fed with `load`, `apply` or `offer`. */
export interface ProgressWidget extends Pick<StoreApi<ProgressWidgetState>, 'getState' | 'getInitialState' | 'subscribe'> {
  readonly throttleMs: number;
  /** A whole new state (a snapshot): published at once. */
  load(state: ProgressState): void;
  /** A batch of events, applied in one update of the pending state. Ignored before the first `load`. */
  apply(events: readonly ProcessEvent[]): void;
  /** A newer state made elsewhere (a replica that applied the events): painted on the same schedule as `apply`. */
  offer(state: ProgressState): void;
  /** Publishes the pending state now, if it is newer than the one on show. */
  flush(): void;
  /** Stops the timer; later calls do nothing. */
  dispose(): void;
}

export const DEFAULT_THROTTLE_MS = 500;

export interface ProgressWidgetOptions {
  /** The least time between two paints, default 500 ms. 0 paints once per task (a burst still coalesces). */
  throttleMs?: number;
  initial?: ProgressState;
}

export function createProgressWidget(options: ProgressWidgetOptions = {}): ProgressWidget {
  const throttleMs = Math.max(0, options.throttleMs ?? DEFAULT_THROTTLE_MS);
  const store = createStore<ProgressWidgetState>()(() => ({ progress: options.initial, publishes: options.initial ? 1 : 0 }));
  let pending = options.initial;
  let lastPublish = Number.NEGATIVE_INFINITY;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let disposed = false;

  function publish() {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    const current = store.getState();
    if (pending === current.progress) return;
    lastPublish = Date.now();
    store.setState({ progress: pending, publishes: current.publishes + 1 });
  }

  function schedule() {
    if (disposed || pending === store.getState().progress) return;
    // The end is never held back: a finished process is painted the moment its last event arrives.
    if (pending && isTerminal(pending.status) && pending.status !== store.getState().progress?.status) return publish();
    if (timer !== undefined) return;
    // A trailing timer even when idle: a synchronous burst still lands in one paint.
    timer = setTimeout(publish, Math.max(0, lastPublish + throttleMs - Date.now()));
  }

  function load(state: ProgressState) {
    if (disposed) return;
    pending = state;
    publish();
  }

  return {
    throttleMs,
    getState: store.getState,
    getInitialState: store.getInitialState,
    subscribe: store.subscribe,
    load,
    apply(events) {
      if (disposed || !pending || events.length === 0) return;
      pending = applyProgressEvents(pending, events);
      schedule();
    },
    offer(state) {
      if (disposed) return;
      if (!pending) return load(state);
      pending = state;
      schedule();
    },
    flush() {
      if (!disposed) publish();
    },
    dispose() {
      disposed = true;
      if (timer !== undefined) clearTimeout(timer);
      timer = undefined;
    },
  };
}
