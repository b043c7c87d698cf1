import { fmt, type BenchRow } from '../benchRow';
import { measureCampaigns } from '../measureCampaigns';

export const campaignRows: BenchRow = {
  name: 'campaigns',
  quick: true,
  async run() {
    const camp = await measureCampaigns(Number(process.env.BENCH_MEMBERS ?? 1_000_000), Number(process.env.BENCH_UPDATES ?? 10_000));
    return [
      {
        measure: `campaign launch: ${fmt(camp.members)}-member target (populate, then one pending offer each, batched writes)`,
        switchboard: `populated in ${camp.populatedSeconds.toFixed(1)} s, offers in ${camp.offersSeconds.toFixed(1)} s (${fmt(camp.offersPerSec)} offers/s)`,
        baseline: `event-loop delay max ${camp.maxLoopDelayMs.toFixed(0)} ms / p99 ${camp.p99LoopDelayMs.toFixed(0)} ms`,
        target: 'no delay > 50 ms',
        values: { ...camp },
      },
      {
        measure: `campaign updates burst: ${fmt(camp.updates)} changes on one marketer → marketer-topic messages`,
        switchboard: `${fmt(camp.broadcastsBatched)} with the 2 s window`,
        baseline: `${fmt(camp.broadcastsUnbatched)} without`,
        ratio: `${(camp.broadcastsUnbatched / Math.max(1, camp.broadcastsBatched)).toFixed(0)}x fewer`,
        target: 'reported',
      },
    ];
  },
};
