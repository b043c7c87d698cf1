/**
 * A snapshot's answer: a big one leaves as parts of its leading rows and a result with the rest, every row once and
 * in order; anything else leaves as one result.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ServerFrame } from '../../../../src/shared/contract';
import { sendSnapshot } from '../../../../src/main/kernel/sync/sendSnapshot';

const framesOf = (data: unknown, partRows: number) => {
  const frames: ServerFrame[] = [];
  sendSnapshot((f) => frames.push(f), 7, 42, data, partRows);
  return frames;
};

describe('sendSnapshot', () => {
  it('sends at most `partRows` rows a frame, parts first, and the result last with the seq', () => {
    expect(framesOf([1, 2, 3, 4, 5], 2)).toEqual([
      { kind: 'part', id: 7, rows: [1, 2], total: 5 },
      { kind: 'part', id: 7, rows: [3, 4], total: 5 },
      { kind: 'result', id: 7, value: { seq: 42, data: [5] } },
    ]);
  });

  it('sends one result for rows that fit one frame, and for data that is not rows', () => {
    expect(framesOf([1, 2], 2)).toEqual([{ kind: 'result', id: 7, value: { seq: 42, data: [1, 2] } }]);
    expect(framesOf({ items: [1, 2, 3] }, 1)).toEqual([{ kind: 'result', id: 7, value: { seq: 42, data: { items: [1, 2, 3] } } }]);
  });

  it('delivers every row once and in order, whatever the count and part size', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 500 }), fc.integer({ min: 1, max: 60 }), (count, partRows) => {
        const rows = Array.from({ length: count }, (_, i) => i);
        const frames = framesOf(rows, partRows);
        const result = frames.at(-1)!;
        expect(result.kind).toBe('result');
        const parts = frames.slice(0, -1).map((f) => (f.kind === 'part' ? f.rows : expect.unreachable()));
        const tail = (result as Extract<ServerFrame, { kind: 'result' }>).value as { data: number[] };
        expect([...parts.flat(), ...tail.data]).toEqual(rows);
        for (const part of parts) expect(part).toHaveLength(partRows);
        for (const frame of frames.slice(0, -1)) expect(frame).toMatchObject({ total: count });
        expect(tail.data.length).toBeLessThanOrEqual(partRows);
        if (count > 0) expect(tail.data.length).toBeGreaterThan(0);
      }),
    );
  });
});
