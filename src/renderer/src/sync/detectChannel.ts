/**
 * Picks the transport this renderer runs on: the preload's IPC bridge inside Electron, otherwise a WebSocket back
 * to the headless host that served the page. Nothing else in the renderer knows which one it got.
 */
import { BRIDGE_GLOBAL, type FrameBridge } from '../../../shared/contract';
import { createIpcChannel } from './channels/createIpcChannel';
import { createWebSocketChannel } from './channels/createWebSocketChannel';
import { hostSocketUrl } from './channels/hostSocketUrl';
import type { FrameChannel } from './frameChannel';

const bridgeOf = () => (globalThis as Record<string, unknown>)[BRIDGE_GLOBAL] as FrameBridge | undefined;

/** True inside the Electron shell (the preload's bridge is there): the shell shows native notifications itself. */
export const isElectron = (): boolean => bridgeOf() !== undefined;

/** `firstSocket`: the host's WebSocket if the boot opened it already (see openSocketEarly). */
export function detectChannel(firstSocket?: WebSocket): FrameChannel {
  const bridge = bridgeOf();
  if (bridge) return createIpcChannel(bridge);
  const url = hostSocketUrl();
  if (url) return createWebSocketChannel(url, { firstSocket });
  throw new Error(
    `No Switchboard transport: window.${BRIDGE_GLOBAL} is missing (is the preload built and set in BrowserWindow webPreferences?) ` +
      'and the page was not served by the headless host over http.',
  );
}
