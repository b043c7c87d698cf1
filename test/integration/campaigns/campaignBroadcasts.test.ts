/**
 * What a launch tells whom, on a real core: the marketer topic's batched message (each campaign as it is when the
 * window closes, one gone meanwhile left out, sent by system:campaigns, on flush), the members' flashes linking to
 * the campaign (each step's flash once that step is published), and a refresh that finds nothing new publishing
 * nothing on the campaign's topic.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Campaign, LogEvent } from '../../../src/shared/contract';
import { createTestCore, type TestCore } from '../../support/createTestCore';
import { waitFor } from '../../support/waitFor';

let core: TestCore;
afterEach(() => {
  core?.dispose();
  vi.restoreAllMocks();
});

const create = (name: string, targetSize = 3) => core.run<Campaign>('campaigns.create', { name, marketer: 'acme-outdoor', targetSize }, core.user('alice'));
const payloadOf = (event: LogEvent) => event.payload as { campaigns: (Campaign | undefined)[]; ids: number[] };

describe('campaign broadcasts', () => {
  it('flushes the marketer topic on demand, with every changed campaign as it is then, sent by system:campaigns', async () => {
    // A window no test outlasts: only flushBroadcasts sends.
    core = createTestCore({ campaigns: { batchWindowMs: 60_000 } });
    const batches: LogEvent[] = [];
    core.kernel.bus.subscribe('marketer:acme-outdoor:campaigns', (e) => void batches.push(e));
    const a = await create('A');
    const b = await create('B');
    expect(batches).toEqual([]);
    core.campaigns.flushBroadcasts();
    expect(batches).toHaveLength(1);
    expect(batches[0]).toMatchObject({ type: 'campaigns_updated', actor: { kind: 'system', id: 'campaigns' } });
    expect(payloadOf(batches[0]!)).toMatchObject({ ids: [a.id, b.id], campaigns: [a, b] });

    // A launch is a change too: the next message carries the campaign as launched.
    await core.run('campaigns.launch', { id: a.id }, core.user('alice'));
    core.campaigns.flushBroadcasts();
    expect(batches).toHaveLength(2);
    expect(payloadOf(batches[1]!).ids).toEqual([a.id]);
    expect(payloadOf(batches[1]!).campaigns).toEqual([core.campaigns.campaign(a.id)]);
    expect(payloadOf(batches[1]!).campaigns[0]).toMatchObject({ status: 'populating', launchedAt: expect.any(String) });
    await core.queue.idle();
  });

  it('leaves out of the message a campaign that is gone by the time its window closes', async () => {
    core = createTestCore({ campaigns: { batchWindowMs: 60_000 } });
    const batches: LogEvent[] = [];
    core.kernel.bus.subscribe('marketer:acme-outdoor:campaigns', (e) => void batches.push(e));
    const kept = await create('Kept');
    const gone = await create('Gone');
    // As when its organization is removed (campaigns cascade with it); no command deletes a campaign.
    core.kernel.db.prepare('DELETE FROM campaigns WHERE id = ?').run(gone.id);
    core.campaigns.flushBroadcasts();
    expect(payloadOf(batches[0]!).ids).toEqual([kept.id, gone.id]);
    expect(payloadOf(batches[0]!).campaigns).toEqual([kept]);
  });

  it('flashes each step to the members with a link to the campaign, once that step is published', async () => {
    core = createTestCore({ campaigns: { batchWindowMs: 0 } });
    // A bus listener that throws is only logged: no error may be printed during a launch.
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    const campaign = await create('Linked', 4);
    const flashes: { title: string; link: string | null; level: string }[] = [];
    core.kernel.bus.onPush('user:bob:notifications', (p) => void flashes.push((p.payload as { notification: (typeof flashes)[number] }).notification));
    // Topic listeners run before the context's family listener: what bob has when offers_created arrives is what
    // the earlier steps sent.
    let beforeOffersCreated: string[] | undefined;
    core.kernel.bus.subscribe(`campaign:${campaign.id}`, (e) => {
      if (e.type === 'offers_created') beforeOffersCreated = flashes.map((f) => f.title);
    });

    await core.run('campaigns.launch', { id: campaign.id }, core.user('alice'));
    await waitFor(() => flashes.length === 3, 'bob’s three flashes', 2000);
    expect(beforeOffersCreated).toEqual(['Campaign launched! Populating target and building offers...', 'Target populated! Creating offers...']);
    expect(flashes).toEqual([
      { type: 'toast', title: 'Campaign launched! Populating target and building offers...', body: null, link: `#/campaigns/${campaign.id}`, level: 'info', at: expect.any(String) },
      { type: 'toast', title: 'Target populated! Creating offers...', body: null, link: `#/campaigns/${campaign.id}`, level: 'info', at: expect.any(String) },
      { type: 'toast', title: '4 offers created successfully', body: null, link: `#/campaigns/${campaign.id}`, level: 'success', at: expect.any(String) },
    ]);
    expect(errors).not.toHaveBeenCalled();
  });

  it('a refresh that finds every member offered changes nothing and publishes nothing on the campaign', async () => {
    core = createTestCore({ campaigns: { batchWindowMs: 0 } });
    const alice = core.user('alice');
    const campaign = await create('Refresh me', 5);
    await core.run('campaigns.launch', { id: campaign.id }, alice);
    await waitFor(() => core.campaigns.campaign(campaign.id)?.status === 'active', 'the campaign to be active', 2000);
    await core.queue.idle();
    const before = core.campaigns.campaign(campaign.id)!;
    const events: LogEvent[] = [];
    core.kernel.bus.subscribe(`campaign:${campaign.id}`, (e) => void events.push(e));

    await core.run('campaigns.refreshOffers', { id: campaign.id }, alice);
    await core.queue.idle();
    expect(events).toEqual([]);
    expect(core.campaigns.campaign(campaign.id)).toEqual(before);
    expect(before).toMatchObject({ status: 'active', pendingOffers: 5 });
  });
});
