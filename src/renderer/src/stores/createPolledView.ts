/**
 * A view without topics polled as fresh snapshots every `pollMs` while anyone listens (the kernel's statistics for
 * the inspector and the metrics dashboard). Polls never stack; the last answer stays on screen between polls and
 * through a failure, which is kept beside it until the next success.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { SwitchboardError, ViewName, ViewData, ViewParams } from '../../../shared/contract';
import type { SyncClient, ViewReducer } from '../sync/createSyncClient';
import { readViewOnce, type CancelRead } from './readViewOnce';

export interface PolledViewState<D> {
  readonly data: D | undefined;
  /** The last poll's failure; cleared by the next success. */
  readonly error: SwitchboardError | undefined;
}

export interface PolledViewStore<D> extends StoreApi<PolledViewState<D>> {
  dispose(): void;
}

export function createPolledView<N extends ViewName>(client: Pick<SyncClient, 'watch'>, view: N, params: ViewParams<N>, pollMs: number): PolledViewStore<ViewData<N>> {
  type D = ViewData<N>;
  // One reducer object per poller: the client shares replicas by reducer, and a snapshot is all it ever keeps.
  const asIs: ViewReducer<N, D> = { init: (data) => data, reduce: (data) => data };
  const store = createStore<PolledViewState<D>>()(() => ({ data: undefined, error: undefined }));
  let listeners = 0;
  let timer: ReturnType<typeof setInterval> | undefined;
  let cancel: CancelRead | undefined;

  function poll() {
    // A poll still waiting (offline, slow host) is not stacked on.
    if (cancel) return;
    let answered = false;
    const stop = readViewOnce(client, view, params, asIs, (result) => {
      answered = true;
      cancel = undefined;
      store.setState(result.ok ? { data: result.value, error: undefined } : { error: result.error });
    });
    if (!answered) cancel = stop;
  }

  function stopPolling() {
    clearInterval(timer);
    timer = undefined;
    cancel?.();
    cancel = undefined;
  }

  return {
    ...store,
    subscribe(listener) {
      if (listeners++ === 0) {
        poll();
        timer = setInterval(poll, pollMs);
      }
      const stop = store.subscribe(listener);
      let active = true;
      return () => {
        if (!active) return;
        active = false;
        stop();
        if (--listeners === 0) stopPolling();
      };
    },
    dispose: stopPolling,
  };
}
