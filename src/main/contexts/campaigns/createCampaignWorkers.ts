/**
 * The seed's two workers, on the work queue. PopulateTarget builds the audience in batches (resuming from what a
 * previous attempt built); its completion, in the same write, marks the campaign `creating_offers`, publishes
 * `target_populated` and enqueues CreateInitialPendingOffers, which creates one pending offer per member in batches,
 * counting every offer inserted across batches, and publishes `offers_created` with the count when it is above 0.
 * Each batch is its own short write and the worker yields between batches, so windows stay live during a launch
 * of a million members.
 * @internal Used by the campaigns context only.
 */
import { campaignTopic } from '../../../shared/contract';
import { systemRef } from '../../kernel/actor';
import type { Write } from '../../kernel/createWriter';
import type { WorkerDefinition, WorkQueue } from '../queue';
import type { CampaignRows } from './campaignRows';
import type { CampaignWrites } from './createCampaignWrites';

const POPULATE_BATCH = 5_000;
const OFFERS_BATCH = 5_000;
const yieldToLoop = () => new Promise((resolve) => setImmediate(resolve));

/** Told when a refresh's batches have all committed and found every member already offered (no event says so). */
export type NothingNew = (campaignId: number) => void;

export function createCampaignWorkers(write: Write, rows: CampaignRows, writes: CampaignWrites, queue: WorkQueue, nothingNew: NothingNew) {
  const actor = systemRef('campaigns');

  const populate: WorkerDefinition<{ campaignId: number }> = {
    name: 'campaigns.populateTarget',
    queue: 'campaigns',
    maxAttempts: 3,
    async perform({ campaignId }, { signal, progress }) {
      const campaign = rows.campaign(campaignId);
      if (!campaign) return { size: 0 };
      for (let from = campaign.targetPopulated; from < campaign.targetSize; from += POPULATE_BATCH) {
        signal.throwIfAborted();
        const to = Math.min(campaign.targetSize, from + POPULATE_BATCH);
        write(actor, (emit) => writes.populate(emit, campaignId, from, to));
        progress(to / campaign.targetSize, `${to} of ${campaign.targetSize} members`);
        await yieldToLoop();
      }
      return { size: campaign.targetSize };
    },
    onCompleted(emit, job) {
      const campaignId = Number(job.args.campaignId);
      const campaign = rows.campaign(campaignId);
      if (!campaign) return;
      writes.update(emit, campaignId, { status: 'creating_offers' });
      emit(campaignTopic.build({ id: String(campaignId) }), {
        type: 'target_populated',
        payload: { campaignId, size: campaign.targetPopulated, at: new Date().toISOString() },
      });
      queue.enqueueIn(emit, { orgId: campaign.orgId, worker: 'campaigns.createInitialPendingOffers', args: { campaignId }, by: actor });
    },
  };

  const createOffers: WorkerDefinition<{ campaignId: number }> = {
    name: 'campaigns.createInitialPendingOffers',
    queue: 'campaigns',
    maxAttempts: 3,
    async perform({ campaignId }, { signal, progress }) {
      const campaign = rows.campaign(campaignId);
      if (!campaign) return { count: 0 };
      let count = 0;
      for (let from = 0; from < campaign.targetPopulated; from += OFFERS_BATCH) {
        signal.throwIfAborted();
        const to = Math.min(campaign.targetPopulated, from + OFFERS_BATCH);
        count += write(actor, (emit) => writes.offers(emit, campaignId, from, to));
        progress(to / campaign.targetPopulated, `${count} offers`);
        await yieldToLoop();
      }
      if (count === 0) nothingNew(campaignId);
      return { count };
    },
    onCompleted(emit, job, result) {
      const campaignId = Number(job.args.campaignId);
      const count = (result as { count: number }).count;
      if (rows.campaign(campaignId)?.status !== 'active') writes.update(emit, campaignId, { status: 'active' });
      // The seed broadcasts offers_created only when the count is above 0.
      if (count > 0) emit(campaignTopic.build({ id: String(campaignId) }), { type: 'offers_created', payload: { campaignId, count, at: new Date().toISOString() } });
    },
  };

  return { populate, createOffers };
}
