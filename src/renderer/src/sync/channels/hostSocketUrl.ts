/**
 * Where the headless host's WebSocket is, for a page it served over http(s); undefined elsewhere (Electron's app://
 * pages use the preload's IPC bridge). A leaf module: the boot opens the socket before anything else evaluates.
 */
export function hostSocketUrl(): string | undefined {
  if (location.protocol !== 'http:' && location.protocol !== 'https:') return undefined;
  return `${location.protocol === 'https:' ? 'wss:' : 'ws:'}//${location.host}/ws`;
}
