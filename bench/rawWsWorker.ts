/**
 * The floor for commit-to-window latency: a bare `ws` server on its own thread that sends one ~150-byte JSON event
 * per frame at a steady rate, stamped just before serializing, to every connected client. No log, no bus, no
 * outbox, no validation: what the transport alone costs on this machine.
 */
import { parentPort } from 'node:worker_threads';
import { WebSocketServer, type WebSocket } from 'ws';

const server = new WebSocketServer({ port: 0, host: '127.0.0.1' });
const clients = new Set<WebSocket>();
server.on('connection', (socket) => {
  clients.add(socket);
  socket.on('close', () => clients.delete(socket));
});
const now = () => performance.timeOrigin + performance.now();

parentPort!.on('message', (message: { kind: 'run'; rate: number; seconds: number } | { kind: 'stop' }) => {
  if (message.kind === 'stop') {
    for (const socket of clients) socket.terminate();
    server.close(() => parentPort!.postMessage({ kind: 'stopped' }));
    return;
  }
  const perTick = Math.max(1, Math.round(message.rate / 200)); // every 5 ms, as the Switchboard host commits
  const total = message.rate * message.seconds;
  let sent = 0;
  const timer = setInterval(() => {
    for (let i = 0; i < perTick && sent < total; i++, sent++) {
      const event = { seq: sent + 1, topic: 'agents:updates:acme', type: 'agent_enabled', payload: { uuid: '00000000-0000-4000-8000-000000000001', enabled: true }, at: now() };
      const frame = JSON.stringify(event);
      for (const socket of clients) socket.send(frame);
    }
    if (sent >= total) {
      clearInterval(timer);
      parentPort!.postMessage({ kind: 'done', sent });
    }
  }, 5);
});

server.on('listening', () => parentPort!.postMessage({ kind: 'ready', port: (server.address() as { port: number }).port }));
