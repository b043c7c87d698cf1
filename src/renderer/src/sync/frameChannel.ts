/**
 * What the sync client needs from whatever carries frames: the preload's IPC bridge in Electron, a WebSocket in
 * the headless host. Channels validate what they receive; everything above trusts the types.
 */
import type { ClientFrame, ServerFrame } from '../../../shared/contract';

export type ChannelState =
  | { status: 'connecting'; attempt: number }
  | { status: 'open'; attempt: 0 }
  | { status: 'reconnecting'; attempt: number }
  | { status: 'offline'; attempt: number }
  | { status: 'closed'; attempt: 0 };

/** A bidirectional, ordered frame pipe to the main process. A new `welcome` frame means a new server connection. */
export interface FrameChannel {
  readonly state: ChannelState;
  /** Returns false when the channel is not open (the frame is not sent). */
  send(frame: ClientFrame): boolean;
  onFrame(listener: (frame: ServerFrame) => void): () => void;
  onState(listener: (state: ChannelState) => void): () => void;
  /** Tries to connect now rather than after the backoff; a channel that never drops (IPC) leaves it out. */
  retryNow?(): void;
  dispose(): void;
}
