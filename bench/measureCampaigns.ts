/**
 * Campaign launch at scale: a 1,000,000-member target populated and given one pending offer each on the work queue,
 * every batch a logged, broadcast write, while the event loop's delay is sampled (windows stay live only if it
 * stays short). Then broadcast batching: a burst of 10,000 campaign updates on one marketer, with the 2 s window
 * and without it, counting the messages on `marketer:<id>:campaigns`.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { createContexts } from '../src/main/app/createContexts';
import { userActor } from '../src/main/kernel/actor';
import { createKernel } from '../src/main/kernel/createKernel';
import type { Campaign } from '../src/shared/contract';

export interface CampaignResult {
  members: number;
  populatedSeconds: number;
  offersSeconds: number;
  offersPerSec: number;
  maxLoopDelayMs: number;
  p99LoopDelayMs: number;
  updates: number;
  broadcastsBatched: number;
  broadcastsUnbatched: number;
}

function core(dir: string, batchWindowMs: number) {
  const kernel = createKernel({ file: join(dir, `bench-${batchWindowMs}.sqlite`) });
  const contexts = createContexts(kernel, undefined, {}, {}, {}, { batchWindowMs });
  contexts.accounts.seedDemo();
  contexts.campaigns.seedDemo();
  return { kernel, contexts, alice: userActor(contexts.accounts.resolveUser('alice')) };
}

async function burst(dir: string, batchWindowMs: number, updates: number): Promise<number> {
  const { kernel, contexts, alice } = core(dir, batchWindowMs);
  let broadcasts = 0;
  kernel.bus.subscribe('marketer:acme-outdoor:campaigns', () => void broadcasts++);
  for (let i = 0; i < updates; i++) await kernel.registry.run('campaigns.create', { name: `burst ${i}`, marketer: 'acme-outdoor', targetSize: 1 }, { actor: alice });
  await new Promise((resolve) => setTimeout(resolve, 10));
  contexts.campaigns.flushBroadcasts();
  contexts.dispose();
  return broadcasts;
}

export async function measureCampaigns(members = 1_000_000, updates = 10_000): Promise<CampaignResult> {
  const dir = mkdtempSync(join(tmpdir(), 'switchboard-bench-campaigns-'));
  const { kernel, contexts, alice } = core(dir, 2000);
  const campaign = (await kernel.registry.run('campaigns.create', { name: 'Million', marketer: 'acme-outdoor', targetSize: members }, { actor: alice })) as Campaign;
  let populatedAt = 0;
  kernel.bus.subscribe(`campaign:${campaign.id}`, (e) => {
    if (e.type === 'target_populated') populatedAt = performance.now();
  });
  const delay = monitorEventLoopDelay({ resolution: 5 });
  delay.enable();
  const start = performance.now();
  await kernel.registry.run('campaigns.launch', { id: campaign.id }, { actor: alice });
  while (contexts.campaigns.campaign(campaign.id)!.status !== 'active') await new Promise((resolve) => setTimeout(resolve, 20));
  const end = performance.now();
  delay.disable();
  const done = contexts.campaigns.campaign(campaign.id)!;
  if (done.pendingOffers !== members) throw new Error(`campaign bench: ${done.pendingOffers} of ${members} offers`);
  contexts.dispose();

  const batched = await burst(dir, 2000, updates);
  const unbatched = await burst(dir, 0, updates);
  rmSync(dir, { recursive: true, force: true });
  return {
    members,
    populatedSeconds: (populatedAt - start) / 1000,
    offersSeconds: (end - populatedAt) / 1000,
    offersPerSec: members / ((end - populatedAt) / 1000),
    maxLoopDelayMs: delay.max / 1e6,
    p99LoopDelayMs: delay.percentile(99) / 1e6,
    updates,
    broadcastsBatched: batched,
    broadcastsUnbatched: unbatched,
  };
}
