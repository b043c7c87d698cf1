/**
 * The campaigns context (seed: Campaign PubSub): the only writer of `marketers`, `marketer_members`, `campaigns`,
 * `target_members` and `offers`. Launch runs PopulateTarget then CreateInitialPendingOffers on the work queue;
 * broadcasts go exactly as the seed on `campaign:<id>`, and batched on `marketer:<id>:campaigns`; every member of the
 * marketer sees the seed's flash sequence. `campaign:<id>` is kept in the audit trail for "what changed?" and replay.
 */
import {
  ConflictError,
  InvalidInputError,
  NotFoundError,
  campaignTopic,
  marketerCampaignsTopic,
  type Campaign,
  type Marketer,
} from '../../../shared/contract';
import { systemRef, type Actor } from '../../kernel/actor';
import type { ContextKit } from '../../kernel/context/createContextKit';
import type { Flash } from '../notifications';
import type { WorkQueue } from '../queue';
import { createCampaignRows } from './campaignRows';
import { createBroadcastBatcher, type BroadcastBatcher } from './createBroadcastBatcher';
import { createCampaignWorkers } from './createCampaignWorkers';
import { createCampaignWrites } from './createCampaignWrites';
import { campaignsMigrations, demoMarketers } from './migrations';
import { auditEntries, replayCampaign } from './replayCampaign';

/** How campaigns flash the members of a marketer (the notifications context, through the composition). */
export interface Flasher {
  flash(to: { userIds: readonly string[] }, flash: Flash): void;
}

export interface CampaignsSettings {
  /** The marketer-topic batching window (default 2 s; 0 sends every change at once). */
  batchWindowMs?: number;
}

export interface CampaignsContext {
  seedDemo(): void;
  campaign(id: number): Campaign | undefined;
  /** The broadcast batcher's counts (the bench compares batched and unbatched). */
  batching(): ReturnType<BroadcastBatcher['stats']>;
  flushBroadcasts(): void;
}

export function createCampaignsContext(kit: ContextKit, queue: WorkQueue, flasher: Flasher, settings: CampaignsSettings = {}): CampaignsContext {
  kit.migrate(campaignsMigrations);
  const { db, write } = kit;
  const rows = createCampaignRows(db);
  const batcher = createBroadcastBatcher(settings.batchWindowMs ?? 2000, (marketer, ids) => {
    const campaigns = ids.map((id) => rows.campaign(id)).filter((c): c is Campaign => c !== undefined);
    write(systemRef('campaigns'), (emit) =>
      emit(marketerCampaignsTopic.build({ marketer }), { type: 'campaigns_updated', payload: { campaigns, ids, at: new Date().toISOString() } }),
    );
  });
  kit.own({ dispose: () => batcher.dispose() });
  const writes = createCampaignWrites(db, rows, (campaign) => batcher.changed(campaign.marketer, campaign.id));
  const flashMembers = (campaign: Campaign, title: string, level: Flash['level'] = 'info') =>
    flasher.flash({ userIds: rows.members(campaign.marketer) }, { title, level, link: `#/campaigns/${campaign.id}` });

  // A refresh that finds every member already offered publishes nothing (the seed's rule), so say so in words.
  const workers = createCampaignWorkers(write, rows, writes, queue, (campaignId) => {
    const campaign = rows.campaign(campaignId);
    if (campaign) flashMembers(campaign, `No new offers for "${campaign.name}": every member already has one`);
  });
  kit.own(queue.define(workers.populate));
  kit.own(queue.define(workers.createOffers));
  kit.audit(campaignTopic);

  // The seed's flash sequence, in every window of the marketer's members, once each step has committed.
  kit.subscribeFamily(campaignTopic, (event) => {
    const campaign = rows.campaign(Number((event.payload as { campaignId?: number }).campaignId));
    if (!campaign) return;
    if (event.type === 'target_populated') flashMembers(campaign, 'Target populated! Creating offers...');
    if (event.type === 'offers_created') {
      const count = (event.payload as { count: number }).count;
      flashMembers(campaign, `${count.toLocaleString('en-US')} offers created successfully`, 'success');
    }
  });

  function usable(actor: Actor, id: number): Campaign {
    const campaign = rows.campaign(id);
    if (!campaign || !rows.mayUse(actor, campaign.marketer)) throw new NotFoundError(`No campaign ${id} for you`);
    return campaign;
  }

  kit.command('campaigns.create', (input, { actor }) => {
    if (!rows.mayUse(actor, input.marketer)) throw new InvalidInputError(`Unknown marketer ${input.marketer}`, { fields: { marketer: 'unknown marketer' } });
    return write(actor.ref, (emit) => writes.create(emit, actor.orgId, input.marketer, input.name, input.targetSize));
  });

  kit.command('campaigns.launch', (input, { actor }) => {
    const campaign = usable(actor, input.id);
    if (campaign.status !== 'draft') throw new ConflictError(`Campaign ${campaign.id} was launched already (${campaign.status})`);
    const launched = write(actor.ref, (emit) => {
      const updated = writes.update(emit, campaign.id, { status: 'populating', launchedAt: new Date().toISOString() });
      queue.enqueueIn(emit, { orgId: campaign.orgId, worker: 'campaigns.populateTarget', args: { campaignId: campaign.id }, by: actor.ref });
      return updated;
    });
    flashMembers(launched, 'Campaign launched! Populating target and building offers...');
    return launched;
  });

  kit.command('campaigns.refreshOffers', (input, { actor }) => {
    const campaign = usable(actor, input.id);
    if (campaign.status !== 'active') throw new ConflictError(`Campaign ${campaign.id} has no populated target yet (${campaign.status})`);
    write(actor.ref, (emit) => {
      queue.enqueueIn(emit, { orgId: campaign.orgId, worker: 'campaigns.createInitialPendingOffers', args: { campaignId: campaign.id }, by: actor.ref });
    });
    flashMembers(campaign, `Refreshing offers for "${campaign.name}"...`);
    return campaign;
  });

  kit.view('campaigns.marketers', (_params, actor): Marketer[] => rows.marketersOf(actor));
  kit.view('campaigns.list', (params, actor) => {
    if (params.marketer !== undefined) {
      if (!rows.mayUse(actor, params.marketer)) throw new NotFoundError(`No marketer ${params.marketer} for you`);
      return { campaigns: rows.campaignsOf(params.marketer) };
    }
    return { campaigns: rows.marketersOf(actor).flatMap((m) => rows.campaignsOf(m.id)).sort((a, b) => b.id - a.id) };
  });
  kit.view('campaigns.detail', (params, actor) => usable(actor, params.id));
  kit.view('campaigns.history', (params, actor) => {
    const campaign = usable(actor, params.id);
    const trail = kit.auditTrail(campaignTopic.build({ id: String(campaign.id) }));
    return { entries: auditEntries(trail), state: replayCampaign(trail, params.asOf ? Date.parse(params.asOf) : Date.now()) };
  });

  kit.authorize(campaignTopic, (actor, params) => {
    const campaign = rows.campaign(Number(params.id));
    return campaign !== undefined && rows.mayUse(actor, campaign.marketer);
  });
  kit.authorize(marketerCampaignsTopic, (actor, params) => rows.mayUse(actor, params.marketer));

  // Idempotent, and only for organizations that exist (a data folder started without demo data has none).
  const insertMarketer = db.prepare('INSERT OR IGNORE INTO marketers (id, org_id, name) SELECT @id, @org, @name WHERE EXISTS (SELECT 1 FROM orgs WHERE id = @org)');
  const insertMember = db.prepare('INSERT OR IGNORE INTO marketer_members (marketer_id, user_id) SELECT @marketer, @user WHERE EXISTS (SELECT 1 FROM marketers WHERE id = @marketer)');
  return {
    seedDemo() {
      db.transaction(() => {
        for (const m of demoMarketers) {
          insertMarketer.run({ id: m.id, org: m.orgId, name: m.name });
          for (const user of m.members) insertMember.run({ marketer: m.id, user });
        }
      })();
    },
    campaign: (id) => rows.campaign(id),
    batching: () => batcher.stats(),
    flushBroadcasts: () => batcher.flush(),
  };
}
