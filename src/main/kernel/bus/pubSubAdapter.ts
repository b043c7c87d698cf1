/**
 * The bus's cross-process fan-out, behind an adapter as Phoenix.PubSub does: in-process today, Redis pub/sub
 * (or any broker) later, so several hosts share one event stream without the bus or its callers changing.
 */
import type { LogEvent } from '../../../shared/contract';

export interface PubSubAdapter {
  /** Sends `event` to every node sharing this adapter, this one included. */
  broadcast(event: LogEvent): void;
  /** Delivers events broadcast by any node. Returns its own unsubscribe. */
  onMessage(listener: (event: LogEvent) => void): () => void;
  /** This node's identity (Phoenix's `node_name`). */
  readonly nodeName: string;
  /** True when no other node can be listening: the bus then delivers in place, skipping the round trip. */
  readonly solo?: boolean;
  dispose(): void;
}

/** The in-process adapter: a broadcast loops straight back to this node's bus. */
export function createLocalAdapter(nodeName = 'local'): PubSubAdapter {
  let listener: ((event: LogEvent) => void) | undefined;
  return {
    nodeName,
    solo: true,
    broadcast(event) {
      listener?.(event);
    },
    onMessage(next) {
      if (listener) throw new Error('The local adapter serves one bus');
      listener = next;
      return () => {
        if (listener === next) listener = undefined;
      };
    },
    dispose() {
      listener = undefined;
    },
  };
}
