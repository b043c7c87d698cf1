/**
 * Adapts one `ws` socket to the kernel's Transport: JSON frames, validated against the contract on the way in.
 * A malformed frame gets a PROTOCOL error back and never reaches the kernel.
 */
import type { WebSocket } from 'ws';
import { clientFrameSchema, type ClientFrame } from '../../../shared/contract';
import type { Transport } from '../../kernel/transport';
import { stageProbe } from '../../kernel/stageProbe';
import { serializeFrame } from './serializeFrame';

export function createWsTransport(socket: WebSocket): Transport {
  const frameListeners = new Set<(frame: ClientFrame) => void>();
  const closeListeners = new Set<() => void>();

  socket.on('message', (data, isBinary) => {
    let parsed;
    try {
      parsed = isBinary ? undefined : clientFrameSchema.safeParse(JSON.parse(data.toString()));
    } catch {
      parsed = undefined;
    }
    if (!parsed?.success) {
      const detail = parsed?.error.issues[0]?.message;
      send({ kind: 'error', error: { code: 'PROTOCOL', message: `Malformed frame${detail ? `: ${detail}` : ''}` } });
      return;
    }
    frameListeners.forEach((l) => l(parsed.data));
  });
  socket.once('close', () => {
    closeListeners.forEach((l) => l());
    closeListeners.clear();
    frameListeners.clear();
  });

  function send(frame: Parameters<Transport['send']>[0]) {
    // A socket that is closing or gone has no reader left: dropping the frame loses nothing.
    if (socket.readyState !== socket.OPEN) return;
    const data = serializeFrame(frame);
    stageProbe.current?.serialized(frame, socket);
    socket.send(data);
  }

  return {
    send,
    onFrame(listener) {
      frameListeners.add(listener);
      return () => frameListeners.delete(listener);
    },
    onClose(listener) {
      closeListeners.add(listener);
      return () => closeListeners.delete(listener);
    },
    close() {
      socket.close(1000, 'closing');
    },
  };
}
