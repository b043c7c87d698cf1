/**
 * The one interface every transport implements: move frames, nothing else. Routing, sequencing, flow control and
 * snapshots live above it in the sync server, so the kernel can't tell IPC from WebSocket.
 */
import type { ClientFrame, ServerFrame } from '../../shared/contract';

/** A delta event's JSON text, made once for every socket that sends it. */
export { wireEventText } from './sync/outgoingEvent';

export interface Transport {
  /** Sends a frame to the peer. A transport whose peer is gone drops it silently. */
  send(frame: ServerFrame): void;
  /** Frames from the peer, already validated against the contract. Returns its own unsubscribe. */
  onFrame(listener: (frame: ClientFrame) => void): () => void;
  /** Fires once when the peer goes away (closed socket, destroyed or navigated window). */
  onClose(listener: () => void): () => void;
  close(): void;
}
