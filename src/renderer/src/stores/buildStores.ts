/**
 * Makes every store of one signed-in window from the declarations in the features list, each exactly once, and
 * disposes them together. app/boot/startApp.tsx calls it after sign-in; tests call it with a fake client and a short list.
 */
import type { SyncClient } from '../sync/createSyncClient';
import { RELEASE_GRACE_MS } from './createReplicaStore';
import { immediateFrames } from './frameScheduler';
import type { Disposable, StoreContext, StoreDef, StoreLookup, StoreOptions } from './defineStore';

/** A window's stores, looked up by their declarations, with one `dispose()` for all of them. */
export interface Stores extends StoreLookup, Disposable {}

/** How long a write waits for its change to reach the replicas by default. */
export const SETTLE_MS = 5000;

export function buildStores(client: SyncClient, defs: readonly StoreDef<unknown>[], options: StoreOptions = {}): Stores {
  const listed = new Set(defs);
  const made = new Map<StoreDef<unknown>, Disposable>();
  const creating = new Set<StoreDef<unknown>>();
  let disposed = false;

  const stores: Stores = {
    get<T>(def: StoreDef<T>): T {
      const existing = made.get(def);
      // The map is keyed by declaration, and each value was made by that declaration's `create`: it is a T.
      if (existing) return existing as T;
      if (disposed) throw new Error(`The ${def.name} store was asked for after the window's stores were disposed`);
      if (!listed.has(def)) {
        throw new Error(`The ${def.name} store is not in the features list: add it to its feature's \`stores\` (see src/renderer/src/app/features.ts)`);
      }
      if (creating.has(def)) throw new Error(`The ${def.name} store needs itself while it is made: look other stores up inside actions, not in create`);
      creating.add(def);
      try {
        const store = def.create(context);
        made.set(def, store);
        return store;
      } finally {
        creating.delete(def);
      }
    },
    dispose() {
      if (disposed) return;
      disposed = true;
      // Last made, first gone: a store may still use the ones it looked up while it lets go.
      [...made.values()].reverse().forEach((store) => store.dispose());
      made.clear();
    },
  };
  const context: StoreContext = {
    client,
    stores,
    options: { graceMs: options.graceMs ?? RELEASE_GRACE_MS, settleMs: options.settleMs ?? SETTLE_MS, frames: options.frames ?? immediateFrames },
  };
  // Made up front, so a window's stores exist (and are disposed) as one set, whatever the views ask for later.
  defs.forEach((def) => stores.get(def));
  return stores;
}
