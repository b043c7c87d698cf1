/**
 * The socket.io 4 peer for commit-to-window latency: a socket.io server on its own thread that emits the same
 * ~150-byte event as the raw `ws` floor at the same steady rate, stamped just before `emit`, to every client.
 */
import { createServer } from 'node:http';
import { parentPort } from 'node:worker_threads';
import { Server } from 'socket.io';

const http = createServer();
const io = new Server(http, { transports: ['websocket'] });
const now = () => performance.timeOrigin + performance.now();

parentPort!.on('message', (message: { kind: 'run'; rate: number; seconds: number } | { kind: 'stop' }) => {
  if (message.kind === 'stop') {
    io.disconnectSockets(true);
    void io.close(() => parentPort!.postMessage({ kind: 'stopped' }));
    return;
  }
  const perTick = Math.max(1, Math.round(message.rate / 200)); // every 5 ms, as the raw floor and the Switchboard host
  const total = message.rate * message.seconds;
  let sent = 0;
  const timer = setInterval(() => {
    for (let i = 0; i < perTick && sent < total; i++, sent++) {
      io.emit('event', { seq: sent + 1, topic: 'agents:updates:acme', type: 'agent_enabled', payload: { uuid: '00000000-0000-4000-8000-000000000001', enabled: true }, at: now() });
    }
    if (sent >= total) {
      clearInterval(timer);
      parentPort!.postMessage({ kind: 'done', sent });
    }
  }, 5);
});

http.listen(0, '127.0.0.1', () => parentPort!.postMessage({ kind: 'ready', port: (http.address() as { port: number }).port }));
