/**
 * The preload: exposes the frame bridge (send a frame, listen for frames) and nothing else. It runs sandboxed, so it
 * may require only `electron`; it imports the channel constants alone, not the contract index, which pulls in zod.
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { BRIDGE_GLOBAL, IPC_CHANNEL, type FrameBridge } from '../shared/contract/channel';

const bridge: FrameBridge = {
  send(frame) {
    ipcRenderer.send(IPC_CHANNEL, frame);
  },
  onFrame(listener) {
    // The IPC event stays here: it carries `sender`, which must never reach the page.
    const handler = (_event: IpcRendererEvent, frame: unknown) => listener(frame);
    ipcRenderer.on(IPC_CHANNEL, handler);
    return () => {
      ipcRenderer.removeListener(IPC_CHANNEL, handler);
    };
  },
};

contextBridge.exposeInMainWorld(BRIDGE_GLOBAL, bridge);
