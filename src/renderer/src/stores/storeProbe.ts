/**
 * A debugging hook, off by default: when a script that runs before the app (DevTools, the bench's page scripts)
 * defines `globalThis.__switchboardStoreProbe`, every replica store tells it when its replica applied a change and
 * when readers were told (once per frame). Nothing is exposed to the page; the app only calls what it finds.
 */
import type { ReplicaStatus } from '../sync/createReplica';

/** What a probe hears: the view, its replica's status and seq, and which step (applied, then published). */
export interface StoreProbe {
  applied?(view: string, status: ReplicaStatus, seq: number): void;
  published?(view: string, status: ReplicaStatus, seq: number): void;
}

export function findStoreProbe(): StoreProbe | undefined {
  const probe: unknown = (globalThis as { __switchboardStoreProbe?: unknown }).__switchboardStoreProbe;
  return typeof probe === 'object' && probe !== null ? (probe as StoreProbe) : undefined;
}
