/**
 * A launch on a real core, as the queue dashboard and the audit trail show it: both workers' jobs run on the
 * `campaigns` queue (pausing it holds a launch), the offers job is enqueued by system:campaigns, and the trail
 * names who made each step and every status the campaign went through.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { Campaign } from '../../../src/shared/contract';
import { createTestCore, type TestCore } from '../../support/createTestCore';

let core: TestCore;
afterEach(() => core?.dispose());

interface History {
  entries: { type: string; actor: string; changed: string[]; values: Record<string, unknown> }[];
}
const jobsOf = (core: TestCore) =>
  core.load<{ jobs: { worker: string; queue: string; state: string; enqueuedBy: string }[] }>('queue.dashboard', {}, core.user('alice')).jobs.map(({ worker, queue, state, enqueuedBy }) => ({ worker, queue, state, enqueuedBy }));

describe('campaign launch trail', () => {
  it('runs both workers on the campaigns queue; the trail names each step’s actor and status', async () => {
    core = createTestCore({ campaigns: { batchWindowMs: 0 } });
    const alice = core.user('alice');
    const campaign = await core.run<Campaign>('campaigns.create', { name: 'Trail', marketer: 'acme-outdoor', targetSize: 6 }, alice);
    await core.run('campaigns.launch', { id: campaign.id }, alice);
    await core.queue.idle();
    expect(core.campaigns.campaign(campaign.id)).toMatchObject({ status: 'active', targetPopulated: 6, pendingOffers: 6 });

    expect(jobsOf(core)).toEqual([
      { worker: 'campaigns.createInitialPendingOffers', queue: 'campaigns', state: 'completed', enqueuedBy: 'system:campaigns' },
      { worker: 'campaigns.populateTarget', queue: 'campaigns', state: 'completed', enqueuedBy: 'user:alice' },
    ]);
    const { entries } = core.load<History>('campaigns.history', { id: campaign.id }, alice);
    // Batches are written by the campaigns workers; status steps commit with the queue's record of each job.
    expect(entries.map(({ type, actor, changed }) => [type, actor, changed.join(',')])).toEqual([
      ['campaign_updated', 'user:alice', 'name,status,targetSize'],
      ['campaign_updated', 'user:alice', 'status,launchedAt'],
      ['campaign_updated', 'system:campaigns', 'targetPopulated'],
      ['campaign_updated', 'system:queue', 'status'],
      ['target_populated', 'system:queue', ''],
      ['campaign_updated', 'system:campaigns', 'pendingOffers'],
      ['campaign_updated', 'system:queue', 'status'],
      ['offers_created', 'system:queue', ''],
    ]);
    expect(entries.filter((e) => e.changed.includes('status')).map((e) => e.values.status)).toEqual(['draft', 'populating', 'creating_offers', 'active']);
  });

  it('holds a launch while the campaigns queue is paused, and runs it once resumed', async () => {
    core = createTestCore({ campaigns: { batchWindowMs: 0 } });
    const alice = core.user('alice');
    await core.run('queue.pause', { queue: 'campaigns' }, alice);
    const campaign = await core.run<Campaign>('campaigns.create', { name: 'Held', marketer: 'acme-outdoor', targetSize: 2 }, alice);
    await core.run('campaigns.launch', { id: campaign.id }, alice);
    await core.queue.idle();
    expect(core.campaigns.campaign(campaign.id)).toMatchObject({ status: 'populating', targetPopulated: 0 });
    expect(jobsOf(core).map((j) => j.state)).toEqual(['available']);

    await core.run('queue.resume', { queue: 'campaigns' }, alice);
    await core.queue.idle();
    expect(core.campaigns.campaign(campaign.id)).toMatchObject({ status: 'active', pendingOffers: 2 });
  });
});
