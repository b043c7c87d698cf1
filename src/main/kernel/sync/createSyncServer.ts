/**
 * Serves windows: each transport that connects becomes a Connection with its own disposables, keyed by the id the
 * transport layer gives it (`webContentsId:frameId` over IPC, the socket id over WebSocket).
 */
import type { Bus } from '../bus/createBus';
import type { EventLog } from '../log/createEventLog';
import type { Registry } from '../registry/createRegistry';
import type { Transport } from '../transport';
import type { Outbox, OutboxLimits, SentListener } from './createOutbox';
import { createConnection, type Connection } from './createConnection';

export interface SyncServer {
  /** Serves one window over `transport` until either side closes it. */
  connect(id: string, transport: Transport): Connection;
  connections(): Connection[];
  /** Fires when a connection signs in or goes away (presence, tray counts). Returns its unsubscribe. */
  onDidChangeConnections(listener: () => void): () => void;
  /**
   * Sends what the last commit queued now, rather than on the next turn of the event loop: a window is one
   * send away from a commit instead of waiting for every other write of the same turn. Bulky commits still wait
   * for the turn (`EAGER_FLUSH_BYTES`). The writer calls it.
   */
  flushCommitted(): void;
  dispose(): void;
}

/**
 * A commit's events up to this size go out with the write; bigger ones (console output) on the next turn, so the
 * writer's caller (a REST request, an agent waiting for its answer) is not held while they are copied to every window.
 */
export const EAGER_FLUSH_BYTES = 16 * 2 ** 10;

export interface SyncServerDeps {
  bus: Bus;
  log: EventLog;
  registry: Registry;
  limits?: OutboxLimits;
  onSent?: SentListener;
}

export function createSyncServer(deps: SyncServerDeps): SyncServer {
  const connections = new Map<string, Connection>();
  const listeners = new Set<() => void>();
  const changed = () => listeners.forEach((l) => l());
  const queued = new Set<Outbox>();
  const onQueued = (outbox: Outbox) => void queued.add(outbox);

  return {
    connect(id, transport) {
      if (connections.has(id)) throw new Error(`Connection ${id} is already open`);
      const connection = createConnection(id, transport, { ...deps, onSessionChange: changed, onQueued }, () => {
        connections.delete(id);
        changed();
      });
      connections.set(id, connection);
      return connection;
    },
    connections() {
      return [...connections.values()];
    },
    onDidChangeConnections(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    flushCommitted() {
      if (queued.size === 0) return;
      // Taken first: a send may reach an in-process window that writes again before this loop ends.
      const due = [...queued];
      queued.clear();
      for (const outbox of due) if (outbox.queuedBytes <= EAGER_FLUSH_BYTES) outbox.flushNow();
    },
    dispose() {
      queued.clear();
      for (const connection of [...connections.values()]) connection.dispose();
      listeners.clear();
    },
  };
}
