/**
 * Serves windows: each transport that connects becomes a Connection with its own disposables, keyed by the id the
 * transport layer gives it (`webContentsId:frameId` over IPC, the socket id over WebSocket).
 */
import type { Bus } from '../bus/createBus';
import type { EventLog } from '../log/createEventLog';
import type { Registry } from '../registry/createRegistry';
import type { Transport } from '../transport';
import type { OutboxLimits, SentListener } from './createOutbox';
import { createConnection, type Connection } from './createConnection';

export interface SyncServer {
  /** Serves one window over `transport` until either side closes it. */
  connect(id: string, transport: Transport): Connection;
  connections(): Connection[];
  /** Fires when a connection signs in or goes away (presence, tray counts). Returns its unsubscribe. */
  onDidChangeConnections(listener: () => void): () => void;
  dispose(): void;
}

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

  return {
    connect(id, transport) {
      if (connections.has(id)) throw new Error(`Connection ${id} is already open`);
      const connection = createConnection(id, transport, { ...deps, onSessionChange: changed }, () => {
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
    dispose() {
      for (const connection of [...connections.values()]) connection.dispose();
      listeners.clear();
    },
  };
}
