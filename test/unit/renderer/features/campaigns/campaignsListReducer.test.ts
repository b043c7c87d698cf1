/** A marketer's list takes a `campaigns_updated` batch in place: only the changed rows are new objects, order holds, new campaigns come first. */
import { describe, expect, it } from 'vitest';
import type { Campaign } from '../../../../../src/shared/contract';
import { campaign } from './campaignFixture';
import { applyMarketerEvent, campaignsListReducer } from '../../../../../src/renderer/src/features/campaigns/campaignsListReducer';

const batch = (campaigns: Campaign[], seq = 10) => ({
  seq,
  topic: 'marketer:acme-outdoor:campaigns',
  type: 'campaigns_updated' as const,
  payload: { campaigns, ids: campaigns.map((c) => c.id), at: '2026-11-27T10:00:02.000Z' },
});

describe('campaignsListReducer', () => {
  const list = campaignsListReducer.init({ campaigns: [campaign(3), campaign(2), campaign(1)] });

  it('patches only the changed rows, in place, keeping the others as they were', () => {
    const next = applyMarketerEvent(list, batch([campaign(2, { status: 'active', pendingOffers: 500 })]));
    expect(next.map((c) => c.id)).toEqual([3, 2, 1]);
    expect(next[0]).toBe(list[0]);
    expect(next[2]).toBe(list[2]);
    expect(next[1]).toMatchObject({ status: 'active', pendingOffers: 500 });
  });

  it('applies every campaign of a batch at once, adding unknown ones newest first', () => {
    const next = applyMarketerEvent(list, batch([campaign(1, { status: 'populating' }), campaign(5), campaign(4), campaign(3, { targetPopulated: 9 })]));
    expect(next.map((c) => c.id)).toEqual([5, 4, 3, 2, 1]);
    expect(next[2]!.targetPopulated).toBe(9);
    expect(next[3]).toBe(list[1]);
    expect(next[4]!.status).toBe('populating');
  });

  it('returns the same list for an empty batch', () => {
    expect(applyMarketerEvent(list, batch([]))).toBe(list);
  });
});
