/**
 * Raw bytes to a host, for boundary tests: an HTTP request exactly as written (no client normalizing the target),
 * and a WebSocket opened by hand so any bytes, valid frames or not, can follow the handshake.
 */
import { randomBytes } from 'node:crypto';
import { connect, type Socket } from 'node:net';

/** Sends `request` as is; resolves with the status line's code (0 if the socket closed without an answer). */
export function rawRequest(port: number, request: string | Buffer, timeoutMs = 2000): Promise<number> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    let answer = '';
    const done = () => {
      clearTimeout(timer);
      socket.destroy();
      resolve(Number(/^HTTP\/1\.1 (\d{3})/.exec(answer)?.[1] ?? 0));
    };
    const timer = setTimeout(done, timeoutMs);
    socket.on('data', (chunk) => {
      answer += chunk.toString('latin1');
      if (answer.includes('\r\n')) done();
    });
    socket.on('error', done);
    socket.on('close', done);
    socket.write(request);
  });
}

/** A GET with `target` verbatim. */
export const rawGet = (port: number, target: string, headers = '') =>
  rawRequest(port, `GET ${target} HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\n${headers}Connection: close\r\n\r\n`);

/** Opens `/ws` by hand; resolves with the socket once the server answered 101, or rejects with its status line. */
export function rawWebSocket(port: number, headers = ''): Promise<Socket> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    const key = randomBytes(16).toString('base64');
    let answer = '';
    const onData = (chunk: Buffer) => {
      answer += chunk.toString('latin1');
      const end = answer.indexOf('\r\n\r\n');
      if (end === -1) return;
      socket.off('data', onData);
      if (answer.startsWith('HTTP/1.1 101')) resolve(socket);
      else {
        socket.destroy();
        reject(new Error(answer.split('\r\n')[0]));
      }
    };
    socket.on('data', onData);
    socket.on('error', reject);
    socket.write(
      `GET /ws HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: ${key}\r\nSec-WebSocket-Version: 13\r\n${headers}\r\n`,
    );
  });
}

/** One WebSocket frame: `opcode` (1 text, 2 binary, 8 close…), masked as clients must unless `masked` is false. */
export function wsFrame(opcode: number, payload: Buffer, options: { masked?: boolean; fin?: boolean; rsv?: number } = {}): Buffer {
  const masked = options.masked ?? true;
  const head = [((options.fin ?? true) ? 0x80 : 0) | ((options.rsv ?? 0) << 4) | opcode];
  const length = payload.length;
  if (length < 126) head.push((masked ? 0x80 : 0) | length);
  else if (length < 65536) head.push((masked ? 0x80 : 0) | 126, length >> 8, length & 0xff);
  else {
    head.push((masked ? 0x80 : 0) | 127, 0, 0, 0, 0);
    head.push((length >>> 24) & 0xff, (length >>> 16) & 0xff, (length >>> 8) & 0xff, length & 0xff);
  }
  if (!masked) return Buffer.concat([Buffer.from(head), payload]);
  const mask = randomBytes(4);
  const body = Buffer.from(payload.map((byte, i) => byte ^ mask[i % 4]!));
  return Buffer.concat([Buffer.from(head), mask, body]);
}

/** Resolves when the socket closes (or after `timeoutMs`), with the close frame's code if the server sent one. */
export function closedWith(socket: Socket, timeoutMs = 3000): Promise<number | null> {
  return new Promise((resolve) => {
    let code: number | null = null;
    const timer = setTimeout(() => {
      socket.destroy();
      resolve(code);
    }, timeoutMs);
    socket.on('data', (chunk: Buffer) => {
      // An unmasked close frame from the server: 0x88, length, then the code.
      const at = chunk.indexOf(0x88);
      if (at !== -1 && chunk.length >= at + 4) code = chunk.readUInt16BE(at + 2);
    });
    socket.on('close', () => {
      clearTimeout(timer);
      resolve(code);
    });
    socket.on('error', () => {});
  });
}
