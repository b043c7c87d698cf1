/**
 * The boot's first import: on a page the headless host served, it opens the WebSocket before the contract and the
 * sync client evaluate, so the handshake runs while they do; the channel takes it as its first attempt. Imports only
 * leaf modules, so nothing evaluates before it.
 */
import { BRIDGE_GLOBAL } from '../../../../shared/contract/channel';
import { hostSocketUrl } from '../../sync/channels/hostSocketUrl';

const url = BRIDGE_GLOBAL in globalThis ? undefined : hostSocketUrl();
let early: WebSocket | undefined = url ? new WebSocket(url) : undefined;

/** The socket opened at boot, once (a reconnect opens its own). */
export function takeEarlySocket(): WebSocket | undefined {
  const socket = early;
  early = undefined;
  return socket;
}
