import { afterEach, describe, expect, it, vi } from 'vitest';
import { OutgoingEvent } from '../../../src/main/kernel/sync/outgoingEvent';
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

  it('serializes an event the kernel made once however many windows send it, and exactly as JSON.stringify would', () => {
    const payload = { text: 'a "quoted"\nline \u2028 é \ud83d\ude00', n: -0.5, nested: [null, true, { e: 1e21 }] };
    const shared = [
      new OutgoingEvent(1, 'agents:updates:acme', 'agent_deleted', { uuid: 'u1' }, 1700000000001),
      // With the payload's JSON as the log stored it: the text is built around it, not stringified again.
      new OutgoingEvent(2, 'console:"odd"\\topic', 'line\u2028', payload, 1700000000002, JSON.stringify(payload)),
    ];
    const frame = (window: number): ServerFrame => ({ kind: 'delta', batch: window + 1, upTo: 2, events: shared });
    const stringify = vi.spyOn(JSON, 'stringify');
    const first = serializeFrame(frame(0));
    // The stored payload JSON is used as it is: only the first event's payload is serialized.
    expect(stringify.mock.calls.map(([value]) => value)).not.toContain(payload);
    stringify.mockClear();
    expect(first).toBe(JSON.stringify(frame(0)));
    stringify.mockClear();
    const texts = Array.from({ length: 7 }, (_, window) => serializeFrame(frame(window + 1)));
    expect(stringify).not.toHaveBeenCalled();
    stringify.mockRestore();
    texts.forEach((text, window) => expect(text).toBe(JSON.stringify(frame(window + 1))));
  });

  it('keeps an event the kernel made a plain event for every other reader: JSON, structured clone (IPC) and equality', () => {
    const wire = new OutgoingEvent(3, 'agents:updates:acme', 'agent_deleted', { uuid: 'u3' }, 1700000000003, '{"uuid":"u3"}');
    void serializeFrame({ kind: 'delta', batch: 1, upTo: 3, events: [wire] });
    const plain = { seq: 3, topic: 'agents:updates:acme', type: 'agent_deleted', payload: { uuid: 'u3' }, at: 1700000000003 };
    expect(Object.keys(wire)).toEqual(Object.keys(plain));
    expect(structuredClone(wire)).toStrictEqual(plain);
    expect(wire).toEqual(plain);
  });
});
