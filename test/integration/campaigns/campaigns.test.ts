/**
 * Campaigns on a real core: the seed's own test (subscribe to campaign:<id>, run CreateInitialPendingOffers, receive
 * offers_created with a count above 0 within 5 s), counts across batches, the flash sequence to the marketer's
 * members only, marketer-level authorization, broadcast batching, and the audit trail whose replay equals the
 * stored state.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { Campaign, LogEvent } from '../../../src/shared/contract';
import { createTestCore, type TestCore } from '../../support/createTestCore';
import { waitFor } from '../../support/waitFor';

let core: TestCore;
afterEach(() => core?.dispose());

const actor = (user: string) => core.user(user);
const run = <T>(name: string, input: unknown, who: ReturnType<typeof actor>) => core.run<T>(name, input, who);
const load = <T>(name: string, params: unknown, who: ReturnType<typeof actor>) => core.load<T>(name, params, who);

describe('campaigns', () => {
  it('launches: populates the target, creates one pending offer per member across batches, and broadcasts as the seed', async () => {
    core = createTestCore({ campaigns: { batchWindowMs: 50 } });
    const alice = actor('alice');
    const campaign = await run<Campaign>('campaigns.create', { name: 'Spring sale', marketer: 'acme-outdoor', targetSize: 25_000 }, alice);
    const events: LogEvent[] = [];
    core.kernel.bus.subscribe(`campaign:${campaign.id}`, (e) => void events.push(e));
    const flashes = new Map<string, string[]>();
    for (const user of ['alice', 'bob', 'carol']) {
      core.kernel.bus.onPush(`user:${user}:notifications`, (p) => void (flashes.get(user) ?? flashes.set(user, []).get(user)!).push((p.payload as { notification: { title: string } }).notification.title));
    }

    await run('campaigns.launch', { id: campaign.id }, alice);
    const created = await waitFor(() => events.find((e) => e.type === 'offers_created'), 'offers_created', 5000);
    expect(created.payload).toMatchObject({ campaignId: campaign.id, count: 25_000 });
    expect(events.filter((e) => e.type === 'target_populated')).toHaveLength(1);
    const done = load<Campaign>('campaigns.detail', { id: campaign.id }, alice);
    expect(done).toMatchObject({ status: 'active', targetSize: 25_000, targetPopulated: 25_000, pendingOffers: 25_000 });
    const expected = ['Campaign launched! Populating target and building offers...', 'Target populated! Creating offers...', '25,000 offers created successfully'];
    await waitFor(() => flashes.get('bob')?.length === 3, 'bob’s three flashes', 2000);
    expect(flashes.get('alice')).toEqual(expected);
    expect(flashes.get('bob')).toEqual(expected);
    expect(flashes.get('carol')).toBeUndefined();

    // Refresh: every member has an offer, so nothing is created and offers_created is not broadcast; the members
    // are told in words instead, after "Refreshing offers…".
    await run('campaigns.refreshOffers', { id: campaign.id }, alice);
    await core.queue.idle();
    expect(events.filter((e) => e.type === 'offers_created')).toHaveLength(1);
    const refreshed = ['Refreshing offers for "Spring sale"...', 'No new offers for "Spring sale": every member already has one'];
    for (const user of ['alice', 'bob']) expect(flashes.get(user)!.slice(3)).toEqual(refreshed);
    expect(flashes.get('carol')).toBeUndefined();
  });

  it('keeps marketers apart: a campaign of a marketer the user is not in, or of another organization, is not theirs', async () => {
    core = createTestCore();
    const tools = await run<Campaign>('campaigns.create', { name: 'Tools only', marketer: 'acme-tools', targetSize: 10 }, actor('alice'));
    expect(() => load('campaigns.detail', { id: tools.id }, actor('bob'))).toThrow(expect.objectContaining({ code: 'NOT_FOUND' }));
    expect(() => load('campaigns.detail', { id: tools.id }, actor('carol'))).toThrow(expect.objectContaining({ code: 'NOT_FOUND' }));
    expect(() => core.kernel.registry.authorize(actor('bob'), `campaign:${tools.id}`)).toThrow(expect.objectContaining({ code: 'FORBIDDEN' }));
    expect(() => core.kernel.registry.authorize(actor('bob'), 'marketer:acme-tools:campaigns')).toThrow(expect.objectContaining({ code: 'FORBIDDEN' }));
    expect(() => core.kernel.registry.authorize(actor('alice'), 'marketer:acme-tools:campaigns')).not.toThrow();
    await expect(run('campaigns.launch', { id: tools.id }, actor('bob'))).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(load<{ id: string }[]>('campaigns.marketers', {}, actor('bob')).map((m) => m.id)).toEqual(['acme-outdoor']);
    const head = core.kernel.log.head();
    await expect(run('campaigns.create', { name: 'x', marketer: 'globex-media', targetSize: 10 }, actor('alice'))).rejects.toMatchObject({ code: 'INVALID_INPUT' });
    await expect(run('campaigns.create', { name: 'x', marketer: 'acme-outdoor', targetSize: -5 }, actor('alice'))).rejects.toMatchObject({ code: 'INVALID_INPUT' });
    await expect(run('campaigns.create', { name: 'x', marketer: 'acme-outdoor', targetSize: 1e12 }, actor('alice'))).rejects.toMatchObject({ code: 'INVALID_INPUT' });
    expect(core.kernel.log.head()).toBe(head);
  });

  it('batches the marketer topic: a burst of changes is one message carrying every changed campaign', async () => {
    core = createTestCore({ campaigns: { batchWindowMs: 100 } });
    const alice = actor('alice');
    const batches: LogEvent[] = [];
    core.kernel.bus.subscribe('marketer:acme-outdoor:campaigns', (e) => void batches.push(e));
    const ids: number[] = [];
    for (let i = 0; i < 20; i++) ids.push((await run<Campaign>('campaigns.create', { name: `c${i}`, marketer: 'acme-outdoor', targetSize: 5 }, alice)).id);
    await waitFor(() => batches.length > 0, 'a batch', 2000);
    expect(batches).toHaveLength(1);
    expect((batches[0]!.payload as { ids: number[] }).ids.sort((a, b) => a - b)).toEqual(ids);
    expect(core.campaigns.batching()).toEqual({ batches: 1, changes: 20 });
  });

  it('keeps an audit trail: who changed which fields when, and a replay that equals the stored state', async () => {
    core = createTestCore({ campaigns: { batchWindowMs: 0 } });
    const bob = actor('bob');
    const campaign = await run<Campaign>('campaigns.create', { name: 'Audit me', marketer: 'acme-outdoor', targetSize: 30_000 }, bob);
    const beforeLaunch = new Date().toISOString();
    await new Promise((resolve) => setTimeout(resolve, 5));
    await run('campaigns.launch', { id: campaign.id }, bob);
    await waitFor(() => core.campaigns.campaign(campaign.id)?.status === 'active', 'the campaign to be active', 5000);
    // The live log may be pruned; the audit trail stays.
    core.kernel.log.prune(1);
    const history = load<{ entries: { type: string; actor: string; changed: string[] }[]; state: Campaign }>('campaigns.history', { id: campaign.id }, bob);
    expect(history.entries[0]).toMatchObject({ type: 'campaign_updated', actor: 'user:bob', changed: ['name', 'status', 'targetSize'] });
    expect(history.entries[1]).toMatchObject({ type: 'campaign_updated', actor: 'user:bob', changed: ['status', 'launchedAt'] });
    expect(history.entries.map((e) => e.type)).toContain('target_populated');
    expect(history.entries.map((e) => e.type)).toContain('offers_created');
    expect(history.state).toEqual(core.campaigns.campaign(campaign.id));
    const then = load<{ state: Campaign }>('campaigns.history', { id: campaign.id, asOf: beforeLaunch }, bob).state;
    expect(then).toMatchObject({ status: 'draft', pendingOffers: 0, launchedAt: null });
  });
});
