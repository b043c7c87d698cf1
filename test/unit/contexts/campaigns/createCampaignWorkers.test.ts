/**
 * The campaign workers with injected fakes: which batches they write and as whom, the progress they report, what
 * they resolve with, that a cancelled job stops between batches, and what their completion hooks write.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { ActorRef, Campaign, QueueJob } from '../../../../src/shared/contract';
import type { Emit, Write } from '../../../../src/main/kernel/createWriter';
import type { CampaignRows } from '../../../../src/main/contexts/campaigns/campaignRows';
import type { CampaignWrites } from '../../../../src/main/contexts/campaigns/createCampaignWrites';
import type { JobContext, WorkQueue } from '../../../../src/main/contexts/queue';
import { createCampaignWorkers } from '../../../../src/main/contexts/campaigns/createCampaignWorkers';

const campaignsRef = { kind: 'system', id: 'campaigns' };

const campaignOf = (fields: Partial<Campaign>): Campaign => ({
  id: 7,
  orgId: 'acme',
  marketer: 'acme-outdoor',
  name: 'Spring',
  status: 'populating',
  targetSize: 0,
  targetPopulated: 0,
  pendingOffers: 0,
  acceptedOffers: 0,
  declinedOffers: 0,
  createdAt: '2026-01-01T00:00:00.000Z',
  launchedAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
  ...fields,
});

let stored: Campaign | undefined;
let writers: ActorRef[];
let emitted: { topic: string; type: string; payload: unknown }[];
let progress: [number, string | undefined][];
const emit = ((topic: string, event: { type: string; payload: unknown }) => void emitted.push({ topic, ...event })) as unknown as Emit;
const write: Write = (actor, work) => {
  writers.push(actor);
  return work(emit);
};
const rows = { campaign: () => stored } as unknown as CampaignRows;
// Each batch adds (or offers) every member of its range.
const writes = { populate: vi.fn((_e, _id, from: number, to: number) => to - from), offers: vi.fn((_e, _id, from: number, to: number) => to - from), update: vi.fn() };
const queue = { enqueueIn: vi.fn() };
const nothingNew = vi.fn();
const workers = createCampaignWorkers(write, rows, writes as unknown as CampaignWrites, queue as unknown as WorkQueue, nothingNew);

function context(signal = new AbortController().signal, onProgress?: () => void): JobContext {
  return {
    job: {} as QueueJob,
    signal,
    progress(fraction, note) {
      progress.push([fraction, note]);
      onProgress?.();
    },
  };
}
const job = (campaignId: number) => ({ args: { campaignId } }) as unknown as QueueJob;
const ranges = (fn: typeof writes.populate) => fn.mock.calls.map(([, id, from, to]) => [id, from, to]);

beforeEach(() => {
  stored = undefined;
  writers = [];
  emitted = [];
  progress = [];
  vi.clearAllMocks();
});

describe('PopulateTarget', () => {
  it('adds the target in batches of 5,000 as system:campaigns, reporting members so far of the size', async () => {
    stored = campaignOf({ targetSize: 12_000 });
    await expect(workers.populate.perform({ campaignId: 7 }, context())).resolves.toEqual({ size: 12_000 });
    expect(ranges(writes.populate)).toEqual([
      [7, 0, 5_000],
      [7, 5_000, 10_000],
      [7, 10_000, 12_000],
    ]);
    expect(writers).toEqual([campaignsRef, campaignsRef, campaignsRef]);
    expect(progress).toEqual([
      [5_000 / 12_000, '5000 of 12000 members'],
      [10_000 / 12_000, '10000 of 12000 members'],
      [1, '12000 of 12000 members'],
    ]);
  });

  it('resumes from what an earlier attempt built', async () => {
    stored = campaignOf({ targetSize: 12_000, targetPopulated: 8_000 });
    await workers.populate.perform({ campaignId: 7 }, context());
    expect(ranges(writes.populate)).toEqual([[7, 8_000, 12_000]]);
    expect(progress).toEqual([[1, '12000 of 12000 members']]);
  });

  it('stops between batches once its job is cancelled', async () => {
    stored = campaignOf({ targetSize: 12_000 });
    const controller = new AbortController();
    const performing = workers.populate.perform({ campaignId: 7 }, context(controller.signal, () => controller.abort('cancelled')));
    await expect(performing).rejects.toBe('cancelled');
    expect(ranges(writes.populate)).toEqual([[7, 0, 5_000]]);
  });

  it('resolves with size 0 and writes nothing for a campaign that is gone', async () => {
    await expect(workers.populate.perform({ campaignId: 7 }, context())).resolves.toEqual({ size: 0 });
    expect(writers).toEqual([]);
  });

  it('on completion marks the campaign creating_offers, says target_populated and enqueues the offers', () => {
    stored = campaignOf({ targetSize: 12_000, targetPopulated: 12_000 });
    workers.populate.onCompleted!(emit, job(7), { size: 12_000 });
    expect(writes.update).toHaveBeenCalledWith(emit, 7, { status: 'creating_offers' });
    expect(emitted).toEqual([{ topic: 'campaign:7', type: 'target_populated', payload: { campaignId: 7, size: 12_000, at: expect.any(String) } }]);
    expect(queue.enqueueIn).toHaveBeenCalledWith(emit, { orgId: 'acme', worker: 'campaigns.createInitialPendingOffers', args: { campaignId: 7 }, by: campaignsRef });
  });
});

describe('CreateInitialPendingOffers', () => {
  it('offers the populated members in batches of 5,000, counting offers across batches', async () => {
    // A multiple of the batch size: no empty batch after the last.
    stored = campaignOf({ status: 'creating_offers', targetPopulated: 10_000 });
    await expect(workers.createOffers.perform({ campaignId: 7 }, context())).resolves.toEqual({ count: 10_000 });
    expect(ranges(writes.offers)).toEqual([
      [7, 0, 5_000],
      [7, 5_000, 10_000],
    ]);
    expect(writers).toEqual([campaignsRef, campaignsRef]);
    expect(progress).toEqual([
      [0.5, '5000 offers'],
      [1, '10000 offers'],
    ]);
    expect(nothingNew).not.toHaveBeenCalled();
  });

  it('ends the last batch at the populated size', async () => {
    stored = campaignOf({ status: 'creating_offers', targetPopulated: 7_000 });
    await workers.createOffers.perform({ campaignId: 7 }, context());
    expect(ranges(writes.offers)).toEqual([
      [7, 0, 5_000],
      [7, 5_000, 7_000],
    ]);
    expect(progress.at(-1)).toEqual([1, '7000 offers']);
  });

  it('with nothing populated writes no batch and says nothing new', async () => {
    stored = campaignOf({ status: 'active', targetPopulated: 0 });
    await expect(workers.createOffers.perform({ campaignId: 7 }, context())).resolves.toEqual({ count: 0 });
    expect(writes.offers).not.toHaveBeenCalled();
    expect(progress).toEqual([]);
    expect(nothingNew).toHaveBeenCalledWith(7);
  });

  it('stops between batches once its job is cancelled', async () => {
    stored = campaignOf({ status: 'creating_offers', targetPopulated: 12_000 });
    const controller = new AbortController();
    const performing = workers.createOffers.perform({ campaignId: 7 }, context(controller.signal, () => controller.abort('cancelled')));
    await expect(performing).rejects.toBe('cancelled');
    expect(ranges(writes.offers)).toEqual([[7, 0, 5_000]]);
  });

  it('resolves with count 0 and writes nothing for a campaign that is gone', async () => {
    await expect(workers.createOffers.perform({ campaignId: 7 }, context())).resolves.toEqual({ count: 0 });
    expect(writers).toEqual([]);
  });

  it('on completion activates the campaign and says offers_created with the count', () => {
    stored = campaignOf({ status: 'creating_offers', targetPopulated: 3 });
    workers.createOffers.onCompleted!(emit, job(7), { count: 3 });
    expect(writes.update).toHaveBeenCalledWith(emit, 7, { status: 'active' });
    expect(emitted).toEqual([{ topic: 'campaign:7', type: 'offers_created', payload: { campaignId: 7, count: 3, at: expect.any(String) } }]);
  });

  it('on completion of a refresh of an active campaign writes nothing', () => {
    stored = campaignOf({ status: 'active', targetPopulated: 3 });
    workers.createOffers.onCompleted!(emit, job(7), { count: 0 });
    expect(writes.update).not.toHaveBeenCalled();
    expect(emitted).toEqual([]);
  });
});
