/**
 * The host's side for the inspector: the `kernel.stats` view, polled once a second while anyone listens (the
 * shared poller in stores/createPolledView). The view follows no topic (statistics are not events), so each poll is
 * a fresh snapshot; the last one stays on screen between polls and while offline.
 */
import type { SyncClient } from '../../sync/createSyncClient';
import { createPolledView, type PolledViewStore } from '../../stores/createPolledView';
import { defineStore } from '../../stores/defineStore';
import type { KernelStats } from '../../../../shared/contract';

export const STATS_POLL_MS = 1000;

export type KernelStatsStore = PolledViewStore<KernelStats>;

export const createKernelStatsStore = (client: Pick<SyncClient, 'watch'>, pollMs = STATS_POLL_MS): KernelStatsStore => createPolledView(client, 'kernel.stats', {}, pollMs);

/** The host's statistics while the inspector shows them. */
export const kernelStatsStore = defineStore({ name: 'inspector.kernelStats', create: ({ client }) => createKernelStatsStore(client) });
