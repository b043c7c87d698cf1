/** The queue count reducer: `pending_count` sets the count, anything else leaves the data as it was. */
import { describe, expect, it } from 'vitest';
import { applySchedulerEvent } from '../../../../src/renderer/src/stores/jobs/applySchedulerEvent';

const topic = 'scheduler:updates:acme';
const event = (type: string, payload: unknown) => ({ seq: 1, topic, type, payload });

describe('applySchedulerEvent', () => {
  it('sets pendingCount from pending_count, up and down, returning a new object', () => {
    const start = { pendingCount: 0 };
    const three = applySchedulerEvent(start, event('pending_count', { count: 3 }));
    expect(three).toEqual({ pendingCount: 3 });
    expect(three).not.toBe(start);
    expect(start).toEqual({ pendingCount: 0 });
    expect(applySchedulerEvent(three, event('pending_count', { count: 1 }))).toEqual({ pendingCount: 1 });
  });

  it('returns the same object when the count does not change or the event is unknown', () => {
    const data = { pendingCount: 2 };
    expect(applySchedulerEvent(data, event('pending_count', { count: 2 }))).toBe(data);
    expect(applySchedulerEvent(data, event('something_else', {}))).toBe(data);
  });
});
