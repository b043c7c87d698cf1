/**
 * A hand-driven FrameChannel: the test plays the main process, reading the frames the real sync client sends and
 * pushing server frames and channel states back.
 */
import type { ClientFrame, ServerFrame } from '../../../../src/shared/contract';
import type { ChannelState, FrameChannel } from '../../../../src/renderer/src/sync/frameChannel';

export interface FakeChannel extends FrameChannel {
  readonly sent: ClientFrame[];
  push(frame: ServerFrame): void;
  setState(state: ChannelState): void;
  /** Frame and state listeners still attached. */
  listenerCount(): number;
  /** How often the client asked to retry now. */
  readonly retries: number;
  /** The last sent frame of `kind` (and, for commands, `name`). */
  last<K extends ClientFrame['kind']>(kind: K, name?: string): Extract<ClientFrame, { kind: K }>;
}

export function createFakeChannel(): FakeChannel {
  const frames = new Set<(frame: ServerFrame) => void>();
  const states = new Set<(state: ChannelState) => void>();
  const sent: ClientFrame[] = [];
  let state: ChannelState = { status: 'open', attempt: 0 };
  let retries = 0;
  return {
    sent,
    get retries() {
      return retries;
    },
    retryNow() {
      retries++;
    },
    get state() {
      return state;
    },
    send(frame) {
      if (state.status !== 'open') return false;
      sent.push(frame);
      return true;
    },
    onFrame(listener) {
      frames.add(listener);
      return () => frames.delete(listener);
    },
    onState(listener) {
      states.add(listener);
      return () => states.delete(listener);
    },
    dispose() {
      frames.clear();
      states.clear();
      state = { status: 'closed', attempt: 0 };
    },
    push: (frame) => frames.forEach((l) => l(frame)),
    setState(next) {
      state = next;
      states.forEach((l) => l(next));
    },
    listenerCount: () => frames.size + states.size,
    last(kind, name) {
      const found = sent.findLast((f) => f.kind === kind && (name === undefined || (f.kind === 'command' && f.name === name)));
      if (!found) throw new Error(`no ${kind} ${name ?? ''} frame was sent; sent: ${sent.map((f) => f.kind).join(', ')}`);
      return found as never;
    },
  };
}
