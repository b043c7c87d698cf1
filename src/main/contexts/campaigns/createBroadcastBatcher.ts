/**
 * Broadcast batching (the seed's "future optimization"): changes to a marketer's campaigns within a window (default
 * 2 s) collapse into one `campaigns_updated` on `marketer:<id>:campaigns` carrying every changed campaign as it is at
 * the end of the window. The first change opens the window; nothing waits longer than one window.
 * @internal Used by the campaigns context only.
 */
export interface BroadcastBatcher {
  /** Notes that `campaignId` of `marketerId` changed. */
  changed(marketerId: string, campaignId: number): void;
  /** Sends every open window now (tests, shutdown). */
  flush(): void;
  /** How many batches were sent and how many changes they carried, since start. */
  stats(): { batches: number; changes: number };
  dispose(): void;
}

export function createBroadcastBatcher(windowMs: number, send: (marketerId: string, ids: number[]) => void): BroadcastBatcher {
  const open = new Map<string, { ids: Set<number>; timer: NodeJS.Timeout | undefined }>();
  let batches = 0;
  let changes = 0;

  function close(marketerId: string) {
    const batch = open.get(marketerId);
    if (!batch) return;
    open.delete(marketerId);
    clearTimeout(batch.timer);
    batches++;
    send(marketerId, [...batch.ids]);
  }

  return {
    changed(marketerId, campaignId) {
      changes++;
      if (windowMs <= 0) {
        batches++;
        // Changes are noted inside the write that made them: the broadcast is its own write, after that commit.
        queueMicrotask(() => send(marketerId, [campaignId]));
        return;
      }
      let batch = open.get(marketerId);
      if (!batch) {
        batch = { ids: new Set(), timer: setTimeout(() => close(marketerId), windowMs) };
        batch.timer!.unref();
        open.set(marketerId, batch);
      }
      batch.ids.add(campaignId);
    },
    flush() {
      for (const marketerId of [...open.keys()]) close(marketerId);
    },
    stats: () => ({ batches, changes }),
    dispose() {
      for (const batch of open.values()) clearTimeout(batch.timer);
      open.clear();
    },
  };
}
