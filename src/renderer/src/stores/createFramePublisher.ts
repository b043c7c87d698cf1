/**
 * Tells a store's readers of its changes once per frame: the store's own state follows every change at once
 * (`getState`), its readers hear of it at the next frame, with all the changes since the last. A window taking
 * 100k events/s renders 60 times a second, not once per delta. Replica stores and the inspector's record use it.
 */
import type { StoreApi } from 'zustand/vanilla';
import type { FrameScheduler } from './frameScheduler';

export interface FramePublisher<S> {
  /** Adds a reader; each call is its own entry, even for the same function. The answer removes it, once. */
  subscribe(listener: (state: S, previous: S) => void): () => void;
  /** Drops a frame still to come (the readers are going away); the next change asks for a new one. */
  cancel(): void;
  /** Stops following the store. */
  dispose(): void;
}

export function createFramePublisher<S>(store: Pick<StoreApi<S>, 'getState' | 'subscribe'>, frames: FrameScheduler, onPublish?: (state: S) => void): FramePublisher<S> {
  const readers = new Set<(state: S, previous: S) => void>();
  // The state readers were last told of, and whether a frame will tell them of a newer one.
  let published = store.getState();
  let frame: number | undefined;
  let framePending = false;

  function publish() {
    framePending = false;
    frame = undefined;
    const state = store.getState();
    if (state === published) return;
    const previous = published;
    published = state;
    onPublish?.(state);
    readers.forEach((reader) => reader(state, previous));
  }

  // Any change is told at the next frame, once.
  const stop = store.subscribe(() => {
    if (framePending) return;
    framePending = true;
    const handle = frames.request(publish);
    // An immediate scheduler has published already; only a pending frame keeps its handle.
    if (framePending) frame = handle;
  });

  function cancel() {
    if (frame !== undefined) frames.cancel(frame);
    frame = undefined;
    framePending = false;
  }

  return {
    subscribe(listener) {
      const reader = (state: S, previous: S) => listener(state, previous);
      readers.add(reader);
      return () => void readers.delete(reader);
    },
    cancel,
    dispose() {
      stop();
      cancel();
      readers.clear();
    },
  };
}

/**
 * `store` as its readers see it: state at once, changes told once per frame. `dispose` also runs `stop` (the
 * store's own feed, such as a tap on the sync client).
 */
export function publishedPerFrame<S>(store: StoreApi<S>, frames: FrameScheduler, stop: () => void): StoreApi<S> & { dispose(): void } {
  const publisher = createFramePublisher(store, frames);
  return {
    ...store,
    subscribe: publisher.subscribe,
    dispose() {
      stop();
      publisher.dispose();
    },
  };
}
