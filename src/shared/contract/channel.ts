/** The one IPC channel every frame travels on, in both directions. */
export const IPC_CHANNEL = 'switchboard:frame';
/** The global the preload exposes the frame bridge under. */
export const BRIDGE_GLOBAL = 'switchboardBridge';

/** What the preload exposes: send a frame, listen for frames. Nothing else crosses the context bridge. */
export interface FrameBridge {
  send(frame: unknown): void;
  /** Returns a function that stops listening. */
  onFrame(listener: (frame: unknown) => void): () => void;
}
