/**
 * The Electron frame channel: the preload's two-function bridge. IPC to the main process never drops while the
 * window lives, so the channel is open from the start; a reload is a new page and a new client.
 */
import { fastParse, serverFrameSchema, type FrameBridge, type ServerFrame } from '../../../../shared/contract';
import type { ChannelState, FrameChannel } from '../frameChannel';

export function createIpcChannel(bridge: FrameBridge): FrameChannel {
  const frameListeners = new Set<(frame: ServerFrame) => void>();
  let state: ChannelState = { status: 'open', attempt: 0 };
  const stop = bridge.onFrame((raw) => {
    const parsed = fastParse(serverFrameSchema, raw);
    if (!parsed.success) {
      console.error('switchboard: dropped a frame that does not match the contract');
      return;
    }
    frameListeners.forEach((l) => l(parsed.data));
  });
  // Main creates this page's connection on its first frame; a reload says hello again and starts afresh.
  bridge.send({ kind: 'hello' });
  return {
    get state() {
      return state;
    },
    send(frame) {
      if (state.status !== 'open') return false;
      bridge.send(frame);
      return true;
    },
    onFrame(listener) {
      frameListeners.add(listener);
      return () => frameListeners.delete(listener);
    },
    onState() {
      return () => {};
    },
    dispose() {
      stop();
      state = { status: 'closed', attempt: 0 };
      frameListeners.clear();
    },
  };
}
