import { afterEach, describe, expect, it, vi } from 'vitest';
import { serializeFrame } from '../../../src/main/transports/ws/serializeFrame';
import type { ServerFrame, WireEvent } from '../../../src/shared/contract';

const event = (seq: number, extra: Partial<WireEvent> = {}): WireEvent => ({ seq, topic: 'agents:updates:acme', type: 'agent_deleted', payload: { uuid: `u${seq}` }, at: 1700000000000 + seq, ...extra });

describe('serializeFrame', () => {
  afterEach(() => vi.restoreAllMocks());

  it('writes exactly what JSON.stringify writes, for deltas of any size and every other frame', () => {
    const frames: ServerFrame[] = [
      { kind: 'delta', batch: 1, upTo: 7, events: [] },
      { kind: 'delta', batch: 2, upTo: 9, events: [event(8), event(9, { at: undefined, payload: { text: 'a "quoted"\nline \u2028 é' } })] },
      { kind: 'welcome', epoch: 'e', head: 3 },
      { kind: 'result', id: 4, value: { seq: 3, data: [1, 'two'] } },
    ];
    for (const frame of frames) expect(serializeFrame(frame)).toBe(JSON.stringify(frame));
    for (const frame of frames) expect(JSON.parse(serializeFrame(frame))).toEqual(JSON.parse(JSON.stringify(frame)));
  });

  it('serializes an event once however many windows send it', () => {
    const shared = [event(1), event(2)];
    const stringify = vi.spyOn(JSON, 'stringify');
    const texts = Array.from({ length: 8 }, (_, window) => serializeFrame({ kind: 'delta', batch: window + 1, upTo: 2, events: shared }));
    expect(stringify).toHaveBeenCalledTimes(2);
    texts.forEach((text, window) => expect(JSON.parse(text)).toEqual({ kind: 'delta', batch: window + 1, upTo: 2, events: shared }));
  });
});
