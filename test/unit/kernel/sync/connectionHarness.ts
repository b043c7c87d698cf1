/**
 * One window's connection to a real test core, over a transport the test holds: it sends client frames by hand
 * and reads every server frame the connection sent, in order.
 */
import type { ClientFrame, ConnectionStats, ServerFrame } from '../../../../src/shared/contract';
import type { Transport } from '../../../../src/main/kernel/transport';
import type { TestCore } from '../../../support/createTestCore';

export interface FakeWindow {
  readonly frames: ServerFrame[];
  send(frame: ClientFrame): void;
  /** The answer (result or error) to request `id`. */
  answer(id: number): ServerFrame | undefined;
  deltas(): Extract<ServerFrame, { kind: 'delta' }>[];
  /** The peer went away (as a closed socket reports it). */
  close(): void;
  /** Whether the connection closed its transport. */
  readonly closed: boolean;
  /** How many times the connection closed its transport, and how many frames it sent after the first. */
  readonly closes: number;
  readonly sentAfterClose: number;
  stats(): ConnectionStats;
  /** Ends the connection from the host's side. */
  dispose(): void;
}

let nextId = 1;

export function openWindow(core: TestCore): FakeWindow {
  const frames: ServerFrame[] = [];
  const onFrame = new Set<(frame: ClientFrame) => void>();
  const onClose = new Set<() => void>();
  let closes = 0;
  let sentAfterClose = 0;
  // Records what a real transport would drop, so a test sees the connection's own guard.
  const transport: Transport = {
    send: (frame) => void (closes > 0 ? sentAfterClose++ : frames.push(structuredClone(frame))),
    onFrame: (listener) => (onFrame.add(listener), () => onFrame.delete(listener)),
    onClose: (listener) => (onClose.add(listener), () => onClose.delete(listener)),
    close: () => void closes++,
  };
  const connection = core.kernel.sync.connect(`fake-${nextId++}`, transport);
  return {
    frames,
    send: (frame) => onFrame.forEach((l) => l(frame)),
    answer: (id) => frames.find((f) => (f.kind === 'result' || f.kind === 'error') && f.id === id),
    deltas: () => frames.filter((f): f is Extract<ServerFrame, { kind: 'delta' }> => f.kind === 'delta'),
    close() {
      onClose.forEach((l) => l());
    },
    get closed() {
      return closes > 0;
    },
    get closes() {
      return closes;
    },
    get sentAfterClose() {
      return sentAfterClose;
    },
    stats: () => connection.stats(),
    dispose: () => connection.dispose(),
  };
}
