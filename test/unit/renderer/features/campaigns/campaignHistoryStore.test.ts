/**
 * A campaign's audit trail in the window: read on demand, one more read (never a stack) when asked again while one
 * is in flight, the latest replay pick wins, and nothing is left subscribed.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCampaignHistoryStore } from '../../../../../src/renderer/src/features/campaigns/campaignHistoryStore';
import { createFakeClient, type FakeClient } from '../../support/createFakeClient';
import { campaign } from './campaignFixture';

const entry = (seq: number) => ({ seq, at: '2026-11-27T10:00:00.000Z', type: 'campaign_updated', actor: 'alice', changed: ['status'], values: { status: 'active' } });

describe('campaignHistoryStore', () => {
  let fake: FakeClient;
  beforeEach(() => {
    fake = createFakeClient();
  });
  afterEach(() => expect(fake.openSubscriptions()).toBe(0));

  it('reads the history, and reads once more after the read in flight when asked again meanwhile', () => {
    const store = createCampaignHistoryStore(fake.client);
    store.getState().refresh(7);
    store.getState().refresh(7);
    store.getState().refresh(7);
    expect(fake.watchCount).toBe(1);
    fake.replicas.at(-1)!.loaded(0, { entries: [entry(1)], state: campaign(7) });
    expect(store.getState().byId[7]?.entries?.map((e) => e.seq)).toEqual([1]);
    expect(fake.watchCount).toBe(2);
    fake.replicas.at(-1)!.loaded(0, { entries: [entry(1), entry(2)], state: campaign(7) });
    expect(store.getState().byId[7]?.entries?.map((e) => e.seq)).toEqual([1, 2]);
    expect(fake.watchCount).toBe(2);
    store.dispose();
  });

  it('replays at the latest pick only, dropping an earlier unanswered one', () => {
    const store = createCampaignHistoryStore(fake.client);
    store.getState().replay(7, '2026-11-27T10:00:00.000Z');
    store.getState().replay(7, '2026-11-27T10:05:00.000Z');
    expect(fake.watchCount).toBe(2);
    expect(fake.openSubscriptions()).toBe(1);
    fake.replicas.at(-1)!.loaded(0, { entries: [], state: campaign(7, { status: 'active' }) });
    expect(store.getState().byId[7]?.replay).toMatchObject({ asOf: '2026-11-27T10:05:00.000Z', state: { status: 'active' }, error: undefined });
    store.dispose();
  });

  it('lets go of unanswered reads on dispose', () => {
    const store = createCampaignHistoryStore(fake.client);
    store.getState().refresh(3);
    store.getState().replay(3, '2026-11-27T10:00:00.000Z');
    expect(fake.openSubscriptions()).toBe(2);
    store.dispose();
  });
});
