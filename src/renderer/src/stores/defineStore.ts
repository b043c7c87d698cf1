/**
 * What a store declaration is: a name and how to make the store for one signed-in window. Declarations are module
 * constants; `buildStores` makes each once per window from the features list, and hooks look stores up by them.
 */
import type { SyncClient } from '../sync/createSyncClient';
import type { FrameScheduler } from './frameScheduler';

/** Anything a window owns and must let go of when it closes. */
export interface Disposable {
  dispose(): void;
}

/** Window-wide settings for every store (tests shorten them). */
export interface StoreOptions {
  /** How long a replica stays attached after its last listener leaves (route flips, StrictMode). */
  graceMs?: number;
  /** How long a write waits for its committed seq to reach the replicas before it counts as done anyway. */
  settleMs?: number;
  /** When replica stores tell their readers of changes: a window passes animation frames; at once by default. */
  frames?: FrameScheduler;
}

/** Finds another store of the same window (a store's actions may push toasts, read the connection, …). */
export interface StoreLookup {
  get<T>(def: StoreDef<T>): T;
}

/** What a store is made from. The client is typed by what stores may use; views never see it. */
export interface StoreContext {
  readonly client: SyncClient;
  readonly stores: StoreLookup;
  readonly options: Required<StoreOptions>;
}

/** A store declaration: `buildStores` calls `create` once per window, `dispose` on the result when it closes. */
export interface StoreDef<T> {
  readonly name: string;
  create(context: StoreContext): T & Disposable;
}

/** Declares a store that is not a view replica (toasts, the connection state). */
export function defineStore<T>(def: StoreDef<T>): StoreDef<T> {
  return def;
}
