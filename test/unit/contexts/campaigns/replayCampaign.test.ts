/** A campaign's audit entries and its replay to a time, from hand-made audit events. */
import { describe, expect, it } from 'vitest';
import type { Campaign, LogEvent } from '../../../../src/shared/contract';
import { auditEntries, replayCampaign } from '../../../../src/main/contexts/campaigns/replayCampaign';

const base: Campaign = {
  id: 1,
  orgId: 'acme',
  marketer: 'm1',
  name: 'Spring',
  status: 'draft',
  targetSize: 10,
  targetPopulated: 0,
  pendingOffers: 0,
  acceptedOffers: 0,
  declinedOffers: 0,
  createdAt: '2026-01-01T00:00:00.000Z',
  launchedAt: null,
  updatedAt: '2026-01-01T00:00:00.000Z',
};

let seq = 0;
function updated(at: number, campaign: Partial<Campaign>, changed: string[], actor = { kind: 'user', id: 'alice' }): LogEvent {
  return {
    seq: ++seq,
    topic: 'campaign:1',
    actor,
    size: 0,
    at,
    type: 'campaign_updated',
    payload: { campaign: { ...base, ...campaign, updatedAt: new Date(at).toISOString() }, changed, at: new Date(at).toISOString() },
  } as LogEvent;
}
const populated = (at: number): LogEvent =>
  ({ seq: ++seq, topic: 'campaign:1', actor: { kind: 'system', id: 'campaigns' }, size: 0, at, type: 'target_populated', payload: { campaignId: 1, size: 10, at: '' } }) as LogEvent;

describe('campaign audit and replay', () => {
  const events = [
    updated(1000, {}, ['name', 'status', 'targetSize']),
    populated(1500),
    // The payload carries the whole campaign, but only the changed fields count.
    updated(2000, { name: 'Renamed', status: 'active', targetSize: 99 }, ['name']),
    updated(3000, { name: 'Ignored', status: 'active', launchedAt: '2026-01-01T00:00:03.000Z' }, ['status', 'launchedAt'], { kind: 'api', id: 'acme' }),
  ];

  it('lists who changed which fields when, and other events with their payload', () => {
    const entries = auditEntries(events);
    expect(entries.map((e) => [e.seq, e.at, e.type, e.actor, e.changed, e.values])).toEqual([
      [events[0]!.seq, '1970-01-01T00:00:01.000Z', 'campaign_updated', 'user:alice', ['name', 'status', 'targetSize'], { name: 'Spring', status: 'draft', targetSize: 10 }],
      [events[1]!.seq, '1970-01-01T00:00:01.500Z', 'target_populated', 'system:campaigns', [], { campaignId: 1, size: 10, at: '' }],
      [events[2]!.seq, '1970-01-01T00:00:02.000Z', 'campaign_updated', 'user:alice', ['name'], { name: 'Renamed' }],
      [events[3]!.seq, '1970-01-01T00:00:03.000Z', 'campaign_updated', 'api:acme', ['status', 'launchedAt'], { status: 'active', launchedAt: '2026-01-01T00:00:03.000Z' }],
    ]);
  });

  it('replays the campaign as it was at a time: the first event whole, then each change’s fields', () => {
    expect(replayCampaign(events, 999)).toBeNull();
    expect(replayCampaign([], 5000)).toBeNull();
    expect(replayCampaign(events, 1000)).toEqual({ ...base, updatedAt: '1970-01-01T00:00:01.000Z' });
    expect(replayCampaign(events, 2500)).toEqual({ ...base, name: 'Renamed', updatedAt: '1970-01-01T00:00:02.000Z' });
    expect(replayCampaign(events, 3000)).toEqual({ ...base, name: 'Renamed', status: 'active', launchedAt: '2026-01-01T00:00:03.000Z', updatedAt: '1970-01-01T00:00:03.000Z' });
    expect(replayCampaign([populated(500), ...events], 1200)).toEqual({ ...base, updatedAt: '1970-01-01T00:00:01.000Z' });
  });
});
