import { describe, expect, it } from 'vitest';
import { createAcks } from '../../../../src/renderer/src/sync/createAcks';

describe('acks', () => {
  it('acknowledges batches applied in one go once, with the newest, before the next turn', async () => {
    const sent: number[] = [];
    const acks = createAcks((batch) => sent.push(batch));
    [1, 2, 3].forEach((batch) => acks.applied(batch));
    expect(sent).toEqual([]); // not while the burst is still being handled
    await Promise.resolve();
    expect(sent).toEqual([3]);
    acks.applied(4);
    await Promise.resolve();
    expect(sent).toEqual([3, 4]);
  });
});
