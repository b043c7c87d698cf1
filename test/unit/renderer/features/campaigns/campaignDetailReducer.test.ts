/** A campaign's page: `campaign_updated` patches the fields it names, and each update adds a point to the offers chart. */
import { describe, expect, it } from 'vitest';
import type { Campaign, CampaignField } from '../../../../../src/shared/contract';
import { addPoint, applyCampaignEvent, historyPoints, initCampaignDetail, MAX_POINTS, mergePoints, offersChartData } from '../../../../../src/renderer/src/features/campaigns/campaignDetailReducer';
import { campaign } from './campaignFixture';

const updated = (next: Campaign, changed: CampaignField[], at: string, seq = 1) => ({
  seq,
  topic: `campaign:${next.id}`,
  type: 'campaign_updated' as const,
  payload: { campaign: next, changed, at },
});

describe('campaign detail reducer', () => {
  const launched = campaign(7, { status: 'populating', launchedAt: '2026-11-27T10:00:00.000Z', updatedAt: '2026-11-27T10:00:01.000Z' });

  it('starts the chart at zero at launch, then the snapshot', () => {
    const detail = initCampaignDetail(launched);
    expect(detail.points).toEqual([
      { t: Date.parse('2026-11-27T10:00:00.000Z'), pending: 0, populated: 0, accepted: 0 },
      { t: Date.parse('2026-11-27T10:00:01.000Z'), pending: 0, populated: 0, accepted: 0 },
    ]);
    expect(initCampaignDetail(campaign(1)).points).toHaveLength(1);
  });

  it('applies only the changed fields and adds a point per update', () => {
    let detail = initCampaignDetail(launched);
    // The payload's name differs, but the change does not name it: it stays.
    const next = campaign(7, { name: 'other', status: 'creating_offers', targetPopulated: 2000, updatedAt: '2026-11-27T10:00:03.000Z' });
    detail = applyCampaignEvent(detail, updated(next, ['status', 'targetPopulated'], '2026-11-27T10:00:03.000Z'));
    expect(detail.campaign).toMatchObject({ name: 'Campaign 7', status: 'creating_offers', targetPopulated: 2000, updatedAt: '2026-11-27T10:00:03.000Z' });
    const offers = { ...next, pendingOffers: 1500, updatedAt: '2026-11-27T10:00:04.000Z' };
    detail = applyCampaignEvent(detail, updated(offers, ['pendingOffers'], '2026-11-27T10:00:04.000Z', 2));
    expect(detail.campaign.pendingOffers).toBe(1500);
    const [xs, pending, populated] = offersChartData(detail.points);
    expect(xs).toEqual([1795773600, 1795773601, 1795773603, 1795773604].map((s) => s));
    expect(pending).toEqual([0, 0, 0, 1500]);
    expect(populated).toEqual([0, 0, 2000, 2000]);
  });

  it('ignores events that carry no stats', () => {
    const detail = initCampaignDetail(launched);
    const populatedEvent = { seq: 3, topic: 'campaign:7', type: 'target_populated' as const, payload: { campaignId: 7, size: 10, at: '2026-11-27T10:00:05.000Z' } };
    expect(applyCampaignEvent(detail, populatedEvent)).toBe(detail);
  });

  it('replaces a point for the same moment and keeps at most MAX_POINTS', () => {
    const one = addPoint([], { t: 1000, pending: 1, populated: 1, accepted: 0 });
    expect(addPoint(one, { t: 1000, pending: 2, populated: 2, accepted: 0 })).toEqual([{ t: 1000, pending: 2, populated: 2, accepted: 0 }]);
    let many: ReturnType<typeof addPoint> = [];
    for (let i = 0; i < MAX_POINTS + 5; i++) many = addPoint(many, { t: i, pending: i, populated: 0, accepted: 0 });
    expect(many).toHaveLength(MAX_POINTS);
    expect(many[0]!.t).toBe(5);
  });

  it('draws what the audit trail recorded before the page opened, carrying unchanged stats forward', () => {
    const entry = (seq: number, at: number, values: Record<string, unknown>) => ({ seq, at: new Date(at).toISOString(), type: 'campaign_updated', actor: 'system', changed: Object.keys(values), values });
    const recorded = historyPoints([entry(3, 3000, { pendingOffers: 50 }), entry(1, 1000, { status: 'populating' }), entry(2, 2000, { targetPopulated: 100 })]);
    expect(recorded).toEqual([
      { t: 2000, pending: 0, populated: 100, accepted: 0 },
      { t: 3000, pending: 50, populated: 100, accepted: 0 },
    ]);
    const live = [{ t: 3000, pending: 60, populated: 100, accepted: 0 }];
    expect(mergePoints(recorded, live)).toEqual([recorded[0], live[0]]);
    expect(mergePoints([], live)).toBe(live);
  });
});
