/** Latency of the raw `ws` floor (bench/rawWsWorker): N Node clients stamp each event after parsing it. */
import type { LatencyResult } from './measureLatency';
import { measureStampedPeer, type OpenPeerClient } from './measureStampedPeer';

const openRawWs: OpenPeerClient = (port, onEvent) => {
  // The global WebSocket, as the sync client under Node uses.
  const socket = new WebSocket(`ws://127.0.0.1:${port}`);
  socket.onmessage = (message) => onEvent(JSON.parse(String(message.data)) as { at: number });
  return new Promise((resolve) => (socket.onopen = () => resolve({ close: () => socket.close() })));
};

export function measureRawWs(workerUrl: URL, clientCounts: number[], rate: number, seconds: number): Promise<LatencyResult[]> {
  return measureStampedPeer(workerUrl, openRawWs, clientCounts, rate, seconds);
}
