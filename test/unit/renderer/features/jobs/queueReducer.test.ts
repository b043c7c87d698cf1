/** The queue count reducer: `pending_count` sets the count, anything else leaves the data as it was. */
import { describe, expect, it } from 'vitest';
import { applySchedulerEvent } from '../../../../../src/renderer/src/features/jobs/queueReducer';

const topic = 'scheduler:updates:acme';
const event = (count: number) => ({ seq: 1, topic, type: 'pending_count' as const, payload: { count } });

describe('applySchedulerEvent', () => {
  it('sets pendingCount from pending_count, up and down, returning a new object', () => {
    const start = { pendingCount: 0 };
    const three = applySchedulerEvent(start, event(3));
    expect(three).toEqual({ pendingCount: 3 });
    expect(three).not.toBe(start);
    expect(start).toEqual({ pendingCount: 0 });
    expect(applySchedulerEvent(three, event(1))).toEqual({ pendingCount: 1 });
  });

  it('returns the same object when the count does not change', () => {
    const data = { pendingCount: 2 };
    expect(applySchedulerEvent(data, event(2))).toBe(data);
  });
});
