/**
 * The host's statistics for the Metrics view: `kernel.stats` polled every second while the view is shown (the shared
 * poller), plus the samples its live charts draw, kept while the window is open.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { KernelStats, SwitchboardError } from '../../../../shared/contract';
import { createListenedSource } from '../../stores/createListenedSource';
import { createPolledView } from '../../stores/createPolledView';
import { defineStore } from '../../stores/defineStore';
import type { SyncClient } from '../../sync/createSyncClient';
import { addSample, type MetricsSample } from './metricsSeries';

export const METRICS_POLL_MS = 1000;

export interface MetricsState {
  readonly stats: KernelStats | undefined;
  readonly error: SwitchboardError | undefined;
  readonly samples: readonly MetricsSample[];
}

export interface MetricsStore extends StoreApi<MetricsState> {
  dispose(): void;
}

export function createMetricsStore(client: Pick<SyncClient, 'watch'>, pollMs = METRICS_POLL_MS): MetricsStore {
  const poller = createPolledView(client, 'kernel.stats', {}, pollMs);
  const store = createStore<MetricsState>()(() => ({ stats: undefined, error: undefined, samples: [] }));
  const follow = ({ data, error }: { data: KernelStats | undefined; error: SwitchboardError | undefined }) => {
    const s = store.getState();
    store.setState({ stats: data, error, samples: data && data !== s.stats ? addSample(s.samples, data) : s.samples });
  };
  const polling = createListenedSource(() => poller.subscribe(follow));
  return {
    ...store,
    // Polls only while someone listens.
    subscribe: polling.wrap(store.subscribe),
    dispose() {
      polling.stop();
      poller.dispose();
    },
  };
}

/** The host's statistics while the Metrics view shows them. */
export const metricsStore = defineStore({ name: 'metrics.kernelStats', create: ({ client }) => createMetricsStore(client) });
