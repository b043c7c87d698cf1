/**
 * The bus's cross-process fan-out, behind an adapter as Phoenix.PubSub does: the bus dispatches to its own node's
 * subscribers itself and hands the adapter each event only for the other nodes. In-process today (no other node),
 * Redis pub/sub or any broker later, so several hosts share one event stream without the bus or its callers changing.
 */
import type { LogEvent } from '../../../shared/contract';
import type { Push } from './createBus';

export interface PubSubAdapter {
  /** Sends `event` to every other node sharing this adapter (never back to this one). */
  broadcast(event: LogEvent): void;
  /** Delivers events broadcast by other nodes. Returns its own unsubscribe. */
  onMessage(listener: (event: LogEvent) => void): () => void;
  /** Pushes (unlogged, for windows) travel to other nodes too, when the adapter carries them. */
  broadcastPush?(push: Push): void;
  onPush?(listener: (push: Push) => void): () => void;
  /** This node's identity (Phoenix's `node_name`). */
  readonly nodeName: string;
  dispose(): void;
}

/** The adapter of a single node: there is nobody else to tell. */
export function createLocalAdapter(nodeName = 'local'): PubSubAdapter {
  return {
    nodeName,
    broadcast() {},
    onMessage() {
      return () => {};
    },
    dispose() {},
  };
}
