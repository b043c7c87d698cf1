/**
 * One page's end of the IPC channel as a kernel Transport. It only moves frames: the IPC server validates what
 * comes in and feeds it here, and ends it when the page goes away.
 * @internal Created by `attachIpcServer`; everything else sees the plain `Transport`.
 */
import { IPC_CHANNEL, type ClientFrame, type ServerFrame } from '../../../shared/contract';
import type { Transport } from '../../kernel/transport';

/** Where frames for the page go: a WebContents satisfies this, and so does a test double. */
export interface FrameTarget {
  isDestroyed(): boolean;
  send(channel: string, ...args: unknown[]): void;
}

/** The server's handle on a page's transport. */
export interface IpcPage {
  readonly transport: Transport;
  /** A frame from the page, already validated. */
  receive(frame: ClientFrame): void;
  /** The page went away (reload, navigation, crash, closed window): fires the transport's onClose once. */
  end(): void;
}

export function createIpcTransport(target: FrameTarget, onEnd: () => void): IpcPage {
  const frameListeners = new Set<(frame: ClientFrame) => void>();
  const closeListeners = new Set<() => void>();
  let open = true;

  function end() {
    if (!open) return;
    open = false;
    onEnd();
    const listeners = [...closeListeners];
    closeListeners.clear();
    frameListeners.clear();
    listeners.forEach((l) => l());
  }

  const transport: Transport = {
    send(frame: ServerFrame) {
      // A closed or destroyed window has no reader left: dropping the frame loses nothing.
      if (!open || target.isDestroyed()) return;
      target.send(IPC_CHANNEL, frame);
    },
    onFrame(listener) {
      frameListeners.add(listener);
      return () => frameListeners.delete(listener);
    },
    onClose(listener) {
      closeListeners.add(listener);
      return () => closeListeners.delete(listener);
    },
    close: end,
  };

  return {
    transport,
    receive(frame) {
      if (open) frameListeners.forEach((l) => l(frame));
    },
    end,
  };
}
