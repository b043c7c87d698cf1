/**
 * Picks the transport this renderer runs on: the preload's IPC bridge inside Electron, otherwise a WebSocket back
 * to the headless host that served the page. Nothing else in the renderer knows which one it got.
 */
import { BRIDGE_GLOBAL, type FrameBridge } from '../../../shared/contract';
import { createIpcChannel } from './channels/createIpcChannel';
import { createWebSocketChannel } from './channels/createWebSocketChannel';
import type { FrameChannel } from './frameChannel';

const bridgeOf = () => (globalThis as Record<string, unknown>)[BRIDGE_GLOBAL] as FrameBridge | undefined;

/** True inside the Electron shell (the preload's bridge is there): the shell shows native notifications itself. */
export const isElectron = (): boolean => bridgeOf() !== undefined;

export function detectChannel(): FrameChannel {
  const bridge = bridgeOf();
  if (bridge) return createIpcChannel(bridge);
  if (location.protocol === 'http:' || location.protocol === 'https:') {
    const scheme = location.protocol === 'https:' ? 'wss:' : 'ws:';
    return createWebSocketChannel(`${scheme}//${location.host}/ws`);
  }
  throw new Error(
    `No Switchboard transport: window.${BRIDGE_GLOBAL} is missing (is the preload built and set in BrowserWindow webPreferences?) ` +
      'and the page was not served by the headless host over http.',
  );
}
