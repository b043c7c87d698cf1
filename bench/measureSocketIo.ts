/**
 * Latency of socket.io 4, the peer a team would otherwise pick (bench/socketIoWorker): N Node clients on its
 * WebSocket transport (no long-polling start), each stamping an event in its handler, after socket.io parsed it.
 */
import { io } from 'socket.io-client';
import type { LatencyResult } from './measureLatency';
import { measureStampedPeer, type OpenPeerClient } from './measureStampedPeer';

const openSocketIo: OpenPeerClient = (port, onEvent) => {
  const socket = io(`http://127.0.0.1:${port}`, { transports: ['websocket'], forceNew: true });
  socket.on('event', onEvent);
  return new Promise((resolve) => socket.once('connect', () => resolve({ close: () => socket.close() })));
};

export function measureSocketIo(workerUrl: URL, clientCounts: number[], rate: number, seconds: number): Promise<LatencyResult[]> {
  return measureStampedPeer(workerUrl, openSocketIo, clientCounts, rate, seconds);
}
