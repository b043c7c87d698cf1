/**
 * A kernel on `:memory:` SQLite with every context, composed exactly as the app composes them, and the demo
 * organizations (acme: alice, bob; globex: carol) — the smallest real core a test can drive.
 */
import { apiActor, type Actor } from '../../src/main/kernel/actor';
import { createKernel, type Kernel, type KernelOptions } from '../../src/main/kernel/createKernel';
import { appVersion, createContexts, type BuildFarmSettings, type Contexts } from '../../src/main/app/createContexts';
import type { QueueSettings } from '../../src/main/contexts/queue';
import type { CasesSettings } from '../../src/main/contexts/cases';
import type { CampaignsSettings } from '../../src/main/contexts/campaigns';

export type TestCore = Contexts & {
  kernel: Kernel;
  acme: Actor;
  globex: Actor;
};

export function createTestCore(options: Omit<KernelOptions, 'file'> & { buildFarm?: BuildFarmSettings; work?: QueueSettings; cases?: CasesSettings; campaigns?: CampaignsSettings } = {}): TestCore {
  const { buildFarm, work, cases, campaigns, ...kernelOptions } = options;
  const kernel = createKernel({ ...kernelOptions, file: ':memory:' });
  const contexts = createContexts(kernel, { version: appVersion, dataDir: ':memory:', shell: 'headless' }, buildFarm, work, cases, campaigns);
  contexts.accounts.seedDemo();
  contexts.campaigns.seedDemo();
  return { kernel, ...contexts, acme: apiActor('acme'), globex: apiActor('globex') };
}
